/** What the policy engine can say about a request. */
export const outcomes = ['allow', 'deny', 'needs_approval', 'escalate'] as const;
export type Outcome = (typeof outcomes)[number];

/**
 * A pure policy decision. `rule` is a stable snake_case id such as `returns.personalized`;
 * `reason` is plain words a rep (and, through templates, a customer) can read.
 */
export type Decision<F extends Record<string, unknown> = Record<string, unknown>> = {
  outcome: Outcome;
  rule: string;
  reason: string;
  facts: F;
};
