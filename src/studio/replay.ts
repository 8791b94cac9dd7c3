import type { Decision } from '../domain/index.js';
import { fromMinor } from '../domain/money.js';
import { createPolicyPort } from '../engine/policy-port.js';
import type { Policy } from '../policy/index.js';
import type { DecisionRecord } from '../store/studio.js';
import { decideWith, readInput, type DecisionInput } from './recorder.js';

export type Side = { outcome: string; rule: string; reason: string };

/** One stored decision that the draft would decide differently. */
export type ChangedDecision = {
  decisionId: string;
  conversationId: string | null;
  /** Console path of the conversation (its case view, or the conversation itself). */
  link: string | null;
  orderId: string | null;
  kind: string;
  at: string;
  policyVersion: number | null;
  before: Side;
  after: Side;
  /** What changes in money: refund amounts issued (+) or withheld (−), approvals now needed or no longer needed. */
  money: {
    currency: string;
    refundDelta: string;
    approval: 'now_needed' | 'no_longer_needed' | null;
  } | null;
};

export type RuleOutcomeCount = { rule: string; outcome: string; before: number; after: number };

export type MoneyImpact = {
  currency: string;
  /** Refunds the draft would issue that were not issued (decimal, order currency). */
  refundsIssued: string;
  /** Refunds that were issued and the draft would withhold. */
  refundsWithheld: string;
  /** Decisions that would newly need a person's approval, and that would no longer need it. */
  approvalsNeeded: number;
  approvalsAvoided: number;
};

export type ReplayReport = {
  period: { since: string | null; until: string | null };
  /** Decisions of the period, all of them. */
  total: number;
  replayed: number;
  /** Decisions stored without their inputs (before they were recorded): counted, not re-decided. */
  notReplayable: number;
  changed: number;
  unchanged: number;
  byRule: RuleOutcomeCount[];
  money: MoneyImpact[];
  changes: ChangedDecision[];
};

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Money a decision lets out without a person: refunds issued now, and whether it asks for an approval. */
function moneyOf(
  input: DecisionInput,
  d: Pick<Decision, 'outcome' | 'facts'>,
): { refundMinor: number; approval: boolean } {
  switch (input.kind) {
    case 'refund':
      return {
        refundMinor: d.outcome === 'allow' ? input.amountMinor : 0,
        approval: d.outcome === 'needs_approval',
      };
    case 'cancel':
      return {
        refundMinor: d.outcome === 'allow' ? num(d.facts['refundMinor']) : 0,
        approval: false,
      };
    case 'quality':
      return {
        refundMinor: 0,
        approval: d.outcome === 'allow' && d.facts['refundNeedsApproval'] === true,
      };
    case 'change':
    case 'address':
    case 'return':
    case 'escalation':
      return { refundMinor: 0, approval: false };
  }
}

function currencyOf(input: DecisionInput): string | null {
  return input.kind === 'escalation'
    ? (input.signals.order?.currency ?? null)
    : input.order.currency;
}

type Tally = { issued: number; withheld: number; needed: number; avoided: number };

/**
 * Re-decides every stored decision with `draft` and reports what would change: counts by rule
 * and outcome (before and after), money impact per currency, and each changed decision. Pure:
 * the caller loads the decisions. A decision counts as changed when its outcome or rule differs,
 * or when the money it lets out or its need for an approval differs.
 */
export function replayDecisions(
  records: readonly DecisionRecord[],
  draft: Policy,
  period: { since?: string; until?: string },
  linkFor: (conversationId: string) => string = (id) => `/console#/c/${id}`,
): ReplayReport {
  const port = createPolicyPort(draft);
  const counts = new Map<string, RuleOutcomeCount>();
  const bump = (rule: string, outcome: string, side: 'before' | 'after'): void => {
    const key = `${rule}\u0000${outcome}`;
    let c = counts.get(key);
    if (!c) {
      c = { rule, outcome, before: 0, after: 0 };
      counts.set(key, c);
    }
    c[side]++;
  };
  const money = new Map<string, Tally>();
  const changes: ChangedDecision[] = [];
  let replayed = 0;
  let notReplayable = 0;
  for (const r of records) {
    const input = readInput(r.input);
    if (input === null) {
      notReplayable++;
      continue;
    }
    replayed++;
    const after = decideWith(port, input);
    bump(r.rule, r.outcome, 'before');
    bump(after.rule, after.outcome, 'after');
    const beforeMoney = moneyOf(input, {
      outcome: r.outcome as Decision['outcome'],
      facts: r.facts ?? {},
    });
    const afterMoney = moneyOf(input, after);
    const sameDecision = after.rule === r.rule && after.outcome === r.outcome;
    const sameMoney =
      beforeMoney.refundMinor === afterMoney.refundMinor &&
      beforeMoney.approval === afterMoney.approval;
    if (sameDecision && sameMoney) continue;
    const currency = currencyOf(input);
    let moneyChange: ChangedDecision['money'] = null;
    if (currency !== null && !sameMoney) {
      const t = money.get(currency) ?? { issued: 0, withheld: 0, needed: 0, avoided: 0 };
      const delta = afterMoney.refundMinor - beforeMoney.refundMinor;
      if (delta > 0) t.issued += delta;
      else t.withheld -= delta;
      const approval =
        afterMoney.approval === beforeMoney.approval
          ? null
          : afterMoney.approval
            ? 'now_needed'
            : 'no_longer_needed';
      if (approval === 'now_needed') t.needed++;
      if (approval === 'no_longer_needed') t.avoided++;
      money.set(currency, t);
      moneyChange = { currency, refundDelta: fromMinor(delta, currency), approval };
    }
    changes.push({
      decisionId: r.id,
      conversationId: r.conversationId,
      link: r.conversationId === null ? null : linkFor(r.conversationId),
      orderId: r.orderId,
      kind: r.kind,
      at: r.at,
      policyVersion: r.policyVersion,
      before: { outcome: r.outcome, rule: r.rule, reason: r.reason },
      after: { outcome: after.outcome, rule: after.rule, reason: after.reason },
      money: moneyChange,
    });
  }
  const byRule = [...counts.values()].sort(
    (a, b) =>
      Math.max(b.before, b.after) - Math.max(a.before, a.after) ||
      a.rule.localeCompare(b.rule) ||
      a.outcome.localeCompare(b.outcome),
  );
  return {
    period: { since: period.since ?? null, until: period.until ?? null },
    total: records.length,
    replayed,
    notReplayable,
    changed: changes.length,
    unchanged: replayed - changes.length,
    byRule,
    money: [...money.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, t]) => ({
        currency,
        refundsIssued: fromMinor(t.issued, currency),
        refundsWithheld: fromMinor(t.withheld, currency),
        approvalsNeeded: t.needed,
        approvalsAvoided: t.avoided,
      })),
    changes,
  };
}
