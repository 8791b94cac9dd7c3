import type { Language, Order, OrderItem, Refund } from '../../domain/index.js';
import { saysAny } from '../../nlu/acts/index.js';
import { escalate, offerPerson } from '../handoff.js';
import type { Act, Turn } from '../kit.js';
import type { Flow, QualityProblem, Remedy } from '../types.js';
import { sayRefundTiming } from './question.js';
import {
  doneOptions,
  expectation,
  guessItem,
  itemOptions,
  looksLikeNewRequest,
  pickItem,
  preferenceCut,
} from './common.js';
import type { FlowSpec } from './spec.js';
import { itemParams } from '../../voice/index.js';

export function startQuality(t: Turn, order: Order, problem: QualityProblem, text: string): void {
  t.say(`quality.sorry_${problem}`, { orderNumber: order.id });
  // Already refunded in full ("la taza vino rota" about the order refunded after its photo): said
  // first, so the customer knows where it stands; the report still goes on as usual.
  if (order.payment.refundedMinor > 0 && order.payment.refundedMinor >= order.payment.totalMinor) {
    t.say('refund.status_recorded', {
      orderNumber: order.id,
      amount: t.money(order.payment.refundedMinor, order.currency),
    });
    t.note(`Order ${order.id} was already refunded in full.`);
  }
  const flow: Extract<Flow, { name: 'quality' }> = {
    name: 'quality',
    problem,
    step: 'item',
    evidence: [...t.s.attachments],
    asks: 0,
  };
  if (order.items.length === 1 && order.items[0]) flow.sku = order.items[0].sku;
  else {
    const named = guessItem(text, order.items, t.lang);
    if (named) flow.sku = named.sku;
  }
  // "… I'll send a photo later tonight": said with the problem, the photo isn't asked for as if now.
  if (saysAny(text, t.lang, 'photo') && saysAny(text, t.lang, 'photoLater')) flow.later = true;
  t.s.flow = flow;
  if (flow.evidence.length > 0)
    t.emit({ type: 'evidence.received', orderId: order.id, attachmentIds: flow.evidence });
  t.note(`Customer reports a ${problem} problem on order ${order.id}.`);
  advanceQuality(t, order, flow);
}

function advanceQuality(t: Turn, order: Order, flow: Extract<Flow, { name: 'quality' }>): void {
  if (!flow.sku) {
    flow.step = 'item';
    t.say('quality.which_item');
    itemOptions(t, order.items);
    return;
  }
  const sku = flow.sku;
  const needsPhoto = t.ctx.policy.evidenceRequired(order, flow.problem, sku);
  if (needsPhoto && flow.evidence.length === 0) {
    if (flow.step !== 'evidence')
      t.emit({ type: 'evidence.requested', orderId: order.id, itemSku: sku });
    const first = flow.step !== 'evidence';
    // Reported after the shop's limit: said before the photo is asked for, so it comes as no
    // surprise when a person (not an instant remedy) picks it up.
    const late = first ? t.ctx.policy.decideQuality(order, flow.problem, [sku], true, t.now) : null;
    const days = late?.facts['reportWindowDays'];
    const lastDay = late?.facts['lastReportDay'];
    if (
      late?.rule === 'quality.report_window_closed' &&
      typeof days === 'number' &&
      typeof lastDay === 'string'
    )
      t.say('quality.window_passed', { days: String(days), lastDay: t.day(lastDay) });
    flow.step = 'evidence';
    t.say(first && flow.later ? 'quality.photo_later' : 'quality.ask_photo');
    t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
    return;
  }
  const d = t.ctx.policy.decideQuality(order, flow.problem, [sku], flow.evidence.length > 0, t.now);
  if (d.outcome !== 'allow') {
    t.s.flow = null;
    escalate(t, { rule: d.rule, reason: d.reason, desired: null, priority: 2 });
    return;
  }
  flow.step = 'remedy';
  const item = order.items.find((i) => i.sku === sku);
  const remedies = t.ctx.policy.remedies(order, flow.problem, sku);
  const amount = refundAmount(order, item, t.ctx.refunds);
  t.say('quality.remedies', { ...itemParams(item ?? undefined, t.lang) });
  // The remedy they said they'd like comes first.
  const ordered = flow.prefers
    ? [...remedies.filter((r) => r === flow.prefers), ...remedies.filter((r) => r !== flow.prefers)]
    : remedies;
  t.options([
    ...ordered
      .filter((r: Remedy) => r !== 'refund' || amount > 0)
      .map((r: Remedy) =>
        r === 'remake'
          ? { value: 'remedy:remake' as const, label: t.label('qr.remake') }
          : {
              value: 'remedy:refund' as const,
              label: t.label('qr.refund_amount', { amount: t.money(amount, order.currency) }),
            },
      ),
    { value: 'person', label: t.label('qr.person') },
  ]);
  t.s.pendingHandoff = { rule: d.rule, reason: d.reason, desired: null };
}

