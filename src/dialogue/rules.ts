import type { Decision } from '../domain/index.js';
import { policyRules, type PolicyRule } from '../policy/rules.js';
import type { MessageId } from '../voice/index.js';

/**
 * Rule ids the dialogue itself gives a handoff (no policy decision behind them). Like policy
 * rule ids they are stable: cases and insights store them.
 */
export const dialogueRules = {
  'escalation.payment_issue': 'a payment question, which a person answers',
  'escalation.complaint': 'the customer is unhappy and accepted a person',
  'escalation.delivery_dispute': 'marked delivered but not received',
  'escalation.delivery_problem': 'a parcel in transit with a delivery problem',
  'change.not_personalized': 'a change asked for on an order with nothing personalised',
  'identity.throttled': 'look-ups paused after failed proofs of ownership',
  'knowledge.no_answer': 'the shop documents have no answer to the question',
  'returns.alternative': 'the customer chose an alternative to a refused return',
} as const satisfies Record<string, string>;

export type DialogueRule = keyof typeof dialogueRules;
/** Every rule id a handoff or a refusal in the dialogue can carry. */
export type RuleId = PolicyRule | DialogueRule;

/** A policy decision whose rule id is one the policy defines. */
export type PolicyDecision = Omit<Decision, 'rule'> & { rule: PolicyRule };

export function isPolicyRule(rule: string): rule is PolicyRule {
  return Object.hasOwn(policyRules, rule);
}

/** What the dialogue does with each rule: the refusal it says, the handoff priority, the next step it suggests to the person. */
type RuleUse = { refusal?: MessageId; priority?: 1 | 2 | 3; nextStep?: string };

/** The rule → message table: every rule that needs its own words or priority, in one place. */
export const ruleTable: Partial<Record<RuleId, RuleUse>> = {
  'change.stage_locked': { refusal: 'change.refused_locked' },
  'change.already_shipped': { refusal: 'change.refused_locked' },
  'change.window_closed': { refusal: 'change.refused_window' },
  'change.order_cancelled': { refusal: 'change.refused_window' },
  'returns.personalized': { refusal: 'return.refused_personalized' },
  'returns.final_sale': { refusal: 'return.refused_final_sale' },
  'returns.window_closed': { refusal: 'return.refused_window' },
  'escalation.safety': {
    priority: 1,
    nextStep: 'Reply personally today; check the safety concern before anything else.',
  },
  'escalation.chargeback': {
    priority: 1,
    nextStep: 'Check the payment record and reply before the customer files a dispute.',
  },
  'escalation.fraud': {
    priority: 1,
    nextStep: 'Check the payment record and reply before the customer files a dispute.',
  },
  'escalation.payment_issue': {
    priority: 1,
    nextStep: 'Check the payment record and reply before the customer files a dispute.',
  },
  'escalation.delivery_dispute': {
    priority: 1,
    nextStep: 'Check the payment record and reply before the customer files a dispute.',
  },
  'escalation.refund_above_limit': { nextStep: 'Review the refund and approve or decline it.' },
  'refund.above_limit': { nextStep: 'Review the refund and approve or decline it.' },
  'escalation.missing_evidence': {
    nextStep: 'Ask the customer for a photo or check the item another way.',
  },
  'quality.evidence_required': {
    nextStep: 'Ask the customer for a photo or check the item another way.',
  },
  'escalation.delay_threshold': {
    nextStep: 'Ask the maker for a realistic date and tell the customer.',
  },
  'returns.alternative': { priority: 3 },
};

/** The refusal to say for a rule; `fallback` when the rule has none of its own. */
export function refusalFor(rule: RuleId, fallback: MessageId): MessageId {
  return ruleTable[rule]?.refusal ?? fallback;
}

export function priorityFor(rule: RuleId, fallback: 1 | 2 | 3 = 2): 1 | 2 | 3 {
  return ruleTable[rule]?.priority ?? fallback;
}
