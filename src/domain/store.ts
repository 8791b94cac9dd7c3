import type { Message } from './conversation.js';
import type { TurnEvent } from './events.js';
import type { Order } from './order.js';
import type {
  Attachment,
  AuditEntry,
  Case,
  CaseKind,
  CaseStatus,
  Conversation,
  Refund,
  RefundStatus,
  User,
} from './records.js';

/** A change of personalisation the customer confirmed (R3), or an address change (R4). */
export type ChangeRequest = {
  id: string;
  orderId: string;
  conversationId: string | null;
  kind: 'personalization' | 'address';
  /** e.g. `{itemSku: 'NECK-NAME', field: 'engraving'}` */
  target: Record<string, string>;
  before: unknown;
  after: unknown;
  status: 'recorded' | 'refused';
  rule: string;
  reason: string;
  insideWindow: boolean;
  idempotencyKey: string;
  createdAt: string;
};

export type ReturnRecord = {
  id: string;
  orderId: string;
  conversationId: string | null;
  kind: 'return' | 'exchange';
  itemSkus: string[];
  reason: string;
  rule: string;
  returnShippingPaidBy: 'buyer' | 'shop';
  status: 'created' | 'received' | 'closed';
  idempotencyKey: string;
  createdAt: string;
};

export type Remake = {
  id: string;
  orderId: string;
  conversationId: string | null;
  itemSkus: string[];
  reason: string;
  rule: string;
  rush: boolean;
  idempotencyKey: string;
  createdAt: string;
};

/** A customer-brief for a bespoke piece (R15). */
export type CustomBrief = {
  id: string;
  conversationId: string;
  brief: Record<string, unknown>;
  createdAt: string;
};

/** An event as kept: the turn event plus where it happened. */
export type StoredEvent = TurnEvent & {
  id: string;
  conversationId: string | null;
  at: string;
};

export type Page = { limit?: number; offset?: number };

/** A period of time: `since` inclusive, `until` exclusive, both ISO-8601 UTC instants; absent = open. */
export type Period = { since?: string; until?: string };

/**
 * Everything the insights read for a period (src/insights): the conversations started in it
 * with all their messages, events and cases; refunds, change requests, remakes and returns
 * created in it; and the orders any of these name. Conversations come without dialogue `state`.
 */
export type InsightsSource = {
  conversations: Conversation[];
  messages: Message[];
  events: StoredEvent[];
  cases: Case[];
  refunds: Refund[];
  changeRequests: ChangeRequest[];
  remakes: Remake[];
  returns: ReturnRecord[];
  orders: Order[];
};