/** What is left to refund for an item: its price less what was refunded for it, within what the order has left (less refunds waiting for approval). */
function refundAmount(
  order: Order,
  item: OrderItem | undefined,
  refunds: readonly Refund[],
): number {
  const live = refunds.filter((r) => r.orderId === order.id && r.status !== 'declined');
  const pending = live
    .filter((r) => r.status === 'pending_approval')
    .reduce((sum, r) => sum + r.amountMinor, 0);
  const itemRefunded = item
    ? live.filter((r) => r.itemSkus?.includes(item.sku)).reduce((sum, r) => sum + r.amountMinor, 0)
    : 0;
  const itemTotal = item
    ? item.unitPriceMinor * item.quantity - itemRefunded
    : order.payment.totalMinor;
  return Math.max(
    0,
    Math.min(itemTotal, order.payment.totalMinor - order.payment.refundedMinor - pending),
  );
}

export function continueQuality(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'quality' }>,
  act: Act,
): boolean {
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, order.items, t.lang);
      if (!item) return false;
      flow.sku = item.sku;
      advanceQuality(t, order, flow);
      return true;
    }
    case 'evidence': {
      if (act.attachments.length > 0) {
        flow.evidence = [...flow.evidence, ...act.attachments];
        t.emit({ type: 'evidence.received', orderId: order.id, attachmentIds: act.attachments });
        t.say('quality.photo_thanks');
        advanceQuality(t, order, flow);
        return true;
      }
      // "I can't take a photo, I threw it away": said in words, a person takes it from here.
      // Typed words count even when they also read as a "no" to the question ("no puedo mandar foto…").
      const typed = act.u !== null && (act.choice === null || act.affirm !== null);
      const unable =
        typed &&
        act.text.length < 300 &&
        (saysAny(act.text, t.lang, 'noPhoto') ||
          (saysAny(act.text, t.lang, 'photo') && saysAny(act.text, t.lang, 'negation')));
      // "I'll send a photo later tonight": the request waits for it, without asking again.
      if (typed && !unable && act.text.length < 300 && saysAny(act.text, t.lang, 'photoLater')) {
        flow.later = true;
        t.note('Customer will send the photo later.');
        // "… and I'd rather have a new one than the money": kept for the person who reads the case.
        const remake = saysAny(act.text, t.lang, 'remake');
        const refund = saysAny(act.text, t.lang, 'refund');
        if (remake || refund)
          t.note(
            `Customer's words on the remedy: "${act.text.slice(0, 200)}" (${remake && !refund ? 'a new piece' : refund && !remake ? 'a refund' : 'see their words'}).`,
          );
        t.say('quality.photo_later');
        t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
        return true;
      }
      // "ok thanks" after that: nothing more to ask now.
      if (flow.later && act.u !== null && (act.closing || act.affirm === 'yes')) {
        t.say('quality.photo_waiting');
        t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
        return true;
      }
      // "I'd prefer a replacement": the remedy they want, said before the photo; noted, and the photo asked for.
      // "I'd rather have a new one than the money back": both named, the one before "than" is wanted.
      const said = preferredPart(act.text, t.lang);
      const remake = typed && !unable && saysAny(said, t.lang, 'remake');
      const refund = typed && !unable && saysAny(said, t.lang, 'refund');
      if (remake !== refund && act.text.length < 300 && act.affirm !== 'no') {
        flow.prefers = remake ? 'remake' : 'refund';
        t.note(`Customer would prefer a ${flow.prefers}.`);
        t.say(remake ? 'quality.prefers_remake' : 'quality.prefers_refund');
        t.say('quality.ask_photo');
        t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
        return true;
      }
      const refuses = unable || act.choice === 'nophoto' || act.affirm === 'no';
      if (refuses || act.text.trim() !== '') {
        if (!refuses && looksLikeNewRequest(act, t)) return false;
        flow.asks += 1;
        if (flow.asks >= 2 || unable) {
          t.s.flow = null;
          t.note('No photo evidence after being asked twice.');
          const d = t.ctx.policy.decideEscalation(
            t.signals({ text: act.text, missingEvidence: true }),
          );
          escalate(t, {
            rule: d?.rule ?? 'escalation.missing_evidence',
            reason: 'Photo evidence was asked for twice and not provided.',
            desired: null,
            priority: 2,
          });
          return true;
        }
        t.say('quality.photo_why');
        t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
        return true;
      }
      return false;
    }
    case 'remedy': {
      const item = order.items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      let remedy: Remedy | null = act.picked?.kind === 'remedy' ? act.picked.remedy : null;
      if (!remedy) {
        const remake = saysAny(act.text, t.lang, 'remake');
        const refund = saysAny(act.text, t.lang, 'refund');
        if (remake !== refund) remedy = remake ? 'remake' : 'refund';
        // "a new one would be better than the money back": the one named before "rather than".
        const cut = remake && refund ? preferenceCut(act.text) : null;
        if (cut !== null) {
          const first = saysAny(cut, t.lang, 'remake');
          if (first !== saysAny(cut, t.lang, 'refund')) remedy = first ? 'remake' : 'refund';
        }
      }
      if (!remedy) return false;
      t.s.flow = null;
      t.s.pendingHandoff = null;
      const reason = `${flow.problem} item`;
      if (remedy === 'remake') {
        const d = t.ctx.policy.decideQuality(
          order,
          flow.problem,
          [item.sku],
          flow.evidence.length > 0,
          t.now,
        );
        t.effect({
          kind: 'createRemake',
          orderId: order.id,
          itemSkus: [item.sku],
          reason,
          decision: d,
          key: t.key('remake'),
        });
        t.note(`Rush remake of ${item.sku} created.`);
        t.say('quality.remake_done', { ...itemParams(item, t.lang), orderNumber: order.id });
        doneOptions(t);
        t.resolved();
        return true;
      }
      const amount = refundAmount(order, item, t.ctx.refunds);
      const d = t.ctx.policy.decideRefund(order, amount, t.now);
      const amountText = t.money(amount, order.currency);
      if (d.outcome === 'deny') {
        t.emit({
          type: 'refund.declined',
          orderId: order.id,
          rule: d.rule,
          reason: d.reason,
          amount: t.decimal(amount, order.currency),
          currency: order.currency,
        });
        t.say('refund.refused', { amount: amountText });
        offerPerson(t, {
          rule: d.rule,
          reason: d.reason,
          desired: `Refund ${t.decimal(amount, order.currency)}`,
        });
        return true;
      }
      t.effect({
        kind: 'requestRefund',
        orderId: order.id,
        amountMinor: amount,
        reason,
        decision: d,
        autoLimitMinor: t.ctx.policy.autoLimitMinor(order),
        itemSkus: [item.sku],
        key: t.key('refund'),
      });
      if (d.outcome === 'allow') {
        t.note(`Refund of ${t.decimal(amount, order.currency)} issued.`);
        t.say('quality.refund_done', { amount: amountText });
        sayRefundTiming(t);
      } else {
        t.note(`Refund of ${t.decimal(amount, order.currency)} queued for approval (${d.rule}).`);
        t.say('quality.refund_pending', { amount: amountText });
        expectation(t);
      }
      doneOptions(t);
      t.resolved();
      return true;
    }
  }
}

