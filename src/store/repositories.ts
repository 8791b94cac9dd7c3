import type { Kysely, Selectable } from 'kysely';
import type { Message } from '../domain/conversation.js';
import { AppError } from '../domain/errors.js';
import type { Order } from '../domain/order.js';
import type {
  Attachment,
  AuditEntry,
  Case,
  Conversation,
  Refund,
  User,
} from '../domain/records.js';
import { caseKinds, caseStatuses, refundStatuses, roles } from '../domain/records.js';
import { channels, type Sender } from '../domain/conversation.js';
import { languages, type Language } from '../domain/order.js';
import type {
  ChangeRequest,
  Page,
  Remake,
  ReturnRecord,
  Store,
  StoredEvent,
} from '../domain/store.js';
import { guard } from './errors.js';
import { recordLoginFailure } from './guards.js';
import {
  conversationStatusSchema,
  handledBySchema,
  handoffSchema,
  intentSchema,
  quickRepliesSchema,
  readAnyJson,
  readJson,
  readRecord,
  recordSchema,
  sameJson,
  storedOrderSchema,
  stringArraySchema,
  turnEventSchema,
  writeJson,
} from './json.js';
import type { FixedStatement } from './fixed.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

/** The data part of the Store: everything but transactions, pub/sub and lifecycle. */
export type Repositories = Omit<
  Store,
  'dialect' | 'transaction' | 'publish' | 'subscribe' | 'close' | 'insights' | 'guards' | 'secrets'
>;

const senders = ['customer', 'assistant', 'agent', 'system'] as const satisfies readonly Sender[];

/** Narrows a text column to one of a closed set; anything else is a corrupt row. */
function oneOf<T extends string>(set: readonly T[], value: string, where: string): T {
  const found = set.find((s) => s === value);
  if (found === undefined)
    throw new AppError('internal', `stored ${where} "${value}" is not one of ${set.join(', ')}`);
  return found;
}

/** PostgreSQL returns bigint columns as strings. */
const num = (v: number | string | bigint): number => Number(v);

function withPage<Q extends { limit(n: number): Q; offset(n: number): Q }>(
  q: Q,
  page: Page | undefined,
): Q {
  if (page?.limit === undefined && page?.offset === undefined) return q;
  let out = q.limit(Math.max(0, page.limit ?? Number.MAX_SAFE_INTEGER));
  if (page.offset !== undefined) out = out.offset(Math.max(0, page.offset));
  return out;
}

const insertMessages =
  'insert into "messages" ("id", "conversation_id", "sender", "text", "lang", "quick_replies", "attachment_ids", "meta", "created_at") values';
const messageValues = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** A message's column values, in `insertMessages`' order. */
function messageParams(m: Message): unknown[] {
  return [
    m.id,
    m.conversationId,
    m.sender,
    m.text,
    m.lang ?? null,
    m.quickReplies === undefined ? null : writeJson(m.quickReplies),
    m.attachmentIds === undefined ? null : writeJson(m.attachmentIds),
    m.meta === undefined ? null : writeJson(m.meta),
    m.createdAt,
  ];
}

/** The statements every conversation turn runs (see `fixedStatements`). */
function turnStatements(stmt: (q: string) => FixedStatement) {
  return {
    conversationById: stmt('select * from "conversations" where "id" = ?'),
    insertConversation: stmt(
      'insert into "conversations" ("id", "channel", "lang", "status", "intent", "order_id", "token_hash", "state", "handled_by", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    saveConversation: stmt(
      'update "conversations" set "channel" = ?, "lang" = ?, "status" = ?, "intent" = ?, "order_id" = ?, "token_hash" = ?, "state" = ?, "handled_by" = ?, "updated_at" = ?, "version" = ? where "id" = ? and "version" = ?',
    ),
    orderById: stmt('select "id", "data" from "orders" where "id" = ?'),
    refundsForOrder: stmt('select * from "refunds" where "order_id" = ? order by "seq"'),
    appendMessage: stmt(`${insertMessages} ${messageValues}`),
    appendTwoMessages: stmt(`${insertMessages} ${messageValues}, ${messageValues}`),
    appendEvent: stmt(
      'insert into "events" ("id", "conversation_id", "order_id", "type", "at", "data") values (?, ?, ?, ?, ?, ?)',
    ),
  };
}

