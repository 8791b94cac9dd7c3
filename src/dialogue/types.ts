import type {
  Address,
  ConversationStatus,
  Decision,
  HandoffPackage,
  Intent,
  Language,
  Order,
  Refund,
  TurnEvent,
} from '../domain/index.js';
import type { VoiceSettings } from '../voice/index.js';
import type { PolicyDecision, RuleId } from './rules.js';

/** What the NLU made of one message (the shape of `Nlu.understand`). */
export type Entity = {
  type: string;
  value: string;
  start: number;
  end: number;
  old?: string;
  parts?: {
    line1: string;
    line2?: string;
    city?: string;
    region?: string;
    postcode?: string;
    country?: string;
  };
};
export type Understanding = {
  lang: Language;
  langConfidence: number;
  intent: Intent;
  confidence: number;
  entities: Entity[];
  sentiment: { label: 'negative' | 'neutral' | 'positive'; score: number };
  /** Next best intents, best first (used for clarifying questions). */
  alternatives?: { intent: Intent; confidence: number }[];
  /** Every request in the message, in order (see src/nlu/types.ts); absent from older callers. */
  requests?: { intent: Intent; confidence: number; span: { start: number; end: number } }[];
};

export type ShipWindow = {
  start: string;
  end: string;
  businessDaysLeft: { min: number; max: number };
};

/** The shop settings the conversation needs, resolved from the policy file. */
export type ShopSettings = {
  name: string;
  timeZone: string;
  voice: VoiceSettings;
  stages: { id: string; label: string }[];
};

export type QualityProblem = 'damaged' | 'wrong' | 'missing';
export type Remedy = 'remake' | 'refund';

/**
 * The policy as the dialogue sees it: pure decisions over an order snapshot. Built from the policy
 * module by the engine (src/engine/policy-port.ts) so the dialogue does not depend on fact shapes.
 */
export interface DialoguePolicy {
  readonly shop: ShopSettings;
  leadTime(order: Order): { minBusinessDays: number; maxBusinessDays: number };
  shipWindow(order: Order, now: Date): ShipWindow | null;
  /** Business days the order is past its latest ship date (0 when not late). */
  businessDaysLate(order: Order, now: Date): number;
  delayThresholdBusinessDays(order: Order): number;
  decideChange(order: Order, sku: string, field: string, now: Date): PolicyDecision;
  decideAddressChange(order: Order, now: Date): PolicyDecision;
  decideCancel(order: Order, now: Date): PolicyDecision;
  decideReturn(
    order: Order,
    skus: string[],
    kind: 'return' | 'exchange',
    now: Date,
  ): PolicyDecision;
  /** Alternatives to offer when a return is refused (e.g. resizing, repair, store credit). */
  returnAlternatives(order: Order, sku: string): string[];
  returnShippingPaidBy(order: Order, sku: string): 'buyer' | 'shop';
  decideQuality(
    order: Order,
    problem: QualityProblem,
    skus: string[],
    hasEvidence: boolean,
    now: Date,
  ): PolicyDecision;
  evidenceRequired(order: Order, problem: QualityProblem, sku: string): boolean;
  remedies(order: Order, problem: QualityProblem, sku: string): Remedy[];
  decideRefund(order: Order, amountMinor: number, now: Date): PolicyDecision;
  autoLimitMinor(order: Order | null): number;
  /** A decision with outcome `escalate` when a trigger fires, else null. */
  decideEscalation(signals: EscalationSignals): PolicyDecision | null;
  /** When a person can answer: now (inside business hours) or the next opening, ISO instant. */
  responseExpectation(now: Date): { openNow: boolean; nextOpenAt: string };
}

export type EscalationSignals = {
  text: string;
  lang: Language;
  intent: Intent | null;
  explicitRequest: boolean;
  /** Sentiment scores (-1..1) of the customer's recent messages, oldest first. */
  sentimentScores: number[];
  sameProblemContacts: number;
  missingEvidence?: boolean;
  order: Order | null;
};

export interface KnowledgePort {
  /** `byTopic`: found by the question's topic words, not by its frame alone ("how long does it take?"). */
  answer(
    question: string,
    lang: Language,
  ): { section: string; text: string; score: number; byTopic?: boolean } | null;
  /** The countries the shop's "where do you ship?" section names, and that section; null when none says. */
  shipsTo?(lang: Language): { codes: ReadonlySet<string>; section: string; text: string } | null;
}

/** A choice offered on one turn; its ids only count while that turn is the latest. */
export type Offer = {
  turn: number;
  options: { id: string; value: string; label: string; yesno?: 'yes' | 'no' }[];
};

export type ChangeFlow = {
  name: 'change';
  step: 'item' | 'field' | 'value' | 'confirm';
  sku?: string;
  field?: string;
  value?: string;
};
export type AddressDraft = Address;
export type Flow =
  | {
      name: 'identify';
      then: Intent | null;
      step: 'order' | 'secret' | 'email';
      entities: Entity[];
      text: string;
      choices?: Intent[];
      /** Further requests of the same message, taken up once the order is proven. */
      also?: { intent: Intent; text: string }[];
      /** The e-mail or postcode of a failed check, tried again with a corrected order number. */
      tried?: { email?: string; postcode?: string };
    }
  /** Several orders in play: which one a request that changes an order is about. */
  | {
      name: 'which_order';
      then: Intent;
      entities: Entity[];
      text: string;
      step: 'which' | 'number';
    }
  | ChangeFlow
  | { name: 'address'; step: 'value' | 'confirm'; address?: AddressDraft }
  | { name: 'cancel'; step: 'confirm' }
  | {
      name: 'return';
      step: 'item' | 'kind' | 'confirm' | 'alternative';
      sku?: string;
      kind?: 'return' | 'exchange';
    }
  | {
      name: 'quality';
      problem: QualityProblem;
      step: 'item' | 'evidence' | 'remedy';
      sku?: string;
      evidence: string[];
      asks: number;
      /** The customer said the photo comes later; the request waits for it. */
      later?: boolean;
      /** The remedy the customer said they'd like before it was offered ("I'd prefer a replacement"). */
      prefers?: Remedy;
    }
  | {
      name: 'brief';
      step: BriefSlot | 'confirm';
      brief: Partial<Record<BriefSlot, string>>;
      photos: string[];
    }
  | { name: 'question' }
  | { name: 'csat' };

