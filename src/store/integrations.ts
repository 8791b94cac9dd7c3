import { sql, type Kysely } from 'kysely';
import type { Order } from '../domain/order.js';
import {
  outboxKinds,
  outboxStatuses,
  type IntegrationsRepository,
  type MailThread,
  type OrderChange,
  type OutboxItem,
} from '../domain/integrations.js';
import { AppError } from '../domain/errors.js';
import { guard } from './errors.js';
import { readJson, recordSchema, storedOrderSchema, writeJson } from './json.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

/** Tables added by migration `0100_integrations` (src/store/migrations-integrations.ts). */
export type IntegrationTables = {
  webhook_deliveries: {
    source: string;
    delivery_id: string;
    topic: string;
    result: string;
    received_at: string;
  };
  external_orders: { source: string; external_id: string; order_id: string };
  mail_messages: {
    message_id: string;
    conversation_id: string;
    direction: string;
    address: string;
    at: string;
  };
  mail_threads: {
    conversation_id: string;
    address: string;
    subject: string;
    last_message_id: string;
    created_at: string;
    updated_at: string;
  };
  outbox: {
    id: string;
    kind: string;
    dedupe_key: string;
    payload: string;
    status: string;
    attempts: number;
    next_attempt_at: string;
    locked_until: string | null;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
  };
  notification_optouts: { email: string; at: string };
  integration_cursors: { name: string; value: number | string };
};

type Db = Kysely<Database & IntegrationTables>;

function oneOf<T extends string>(set: readonly T[], value: string, where: string): T {
  const found = set.find((s) => s === value);
  if (found === undefined)
    throw new AppError('internal', `stored ${where} "${value}" is not one of ${set.join(', ')}`);
  return found;
}

