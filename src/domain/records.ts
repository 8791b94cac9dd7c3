import type { Channel, ConversationStatus, Intent } from './conversation.js';
import type { Language } from './order.js';

/** A conversation as stored. `state` is the dialogue's own serialisable state (JSON). */
export type Conversation = {
  id: string;
  channel: Channel;
  lang: Language;
  status: ConversationStatus;
  intent: Intent | null;
  /** Order the customer has proven is theirs, once verified. */
  orderId: string | null;
  /** SHA-256 of the customer's bearer token; the token itself is never stored. */
  tokenHash: string;
  state: Record<string, unknown>;
  /** Who speaks for the shop right now: the assistant, or a rep who took over. */
  handledBy: 'assistant' | { userId: string };
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: incremented on every save. */
  version: number;
};

export const caseKinds = ['escalation', 'approval', 'unanswered', 'custom_brief'] as const;
export type CaseKind = (typeof caseKinds)[number];
export const caseStatuses = ['open', 'in_progress', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Everything a person needs so the customer never repeats themselves (R9). */
export type HandoffPackage = {
  orderId: string | null;
  customer: { email?: string; name?: string } | null;
  lang: Language;
  rule: string;
  reason: string;
  summary: string;
  facts: Record<string, unknown>;
  attachmentIds: string[];
  desiredResolution: string | null;
  suggestedNextStep: string;
};

export type Case = {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  priority: number;
  conversationId: string | null;
  orderId: string | null;
  handoff: HandoffPackage | null;
  /** For approvals: what is waiting (e.g. the refund id). */
  subject: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  assignedTo: string | null;
};

export const refundStatuses = ['issued', 'pending_approval', 'declined'] as const;
export type RefundStatus = (typeof refundStatuses)[number];

export type Refund = {
  id: string;
  orderId: string;
  conversationId: string | null;
  amountMinor: number;
  currency: string;
  reason: string;
  rule: string;
  status: RefundStatus;
  idempotencyKey: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The items this refund is for (the remedy ledger); absent for a refund of the order as a whole. */
  itemSkus?: string[];
};

export type AuditEntry = {
  id: string;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  rule: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
};

/** `maker`: a seller's own workshop account, which sees and moves only that seller's orders. */
export const roles = ['rep', 'approver', 'admin', 'maker'] as const;
export type Role = (typeof roles)[number];

export type User = {
  id: string;
  email: string;
  role: Role;
  /** The seller a `maker` account works for (absent for every other role). */
  sellerId?: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
};

export type Attachment = {
  id: string;
  conversationId: string;
  path: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  createdAt: string;
};
