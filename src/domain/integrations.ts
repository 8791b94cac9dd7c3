import type { Order } from './order.js';

/** Where an incoming webhook came from; a delivery id is unique per source. */
export const webhookSources = ['shopify', 'tracking'] as const;
export type WebhookSource = (typeof webhookSources)[number];

export const outboxKinds = ['mail', 'event', 'widget'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

export const outboxStatuses = ['pending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** One durable piece of outgoing work: a mail, an event POST, a widget message. */
export type OutboxItem = {
  id: string;
  kind: OutboxKind;
  /** Unique: a second enqueue with the same key is a no-op (how "never twice" and "once a day" hold). */
  dedupeKey: string;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

/** An e-mail conversation: who writes, about what, and the last message id we saw or sent. */
export type MailThread = {
  conversationId: string;
  /** The customer's address, lower-cased. */
  address: string;
  subject: string;
  lastMessageId: string;
  createdAt: string;
  updatedAt: string;
};

/** An audit row about an order, as the proactive-update watcher reads it. */
export type OrderChange = {
  seq: number;
  orderId: string;
  at: string;
  actor: string;
  before: Order | null;
  after: Order | null;
};

/**
 * The storage the integrations and channels need (src/store/integrations.ts), on the same
 * connection and transactions as the rest of the store.
 */
export interface IntegrationsRepository {
  /** Records a webhook delivery; false when this source already delivered this id. */
  claimDelivery(d: {
    source: WebhookSource;
    deliveryId: string;
    topic: string;
    at: string;
  }): Promise<boolean>;
  setDeliveryResult(source: WebhookSource, deliveryId: string, result: string): Promise<void>;
  deliveryResult(source: WebhookSource, deliveryId: string): Promise<string | null>;
  /** Our order id for a platform's own order id (Shopify's numeric `id`). */
  linkExternalOrder(source: string, externalId: string, orderId: string): Promise<void>;
  externalOrder(source: string, externalId: string): Promise<string | null>;
  ordersByTrackingNumber(trackingNumber: string): Promise<Order[]>;
  ordersByEmail(email: string, limit?: number): Promise<Order[]>;
  /** Orders not yet shipped (cancelled ones included), oldest first; with `sellerId`, only those with a piece of that seller. */
  unfulfilledOrders(limit: number, sellerId?: string): Promise<Order[]>;
  /** Conversations of a channel about an order active since an instant, newest first. */
  recentConversationIds(orderId: string, channel: string, since: string): Promise<string[]>;
  mail: {
    /** False when this Message-ID was already seen (a redelivery). */
    recordMessage(m: {
      messageId: string;
      conversationId: string;
      direction: 'in' | 'out';
      address: string;
      at: string;
    }): Promise<boolean>;
    conversationFor(messageIds: string[]): Promise<string | null>;
    /** How many messages went to or came from an address since an instant. */
    countSince(address: string, direction: 'in' | 'out', since: string): Promise<number>;
    thread(conversationId: string): Promise<MailThread | null>;
    threadForAddress(address: string): Promise<MailThread | null>;
    saveThread(t: MailThread): Promise<void>;
  };
  outbox: {
    enqueue(
      item: Omit<OutboxItem, 'status' | 'attempts' | 'lastError' | 'sentAt'>,
    ): Promise<boolean>;
    /** Pending items due by `now` whose lease has run out, oldest first. */
    due(now: string, limit: number): Promise<OutboxItem[]>;
    /** Takes the lease on an item; false when another worker holds it or it was sent. */
    claim(id: string, now: string, leaseUntil: string): Promise<boolean>;
    markSent(id: string, at: string): Promise<void>;
    markFailed(id: string, error: string, nextAttemptAt: string, dead: boolean): Promise<void>;
    get(id: string): Promise<OutboxItem | null>;
    list(filter?: {
      kind?: OutboxKind;
      status?: OutboxStatus;
      keyPrefix?: string;
    }): Promise<OutboxItem[]>;
  };
  optOuts: {
    add(email: string, at: string): Promise<void>;
    has(email: string): Promise<boolean>;
  };
  /** Durable read positions (the proactive-update watcher's place in the audit log). */
  cursors: {
    /** The stored position, or null when this reader never ran. */
    get(name: string): Promise<number | null>;
    set(name: string, value: number): Promise<void>;
  };
  /** Audit rows about orders after `seq`, in order. */
  orderChangesAfter(seq: number, limit: number): Promise<OrderChange[]>;
  /** The newest audit row's position (0 when empty). */
  latestAuditSeq(): Promise<number>;
}
