import { sql, type Kysely } from 'kysely';
import type { Store } from '../domain/store.js';
import { guard } from './errors.js';
import type { FixedStatement } from './fixed.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

const num = (v: number | string | bigint): number => Number(v);
const plus = (at: string, ms: number): string =>
  new Date(new Date(at).getTime() + ms).toISOString();

type InTransaction = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * Counters that many conversations (and server processes) update at once. Each runs in a
 * transaction that first takes the row lock of the order number's `order_guards` row
 * (`SELECT … FOR UPDATE` on PostgreSQL; SQLite transactions are `BEGIN IMMEDIATE`, already
 * exclusive), so counting and deciding happen one caller at a time.
 */
export function guardsRepository(
  db: () => Kysely<Database>,
  dialect: Dialect,
  transaction: InTransaction,
  stmt: (q: string) => FixedStatement,
): Store['guards'] {
  // Every turn asks whether the order numbers it names are paused.
  const pausedQuery = stmt('select "paused_until" from "order_guards" where "order_key" = ?');
  async function lockGuard(orderKey: string): Promise<string | null> {
    await db()
      .insertInto('order_guards')
      .values({ order_key: orderKey, paused_until: null })
      .onConflict((oc) => oc.column('order_key').doNothing())
      .execute();
    const q = db()
      .selectFrom('order_guards')
      .select('paused_until')
      .where('order_key', '=', orderKey);
    const row = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirstOrThrow();
    return row.paused_until;
  }

  return {
    recordProofFailure: (i) =>
      guard('guards.recordProofFailure', () =>
        transaction(async () => {
          const paused = await lockGuard(i.orderKey);
          await db()
            .insertInto('proof_failures')
            .values({ order_key: i.orderKey, conversation_id: i.conversationId, at: i.at })
            .execute();
          const since = plus(i.at, -i.windowMs);
          const r = await db()
            .selectFrom('proof_failures')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where('order_key', '=', i.orderKey)
            .where('at', '>', since)
            .executeTakeFirstOrThrow();
          const failures = num(r.n);
          let pausedUntil = paused !== null && paused > i.at ? paused : null;
          let newlyPaused = false;
          if (failures >= i.max && pausedUntil === null) {
            pausedUntil = plus(i.at, i.pauseMs);
            newlyPaused = true;
            await db()
              .updateTable('order_guards')
              .set({ paused_until: pausedUntil })
              .where('order_key', '=', i.orderKey)
              .execute();
          }
          return { failures, pausedUntil, newlyPaused };
        }),
      ),
    pausedUntil: (orderKey, at) =>
      pausedQuery.query<{ paused_until: string | null }, string | null>(
        'guards.pausedUntil',
        () => [orderKey],
        ([r]) => (r?.paused_until != null && r.paused_until > at ? r.paused_until : null),
      ),
    claimContact: (orderId, conversationId, at) =>
      guard('guards.claimContact', () =>
        transaction(async () => {
          await lockGuard(orderId);
          await db()
            .insertInto('order_contacts')
            .values({ order_id: orderId, conversation_id: conversationId, at })
            .onConflict((oc) => oc.columns(['order_id', 'conversation_id']).doNothing())
            .execute();
          const mine = await db()
            .selectFrom('order_contacts')
            .select('seq')
            .where('order_id', '=', orderId)
            .where('conversation_id', '=', conversationId)
            .executeTakeFirstOrThrow();
          const r = await db()
            .selectFrom('order_contacts')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where('order_id', '=', orderId)
            .where('seq', '<', mine.seq)
            .executeTakeFirstOrThrow();
          return num(r.n);
        }),
      ),
    releaseContact: (orderId, conversationId) =>
      guard('guards.releaseContact', async () => {
        await db()
          .deleteFrom('order_contacts')
          .where('order_id', '=', orderId)
          .where('conversation_id', '=', conversationId)
          .execute();
      }),
  };
}

/** Server secrets: the first value stored under a name wins, for every process. */
export function secretsRepository(db: () => Kysely<Database>, now: () => string): Store['secrets'] {
  return {
    getOrCreate: (name, create) =>
      guard('secrets.getOrCreate', async () => {
        const found = await db()
          .selectFrom('secrets')
          .select('value')
          .where('name', '=', name)
          .executeTakeFirst();
        if (found) return found.value;
        await db()
          .insertInto('secrets')
          .values({ name, value: create(), created_at: now() })
          .onConflict((oc) => oc.column('name').doNothing())
          .execute();
        const r = await db()
          .selectFrom('secrets')
          .select('value')
          .where('name', '=', name)
          .executeTakeFirstOrThrow();
        return r.value;
      }),
  };
}

/** One UPDATE … RETURNING: the count, its window and the lock change together or not at all. */
export async function recordLoginFailure(
  db: Kysely<Database>,
  id: string,
  rule: { at: string; windowMs: number; max: number; lockMs: number },
): Promise<{ failedLogins: number; lockedUntil: string | null }> {
  const since = plus(rule.at, -rule.windowMs);
  const lockUntil = plus(rule.at, rule.lockMs);
  const fresh = sql<boolean>`(failed_since is null or failed_since <= ${since} or (locked_until is not null and locked_until <= ${rule.at}))`;
  const next = sql<number>`(case when ${fresh} then 1 else failed_logins + 1 end)`;
  const r = await db
    .updateTable('users')
    .set({
      failed_logins: next,
      failed_since: sql<string>`(case when ${fresh} then ${rule.at} else failed_since end)`,
      locked_until: sql<
        string | null
      >`(case when ${next} >= ${rule.max} then ${lockUntil} when locked_until is not null and locked_until <= ${rule.at} then null else locked_until end)`,
    })
    .where('id', '=', id)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirst();
  if (!r) return { failedLogins: 0, lockedUntil: null };
  return { failedLogins: num(r.failed_logins), lockedUntil: r.locked_until };
}
