import { shipWindow } from '../../calendar/index.js';
import type { Order } from '../../domain/order.js';
import { calendarOf, effectivePolicy, type Policy } from '../../policy/index.js';
import type { ConsoleShop } from './shop.js';

const list = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.join(', '));

/** The shop's rules in plain words, one per rule family, for the coaching panel (A5). */
export function policyClauses(policy: Policy): { rule: string; text: string }[] {
  const label = (id: string) => policy.pipeline.stages.find((s) => s.id === id)?.label ?? id;
  const locking = policy.pipeline.stages.find((s) => s.lockPersonalization);
  const r = policy.returns;
  const q = policy.quality;
  const c = policy.cancellation;
  return [
    {
      rule: 'change',
      text: `Custom details can be changed for ${policy.changeWindowHours} hours after the order${locking ? ` and only until the “${locking.label}” stage locks them` : ''}.`,
    },
    {
      rule: 'cancel',
      text: `Cancelling with a full refund is possible in: ${list(c.allowedStages.map(label))}${c.requireChangeWindow ? ', inside the change window' : ''}; afterwards ${c.afterwards === 'fee' ? `a ${c.feePercent}% fee applies` : 'a person may grant an exception'}.`,
    },
    {
      rule: 'address',
      text: policy.addressChange.lockedFromStage
        ? `The address can change until the “${label(policy.addressChange.lockedFromStage)}” stage.`
        : 'The address can change until the order ships.',
    },
    {
      rule: 'returns',
      text: `Standard items: ${r.windowDays} days from delivery, ${r.buyerPaysShipping ? 'buyer pays return shipping' : 'the shop pays return shipping'}; personalised items ${r.personalizedReturnable ? 'can' : 'cannot'} be returned${r.alternatives.length ? `; alternatives: ${list(r.alternatives)}` : ''}.`,
    },
    {
      rule: 'quality',
      text: `${q.evidenceRequired ? 'A photo is needed' : 'No photo is needed'} for quality problems${q.evidenceNotNeededFor.length ? ` (except ${list(q.evidenceNotNeededFor)})` : ''}; remedies: ${list(q.remedies)}.`,
    },
    {
      rule: 'refund',
      text: `Refunds up to ${policy.refunds.autoLimit} per order run at once; above that an approver decides.`,
    },
    {
      rule: 'escalation',
      text: 'Escalations bring in a person; the customer has been told someone will answer in business hours.',
    },
  ];
}

/** The console's view of the shop, from its policy: voice, stage labels, ship windows, clauses. */
export function shopFromPolicy(policy: Policy): ConsoleShop {
  const v = policy.shop.voice;
  return {
    voice: {
      shopName: policy.shop.name,
      formality: v.formality,
      emoji: v.emoji,
      signOff: v.signOff,
      avoidWords: v.avoidWords,
    },
    stageLabel: (id) =>
      policy.pipeline.stages.find((s) => s.id === id)?.label ?? id.replace(/_/g, ' '),
    shipWindow(order: Order, now: Date) {
      const first = order.items[0];
      const resolved = effectivePolicy(policy, {
        sellerId: first?.sellerId,
        productType: first?.productType,
      });
      const w = shipWindow({
        orderCreatedAt: order.createdAt,
        stage: order.stage,
        stageEnteredAt: order.stageUpdatedAt,
        now,
        pipeline: policy.pipeline,
        calendar: calendarOf(policy),
        leadTime: resolved.leadTime,
      });
      return { start: w.start, end: w.end };
    },
    policyClauses: policyClauses(policy),
    repLang: 'en',
  };
}
