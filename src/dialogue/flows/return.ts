import type { Order } from '../../domain/index.js';
import { escalate } from '../handoff.js';
import type { Act, Turn } from '../kit.js';
import type { Flow } from '../types.js';
import { doneOptions, guessItem, itemOptions, looksLikeNewRequest, pickItem } from './common.js';
import { saysAny } from '../../nlu/acts/index.js';
import { foldText, isQuestionLike } from '../../nlu/acts/readers.js';
import { isVague } from '../../nlu/segment.js';
import { altChoice } from '../quick-replies.js';
import { refusalFor } from '../rules.js';
import type { FlowSpec } from './spec.js';
import { hasMessage, itemParams } from '../../voice/index.js';

export function startReturn(t: Turn, order: Order, text: string): void {
  if (order.fulfillment.status !== 'delivered') {
    // Made just for them: said now, not "once it has arrived", which it never could be.
    const arrived: Order = {
      ...order,
      fulfillment: { ...order.fulfillment, status: 'delivered', deliveredAt: t.now.toISOString() },
    };
    const personal =
      !order.cancelledAt &&
      order.items.every(
        (i) =>
          t.ctx.policy.decideReturn(arrived, [i.sku], 'return', t.now).rule ===
          'returns.personalized',
      );
    t.say(personal ? 'return.not_delivered_personalized' : 'return.not_delivered', {
      orderNumber: order.id,
    });
    t.options([
      { value: 'intent:cancel_order', label: t.label('qr.cancel') },
      personal
        ? { value: 'intent:change_details', label: t.label('qr.change') }
        : { value: 'intent:order_status', label: t.label('qr.status') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    return;
  }
  const flow: Extract<Flow, { name: 'return' }> = { name: 'return', step: 'item' };
  if (saysAny(text, t.lang, 'exchange')) flow.kind = 'exchange';
  if (order.items.length === 1 && order.items[0]) flow.sku = order.items[0].sku;
  else {
    const named = guessItem(text, order.items, t.lang);
    if (named) flow.sku = named.sku;
  }
  t.s.flow = flow;
  advanceReturn(t, order, flow);
}

function advanceReturn(t: Turn, order: Order, flow: Extract<Flow, { name: 'return' }>): void {
  if (!flow.sku) {
    flow.step = 'item';
    t.say('return.which_item');
    itemOptions(t, order.items);
    return;
  }
  const item = order.items.find((i) => i.sku === flow.sku);
  if (!item) return;
  const d = t.ctx.policy.decideReturn(order, [item.sku], flow.kind ?? 'return', t.now);
  if (d.outcome !== 'allow') {
    t.emit({
      type: 'return.refused',
      orderId: order.id,
      rule: d.rule,
      reason: d.reason,
      itemSku: item.sku,
    });
    t.note(`Return of ${item.sku} refused: ${d.rule} (${d.reason}).`);
    if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
      t.s.flow = null;
      escalate(t, {
        rule: d.rule,
        reason: d.reason,
        desired: flow.kind === 'exchange' ? 'Exchange' : 'Return',
        priority: 2,
      });
      return;
    }
    const msg = refusalFor(d.rule, 'return.refused_other');
    t.say(msg, { ...itemParams(item, t.lang), mdReason: '' });
    if (d.facts['sellerSpecific'] === true) t.say('return.seller_rule');
    const alts = t.ctx.policy.returnAlternatives(order, item.sku);
    flow.step = 'alternative';
    if (alts.length > 0) sayAlternatives(t, alts);
    t.s.pendingHandoff = {
      rule: d.rule,
      reason: `Exception requested: ${d.reason}`,
      desired: `${flow.kind === 'exchange' ? 'Exchange' : 'Return'} ${item.title}`,
    };
    alternativeOptions(t, alts);
    return;
  }
  if (!flow.kind) {
    flow.step = 'kind';
    t.say('return.which_kind', { ...itemParams(item, t.lang) });
    t.options([
      { value: 'kind:return', label: t.label('qr.return_refund') },
      { value: 'kind:exchange', label: t.label('qr.exchange') },
    ]);
    return;
  }
  flow.step = 'confirm';
  const payer = t.ctx.policy.returnShippingPaidBy(order, item.sku);
  t.say(flow.kind === 'exchange' ? 'return.confirm_exchange' : 'return.confirm_return', {
    ...itemParams(item, t.lang),
    orderNumber: order.id,
  });
  t.say(payer === 'buyer' ? 'return.buyer_pays' : 'return.shop_pays');
  t.options([
    { value: 'yes', label: t.label('qr.yes_go_ahead'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_keep'), yesno: 'no' },
  ]);
}

function altLabel(t: Turn, alt: string): string {
  const known = ['resize', 'resizing', 'repair', 'store_credit', 'exchange', 'engrave_again'];
  const k = alt.toLowerCase().replace(/[\s-]+/g, '_');
  if (known.includes(k)) return t.label(`alt.${k === 'resizing' ? 'resize' : k}` as 'alt.resize');
  return alt.replace(/_/g, ' ');
}

export function continueReturn(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'return' }>,
  act: Act,
): boolean {
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, order.items, t.lang);
      if (!item) return false;
      flow.sku = item.sku;
      advanceReturn(t, order, flow);
      return true;
    }
    case 'kind': {
      // "by the way, how long does the refund take?": a question about the choice, answered
      // before it is made.
      if (act.choice === null && isQuestionLike(act.text) && saysAny(act.text, t.lang, 'howLong'))
        return false;
      const kind =
        act.choice === 'kind:return'
          ? 'return'
          : act.choice === 'kind:exchange'
            ? 'exchange'
            : saysAny(act.text, t.lang, 'exchange')
              ? 'exchange'
              : saysAny(act.text, t.lang, 'refund')
                ? 'return'
                : null;
      if (!kind) {
        // "I just don't think it fits my living room": the why, not the choice; noted, and the choice asked again.
        // A question ("who pays the postage?") is not the why either: it is answered, then the choice asked again.
        if (
          act.affirm ||
          act.closing ||
          act.u === null ||
          isQuestionLike(act.text) ||
          looksLikeNewRequest(act, t)
        )
          return false;
        if (act.u.confidence >= t.ctx.clarifyThreshold && act.u.intent !== 'other') return false;
        t.note(`Return reason: "${act.text.slice(0, 160)}".`);
        advanceReturn(t, order, flow);
        return true;
      }
      flow.kind = kind;
      advanceReturn(t, order, flow);
      return true;
    }
    case 'confirm': {
      const item = order.items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      if (act.choice === 'yes') {
        const kind = flow.kind ?? 'return';
        const d = t.ctx.policy.decideReturn(order, [item.sku], kind, t.now);
        t.s.flow = null;
        if (d.outcome !== 'allow') {
          t.s.flow = flow;
          advanceReturn(t, order, flow);
          return true;
        }
        t.effect({
          kind: 'createReturn',
          orderId: order.id,
          returnKind: kind,
          itemSkus: [item.sku],
          reason: act.text || kind,
          decision: d,
          key: t.key('return'),
        });
        t.note(`${kind} created for ${item.sku}.`);
        t.say(kind === 'exchange' ? 'return.done_exchange' : 'return.done_return', {
          ...itemParams(item, t.lang),
          orderNumber: order.id,
        });
        doneOptions(t);
        t.resolved();
        return true;
      }
      if (act.choice === 'no') {
        t.s.flow = null;
        t.say('flow.left_as_is');
        doneOptions(t);
        return true;
      }
      return false;
    }
    case 'alternative': {
      // "ok what can you do then?", "alors vous proposez quoi ?": the alternatives, said again.
      const alts = t.ctx.policy.returnAlternatives(order, flow.sku ?? '');
      if (
        act.choice === null &&
        alts.length > 0 &&
        (isVague(act.text) || asksOptions.test(foldText(act.text)))
      ) {
        sayAlternatives(t, alts);
        t.options([
          ...alts.map((a) => ({ value: altChoice(a), label: altLabel(t, a) })),
          { value: 'person', label: t.label('qr.person') },
          { value: 'done', label: t.label('qr.no_thanks'), yesno: 'no' as const },
        ]);
        return true;
      }
      if (act.picked?.kind === 'alt') {
        const alt = act.picked.alt;
        const item = order.items.find((i) => i.sku === flow.sku);
        t.s.flow = null;
        const pending = t.s.pendingHandoff;
        escalate(t, {
          rule: pending?.rule ?? 'returns.alternative',
          reason: `Customer chose an alternative to a return: ${alt}.`,
          desired: `${alt} for ${item?.title ?? 'the item'}`,
          priority: 3,
          wording: 'alternative',
          ...(hasMessage(`alt.${alt}`)
            ? { desiredText: t.label(`alt.${alt}` as 'alt.store_credit') }
            : {}),
        });
        return true;
      }
      // "ni siquiera si no lo he usado?", "nem mesmo sem usar?": the same rule, said plainly again.
      if (pushesBack(act.text)) {
        const item = order.items.find((i) => i.sku === flow.sku);
        t.say('return.refused_even_so', { ...itemParams(item, t.lang) });
        const alts = item ? t.ctx.policy.returnAlternatives(order, item.sku) : [];
        if (alts.length > 0) sayAlternatives(t, alts);
        alternativeOptions(t, alts);
        return true;
      }
      return false;
    }
  }
}

