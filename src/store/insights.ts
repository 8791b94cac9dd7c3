import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { InsightsSource, Period, Store } from '../domain/store.js';
import { guard } from './errors.js';
import {
  toCase,
  toChangeRequest,
  toConversation,
  toEvent,
  toMessage,
  toOrder,
  toRefund,
  toRemake,
  toReturn,
} from './repositories.js';
import type { Database } from './schema.js';

/** Event types the insights count by the time they happened, not by their conversation's start. */
export const periodEventTypes = ['csat.recorded', 'change.refused'] as const;

/** Ids per `in (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

type Timed = 'conversations' | 'refunds' | 'change_requests' | 'remakes' | 'returns';

function within<T extends Timed, O>(
  q: SelectQueryBuilder<Database, T, O>,
  period: Period,
): SelectQueryBuilder<Database, T, O> {
  let out = q;
  // Instants are stored as ISO-8601 UTC text, so text comparison is time order.
  if (period.since !== undefined) out = out.where(sql<boolean>`created_at >= ${period.since}`);
  if (period.until !== undefined) out = out.where(sql<boolean>`created_at < ${period.until}`);
  return out;
}

/** The read model of the insights: a handful of range queries, no N+1 per conversation. */
export function insightsRepository(db: () => Kysely<Database>): Store['insights'] {
  return {
    load: (period) =>
      guard('insights.load', async (): Promise<InsightsSource> => {
        const convRows = await within(
          db()
            .selectFrom('conversations')
            .select([
              'id',
              'channel',
              'lang',
              'status',
              'intent',
              'order_id',
              'token_hash',
              'handled_by',
              'created_at',
              'updated_at',
              'version',
              'seq',
            ]),
          period,
        )
          .orderBy('created_at')
          .orderBy('seq')
          .execute();
        // The dialogue state is not needed here and can be large; read it as empty.
        const conversations = convRows.map((r) => toConversation({ ...r, state: '{}' }));
        const ids = conversations.map((c) => c.id);

        const messages: InsightsSource['messages'] = [];
        const events: InsightsSource['events'] = [];
        const cases: InsightsSource['cases'] = [];
        for (const part of chunks(ids)) {
          const [m, e, c] = await Promise.all([
            db()
              .selectFrom('messages')
              .selectAll()
              .where('conversation_id', 'in', part)
              .orderBy('seq')
              .execute(),
            db()
              .selectFrom('events')
              .selectAll()
              .where('conversation_id', 'in', part)
              .orderBy('seq')
              .execute(),
            db()
              .selectFrom('cases')
              .selectAll()
              .where('conversation_id', 'in', part)
              .orderBy('seq')
              .execute(),
          ]);
          messages.push(...m.map(toMessage));
          events.push(...e.map(toEvent));
          cases.push(...c.map(toCase));
        }
        // Events of the period outside those conversations: ones with no conversation, and the
        // kinds counted by when they happened (a CSAT answer in a conversation begun earlier).
        let loose = db()
          .selectFrom('events')
          .selectAll()
          .where((eb) =>
            eb.or([eb('conversation_id', 'is', null), eb('type', 'in', [...periodEventTypes])]),
          )
          .orderBy('seq');
        if (period.since !== undefined) loose = loose.where('at', '>=', period.since);
        if (period.until !== undefined) loose = loose.where('at', '<', period.until);
        const seen = new Set(events.map((e) => e.id));
        for (const e of (await loose.execute()).map(toEvent)) if (!seen.has(e.id)) events.push(e);

        const [refunds, changeRequests, remakes, returns] = await Promise.all([
          within(db().selectFrom('refunds').selectAll(), period).orderBy('seq').execute(),
          within(db().selectFrom('change_requests').selectAll(), period).orderBy('seq').execute(),
          within(db().selectFrom('remakes').selectAll(), period).orderBy('seq').execute(),
          within(db().selectFrom('returns').selectAll(), period).orderBy('seq').execute(),
        ]);
        const source = {
          refunds: refunds.map(toRefund),
          changeRequests: changeRequests.map(toChangeRequest),
          remakes: remakes.map(toRemake),
          returns: returns.map(toReturn),
        };

        const orderIds = new Set<string>();
        for (const c of conversations) if (c.orderId !== null) orderIds.add(c.orderId);
        for (const list of Object.values(source)) for (const r of list) orderIds.add(r.orderId);
        const orders: InsightsSource['orders'] = [];
        for (const part of chunks([...orderIds].sort())) {
          const rows = await db()
            .selectFrom('orders')
            .select(['id', 'data'])
            .where('id', 'in', part)
            .orderBy('id')
            .execute();
          orders.push(...rows.map(toOrder));
        }
        return { conversations, messages, events, cases, orders, ...source };
      }),
  };
}
