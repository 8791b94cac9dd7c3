import type { Generated } from 'kysely';

/**
 * Row types of the database, identical on SQLite and PostgreSQL. Instants are ISO-8601 UTC text
 * (`toISOString()`, so they sort as text), booleans are 0/1 integers, JSON is text.
 */
export type Database = {
  orders: OrdersTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  events: EventsTable;
  cases: CasesTable;
  refunds: RefundsTable;
  returns: ReturnsTable;
  change_requests: ChangeRequestsTable;
  remakes: RemakesTable;
  briefs: BriefsTable;
  users: UsersTable;
  sessions: SessionsTable;
  attachments: AttachmentsTable;
  audit_log: AuditLogTable;
  idempotency: IdempotencyTable;
  notifications: NotificationsTable;
  order_guards: OrderGuardsTable;
  proof_failures: ProofFailuresTable;
  order_contacts: OrderContactsTable;
  secrets: SecretsTable;
};

export type OrderGuardsTable = {
  /** The order number as customers type it (it need not exist). */
  order_key: string;
  paused_until: string | null;
};

export type ProofFailuresTable = {
  seq: Generated<number>;
  order_key: string;
  conversation_id: string | null;
  at: string;
};

export type OrderContactsTable = {
  seq: Generated<number>;
  order_id: string;
  conversation_id: string;
  at: string;
};

export type SecretsTable = {
  name: string;
  value: string;
  created_at: string;
};

export type OrdersTable = {
  id: string;
  created_at: string;
  currency: string;
  customer_email: string;
  stage: string;
  fulfillment_status: string;
  total_minor: number;
  refunded_minor: number;
  /** The whole domain `Order` as JSON; the columns above are copies for queries. */
  data: string;
  updated_at: string;
  seq: Generated<number>;
};

export type ConversationsTable = {
  id: string;
  channel: string;
  lang: string;
  status: string;
  intent: string | null;
  order_id: string | null;
  token_hash: string;
  state: string;
  handled_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  seq: Generated<number>;
};

export type MessagesTable = {
  seq: Generated<number>;
  id: string;
  conversation_id: string;
  sender: string;
  text: string;
  lang: string | null;
  quick_replies: string | null;
  attachment_ids: string | null;
  meta: string | null;
  created_at: string;
};

export type EventsTable = {
  seq: Generated<number>;
  id: string;
  conversation_id: string | null;
  order_id: string | null;
  type: string;
  at: string;
  /** The whole `TurnEvent` as JSON. */
  data: string;
};

export type CasesTable = {
  seq: Generated<number>;
  id: string;
  kind: string;
  status: string;
  priority: number;
  conversation_id: string | null;
  order_id: string | null;
  handoff: string | null;
  subject: string;
  created_at: string;
  updated_at: string;
  assigned_to: string | null;
};

export type RefundsTable = {
  seq: Generated<number>;
  id: string;
  order_id: string;
  conversation_id: string | null;
  amount_minor: number;
  currency: string;
  reason: string;
  rule: string;
  status: string;
  idempotency_key: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  /** JSON array of the item SKUs the refund is for; null for a refund of the order as a whole. */
  item_skus: string | null;
};

export type ReturnsTable = {
  seq: Generated<number>;
  id: string;
  order_id: string;
  conversation_id: string | null;
  kind: string;
  item_skus: string;
  reason: string;
  rule: string;
  return_shipping_paid_by: string;
  status: string;
  idempotency_key: string;
  created_at: string;
};

export type ChangeRequestsTable = {
  seq: Generated<number>;
  id: string;
  order_id: string;
  conversation_id: string | null;
  kind: string;
  target: string;
  before_value: string;
  after_value: string;
  status: string;
  rule: string;
  reason: string;
  inside_window: number;
  idempotency_key: string;
  created_at: string;
};

export type RemakesTable = {
  seq: Generated<number>;
  id: string;
  order_id: string;
  conversation_id: string | null;
  item_skus: string;
  reason: string;
  rule: string;
  rush: number;
  idempotency_key: string;
  created_at: string;
};

export type BriefsTable = {
  seq: Generated<number>;
  id: string;
  conversation_id: string;
  brief: string;
  created_at: string;
};

export type UsersTable = {
  seq: Generated<number>;
  id: string;
  email: string;
  /** Lower-cased e-mail: unique, and what logins look up. */
  email_norm: string;
  role: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  /** Start of the window the failures in `failed_logins` were counted in. */
  failed_since: string | null;
  created_at: string;
  /** The seller of a `maker` account (migration 0101_channels_makers). */
  seller_id: string | null;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
};

export type AttachmentsTable = {
  seq: Generated<number>;
  id: string;
  conversation_id: string;
  path: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  created_at: string;
};

export type AuditLogTable = {
  seq: Generated<number>;
  id: string;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  rule: string | null;
  reason: string | null;
  before_value: string | null;
  after_value: string | null;
};

export type IdempotencyTable = {
  key: string;
  result: string;
  created_at: string;
};

/** Pub/sub payloads too large for a PostgreSQL NOTIFY are parked here and sent by reference. */
export type NotificationsTable = {
  id: string;
  payload: string;
  created_at: string;
};