function toOutboxItem(r: IntegrationTables['outbox']): OutboxItem {
  return {
    id: r.id,
    kind: oneOf(outboxKinds, r.kind, 'outbox.kind'),
    dedupeKey: r.dedupe_key,
    payload: readJson(recordSchema, r.payload, `outbox ${r.id}`),
    status: oneOf(outboxStatuses, r.status, 'outbox.status'),
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

function toThread(r: IntegrationTables['mail_threads']): MailThread {
  return {
    conversationId: r.conversation_id,
    address: r.address,
    subject: r.subject,
    lastMessageId: r.last_message_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const toOrder = (r: { id: string; data: string }): Order =>
  readJson(storedOrderSchema, r.data, `order ${r.id}`);

/** The tracking number inside an order's JSON, written exactly as the expression index is. */
export function trackingExpression(dialect: Dialect) {
  return dialect === 'sqlite'
    ? sql<string>`json_extract(data, '$.fulfillment.trackingNumber')`
    : sql<string>`((data::jsonb) #>> '{fulfillment,trackingNumber}')`;
}

/** Inserts a row unless its key exists; true when it was inserted. */
async function insertOnce<T extends keyof IntegrationTables>(
  db: Db,
  table: T,
  row: Record<string, unknown>,
  keys: string[],
): Promise<boolean> {
  const result = await db
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => oc.columns(keys as never).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The integrations' repository over the store's connection (or the current transaction's). */
export function integrationsRepository(
  conn: () => Kysely<Database>,
  dialect: Dialect,
): IntegrationsRepository {
  const db = (): Db => conn().withTables<IntegrationTables>();
  return {
    claimDelivery: (d) =>
      guard('webhook delivery', () =>
        insertOnce(
          db(),
          'webhook_deliveries',
          {
            source: d.source,
            delivery_id: d.deliveryId,
            topic: d.topic,
            result: 'received',
            received_at: d.at,
          },
          ['source', 'delivery_id'],
        ),
      ),
    async setDeliveryResult(source, deliveryId, result) {
      await db()
        .updateTable('webhook_deliveries')
        .set({ result })
        .where('source', '=', source)
        .where('delivery_id', '=', deliveryId)
        .execute();
    },
    async deliveryResult(source, deliveryId) {
      const r = await db()
        .selectFrom('webhook_deliveries')
        .select('result')
        .where('source', '=', source)
        .where('delivery_id', '=', deliveryId)
        .executeTakeFirst();
      return r?.result ?? null;
    },
    async linkExternalOrder(source, externalId, orderId) {
      await db()
        .insertInto('external_orders')
        .values({ source, external_id: externalId, order_id: orderId })
        .onConflict((oc) =>
          oc.columns(['source', 'external_id']).doUpdateSet({ order_id: orderId }),
        )
        .execute();
    },
    async externalOrder(source, externalId) {
      const r = await db()
        .selectFrom('external_orders')
        .select('order_id')
        .where('source', '=', source)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return r?.order_id ?? null;
    },
    async ordersByTrackingNumber(trackingNumber) {
      const rows = await db()
        .selectFrom('orders')
        .select(['id', 'data'])
        .where(trackingExpression(dialect), '=', trackingNumber)
        .orderBy('seq')
        .execute();
      return rows.map(toOrder);
    },
    async ordersByEmail(email, limit = 20) {
      const rows = await db()
        .selectFrom('orders')
        .select(['id', 'data'])
        .where('customer_email', '=', email.trim().toLowerCase())
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toOrder);
    },
    async unfulfilledOrders(limit, sellerId) {
      let q = db()
        .selectFrom('orders')
        .select(['id', 'data'])
        .where('fulfillment_status', '=', 'unfulfilled');
      if (sellerId !== undefined) {
        q = q.where(
          dialect === 'sqlite'
            ? sql<boolean>`exists (select 1 from json_each(data, '$.items') where json_extract(value, '$.sellerId') = ${sellerId})`
            : sql<boolean>`(data::jsonb) -> 'items' @> ${JSON.stringify([{ sellerId }])}::jsonb`,
        );
      }
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit).execute();
      return rows.map(toOrder);
    },
    async recentConversationIds(orderId, channel, since) {
      const rows = await db()
        .selectFrom('conversations')
        .select('id')
        .where('order_id', '=', orderId)
        .where('channel', '=', channel)
        .where('updated_at', '>=', since)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map((r) => r.id);
    },
    mail: {
      recordMessage: (m) =>
        guard('mail message', () =>
          insertOnce(
            db(),
            'mail_messages',
            {
              message_id: m.messageId,
              conversation_id: m.conversationId,
              direction: m.direction,
              address: m.address.toLowerCase(),
              at: m.at,
            },
            ['message_id'],
          ),
        ),
      async conversationFor(messageIds) {
        if (messageIds.length === 0) return null;
        const r = await db()
          .selectFrom('mail_messages')
          .select('conversation_id')
          .where('message_id', 'in', messageIds)
          .orderBy('at', 'desc')
          .executeTakeFirst();
        return r?.conversation_id ?? null;
      },
      async countSince(address, direction, since) {
        const r = await db()
          .selectFrom('mail_messages')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('address', '=', address.toLowerCase())
          .where('direction', '=', direction)
          .where('at', '>=', since)
          .executeTakeFirst();
        return Number(r?.n ?? 0);
      },
      async thread(conversationId) {
        const r = await db()
          .selectFrom('mail_threads')
          .selectAll()
          .where('conversation_id', '=', conversationId)
          .executeTakeFirst();
        return r ? toThread(r) : null;
      },
      async threadForAddress(address) {
        const r = await db()
          .selectFrom('mail_threads')
          .selectAll()
          .where('address', '=', address.toLowerCase())
          .orderBy('updated_at', 'desc')
          .executeTakeFirst();
        return r ? toThread(r) : null;
      },
      async saveThread(t) {
        const row = {
          conversation_id: t.conversationId,
          address: t.address.toLowerCase(),
          subject: t.subject,
          last_message_id: t.lastMessageId,
          created_at: t.createdAt,
          updated_at: t.updatedAt,
        };
        await db()
          .insertInto('mail_threads')
          .values(row)
          .onConflict((oc) =>
            oc.column('conversation_id').doUpdateSet({
              subject: row.subject,
              last_message_id: row.last_message_id,
              updated_at: row.updated_at,
            }),
          )
          .execute();
      },
    },
    outbox: {
      enqueue: (item) =>
        guard('outbox', () =>
          insertOnce(
            db(),
            'outbox',
            {
              id: item.id,
              kind: item.kind,
              dedupe_key: item.dedupeKey,
              payload: writeJson(item.payload),
              status: 'pending',
              attempts: 0,
              next_attempt_at: item.nextAttemptAt,
              locked_until: null,
              last_error: null,
              created_at: item.createdAt,
              sent_at: null,
            },
            ['dedupe_key'],
          ),
        ),
      async due(now, limit) {
        const rows = await db()
          .selectFrom('outbox')
          .selectAll()
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
          .orderBy('next_attempt_at')
          .limit(limit)
          .execute();
        return rows.map(toOutboxItem);
      },
      async claim(id, now, leaseUntil) {
        const r = await db()
          .updateTable('outbox')
          .set((eb) => ({ locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async markSent(id, at) {
        await db()
          .updateTable('outbox')
          .set({ status: 'sent', sent_at: at, locked_until: null, last_error: null })
          .where('id', '=', id)
          .execute();
      },
      async markFailed(id, error, nextAttemptAt, dead) {
        await db()
          .updateTable('outbox')
          .set({
            status: dead ? 'dead' : 'pending',
            last_error: error.slice(0, 1000),
            next_attempt_at: nextAttemptAt,
            locked_until: null,
          })
          .where('id', '=', id)
          .execute();
      },
      async get(id) {
        const r = await db()
          .selectFrom('outbox')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? toOutboxItem(r) : null;
      },
      async list(filter = {}) {
        let q = db().selectFrom('outbox').selectAll();
        if (filter.kind) q = q.where('kind', '=', filter.kind);
        if (filter.status) q = q.where('status', '=', filter.status);
        if (filter.keyPrefix)
          q = q.where('dedupe_key', 'like', `${filter.keyPrefix.replace(/[%_\\]/g, '\\$&')}%`);
        const rows = await q.orderBy('created_at').orderBy('id').execute();
        return rows.map(toOutboxItem);
      },
    },
    optOuts: {
      async add(email, at) {
        await insertOnce(db(), 'notification_optouts', { email: email.trim().toLowerCase(), at }, [
          'email',
        ]);
      },
      async has(email) {
        const r = await db()
          .selectFrom('notification_optouts')
          .select('email')
          .where('email', '=', email.trim().toLowerCase())
          .executeTakeFirst();
        return r !== undefined;
      },
    },
    cursors: {
      async get(name) {
        const r = await db()
          .selectFrom('integration_cursors')
          .select('value')
          .where('name', '=', name)
          .executeTakeFirst();
        return r ? Number(r.value) : null;
      },
      async set(name, value) {
        await db()
          .insertInto('integration_cursors')
          .values({ name, value })
          .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
          .execute();
      },
    },
    async latestAuditSeq() {
      const r = await db()
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      return r?.seq === null || r?.seq === undefined ? 0 : Number(r.seq);
    },
    async orderChangesAfter(seq, limit) {
      const rows = await db()
        .selectFrom('audit_log')
        .select(['seq', 'subject_id', 'at', 'actor', 'before_value', 'after_value'])
        .where('subject_type', '=', 'order')
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((r): OrderChange => ({
        seq: Number(r.seq),
        orderId: r.subject_id,
        at: r.at,
        actor: r.actor,
        before: orderOrNull(r.before_value),
        after: orderOrNull(r.after_value),
      }));
    },
  };
}

/** Audit values about orders are whole orders for upserts and events, other shapes for refusals. */
function orderOrNull(text: string | null): Order | null {
  if (text === null) return null;
  try {
    const parsed = storedOrderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
