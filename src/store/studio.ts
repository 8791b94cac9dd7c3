import { sql, type Generated, type Kysely } from 'kysely';
import type { Period } from '../domain/store.js';
import { guard } from './errors.js';

/** Where a policy version came from. */
export const policySources = ['default', 'file', 'console', 'cli', 'rollback'] as const;
export type PolicySource = (typeof policySources)[number];

/** One published version of the shop's policy; versions count up from 1 and are never changed. */
export type PolicyVersion = {
  version: number;
  /** The policy as written (YAML or JSON). */
  text: string;
  note: string;
  /** Who published it: `user:<id>`, `file:<path>`, `cli`, `system`. */
  author: string;
  source: PolicySource;
  /** Unified diff from the previous version (empty for version 1). */
  diff: string;
  createdAt: string;
};

/**
 * One policy decision the assistant made. `input` is what the decision was made on (the order
 * snapshot, the request, the time, amounts) as `src/studio` records it; null for decisions taken
 * before inputs were recorded, which cannot be re-decided.
 */
export type DecisionRecord = {
  id: string;
  conversationId: string | null;
  orderId: string | null;
  kind: string;
  rule: string;
  outcome: string;
  reason: string;
  policyVersion: number | null;
  input: unknown;
  facts: Record<string, unknown> | null;
  at: string;
};

export type RuleCount = { rule: string; outcome: string; count: number };

export type StudioRepository = {
  latestVersion(): Promise<PolicyVersion | null>;
  getVersion(version: number): Promise<PolicyVersion | null>;
  /** Newest first. */
  listVersions(limit?: number): Promise<PolicyVersion[]>;
  /** The newest version that came from `source` (e.g. the policy file given at start). */
  latestFromSource(source: PolicySource): Promise<PolicyVersion | null>;
  /** Throws AppError('conflict') when that version number exists already. */
  insertVersion(v: PolicyVersion): Promise<void>;
  appendDecisions(rows: readonly DecisionRecord[]): Promise<void>;
  /** Decisions made in the period, oldest first. */
  listDecisions(period: Period): Promise<DecisionRecord[]>;
  /** How many decisions each rule made in the period, by outcome. */
  ruleCoverage(period: Period): Promise<RuleCount[]>;
};

type Tables = {
  policy_versions: {
    version: number;
    text: string;
    note: string;
    author: string;
    source: string;
    diff: string;
    created_at: string;
  };
  decisions: {
    seq: Generated<number>;
    id: string;
    conversation_id: string | null;
    order_id: string | null;
    kind: string;
    rule: string;
    outcome: string;
    reason: string;
    policy_version: number | null;
    input: string | null;
    facts: string | null;
    at: string;
  };
};

const toVersion = (r: Tables['policy_versions']): PolicyVersion => ({
  version: Number(r.version),
  text: r.text,
  note: r.note,
  author: r.author,
  source: r.source as PolicySource,
  diff: r.diff,
  createdAt: r.created_at,
});

function readJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Rows per multi-row insert: 11 columns each, well under both databases' parameter limits. */
const batch = 200;

export function studioRepository(conn: () => object): StudioRepository {
  const db = (): Kysely<Tables> => conn() as Kysely<Tables>;
  const inPeriod = <Q extends { where: (...a: never[]) => Q }>(q: Q, period: Period): Q => {
    let out = q as unknown as { where: (e: unknown) => unknown };
    if (period.since !== undefined)
      out = out.where(sql<boolean>`at >= ${period.since}`) as typeof out;
    if (period.until !== undefined)
      out = out.where(sql<boolean>`at < ${period.until}`) as typeof out;
    return out as unknown as Q;
  };
  return {
    latestVersion: () =>
      guard('policyVersions.latest', async () => {
        const r = await db()
          .selectFrom('policy_versions')
          .selectAll()
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        return r ? toVersion(r) : null;
      }),
    getVersion: (version) =>
      guard('policyVersions.get', async () => {
        const r = await db()
          .selectFrom('policy_versions')
          .selectAll()
          .where('version', '=', version)
          .executeTakeFirst();
        return r ? toVersion(r) : null;
      }),
    listVersions: (limit = 200) =>
      guard('policyVersions.list', async () =>
        (
          await db()
            .selectFrom('policy_versions')
            .selectAll()
            .orderBy('version', 'desc')
            .limit(limit)
            .execute()
        ).map(toVersion),
      ),
    latestFromSource: (source) =>
      guard('policyVersions.latestFromSource', async () => {
        const r = await db()
          .selectFrom('policy_versions')
          .selectAll()
          .where('source', '=', source)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        return r ? toVersion(r) : null;
      }),
    insertVersion: (v) =>
      guard('policyVersions.insert', async () => {
        await db()
          .insertInto('policy_versions')
          .values({
            version: v.version,
            text: v.text,
            note: v.note,
            author: v.author,
            source: v.source,
            diff: v.diff,
            created_at: v.createdAt,
          })
          .execute();
      }),
    appendDecisions: (rows) =>
      guard('decisions.append', async () => {
        for (let i = 0; i < rows.length; i += batch) {
          await db()
            .insertInto('decisions')
            .values(
              rows.slice(i, i + batch).map((d) => ({
                id: d.id,
                conversation_id: d.conversationId,
                order_id: d.orderId,
                kind: d.kind,
                rule: d.rule,
                outcome: d.outcome,
                reason: d.reason,
                policy_version: d.policyVersion,
                input: d.input === null || d.input === undefined ? null : JSON.stringify(d.input),
                facts: d.facts === null ? null : JSON.stringify(d.facts),
                at: d.at,
              })),
            )
            .execute();
        }
      }),
    listDecisions: (period) =>
      guard('decisions.list', async () => {
        const rows = await inPeriod(db().selectFrom('decisions').selectAll(), period)
          .orderBy('seq')
          .execute();
        return rows.map((r) => ({
          id: r.id,
          conversationId: r.conversation_id,
          orderId: r.order_id,
          kind: r.kind,
          rule: r.rule,
          outcome: r.outcome,
          reason: r.reason,
          policyVersion: r.policy_version === null ? null : Number(r.policy_version),
          input: readJson(r.input),
          facts: readJson(r.facts) as Record<string, unknown> | null,
          at: r.at,
        }));
      }),
    ruleCoverage: (period) =>
      guard('decisions.coverage', async () => {
        const rows = await inPeriod(
          db()
            .selectFrom('decisions')
            .select((eb) => ['rule', 'outcome', eb.fn.countAll<number | string>().as('n')]),
          period,
        )
          .groupBy(['rule', 'outcome'])
          .execute();
        return rows
          .map((r) => ({ rule: r.rule, outcome: r.outcome, count: Number(r.n) }))
          .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
      }),
  };
}
