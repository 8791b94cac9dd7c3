/**
 * Every rule id a decision can carry, with what it decides. Ids are stable: events, cases and
 * insights store them, so rename never; add new ones. docs/policy.md lists the same table.
 */
export const policyRules = {
  'change.window_open':
    'allow: inside the change window and the stage has not locked the personalisation',
  'change.window_closed':
    'deny: the change window (hours after ordering, real elapsed time) has closed',
  'change.stage_locked':
    'deny: the production stage locks the personalisation (or the stage is unknown)',
  'change.already_shipped': 'deny: the order has shipped or been delivered',
  'change.order_cancelled': 'deny: the order is cancelled',
  'address.unfulfilled': 'allow: the order has not shipped, so the address can change',
  'address.already_shipped':
    'deny: shipped or delivered; facts.carrierRedirect suggests asking the carrier',
  'address.label_printed': 'deny: the policy locks the address from this stage (label printed)',
  'address.order_cancelled': 'deny: the order is cancelled',
  'cancel.before_production':
    'allow: stage in cancellation.allowedStages (and inside the change window when required); full refund of paid − refunded, no automatic limit',
  'cancel.with_fee':
    'allow: after that, when the policy cancels for a fee; facts.feeMinor and facts.refundMinor',
  'cancel.window_closed':
    'deny: the stage would allow it but the change window has closed; a person may grant an exception',
  'cancel.in_production': 'deny: production has started; a person may grant an exception',
  'cancel.already_shipped': 'deny: shipped or delivered; a return may be possible instead',
  'cancel.already_cancelled': 'deny: the order is already cancelled',
  'returns.window_open':
    'allow: delivered, returnable item, today is on or before the last return day (delivery date + windowDays, shop time)',
  'returns.window_closed': 'deny: the return window after delivery has passed',
  'returns.personalized':
    'deny: personalised items are not returnable for non-quality reasons (unless the policy says so); alternatives offered',
  'returns.final_sale':
    'deny: final-sale items are not returnable for non-quality reasons (unless the policy says so)',
  'returns.not_delivered':
    'deny: not delivered yet (unfulfilled: cancel instead; shipped: wait for delivery)',
  'returns.exchange_not_offered': 'deny: the policy offers no exchanges',
  'returns.order_cancelled': 'deny: the order is cancelled',
  'quality.evidence_required':
    'deny (not yet): a photo is needed before a remedy is offered (not for missing items by default)',
  'quality.remedy_offer':
    'allow: the customer may choose among facts.remedies; refund up to facts.refundMaxMinor, facts.refundNeedsApproval above the limit',
  'quality.not_shipped':
    'deny: the order has not shipped, so it cannot have arrived damaged or wrong',
  'quality.order_cancelled': 'deny: the order is cancelled',
  'quality.report_window_closed': 'escalate: reported after quality.reportWindowDays from delivery',
  'quality.high_value_bespoke':
    'escalate: a personalised piece above escalation.bespokeDamageValue is affected',
  'refund.auto': 'allow: refunded so far + amount is within the automatic limit per order',
  'refund.above_limit':
    'needs_approval: refunded so far + amount is above the automatic limit per order',
  'refund.exceeds_paid': 'deny: amount is more than paid − already refunded',
  'refund.invalid_amount': 'deny: amount is not a positive whole number of minor units',
  'escalation.safety': 'escalate (urgent): a safety word of the policy appears in the message',
  'escalation.chargeback': 'escalate (urgent): chargeback or payment dispute',
  'escalation.fraud': 'escalate (urgent): fraud signals',
  'escalation.explicit_request': 'escalate: the customer asked for a person',
  'escalation.sensitive_context': 'escalate: emotional or sensitive context',
  'escalation.refund_above_limit': 'escalate: a refund above the automatic limit needs approval',
  'escalation.authenticity_dispute': 'escalate: dispute about authenticity or materials',
  'escalation.negative_sentiment':
    'escalate: strongly negative messages in a row (negativeSentimentStreak, score ≤ negativeSentimentScore)',
  'escalation.repeat_contact':
    'escalate: this contact about the same problem reaches repeatContactThreshold',
  'escalation.policy_exception':
    'escalate: the customer asks for an exception only a person can grant',
  'escalation.missing_evidence': 'escalate: evidence asked for has not arrived',
  'escalation.delay_threshold':
    'escalate: more business days past the planned ship window than delayThresholdBusinessDays',
  'escalation.none': 'allow: nothing calls for a person',
} as const satisfies Record<string, string>;

export type PolicyRule = keyof typeof policyRules;
export const policyRuleIds = Object.keys(policyRules) as PolicyRule[];
