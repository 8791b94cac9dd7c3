import type { Language } from '../domain/order.js';
import { formatAmount, formatDateRange } from './format.js';
import { phrase, type PhraseId, type PhraseParams } from './phrases.js';
import type { AssistContext } from './types.js';

export type Suggestion = {
  id: PhraseId;
  /** Short label for the rep's button. */
  label: string;
  /** The reply in the customer's language, ready to edit and send. */
  text: string;
  /** The same reply in the rep's language, to read before sending. */
  repText: string;
  /** The rule or fact the reply rests on, so the rep can see it isn't guesswork. */
  basis: string;
};

const labels: Record<PhraseId, string> = {
  intro: 'Introduce yourself',
  status: 'Order status and ship window',
  statusDelayed: 'Apologise for the delay, new window',
  shipped: 'Shipped: carrier and tracking',
  delivered: 'Delivered: offer help',
  qualityApology: 'Apologise and ask for a photo',
  changeRefused: 'Explain the piece is in production',
  changeConfirm: 'Read back and confirm the details',
  refundPending: 'Refund is waiting for approval',
  refundApproved: 'Refund approved',
  refundDeclined: 'Refund declined',
  takenOver: 'Joined the chat',
  handedBack: 'Handed back to the assistant',
  exceptionApproved: 'Exception approved',
  exceptionDeclined: 'Exception declined',
  closing: 'Anything else?',
};

const qualityIntents = new Set(['damaged_item', 'wrong_item', 'missing_item']);

/**
 * Suggested replies grounded in the order and the policy decisions taken (A3): every fact a reply
 * states comes from `ctx.order`, `ctx.decisions` or `ctx.pendingRefund`; nothing is promised
 * that those don't say. Written in the customer's language and the shop's voice.
 */
export function suggestReplies(ctx: AssistContext): Suggestion[] {
  const out: { id: PhraseId; basis: string; params?: (lang: Language) => Partial<PhraseParams> }[] =
    [];
  const o = ctx.order;
  const decisions = ctx.decisions ?? [];

  out.push({ id: 'intro', basis: 'take-over introduction' });

  if (ctx.pendingRefund) {
    const r = ctx.pendingRefund;
    out.push({
      id: 'refundPending',
      basis: `refund of ${r.amount} ${r.currency} waits for approval`,
      params: (lang) => ({ amount: formatAmount(r.amount, r.currency, lang) }),
    });
  }
  // It asks for a photo and offers remedies at once: not once the photo is here, nor when the
  // remedy waits for a person (a refund for approval, an escalation).
  const photoSent = (ctx.messages ?? []).some(
    (m) => m.sender === 'customer' && (m.attachmentIds?.length ?? 0) > 0,
  );
  const remedyReserved =
    Boolean(ctx.pendingRefund) ||
    decisions.some((d) => d.outcome === 'needs_approval' || d.outcome === 'escalate');
  if (ctx.intent && qualityIntents.has(ctx.intent) && !photoSent && !remedyReserved)
    out.push({ id: 'qualityApology', basis: `intent ${ctx.intent}; quality remedies per policy` });

  const change = decisions.find((d) => d.rule.startsWith('change'));
  if (change && o) {
    if (change.outcome === 'deny')
      out.push({ id: 'changeRefused', basis: `${change.rule}: ${change.reason}` });
    if (change.outcome === 'allow')
      out.push({ id: 'changeConfirm', basis: `${change.rule}: ${change.reason}` });
  }

  if (o) {
    if (o.fulfillmentStatus === 'delivered')
      out.push({ id: 'delivered', basis: 'fulfilment: delivered' });
    else if (o.fulfillmentStatus === 'shipped')
      out.push({
        id: 'shipped',
        basis: `fulfilment: shipped${o.carrier ? ` with ${o.carrier}` : ''}`,
      });
    else if (o.shipWindow) {
      const w = o.shipWindow;
      out.push({
        id: o.delayed ? 'statusDelayed' : 'status',
        basis: `stage ${o.stageLabel}; ship window ${w.start} – ${w.end} (business days)`,
        params: (lang) => ({ window: formatDateRange(w.start, w.end, lang) }),
      });
    }
  }
  out.push({ id: 'closing', basis: 'close the loop' });

  const repLang = ctx.repLang ?? 'en';
  const render = (id: PhraseId, lang: Language, extra: Partial<PhraseParams>) => {
    const params: PhraseParams = {
      shop: ctx.voice.shopName,
      formal: ctx.voice.formality === 'formal',
      name: o?.customerName?.split(/\s+/)[0],
      rep: ctx.repName,
      order: o?.id,
      stage: o?.stageLabel,
      carrier: o?.carrier ?? undefined,
      tracking: o?.trackingUrl ?? undefined,
      ...extra,
    };
    let text = phrase(id, lang, params);
    if (id === 'closing' && ctx.voice.signOff) text += `\n\n${ctx.voice.signOff}`;
    return text;
  };
  return out.map((s) => ({
    id: s.id,
    label: labels[s.id],
    text: render(s.id, ctx.lang, s.params?.(ctx.lang) ?? {}),
    repText: render(s.id, repLang, s.params?.(repLang) ?? {}),
    basis: s.basis,
  }));
}

/** What the customer is told in the widget when a rep decides on a refund waiting for approval (A6). */
export function approvalNotice(input: {
  approve: boolean;
  amount: string;
  currency: string;
  lang: Language;
  voice: AssistContext['voice'];
}): string {
  const params: PhraseParams = {
    shop: input.voice.shopName,
    formal: input.voice.formality === 'formal',
    amount: formatAmount(input.amount, input.currency, input.lang),
  };
  return phrase(input.approve ? 'refundApproved' : 'refundDeclined', input.lang, params);
}

/** What the customer is told when an approver decides on a request for a policy exception. */
export function exceptionNotice(input: {
  approve: boolean;
  lang: Language;
  voice: AssistContext['voice'];
}): string {
  return phrase(input.approve ? 'exceptionApproved' : 'exceptionDeclined', input.lang, {
    shop: input.voice.shopName,
    formal: input.voice.formality === 'formal',
  });
}

/** The line the customer sees when a rep takes over the chat. */
/** Tells the customer a rep has handed the chat back to the assistant, in their language. */
export function handBackNotice(input: {
  repName?: string;
  lang: Language;
  voice: AssistContext['voice'];
}): string {
  return phrase('handedBack', input.lang, {
    shop: input.voice.shopName,
    formal: input.voice.formality === 'formal',
    rep: input.repName,
  });
}

export function takeOverNotice(input: {
  repName?: string;
  lang: Language;
  voice: AssistContext['voice'];
}): string {
  return phrase('takenOver', input.lang, {
    shop: input.voice.shopName,
    formal: input.voice.formality === 'formal',
    rep: input.repName,
  });
}