export function promptQuality(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'quality' }>,
): void {
  advanceQuality(t, order, flow);
}

/** R7: an item that arrived damaged, wrong or missing. */
export const qualityFlow: FlowSpec<'quality'> = {
  intent: (f) =>
    f.problem === 'damaged'
      ? 'damaged_item'
      : f.problem === 'wrong'
        ? 'wrong_item'
        : 'missing_item',
  needsOrder: true,
  resumable: true,
  takesFreeText: () => false,
  prompt: (t, f, order) => {
    if (order) promptQuality(t, order, f);
  },
  handle: (t, f, act, order) => (order ? continueQuality(t, order, f, act) : false),
};

/** "than", "instead of", "statt", "plutôt que"…: what comes after is what the customer does not want. */
const ratherThan =
  /\b(?:than|instead of|rather than|statt|anstatt|lieber als|plutot que|plutôt que|au lieu de|en lugar de|en vez de|invece di|piuttosto che|em vez de|do que)\b|\bplut[oô]t qu['’]/iu;

/**
 * The part of a message that says what the customer wants when it names two remedies ("I'd rather
 * have a new one than the money back" → "I'd rather have a new one"); the whole text otherwise.
 */
function preferredPart(text: string, lang: Language): string {
  const m = ratherThan.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  const both = saysAny(text, lang, 'remake') && saysAny(text, lang, 'refund');
  return both ? before : text;
}
