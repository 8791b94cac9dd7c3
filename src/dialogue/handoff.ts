import type { HandoffPackage } from '../domain/index.js';
import type { Option, Turn } from './kit.js';
import { ruleTable, type RuleId } from './rules.js';

/** Offers a person after a refusal; what to hand over is kept until the customer answers. */
export function offerPerson(
  t: Turn,
  pending: { rule: RuleId; reason: string; desired: string | null },
  extra: Option[] = [],
): void {
  t.s.pendingHandoff = pending;
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    ...extra,
    { value: 'done', label: t.label('qr.no_thanks'), yesno: 'no' },
  ]);
}

export type EscalateInput = {
  rule: RuleId;
  reason: string;
  desired: string | null;
  priority: number;
  /** `alternative`: the customer chose an alternative the maker will arrange. */
  wording?: 'progress' | 'alternative' | 'explicit';
  /** What the customer asked for, in their language (`desired` is written for the team). */
  desiredText?: string;
};

/** R9 + R10: builds the complete handoff package, asks for the case, tells the customer it is progress. */
export function escalate(t: Turn, e: EscalateInput): void {
  const order = t.order();
  const facts: Record<string, unknown> = { notes: [...t.s.notes] };
  if (order) {
    facts['stage'] = order.stage;
    facts['fulfillment'] = order.fulfillment.status;
    facts['createdAt'] = order.createdAt;
    facts['items'] = order.items.map((i) => ({
      sku: i.sku,
      title: i.title,
      sellerId: i.sellerId,
      personalized: i.personalized,
      personalization: i.personalization,
    }));
    facts['paid'] = t.decimal(order.payment.totalMinor, order.currency);
    facts['refunded'] = t.decimal(order.payment.refundedMinor, order.currency);
    facts['currency'] = order.currency;
  }
  if (t.s.intent) facts['intent'] = t.s.intent;
  const customer: HandoffPackage['customer'] = order
    ? { email: order.customer.email, ...(order.customer.name ? { name: order.customer.name } : {}) }
    : null;
  const handoff: HandoffPackage = {
    orderId: order?.id ?? null,
    customer,
    lang: t.lang,
    rule: e.rule,
    reason: e.reason,
    summary: summarise(t, e),
    facts,
    attachmentIds: [...t.s.attachments],
    desiredResolution: e.desired,
    suggestedNextStep: nextStep(e.rule, e.desired),
  };
  t.effect({
    kind: 'escalate',
    orderId: order?.id ?? null,
    handoff,
    priority: e.priority,
    key: t.key('escalate'),
  });
  t.note(`Escalated to a person: ${e.rule}.`);
  const already = t.s.escalated;
  t.s.escalated = true;
  t.s.pendingHandoff = null;
  t.s.flow = null;
  // Already with a person: what the customer adds goes to the same case, said once, not the hand-off again.
  if (already && e.wording !== 'alternative') {
    sayNoted(t);
    return;
  }
  // An angry customer hears a short apology before the hand-off, not only the next steps.
  if (e.wording !== 'alternative' && (e.rule === 'escalation.negative_sentiment' || angry(t)))
    t.say('handoff.sorry');
  if (e.wording === 'alternative')
    t.say('handoff.alternative', { desired: e.desiredText ?? e.desired ?? '' });
  else if (order) t.say('handoff.progress_order', { orderNumber: order.id });
  else t.say('handoff.progress');
  const when = t.ctx.policy.responseExpectation(t.now);
  if (when.openNow) t.say('handoff.when_open');
  else t.say('handoff.when_closed', { when: t.instant(when.nextOpenAt) });
  t.say('handoff.meanwhile');
  t.options([{ value: 'done', label: t.label('qr.done') }]);
}

/** A strongly negative message among the customer's last three (the score the policy's default calls strongly negative). */
const angryScore = -0.5;

function angry(t: Turn): boolean {
  return t.s.sentiment.slice(-3).some((x) => x <= angryScore);
}

function summarise(t: Turn, e: EscalateInput): string {
  const who = t.order() ? `Order ${t.order()?.id ?? ''}` : 'No verified order';
  const what = t.s.intent ? `topic ${t.s.intent.replace(/_/g, ' ')}` : 'general enquiry';
  const recent = t.s.notes.slice(-4).join(' ');
  return `${who}; ${what}. ${e.reason}${recent ? ` ${recent}` : ''}`.slice(0, 1000);
}

function nextStep(rule: RuleId, desired: string | null): string {
  const own = ruleTable[rule]?.nextStep;
  if (own) return own;
  if (desired) return `Decide on the customer's request: ${desired}.`;
  return 'Read the conversation and reply to the customer.';
}

/** Something added to a case already with a person: noted, with when the team will answer. */
export function sayNoted(t: Turn): void {
  t.say('handoff.noted');
  const when = t.ctx.policy.responseExpectation(t.now);
  if (when.openNow) t.say('handoff.when_open');
  else t.say('handoff.when_closed', { when: t.instant(when.nextOpenAt) });
  t.options([{ value: 'done', label: t.label('qr.done') }]);
}