/** "Not even if…?", "even unused?": pushing back on a refusal, in the six languages (folded). */
const pushBackRe =
  /\b(?:not even|even if|even though|even unused|ni siquiera|ni aunque|aunque|incluso si|nem mesmo|nem se|mesmo que|mesmo se|mesmo sem|neanche|nemmeno|nemmeno se|anche se|pure se|meme si|meme pas|meme sans|auch wenn|selbst wenn|nicht mal|nicht einmal|sogar wenn)\b/u;

function pushesBack(text: string): boolean {
  return pushBackRe.test(foldText(text)) && text.split(/\s+/).length <= 16;
}

/** The choices after a refused return: each alternative the policy has, a person, or no thanks. */
function alternativeOptions(t: Turn, alts: string[]): void {
  t.options([
    ...alts.map((a) => ({ value: altChoice(a), label: altLabel(t, a) })),
    { value: 'person', label: t.label('qr.person') },
    { value: 'done', label: t.label('qr.no_thanks'), yesno: 'no' as const },
  ]);
}

export function promptReturn(t: Turn, order: Order, flow: Extract<Flow, { name: 'return' }>): void {
  advanceReturn(t, order, flow);
}

/** R6: a return or an exchange. */
export const returnFlow: FlowSpec<'return'> = {
  intent: () => 'return_request',
  needsOrder: true,
  resumable: true,
  takesFreeText: () => false,
  prompt: (t, f, order) => {
    if (order) promptReturn(t, order, f);
  },
  handle: (t, f, act, order) => (order ? continueReturn(t, order, f, act) : false),
};

/** Asking what is possible instead, in the six languages (folded). */
const asksOptions =
  /\b(?:options?|alternatives?|what else|what can you do|vous proposez quoi|que proposez|que pouvez vous|quoi alors|was konnt ihr|was konnen sie|was kannst du|welche moglichkeiten|que podeis|que puedes|que opciones|cosa potete|che alternative|o que podem|que opcoes)\b/u;

/** The alternatives to a refused return, in words as well as buttons. */
function sayAlternatives(t: Turn, alts: string[]): void {
  t.say('return.alternatives', { mdList: alts.map((a) => `- ${altLabel(t, a)}`).join('\n') });
}
