import { policyRules } from '../policy/index.js';
import type { RuleCount } from '../store/studio.js';

/** How often one rule decided in a period, by outcome. */
export type RuleCoverage = {
  rule: string;
  description: string | null;
  total: number;
  outcomes: Record<string, number>;
};

/** Folds the per-outcome counts into one row per rule, the busiest rules first; rules that never decided are listed with 0. */
export function ruleCoverage(
  counts: readonly RuleCount[],
  opts: { includeUnused?: boolean } = {},
): RuleCoverage[] {
  const byRule = new Map<string, RuleCoverage>();
  const row = (rule: string): RuleCoverage => {
    let r = byRule.get(rule);
    if (!r) {
      r = {
        rule,
        description: (policyRules as Record<string, string>)[rule] ?? null,
        total: 0,
        outcomes: {},
      };
      byRule.set(rule, r);
    }
    return r;
  };
  for (const c of counts) {
    const r = row(c.rule);
    r.total += c.count;
    r.outcomes[c.outcome] = (r.outcomes[c.outcome] ?? 0) + c.count;
  }
  if (opts.includeUnused) for (const rule of Object.keys(policyRules)) row(rule);
  return [...byRule.values()].sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule));
}

/** The coverage as terminal lines. */
export function coverageTable(rows: readonly RuleCoverage[]): string {
  if (rows.every((r) => r.total === 0))
    return 'Policy rules\n  No policy decisions in this period.\n';
  const lines = ['Policy rules (decisions in the period)'];
  for (const r of rows.filter((x) => x.total > 0)) {
    const outcomes = Object.entries(r.outcomes)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ');
    lines.push(`  ${r.rule.padEnd(34)}${String(r.total).padStart(6)}  ${outcomes}`);
  }
  return `${lines.join('\n')}\n`;
}
