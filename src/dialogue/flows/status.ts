import type { Order } from '../../domain/index.js';
import type { Turn } from '../kit.js';
import { customerWaited, doneOptions, itemName, stageName } from './common.js';
import { isPolicyRule } from '../rules.js';
import type { Entity } from '../types.js';
import { foldText } from '../../nlu/acts/readers.js';
import { actWords, asksArrival, saysAny } from '../../nlu/acts/index.js';
import { lexiconClass } from '../../nlu/lexicon.js';
import { sayRefundTiming, shippingTimes } from './question.js';
import { extractEntities } from '../../nlu/entities.js';

export function orderStatus(t: Turn, order: Order, deliveryProblem: boolean): void {
  const f = order.fulfillment;
  const id = order.id;
  const item = itemName(t, order);
  if (order.cancelledAt) {
    t.say('status.cancelled', { orderNumber: id, date: t.instantDay(order.cancelledAt) });
    doneOptions(t);
    t.resolved();
    return;
  }
  if (f.status === 'delivered') {
    t.say('status.delivered', {
      orderNumber: id,
      ...item,
      date: f.deliveredAt ? t.instantDay(f.deliveredAt) : '—',
    });
    // "Arrived broken, refunded in full": the refund is part of where the order stands.
    if (order.payment.refundedMinor > 0)
      t.say('refund.status_recorded', {
        orderNumber: id,
        amount: t.money(order.payment.refundedMinor, order.currency),
      });
    if (deliveryProblem) {
      t.say('delivery.not_received');
      t.s.pendingHandoff = {
        rule: 'escalation.delivery_dispute',
        reason: 'Marked delivered but the customer has not received it.',
        desired: 'Find or replace the parcel',
      };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'intent:damaged_item', label: t.label('qr.damaged') },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      return;
    }
    t.options([
      { value: 'intent:damaged_item', label: t.label('qr.damaged') },
      { value: 'intent:return_request', label: t.label('qr.return') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    t.resolved();
    return;
  }
  if (f.status === 'shipped' && f.deliveryProblem) {
    // The carrier reported a problem (tracking `exception`): say so plainly, and offer a person to sort it out.
    const p = f.deliveryProblem;
    const carrier = p.carrier ?? f.carrier;
    t.say('delivery.problem_reported', {
      orderNumber: id,
      date: t.instantDay(p.reportedAt),
      carrier: carrier ?? '',
      hasCarrier: carrier ? 'yes' : 'no',
      detail: p.detail ?? '',
      hasDetail: p.detail ? 'yes' : 'no',
    });
    sayTracking(t, f);
    t.say('delivery.problem_offer');
    t.note(
      `Told the customer about the delivery problem ${carrier ?? 'the carrier'} reported on ${p.reportedAt}${p.detail ? ` ("${p.detail}")` : ''}.`,
    );
    t.s.pendingHandoff = {
      rule: 'escalation.delivery_problem',
      reason: `The carrier reported a delivery problem on ${p.reportedAt}${p.detail ? `: ${p.detail}` : ''}.`,
      desired: 'Sort out the delivery with the carrier',
    };
    t.options([
      { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
      { value: 'done', label: t.label('qr.done'), yesno: 'no' },
    ]);
    return;
  }
  if (f.status === 'shipped') {
    t.say('status.thanks', { waited: customerWaited(t, order) });
    if (!sayShipped(t, order)) t.say('status.tracking_unknown');
    if (f.estimatedDeliveryAt) t.say('status.eta', { date: t.instantDay(f.estimatedDeliveryAt) });
    else t.say('status.eta_unknown');
    if (deliveryProblem) {
      t.say('delivery.in_transit_help');
      t.s.pendingHandoff = {
        rule: 'escalation.delivery_problem',
        reason: 'Parcel in transit; customer reports a delivery problem.',
        desired: 'Trace the parcel',
      };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      t.resolved();
      return;
    }
    doneOptions(t);
    t.resolved();
    return;
  }
  // Unfulfilled: thank, explain handmade lead time, stage, window (never a single date).
  const lt = t.ctx.policy.leadTime(order);
  const window = t.ctx.policy.shipWindow(order, t.now);
  const late = t.ctx.policy.businessDaysLate(order, t.now);
  const personalized = order.items.some((i) => i.personalized);
  t.say(order.delayed || late > 0 ? 'status.thanks_late' : 'status.thanks', {
    waited: customerWaited(t, order),
  });
  t.say(personalized ? 'status.leadtime_personal' : 'status.leadtime_handmade', {
    ...item,
    min: lt.minBusinessDays,
    max: lt.maxBusinessDays,
  });
  t.say('status.stage', { orderNumber: id, stage: stageName(t, order.stage) });
  // "I have no idea if you even got my photo": the order has it, said plainly.
  if (
    order.items.some((i) => (i.personalization['photo'] ?? '') !== '') &&
    saysAny(t.said, t.s.lang, 'photo')
  )
    t.say('status.photo_received');
  if (order.delayed || late > 0) {
    if (window)
      t.say('status.delayed_window', { start: t.day(window.start), end: t.day(window.end) });
    else t.say('status.delayed_no_window');
    const threshold = t.ctx.policy.delayThresholdBusinessDays(order);
    if (late > threshold) {
      t.say('status.delayed_offer_person', { days: late });
      t.s.pendingHandoff = {
        rule: 'escalation.delay_threshold',
        reason: `Order is ${late} business days past its ship window (threshold ${threshold}).`,
        desired: null,
      };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      t.note(`Order ${id} is late by ${late} business days.`);
      t.resolved();
      return;
    }
  } else if (window) {
    t.say('status.window', { start: t.day(window.start), end: t.day(window.end) });
  } else {
    t.say('status.window_unknown');
  }
  t.say('status.notify');
  if (deliveryProblem) t.say('delivery.not_shipped_yet');
  doneOptions(t);
  t.note(
    `Told status of order ${id}: stage ${order.stage}${window ? `, window ${window.start}..${window.end}` : ''}.`,
  );
  t.resolved();
}

/** When and how a shipped order left, with its tracking; false when there is no tracking number. */
function sayShipped(t: Turn, order: Order): boolean {
  const f = order.fulfillment;
  t.say('status.shipped', {
    orderNumber: order.id,
    ...itemName(t, order),
    date: f.shippedAt ? t.instantDay(f.shippedAt) : '—',
    carrier: f.carrier ?? '',
    hasCarrier: f.carrier ? 'yes' : 'no',
  });
  sayTracking(t, f);
  return Boolean(f.trackingNumber);
}

/** The parcel's tracking: a link when the carrier gave one, else the number alone. */
function sayTracking(t: Turn, f: Order['fulfillment']): void {
  if (f.trackingNumber && f.trackingUrl)
    t.say('status.tracking_link', {
      trackingNumber: f.trackingNumber,
      mdUrl: safeUrl(f.trackingUrl),
    });
  else if (f.trackingNumber) t.say('status.tracking_number', { trackingNumber: f.trackingNumber });
}

/**
 * The status in two or three sentences, for a second question of a message ("… and when will it
 * ship?"): no quick replies, no offer; the request in progress keeps the conversation.
 */
export function statusAside(t: Turn, order: Order): void {
  const f = order.fulfillment;
  if (order.cancelledAt) {
    t.say('status.cancelled', { orderNumber: order.id, date: t.instantDay(order.cancelledAt) });
    return;
  }
  if (f.status === 'delivered') {
    t.say('status.delivered', {
      orderNumber: order.id,
      ...itemName(t, order),
      date: f.deliveredAt ? t.instantDay(f.deliveredAt) : '—',
    });
    return;
  }
  if (f.status === 'shipped') {
    sayShipped(t, order);
    if (f.estimatedDeliveryAt) t.say('status.eta', { date: t.instantDay(f.estimatedDeliveryAt) });
    return;
  }
  const window = t.ctx.policy.shipWindow(order, t.now);
  const late = order.delayed || t.ctx.policy.businessDaysLate(order, t.now) > 0;
  t.say('status.stage', { orderNumber: order.id, stage: stageName(t, order.stage) });
  if (window)
    t.say(late ? 'status.delayed_window' : 'status.window', {
      start: t.day(window.start),
      end: t.day(window.end),
    });
  t.note(`Told status of order ${order.id} alongside another request: stage ${order.stage}.`);
}

function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '';
}

export function refundStatus(t: Turn, order: Order): void {
  const refunds = t.ctx.refunds.filter((r) => r.orderId === order.id);
  if (refunds.length === 0) {
    t.say(order.payment.refundedMinor > 0 ? 'refund.status_recorded' : 'refund.status_none', {
      orderNumber: order.id,
      amount: t.money(order.payment.refundedMinor, order.currency),
    });
    // "When will I see the money?": a refund on the order is told with how long banks take.
    if (order.payment.refundedMinor > 0) sayRefundTiming(t);
    t.options([
      { value: 'intent:refund_request', label: t.label('qr.ask_refund') },
      { value: 'person', label: t.label('qr.person') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    t.resolved();
    return;
  }
  for (const r of refunds) {
    const amount = t.money(r.amountMinor, r.currency);
    if (r.status === 'issued') {
      t.say('refund.status_issued', { amount, date: t.instantDay(r.decidedAt ?? r.createdAt) });
    } else if (r.status === 'pending_approval') {
      t.say('refund.status_pending', { amount });
    } else {
      t.say('refund.status_declined', { amount });
      t.s.pendingHandoff = {
        rule: isPolicyRule(r.rule) ? r.rule : 'escalation.explicit_request',
        reason: 'Customer asks about a declined refund.',
        desired: 'Reconsider the refund',
      };
    }
  }
  if (refunds.some((r) => r.status === 'issued')) sayRefundTiming(t);
  doneOptions(t);
  if (refunds.some((r) => r.status === 'declined'))
    t.addOptions([{ value: 'person', label: t.label('qr.person') }]);
  t.resolved();
}

/**
 * "I paid and still nothing, I want my money back" about a parcel the carrier has: where it is,
 * with an acknowledgement first, and what can be done — let it arrive, or a person looks at the
 * refund. A carrier problem on it is told as such.
 */
export function refundInTransit(t: Turn, order: Order): void {
  const f = order.fulfillment;
  if (f.deliveryProblem) return orderStatus(t, order, true);
  t.say('refund.in_transit', {
    orderNumber: order.id,
    date: f.shippedAt ? t.instantDay(f.shippedAt) : '—',
    carrier: f.carrier ?? '',
    hasCarrier: f.carrier ? 'yes' : 'no',
  });
  sayTracking(t, f);
  if (f.estimatedDeliveryAt) t.say('status.eta', { date: t.instantDay(f.estimatedDeliveryAt) });
  t.say('refund.in_transit_offer');
  t.s.pendingHandoff = {
    rule: 'escalation.delivery_problem',
    reason: 'Parcel in transit; the customer wants their money back rather than wait for it.',
    desired: 'Refund or trace the parcel',
  };
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    { value: 'done', label: t.label('qr.wait'), yesno: 'no' },
  ]);
}

export function askRefundReason(t: Turn): void {
  t.say('refund.which_reason');
  t.options([
    { value: 'intent:damaged_item', label: t.label('qr.damaged') },
    { value: 'intent:wrong_item', label: t.label('qr.wrong') },
    { value: 'intent:missing_item', label: t.label('qr.missing') },
    { value: 'intent:return_request', label: t.label('qr.changed_mind') },
    { value: 'intent:cancel_order', label: t.label('qr.cancel') },
  ]);
}

/** "How long does it take to get here?" right after the status of a shipped order: the carrier's estimate. */
export function etaFollowUp(t: Turn, order: Order): boolean {
  const f = order.fulfillment;
  // "so when will it actually ship then" after the status of an order still being made: its ship window again.
  if (f.status === 'unfulfilled' && !order.cancelledAt) {
    const window = t.ctx.policy.shipWindow(order, t.now);
    if (!window) return false;
    const late = order.delayed || t.ctx.policy.businessDaysLate(order, t.now) > 0;
    t.say(late ? 'status.delayed_window' : 'status.window', {
      start: t.day(window.start),
      end: t.day(window.end),
    });
    // "… and how long does the shipping itself take after that?": the shipping times on top.
    const shipping =
      asksArrival(t.said, t.lang) ||
      (saysAny(t.said, t.lang, 'howLong') &&
        actWords(t.said).some((w) => lexiconClass(w) === 'ship'))
        ? shippingTimes(t)
        : null;
    if (shipping) t.say('status.then_shipping', { mdText: shipping.text });
    if (t.s.pendingHandoff)
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
    else doneOptions(t);
    t.resolved();
    return true;
  }
  if (f.status !== 'shipped' || f.deliveryProblem || !f.estimatedDeliveryAt) return false;
  t.say('status.eta_followup', {
    date: t.instantDay(f.estimatedDeliveryAt),
    carrier: f.carrier ?? '',
    hasCarrier: f.carrier ? 'yes' : 'no',
  });
  doneOptions(t);
  t.resolved();
  return true;
}

/** Words that make a date a deadline: "antes del sábado", "pour samedi", "in tempo per sabato", "até sábado". */
const deadlineCue =
  /\b(?:a tiempo|antes del?|para el|para este|in time|by|before|avant|a temps|pour|rechtzeitig|bis|vor|in tempo|prima d\w*|per|entro|a tempo|ate|antes d\w*|para o|para a|para sabado|para domingo)\b/u;

/**
 * "It's for a birthday on Saturday, will it arrive in time?": after the status, the estimate
 * compared with that date, honestly; a person offered when it may not make it.
 */
export function deadlineAnswer(
  t: Turn,
  order: Order,
  entities: Entity[],
  text: string,
  followUp = false,
): 'yes' | 'no' | null {
  if (!entities.some((e) => e.type === 'date')) return null;
  // The message's dates read against today ("el sábado" is the coming Saturday).
  const d = extractEntities(text, { lang: t.s.lang, now: t.now }).find(
    (e) => e.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.value),
  )?.value;
  // Asked on its own after the status, a person offered with it ("if the tracking stalls…") gives way.
  if (!d || order.cancelledAt || (t.s.pendingHandoff && !followUp) || t.s.escalated) return null;
  if (d < t.now.toISOString().slice(0, 10) || !deadlineCue.test(foldText(text))) return null;
  const f = order.fulfillment;
  const date = t.day(d);
  if (f.status === 'delivered') return null;
  if (f.status === 'shipped') {
    if (f.deliveryProblem || !f.estimatedDeliveryAt) return null;
    if (f.estimatedDeliveryAt.slice(0, 10) <= d) {
      t.say('status.deadline_yes', { date });
      return 'yes';
    }
    t.say('status.deadline_no', { date });
  } else {
    const w = t.ctx.policy.shipWindow(order, t.now);
    if (!w) return null;
    if (w.start >= d) t.say('status.deadline_no', { date });
    else t.say('status.deadline_unsure', { date, end: t.day(w.end) });
  }
  t.note(`Customer needs order ${order.id} by ${d}.`);
  t.s.pendingHandoff = {
    rule: 'escalation.explicit_request',
    reason: `The customer needs order ${order.id} by ${d}; the dates we have may not make it.`,
    desired: `Arrive by ${d}`,
  };
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    { value: 'done', label: t.label('qr.done'), yesno: 'no' },
  ]);
  return 'no';
}

/**
 * "¿Y si no llega qué hago?" after the status of a parcel on its way: what happens then, with the
 * carrier's date; a person offered. Not the article on broken pieces.
 */
export function ifNotArrived(t: Turn, order: Order): boolean {
  const f = order.fulfillment;
  if (f.status !== 'shipped' || f.deliveryProblem || !f.estimatedDeliveryAt) return false;
  t.say('status.if_not_arrived', { date: t.instantDay(f.estimatedDeliveryAt) });
  t.s.pendingHandoff = {
    rule: 'escalation.explicit_request',
    reason: `The customer worries order ${order.id} may not arrive (carrier estimate ${f.estimatedDeliveryAt.slice(0, 10)}).`,
    desired: 'Have the parcel traced if it does not arrive',
  };
  t.options([
    { value: 'done', label: t.label('qr.done'), yesno: 'no' },
    { value: 'person', label: t.label('qr.person') },
  ]);
  t.resolved();
  return true;
}