export const briefSlots = ['item', 'size', 'text', 'colours', 'photos', 'deadline'] as const;
export type BriefSlot = (typeof briefSlots)[number];

/** The dialogue's whole memory, stored as JSON in Conversation.state after every turn. */
export type DialogueState = {
  v: 1;
  turn: number;
  lang: Language;
  identity: {
    orderId: string | null;
    failures: number;
    throttledUntil: string | null;
    orderNumber: string | null;
    /** What the proof allows: `read` (postcode: status only) or `full` (e-mail or signed link: changes too). */
    level?: 'read' | 'full' | null;
    /** The request the order was proven for (to ask "this order or another?" when a change follows). */
    verifiedFor?: Intent | null;
    /** The e-mail address proven in this conversation: the customer's other orders under it need no new proof. */
    email?: string | null;
    /** An e-mail address typed before any order number ("hi, my email is …"), tried once one comes. */
    given?: string | null;
  };
  flow: Flow | null;
  suspended: Flow[];
  /** A second request about the order in the same message ("…where is it, and can you change the address?"), taken up once the first is done. */
  queued?: { intent: Intent; text: string } | null;
  offer: Offer | null;
  intent: Intent | null;
  status: ConversationStatus;
  resolved: number;
  csat: 'none' | 'asked' | 'done';
  sentiment: number[];
  contacts: Partial<Record<Intent, number>>;
  escalated: boolean;
  attachments: string[];
  /** A person offered after a refusal: what to escalate if the customer says yes. */
  pendingHandoff: { rule: RuleId; reason: string; desired: string | null } | null;
  /** Clarifying questions in a row that did not land (a person is offered after two). */
  clarifies?: number;
  /** Answers in a row that failed validation for the open question (a person is offered after three). */
  invalid?: number;
  /** The customer writes in the familiar register (German du): replies follow where a text exists. */
  familiar?: boolean;
  /** The last shop question answered, for short follow-ups ("how long does it take?"). */
  lastQuestion?: string;
  /** Rolling short log of what was asked and done, in English, for the handoff summary. */
  notes: string[];
};

/** What the customer sent, as the dialogue sees it. */
export type DialogueInput =
  | { kind: 'start'; lang?: Language; verifiedOrderId?: string }
  | { kind: 'text'; text: string; understanding: Understanding | null }
  | { kind: 'choice'; choice: string }
  | {
      kind: 'attachment';
      attachmentIds: string[];
      text?: string;
      understanding: Understanding | null;
    };

/** Everything a turn may read; the engine fetches it before calling the dialogue. */
export type DialogueContext = {
  now: Date;
  policy: DialoguePolicy;
  knowledge: KnowledgePort;
  /** Orders fetched for the numbers in play (the verified one and any the customer named); null = not found. */
  orders: Record<string, Order | null>;
  /** Refunds of the verified order. */
  refunds: Refund[];
  /** Earlier conversations in which each fetched order was proven (contacts about it before this one). */
  priorContacts?: Record<string, number>;
  clarifyThreshold: number;
  conversationId: string;
  /**
   * Orders whose self-service look-ups are paused (too many failed proofs across conversations):
   * proving them is refused without counting an attempt, and a person is offered.
   */
  lockedOrders?: readonly string[];
};

/** A state change the dialogue asks for; executed by the engine through `actions`. */
export type Effect =
  | {
      kind: 'recordChange';
      orderId: string;
      itemSku: string;
      field: string;
      before: unknown;
      after: unknown;
      decision: Decision;
      key: string;
    }
  | { kind: 'changeAddress'; orderId: string; address: Address; decision: Decision; key: string }
  | { kind: 'cancelOrder'; orderId: string; decision: Decision; key: string }
  | {
      kind: 'createReturn';
      orderId: string;
      returnKind: 'return' | 'exchange';
      itemSkus: string[];
      reason: string;
      decision: Decision;
      key: string;
    }
  | {
      kind: 'requestRefund';
      orderId: string;
      amountMinor: number;
      reason: string;
      decision: Decision;
      autoLimitMinor: number;
      itemSkus?: string[];
      key: string;
    }
  | {
      kind: 'createRemake';
      orderId: string;
      itemSkus: string[];
      reason: string;
      decision: Decision;
      key: string;
    }
  | {
      kind: 'escalate';
      orderId: string | null;
      handoff: HandoffPackage;
      priority: number;
      key: string;
    }
  | { kind: 'createBrief'; brief: Record<string, unknown>; key: string };

export type DialogueOutput = {
  state: DialogueState;
  replies: { text: string; quickReplies: { id: string; label: string }[] }[];
  effects: Effect[];
  /** Events the dialogue itself reports (identity, evidence, refusals, CSAT); action events are added by the engine. */
  events: TurnEvent[];
  /** For insights and reps: e.g. `{knowledgeGap: true}`. */
  meta: Record<string, unknown>;
};