/** What a write that returns nothing gives back. */
const noResult = (): void => undefined;

function mustChange(n: bigint | undefined, what: string, id: string): void {
  if (n === undefined || n === 0n) throw new AppError('not_found', `${what} ${id} does not exist`);
}

function orderRow(order: Order, now: string) {
  return {
    id: order.id,
    created_at: order.createdAt,
    currency: order.currency,
    customer_email: order.customer.email.toLowerCase(),
    stage: order.stage,
    fulfillment_status: order.fulfillment.status,
    total_minor: order.payment.totalMinor,
    refunded_minor: order.payment.refundedMinor,
    data: writeJson(order),
    updated_at: now,
  };
}

/**
 * Order texts that validated and came back from the schema unchanged, by order id. Every turn
 * reads the orders it talks about, and an order's text rarely changes between two turns: the
 * same text again is only parsed, not checked field by field.
 */
const checkedOrders = new Map<string, string>();
const checkedOrdersMax = 2000;

export function toOrder(r: { data: string; id: string }): Order {
  if (checkedOrders.get(r.id) === r.data) return JSON.parse(r.data) as Order;
  const order = readJson(storedOrderSchema, r.data, `order ${r.id}`);
  // Only a text the schema gives back unchanged (nothing dropped or added) may skip it next time.
  if (sameJson(order, JSON.parse(r.data))) {
    if (checkedOrders.size >= checkedOrdersMax) {
      const oldest = checkedOrders.keys().next();
      if (oldest.done !== true) checkedOrders.delete(oldest.value);
    }
    checkedOrders.set(r.id, r.data);
  }
  return order;
}

export function toConversation(r: Selectable<Database['conversations']>): Conversation {
  return {
    id: r.id,
    channel: oneOf(channels, r.channel, 'conversation.channel'),
    lang: oneOf(languages, r.lang, 'conversation.lang'),
    status: conversationStatusSchema.parse(r.status),
    intent: r.intent === null ? null : intentSchema.parse(r.intent),
    orderId: r.order_id,
    tokenHash: r.token_hash,
    state: readRecord(r.state, `conversation ${r.id} state`),
    handledBy: readJson(handledBySchema, r.handled_by, `conversation ${r.id} handledBy`),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: num(r.version),
  };
}

export function toMessage(r: Selectable<Database['messages']>): Message {
  const m: Message = {
    id: r.id,
    conversationId: r.conversation_id,
    sender: oneOf(senders, r.sender, 'message.sender'),
    text: r.text,
    createdAt: r.created_at,
  };
  if (r.lang !== null) m.lang = oneOf<Language>(languages, r.lang, 'message.lang');
  if (r.quick_replies !== null)
    m.quickReplies = readJson(quickRepliesSchema, r.quick_replies, `message ${r.id} quickReplies`);
  if (r.attachment_ids !== null)
    m.attachmentIds = readJson(
      stringArraySchema,
      r.attachment_ids,
      `message ${r.id} attachmentIds`,
    );
  if (r.meta !== null) m.meta = readRecord(r.meta, `message ${r.id} meta`);
  return m;
}

export function toEvent(r: Selectable<Database['events']>): StoredEvent {
  const data = readJson(turnEventSchema, r.data, `event ${r.id}`);
  return { ...data, id: r.id, conversationId: r.conversation_id, at: r.at };
}

export function toCase(r: Selectable<Database['cases']>): Case {
  return {
    id: r.id,
    kind: oneOf(caseKinds, r.kind, 'case.kind'),
    status: oneOf(caseStatuses, r.status, 'case.status'),
    priority: num(r.priority),
    conversationId: r.conversation_id,
    orderId: r.order_id,
    handoff:
      r.handoff === null
        ? null
        : readJson(handoffSchema.nullable(), r.handoff, `case ${r.id} handoff`),
    subject: readJson(recordSchema, r.subject, `case ${r.id} subject`),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    assignedTo: r.assigned_to,
  };
}

