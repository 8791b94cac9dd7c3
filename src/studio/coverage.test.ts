import { describe, expect, it } from 'vitest';
import { coverageTable, ruleCoverage } from './coverage.js';

describe('rule coverage', () => {
  const counts = [
    { rule: 'refund.auto', outcome: 'allow', count: 7 },
    { rule: 'quality.remedy_offer', outcome: 'allow', count: 3 },
    { rule: 'quality.evidence_required', outcome: 'deny', count: 9 },
    { rule: 'refund.above_limit', outcome: 'needs_approval', count: 2 },
  ];

  it('gives one row per rule, busiest first, with its outcomes and what the rule means', () => {
    const rows = ruleCoverage(counts);
    expect(rows.map((r) => [r.rule, r.total])).toEqual([
      ['quality.evidence_required', 9],
      ['refund.auto', 7],
      ['quality.remedy_offer', 3],
      ['refund.above_limit', 2],
    ]);
    expect(rows[3]).toMatchObject({
      outcomes: { needs_approval: 2 },
      description: expect.stringContaining('above the automatic limit') as unknown,
    });
  });

  it('can list the rules that never decided, so an owner sees which rules do not matter', () => {
    const rows = ruleCoverage(counts, { includeUnused: true });
    expect(rows.find((r) => r.rule === 'cancel.with_fee')).toMatchObject({
      total: 0,
      outcomes: {},
    });
  });

  it('prints a table, or says there was nothing', () => {
    expect(coverageTable(ruleCoverage(counts))).toMatch(/refund\.auto\s+7 {2}allow 7/);
    expect(coverageTable(ruleCoverage([]))).toContain('No policy decisions in this period.');
  });
});