/**
 * The persistence port, written in domain types. Implemented once with Kysely for SQLite and
 * PostgreSQL (src/store); injected at the composition root. Methods throw AppError('conflict')
 * on unique violations and AppError('not_found') where they say so.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  orders: {
    upsert(order: Order): Promise<'created' | 'updated'>;
    get(id: string): Promise<Order | null>;
    /**
     * Like `get`; inside `transaction` it also holds the order's row lock until commit, so
     * concurrent money changes on one order run one after the other.
     */
    getForUpdate(id: string): Promise<Order | null>;
    list(page?: Page): Promise<Order[]>;
    count(): Promise<number>;
  };
  conversations: {
    create(conversation: Conversation): Promise<void>;
    get(id: string): Promise<Conversation | null>;
    /** Saves if `version` still matches the stored one; returns false when another writer won. */
    save(conversation: Conversation, expectedVersion: number): Promise<boolean>;
    list(filter?: { status?: Conversation['status'] } & Page): Promise<Conversation[]>;
  };
  messages: {
    append(message: Message): Promise<void>;
    /** Appends several messages in one go, in the order given. */
    appendMany(messages: readonly Message[]): Promise<void>;
    list(conversationId: string): Promise<Message[]>;
  };
  events: {
    append(event: StoredEvent): Promise<void>;
    list(
      filter?: { conversationId?: string; orderId?: string; since?: string; type?: string } & Page,
    ): Promise<StoredEvent[]>;
  };
  cases: {
    create(c: Case): Promise<void>;
    get(id: string): Promise<Case | null>;
    update(
      id: string,
      patch: Partial<Pick<Case, 'status' | 'priority' | 'assignedTo' | 'subject' | 'handoff'>> & {
        updatedAt: string;
      },
    ): Promise<void>;
    list(
      filter?: { status?: CaseStatus; kind?: CaseKind; conversationId?: string } & Page,
    ): Promise<Case[]>;
  };
  refunds: {
    create(refund: Refund): Promise<void>;
    get(id: string): Promise<Refund | null>;
    byIdempotencyKey(key: string): Promise<Refund | null>;
    listForOrder(orderId: string): Promise<Refund[]>;
    setStatus(
      id: string,
      status: RefundStatus,
      decidedBy: string,
      decidedAt: string,
    ): Promise<void>;
  };
  returns: {
    create(r: ReturnRecord): Promise<void>;
    listForOrder(orderId: string): Promise<ReturnRecord[]>;
  };
  changeRequests: {
    create(c: ChangeRequest): Promise<void>;
    listForOrder(orderId: string): Promise<ChangeRequest[]>;
  };
  remakes: {
    create(r: Remake): Promise<void>;
    listForOrder(orderId: string): Promise<Remake[]>;
  };
  briefs: {
    create(b: CustomBrief): Promise<void>;
    list(page?: Page): Promise<CustomBrief[]>;
  };
  users: {
    create(user: User): Promise<void>;
    byEmail(email: string): Promise<User | null>;
    get(id: string): Promise<User | null>;
    update(
      id: string,
      patch: Partial<Pick<User, 'passwordHash' | 'failedLogins' | 'lockedUntil' | 'role'>>,
    ): Promise<void>;
    list(): Promise<User[]>;
    /**
     * Counts one failed sign-in in one statement: failures older than `windowMs` start a fresh
     * count; reaching `max` sets `lockedUntil` to `at + lockMs`. Returns the counts after it.
     */
    recordLoginFailure(
      id: string,
      rule: { at: string; windowMs: number; max: number; lockMs: number },
    ): Promise<{ failedLogins: number; lockedUntil: string | null }>;
  };
  /** Guards against guessing and repeats that must hold across conversations and processes. */
  guards: {
    /**
     * One failed proof of ownership for an order number (existing or not). Under the number's row
     * lock: stores it, counts failures within `windowMs`, and pauses the number for `pauseMs` once
     * they reach `max`. `newlyPaused` is true for exactly one caller per pause.
     */
    recordProofFailure(i: {
      orderKey: string;
      conversationId: string | null;
      at: string;
      windowMs: number;
      max: number;
      pauseMs: number;
    }): Promise<{ failures: number; pausedUntil: string | null; newlyPaused: boolean }>;
    /** Until when self-service look-ups of this order number are paused, or null. */
    pausedUntil(orderKey: string, at: string): Promise<string | null>;
    /**
     * Registers this conversation as a contact about the order (once per conversation) and returns
     * how many other conversations registered before it, counted under the order's guard lock.
     */
    claimContact(orderId: string, conversationId: string, at: string): Promise<number>;
    /** Withdraws a claim made by a conversation that did not prove the order after all. */
    releaseContact(orderId: string, conversationId: string): Promise<void>;
  };
  /** Server secrets kept in the database (e.g. the key that signs order links). */
  secrets: {
    /** The stored value, or `create()`'s value stored now; concurrent callers all get the first one stored. */
    getOrCreate(name: string, create: () => string): Promise<string>;
  };
  sessions: {
    create(s: { id: string; userId: string; csrfToken: string; expiresAt: string }): Promise<void>;
    get(
      id: string,
    ): Promise<{ id: string; userId: string; csrfToken: string; expiresAt: string } | null>;
    delete(id: string): Promise<void>;
  };
  attachments: {
    create(a: Attachment): Promise<void>;
    get(id: string): Promise<Attachment | null>;
    listForConversation(conversationId: string): Promise<Attachment[]>;
  };
  audit: {
    append(entry: AuditEntry): Promise<void>;
    list(filter?: { subjectType?: string; subjectId?: string } & Page): Promise<AuditEntry[]>;
  };
  /** Idempotency ledger: the first caller with a key stores its result; later callers get it back. */
  idempotency: {
    /** The stored result, or `undefined` when the key is new. */
    get(key: string): Promise<unknown>;
    put(key: string, result: unknown): Promise<boolean>;
  };
  insights: {
    /** The read model of src/insights for one period (see `InsightsSource`). */
    load(period: Period): Promise<InsightsSource>;
  };
  /** Runs `fn` in one transaction (serialisable enough that concurrent refunds cannot both pass). */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** Minimal pub/sub for live updates (SSE); in-process on SQLite, LISTEN/NOTIFY on PostgreSQL. */
  publish(channel: string, payload: unknown): Promise<void>;
  subscribe(channel: string, listener: (payload: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