export function toRefund(r: Selectable<Database['refunds']>): Refund {
  const refund: Refund = {
    id: r.id,
    orderId: r.order_id,
    conversationId: r.conversation_id,
    amountMinor: num(r.amount_minor),
    currency: r.currency,
    reason: r.reason,
    rule: r.rule,
    status: oneOf(refundStatuses, r.status, 'refund.status'),
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
  };
  if (r.item_skus !== null)
    refund.itemSkus = readJson(stringArraySchema, r.item_skus, `refund ${r.id} itemSkus`);
  return refund;
}

export function toReturn(r: Selectable<Database['returns']>): ReturnRecord {
  return {
    id: r.id,
    orderId: r.order_id,
    conversationId: r.conversation_id,
    kind: oneOf(['return', 'exchange'] as const, r.kind, 'return.kind'),
    itemSkus: readJson(stringArraySchema, r.item_skus, `return ${r.id} itemSkus`),
    reason: r.reason,
    rule: r.rule,
    returnShippingPaidBy: oneOf(
      ['buyer', 'shop'] as const,
      r.return_shipping_paid_by,
      'return.returnShippingPaidBy',
    ),
    status: oneOf(['created', 'received', 'closed'] as const, r.status, 'return.status'),
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
  };
}

export function toChangeRequest(r: Selectable<Database['change_requests']>): ChangeRequest {
  const target = readJson(recordSchema, r.target, `change request ${r.id} target`);
  return {
    id: r.id,
    orderId: r.order_id,
    conversationId: r.conversation_id,
    kind: oneOf(['personalization', 'address'] as const, r.kind, 'changeRequest.kind'),
    target: Object.fromEntries(Object.entries(target).map(([k, v]) => [k, String(v)])),
    before: readAnyJson(r.before_value, `change request ${r.id} before`),
    after: readAnyJson(r.after_value, `change request ${r.id} after`),
    status: oneOf(['recorded', 'refused'] as const, r.status, 'changeRequest.status'),
    rule: r.rule,
    reason: r.reason,
    insideWindow: num(r.inside_window) === 1,
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
  };
}

export function toRemake(r: Selectable<Database['remakes']>): Remake {
  return {
    id: r.id,
    orderId: r.order_id,
    conversationId: r.conversation_id,
    itemSkus: readJson(stringArraySchema, r.item_skus, `remake ${r.id} itemSkus`),
    reason: r.reason,
    rule: r.rule,
    rush: num(r.rush) === 1,
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
  };
}

function toUser(r: Selectable<Database['users']>): User {
  return {
    id: r.id,
    email: r.email,
    role: oneOf(roles, r.role, 'user.role'),
    ...(r.seller_id ? { sellerId: r.seller_id } : {}),
    passwordHash: r.password_hash,
    failedLogins: num(r.failed_logins),
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  };
}

function toAttachment(r: Selectable<Database['attachments']>): Attachment {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    path: r.path,
    mime: r.mime,
    bytes: num(r.bytes),
    width: num(r.width),
    height: num(r.height),
    createdAt: r.created_at,
  };
}

function toAudit(r: Selectable<Database['audit_log']>): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    rule: r.rule,
    reason: r.reason,
    before: readAnyJson(r.before_value, `audit ${r.id} before`),
    after: readAnyJson(r.after_value, `audit ${r.id} after`),
  };
}

/**
 * Repositories over a Kysely executor chosen per query: the pool, or the connection of the
 * transaction the caller is in; `stmt` makes the turn's fixed statements (`fixedStatements`).
 * `now` stamps `updated_at` on orders only (every domain record carries its own times).
 */
