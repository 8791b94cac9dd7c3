import type { Order } from '../../domain/index.js';
import { escalate, offerPerson } from '../handoff.js';
import type { Act, Turn } from '../kit.js';
import { doneOptions, stageName } from './common.js';
import type { FlowSpec } from './spec.js';

export function startCancel(t: Turn, order: Order): void {
  if (order.cancelledAt) {
    t.say('status.cancelled', { orderNumber: order.id, date: t.instantDay(order.cancelledAt) });
    doneOptions(t);
    return;
  }
  const d = t.ctx.policy.decideCancel(order, t.now);
  if (d.outcome === 'allow') {
    t.s.flow = { name: 'cancel', step: 'confirm' };
    promptCancel(t, order);
    return;
  }
  t.emit({ type: 'cancel.refused', orderId: order.id, rule: d.rule, reason: d.reason });
  t.note(`Cancellation refused: ${d.rule} (${d.reason}).`);
  if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
    escalate(t, { rule: d.rule, reason: d.reason, desired: 'Cancel the order', priority: 2 });
    return;
  }
  const shipped = order.fulfillment.status !== 'unfulfilled';
  t.say(shipped ? 'cancel.refused_shipped' : 'cancel.refused_production', {
    orderNumber: order.id,
    stage: stageName(t, order.stage),
  });
  offerPerson(
    t,
    { rule: d.rule, reason: `Exception requested: ${d.reason}`, desired: 'Cancel the order' },
    shipped ? [{ value: 'intent:return_request', label: t.label('qr.return') }] : [],
  );
}

export function promptCancel(t: Turn, order: Order): void {
  const refundable = order.payment.totalMinor - order.payment.refundedMinor;
  t.say('cancel.confirm', { orderNumber: order.id, amount: t.money(refundable, order.currency) });
  t.options([
    { value: 'yes', label: t.label('qr.yes_cancel'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_keep'), yesno: 'no' },
  ]);
}

export function continueCancel(t: Turn, order: Order, act: Act): boolean {
  if (act.choice === 'yes') {
    const d = t.ctx.policy.decideCancel(order, t.now);
    t.s.flow = null;
    if (d.outcome !== 'allow') {
      startCancel(t, order);
      return true;
    }
    const refundable = order.payment.totalMinor - order.payment.refundedMinor;
    t.effect({ kind: 'cancelOrder', orderId: order.id, decision: d, key: t.key('cancel') });
    t.note(`Order ${order.id} cancelled with a full refund.`);
    t.say('cancel.done', { orderNumber: order.id, amount: t.money(refundable, order.currency) });
    doneOptions(t);
    t.resolved();
    return true;
  }
  if (act.choice === 'no') {
    t.s.flow = null;
    t.say('cancel.kept', { orderNumber: order.id });
    doneOptions(t);
    return true;
  }
  return false;
}

/** R5: cancelling an order. */
export const cancelFlow: FlowSpec<'cancel'> = {
  intent: () => 'cancel_order',
  needsOrder: true,
  resumable: true,
  takesFreeText: () => false,
  prompt: (t, _f, order) => {
    if (order) promptCancel(t, order);
  },
  handle: (t, _f, act, order) => (order ? continueCancel(t, order, act) : false),
};
