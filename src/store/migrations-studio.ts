import type { Kysely } from 'kysely';
import type { Dialect } from './migrations.js';

/**
 * The policy studio: every published version of the shop's policy, and every policy decision
 * with the inputs it was made on (so a draft policy can re-decide it). Decisions taken before
 * this migration are copied from the events that carry a rule, without inputs: they count as
 * "not replayable".
 */
export async function studioMigration(db: Kysely<unknown>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('policy_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('diff', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const seq = d === 'sqlite' ? 'integer' : 'bigint';
  await db.schema
    .createTable('decisions')
    .addColumn('seq', seq, (c) =>
      d === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'integer')
    .addColumn('input', 'text')
    .addColumn('facts', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decisions_at').on('decisions').column('at').execute();

  // Earlier decisions survive as events that carry their rule; keep them, marked as having no inputs.
  const legacy = db as unknown as Kysely<{
    events: {
      id: string;
      conversation_id: string | null;
      order_id: string | null;
      type: string;
      at: string;
      data: string;
      seq: number;
    };
  }>;
  const target = db as unknown as Kysely<{ decisions: Record<string, string | number | null> }>;
  let after = 0;
  for (;;) {
    const rows = await legacy
      .selectFrom('events')
      .select(['seq', 'id', 'conversation_id', 'order_id', 'type', 'at', 'data'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1]?.seq ?? after);
    const values = rows.flatMap((r) => {
      let data: { rule?: unknown; reason?: unknown };
      try {
        data = JSON.parse(r.data) as { rule?: unknown; reason?: unknown };
      } catch {
        return [];
      }
      if (typeof data.rule !== 'string' || data.rule.startsWith('system.')) return [];
      return [
        {
          id: `legacy:${r.id}`,
          conversation_id: r.conversation_id,
          order_id: r.order_id,
          kind: r.type.split('.')[0] ?? r.type,
          rule: data.rule,
          outcome: outcomeOf(r.type),
          reason: typeof data.reason === 'string' ? data.reason : '',
          policy_version: null,
          input: null,
          facts: null,
          at: r.at,
        },
      ];
    });
    if (values.length > 0) await target.insertInto('decisions').values(values).execute();
  }
}

function outcomeOf(type: string): string {
  if (/\.(refused)$/.test(type)) return 'deny';
  if (type === 'refund.pending_approval') return 'needs_approval';
  if (type === 'case.escalated') return 'escalate';
  return 'allow';
}