export function createRepositories(
  db: () => Kysely<Database>,
  stmt: (q: string) => FixedStatement,
  now: () => string,
  dialect: Dialect,
): Repositories {
  const fixed = turnStatements(stmt);
  return {
    orders: {
      upsert: (order) =>
        guard('orders.upsert', async () => {
          const existing = await db()
            .selectFrom('orders')
            .select('id')
            .where('id', '=', order.id)
            .executeTakeFirst();
          const row = orderRow(order, now());
          const { id, ...update } = row;
          await db()
            .insertInto('orders')
            .values({ id, ...update })
            .onConflict((oc) => oc.column('id').doUpdateSet(update))
            .execute();
          return existing ? 'updated' : 'created';
        }),
      get: (id) =>
        fixed.orderById.query<{ id: string; data: string }, Order | null>(
          'orders.get',
          () => [id],
          ([r]) => (r ? toOrder(r) : null),
        ),
      getForUpdate: (id) =>
        guard('orders.getForUpdate', async () => {
          const q = db().selectFrom('orders').select(['id', 'data']).where('id', '=', id);
          // SQLite transactions here are BEGIN IMMEDIATE on a single connection: already exclusive.
          const r = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
          return r ? toOrder(r) : null;
        }),
      list: (page) =>
        guard('orders.list', async () => {
          const rows = await withPage(
            db()
              .selectFrom('orders')
              .select(['id', 'data'])
              .orderBy('created_at', 'desc')
              .orderBy('seq', 'desc'),
            page,
          ).execute();
          return rows.map(toOrder);
        }),
      count: () =>
        guard('orders.count', async () => {
          const r = await db()
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow();
          return num(r.n);
        }),
    },

    conversations: {
      create: (c) =>
        fixed.insertConversation.exec(
          'conversations.create',
          () => [
            c.id,
            c.channel,
            c.lang,
            c.status,
            c.intent,
            c.orderId,
            c.tokenHash,
            writeJson(c.state),
            writeJson(c.handledBy),
            c.createdAt,
            c.updatedAt,
            c.version,
          ],
          () => undefined,
        ),
      get: (id) =>
        fixed.conversationById.query<Selectable<Database['conversations']>, Conversation | null>(
          'conversations.get',
          () => [id],
          ([r]) => (r ? toConversation(r) : null),
        ),
      save: (c, expectedVersion) =>
        fixed.saveConversation.exec(
          'conversations.save',
          () => [
            c.channel,
            c.lang,
            c.status,
            c.intent,
            c.orderId,
            c.tokenHash,
            writeJson(c.state),
            writeJson(c.handledBy),
            c.updatedAt,
            expectedVersion + 1,
            c.id,
            expectedVersion,
          ],
          (changed) => changed > 0,
        ),
      list: (filter) =>
        guard('conversations.list', async () => {
          let q = db()
            .selectFrom('conversations')
            .selectAll()
            .orderBy('updated_at', 'desc')
            .orderBy('seq', 'desc');
          if (filter?.status !== undefined) q = q.where('status', '=', filter.status);
          return (await withPage(q, filter).execute()).map(toConversation);
        }),
    },

    messages: {
      append: (m) => fixed.appendMessage.exec('messages.append', () => messageParams(m), noResult),
      // A turn's customer message and reply are one statement; other counts go two at a time.
      appendMany: async (ms) => {
        let i = 0;
        for (; i + 1 < ms.length; i += 2) {
          const [a, b] = [ms[i] as Message, ms[i + 1] as Message];
          await fixed.appendTwoMessages.exec(
            'messages.append',
            () => [...messageParams(a), ...messageParams(b)],
            noResult,
          );
        }
        const last = ms[i];
        if (last !== undefined)
          await fixed.appendMessage.exec('messages.append', () => messageParams(last), noResult);
      },
      list: (conversationId) =>
        guard('messages.list', async () => {
          const rows = await db()
            .selectFrom('messages')
            .selectAll()
            .where('conversation_id', '=', conversationId)
            .orderBy('seq')
            .execute();
          return rows.map(toMessage);
        }),
    },

    events: {
      append: (e) =>
        fixed.appendEvent.exec(
          'events.append',
          () => {
            const { id, conversationId, at, ...event } = e;
            return [
              id,
              conversationId,
              typeof event.orderId === 'string' ? event.orderId : null,
              event.type,
              at,
              writeJson(event),
            ];
          },
          noResult,
        ),
      list: (filter) =>
        guard('events.list', async () => {
          let q = db().selectFrom('events').selectAll().orderBy('seq');
          if (filter?.conversationId !== undefined)
            q = q.where('conversation_id', '=', filter.conversationId);
          if (filter?.orderId !== undefined) q = q.where('order_id', '=', filter.orderId);
          if (filter?.since !== undefined) q = q.where('at', '>=', filter.since);
          if (filter?.type !== undefined) q = q.where('type', '=', filter.type);
          return (await withPage(q, filter).execute()).map(toEvent);
        }),
    },

    cases: {
      create: (c) =>
        guard('cases.create', async () => {
          await db()
            .insertInto('cases')
            .values({
              id: c.id,
              kind: c.kind,
              status: c.status,
              priority: c.priority,
              conversation_id: c.conversationId,
              order_id: c.orderId,
              handoff: c.handoff === null ? null : writeJson(c.handoff),
              subject: writeJson(c.subject),
              created_at: c.createdAt,
              updated_at: c.updatedAt,
              assigned_to: c.assignedTo,
            })
            .execute();
        }),
      get: (id) =>
        guard('cases.get', async () => {
          const r = await db()
            .selectFrom('cases')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return r ? toCase(r) : null;
        }),
      update: (id, patch) =>
        guard('cases.update', async () => {
          const r = await db()
            .updateTable('cases')
            .set({
              updated_at: patch.updatedAt,
              ...(patch.status !== undefined && { status: patch.status }),
              ...(patch.priority !== undefined && { priority: patch.priority }),
              ...(patch.assignedTo !== undefined && { assigned_to: patch.assignedTo }),
              ...(patch.subject !== undefined && { subject: writeJson(patch.subject) }),
              ...(patch.handoff !== undefined && {
                handoff: patch.handoff === null ? null : writeJson(patch.handoff),
              }),
            })
            .where('id', '=', id)
            .executeTakeFirst();
          mustChange(r.numUpdatedRows, 'case', id);
        }),
      list: (filter) =>
        guard('cases.list', async () => {
          let q = db().selectFrom('cases').selectAll().orderBy('priority', 'desc').orderBy('seq');
          if (filter?.status !== undefined) q = q.where('status', '=', filter.status);
          if (filter?.kind !== undefined) q = q.where('kind', '=', filter.kind);
          if (filter?.conversationId !== undefined)
            q = q.where('conversation_id', '=', filter.conversationId);
          return (await withPage(q, filter).execute()).map(toCase);
        }),
    },

    refunds: {
      create: (r) =>
        guard('refunds.create', async () => {
          await db()
            .insertInto('refunds')
            .values({
              id: r.id,
              order_id: r.orderId,
              conversation_id: r.conversationId,
              amount_minor: r.amountMinor,
              currency: r.currency,
              reason: r.reason,
              rule: r.rule,
              status: r.status,
              idempotency_key: r.idempotencyKey,
              created_at: r.createdAt,
              decided_at: r.decidedAt,
              decided_by: r.decidedBy,
              item_skus: r.itemSkus === undefined ? null : writeJson(r.itemSkus),
            })
            .execute();
        }),
      get: (id) =>
        guard('refunds.get', async () => {
          const r = await db()
            .selectFrom('refunds')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return r ? toRefund(r) : null;
        }),
      byIdempotencyKey: (key) =>
        guard('refunds.byIdempotencyKey', async () => {
          const r = await db()
            .selectFrom('refunds')
            .selectAll()
            .where('idempotency_key', '=', key)
            .executeTakeFirst();
          return r ? toRefund(r) : null;
        }),
      listForOrder: (orderId) =>
        fixed.refundsForOrder.query<Selectable<Database['refunds']>, Refund[]>(
          'refunds.listForOrder',
          () => [orderId],
          (rows) => rows.map(toRefund),
        ),
      setStatus: (id, status, decidedBy, decidedAt) =>
        guard('refunds.setStatus', async () => {
          const r = await db()
            .updateTable('refunds')
            .set({ status, decided_by: decidedBy, decided_at: decidedAt })
            .where('id', '=', id)
            .executeTakeFirst();
          mustChange(r.numUpdatedRows, 'refund', id);
        }),
    },

    returns: {
      create: (r) =>
        guard('returns.create', async () => {
          await db()
            .insertInto('returns')
            .values({
              id: r.id,
              order_id: r.orderId,
              conversation_id: r.conversationId,
              kind: r.kind,
              item_skus: writeJson(r.itemSkus),
              reason: r.reason,
              rule: r.rule,
              return_shipping_paid_by: r.returnShippingPaidBy,
              status: r.status,
              idempotency_key: r.idempotencyKey,
              created_at: r.createdAt,
            })
            .execute();
        }),
      listForOrder: (orderId) =>
        guard('returns.listForOrder', async () => {
          const rows = await db()
            .selectFrom('returns')
            .selectAll()
            .where('order_id', '=', orderId)
            .orderBy('seq')
            .execute();
          return rows.map(toReturn);
        }),
    },

    changeRequests: {
      create: (c) =>
        guard('changeRequests.create', async () => {
          await db()
            .insertInto('change_requests')
            .values({
              id: c.id,
              order_id: c.orderId,
              conversation_id: c.conversationId,
              kind: c.kind,
              target: writeJson(c.target),
              before_value: writeJson(c.before),
              after_value: writeJson(c.after),
              status: c.status,
              rule: c.rule,
              reason: c.reason,
              inside_window: c.insideWindow ? 1 : 0,
              idempotency_key: c.idempotencyKey,
              created_at: c.createdAt,
            })
            .execute();
        }),
      listForOrder: (orderId) =>
        guard('changeRequests.listForOrder', async () => {
          const rows = await db()
            .selectFrom('change_requests')
            .selectAll()
            .where('order_id', '=', orderId)
            .orderBy('seq')
            .execute();
          return rows.map(toChangeRequest);
        }),
    },

    remakes: {
      create: (r) =>
        guard('remakes.create', async () => {
          await db()
            .insertInto('remakes')
            .values({
              id: r.id,
              order_id: r.orderId,
              conversation_id: r.conversationId,
              item_skus: writeJson(r.itemSkus),
              reason: r.reason,
              rule: r.rule,
              rush: r.rush ? 1 : 0,
              idempotency_key: r.idempotencyKey,
              created_at: r.createdAt,
            })
            .execute();
        }),
      listForOrder: (orderId) =>
        guard('remakes.listForOrder', async () => {
          const rows = await db()
            .selectFrom('remakes')
            .selectAll()
            .where('order_id', '=', orderId)
            .orderBy('seq')
            .execute();
          return rows.map(toRemake);
        }),
    },

    briefs: {
      create: (b) =>
        guard('briefs.create', async () => {
          await db()
            .insertInto('briefs')
            .values({
              id: b.id,
              conversation_id: b.conversationId,
              brief: writeJson(b.brief),
              created_at: b.createdAt,
            })
            .execute();
        }),
      list: (page) =>
        guard('briefs.list', async () => {
          const rows = await withPage(
            db().selectFrom('briefs').selectAll().orderBy('seq', 'desc'),
            page,
          ).execute();
          return rows.map((r) => ({
            id: r.id,
            conversationId: r.conversation_id,
            brief: readJson(recordSchema, r.brief, `brief ${r.id}`),
            createdAt: r.created_at,
          }));
        }),
    },

    users: {
      create: (u) =>
        guard('users.create', async () => {
          await db()
            .insertInto('users')
            .values({
              id: u.id,
              email: u.email,
              email_norm: u.email.trim().toLowerCase(),
              role: u.role,
              password_hash: u.passwordHash,
              failed_logins: u.failedLogins,
              locked_until: u.lockedUntil,
              created_at: u.createdAt,
              seller_id: u.sellerId ?? null,
            })
            .execute();
        }),
      byEmail: (email) =>
        guard('users.byEmail', async () => {
          const r = await db()
            .selectFrom('users')
            .selectAll()
            .where('email_norm', '=', email.trim().toLowerCase())
            .executeTakeFirst();
          return r ? toUser(r) : null;
        }),
      get: (id) =>
        guard('users.get', async () => {
          const r = await db()
            .selectFrom('users')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return r ? toUser(r) : null;
        }),
      update: (id, patch) =>
        guard('users.update', async () => {
          const set = {
            ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
            ...(patch.failedLogins !== undefined && { failed_logins: patch.failedLogins }),
            ...(patch.lockedUntil !== undefined && { locked_until: patch.lockedUntil }),
            ...(patch.role !== undefined && { role: patch.role }),
          };
          if (Object.keys(set).length === 0) {
            if (
              !(await db().selectFrom('users').select('id').where('id', '=', id).executeTakeFirst())
            ) {
              throw new AppError('not_found', `user ${id} does not exist`);
            }
            return;
          }
          const r = await db()
            .updateTable('users')
            .set(set)
            .where('id', '=', id)
            .executeTakeFirst();
          mustChange(r.numUpdatedRows, 'user', id);
        }),
      recordLoginFailure: (id, rule) =>
        guard('users.recordLoginFailure', () => recordLoginFailure(db(), id, rule)),
      list: () =>
        guard('users.list', async () => {
          const rows = await db().selectFrom('users').selectAll().orderBy('seq').execute();
          return rows.map(toUser);
        }),
    },

    sessions: {
      create: (s) =>
        guard('sessions.create', async () => {
          await db()
            .insertInto('sessions')
            .values({
              id: s.id,
              user_id: s.userId,
              csrf_token: s.csrfToken,
              expires_at: s.expiresAt,
            })
            .execute();
        }),
      get: (id) =>
        guard('sessions.get', async () => {
          const r = await db()
            .selectFrom('sessions')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return r
            ? { id: r.id, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at }
            : null;
        }),
      delete: (id) =>
        guard('sessions.delete', async () => {
          await db().deleteFrom('sessions').where('id', '=', id).execute();
        }),
    },

    attachments: {
      create: (a) =>
        guard('attachments.create', async () => {
          await db()
            .insertInto('attachments')
            .values({
              id: a.id,
              conversation_id: a.conversationId,
              path: a.path,
              mime: a.mime,
              bytes: a.bytes,
              width: a.width,
              height: a.height,
              created_at: a.createdAt,
            })
            .execute();
        }),
      get: (id) =>
        guard('attachments.get', async () => {
          const r = await db()
            .selectFrom('attachments')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return r ? toAttachment(r) : null;
        }),
      listForConversation: (conversationId) =>
        guard('attachments.listForConversation', async () => {
          const rows = await db()
            .selectFrom('attachments')
            .selectAll()
            .where('conversation_id', '=', conversationId)
            .orderBy('seq')
            .execute();
          return rows.map(toAttachment);
        }),
    },

    audit: {
      append: (e) =>
        guard('audit.append', async () => {
          await db()
            .insertInto('audit_log')
            .values({
              id: e.id,
              at: e.at,
              actor: e.actor,
              action: e.action,
              subject_type: e.subjectType,
              subject_id: e.subjectId,
              rule: e.rule,
              reason: e.reason,
              before_value: writeJson(e.before),
              after_value: writeJson(e.after),
            })
            .execute();
        }),
      list: (filter) =>
        guard('audit.list', async () => {
          let q = db().selectFrom('audit_log').selectAll().orderBy('seq');
          if (filter?.subjectType !== undefined)
            q = q.where('subject_type', '=', filter.subjectType);
          if (filter?.subjectId !== undefined) q = q.where('subject_id', '=', filter.subjectId);
          return (await withPage(q, filter).execute()).map(toAudit);
        }),
    },

    idempotency: {
      get: (key) =>
        guard('idempotency.get', async () => {
          const r = await db()
            .selectFrom('idempotency')
            .select('result')
            .where('key', '=', key)
            .executeTakeFirst();
          return r === undefined ? undefined : readAnyJson(r.result, `idempotent result ${key}`);
        }),
      put: (key, result) =>
        guard('idempotency.put', async () => {
          const r = await db()
            .insertInto('idempotency')
            .values({ key, result: writeJson(result), created_at: now() })
            .onConflict((oc) => oc.column('key').doNothing())
            .executeTakeFirst();
          return (r.numInsertedOrUpdatedRows ?? 0n) > 0n;
        }),
    },
  };
}
