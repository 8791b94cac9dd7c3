import type { Act, Turn } from '../kit.js';
import { saysAny } from '../../nlu/acts/index.js';
import { briefSlots, type BriefSlot, type Flow } from '../types.js';
import { doneOptions, escapeAddress, expectation, looksLikeNewRequest } from './common.js';
import type { FlowSpec } from './spec.js';

export function startBrief(t: Turn, text: string): void {
  const flow: Extract<Flow, { name: 'brief' }> = {
    name: 'brief',
    step: 'item',
    brief: {},
    photos: [...t.s.attachments],
  };
  // A long first message already describes the piece.
  if (text.trim().split(/\s+/).length >= 5) flow.brief.item = text.trim().slice(0, 300);
  // "… something around A4 size", "30x40 cm": a size given up front is not asked for again.
  const size = sizeRe.exec(text)?.[0];
  if (size) flow.brief.size = size.trim();
  t.s.flow = flow;
  t.say('brief.intro');
  // "Could I talk to someone about a commission?": the form, with the person they asked for offered beside it.
  const talk = saysAny(text, t.s.lang, 'talkToSomeone');
  if (talk) t.say('brief.person_too');
  advanceBrief(t, flow);
  if (talk) {
    t.s.pendingHandoff = {
      rule: 'escalation.explicit_request',
      reason: 'The customer would like to talk a custom commission over with a person.',
      desired: text.trim().slice(0, 200),
    };
    t.addOptions([{ value: 'person', label: t.label('qr.person') }]);
  }
}

/** A size for a made-to-order piece: a paper format, width × height, or a length with its unit. */
const sizeRe =
  /\b(?:A[1-6]\b|\d{1,3}(?:[.,]\d)?\s?[x×]\s?\d{1,3}(?:[.,]\d)?(?:\s?(?:cm|mm|in|inch(?:es)?|zoll|pouces))?|\d{1,3}(?:[.,]\d)?\s?(?:cm|mm|inch(?:es)?|zoll|pouces)\b)/iu;

function nextSlot(flow: Extract<Flow, { name: 'brief' }>): BriefSlot | null {
  for (const s of briefSlots) {
    if (s === 'photos') {
      if (flow.brief.photos === undefined) return s;
    } else if (flow.brief[s] === undefined) return s;
  }
  return null;
}

function advanceBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>): void {
  const slot = nextSlot(flow);
  if (slot) {
    flow.step = slot;
    t.say(`brief.ask_${slot}`);
    t.options(
      slot === 'item'
        ? [{ value: 'cancel_flow', label: t.label('qr.never_mind') }]
        : [{ value: 'skip', label: t.label('qr.skip') }],
    );
    return;
  }
  flow.step = 'confirm';
  t.say('brief.confirm', { mdSummary: briefSummary(t, flow) });
  t.options([
    { value: 'yes', label: t.label('qr.yes_send'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
}

function briefSummary(t: Turn, flow: Extract<Flow, { name: 'brief' }>): string {
  const none = t.label('brief.none');
  const colon = t.lang === 'fr' ? '\u00a0:' : ':';
  const row = (slot: BriefSlot, v: string | undefined): string =>
    `- ${t.label(`brief.label_${slot}`)}${colon} **${v ? escapeAddress(v) : none}**`;
  return [
    row('item', flow.brief.item),
    row('size', flow.brief.size),
    row('text', flow.brief.text),
    row('colours', flow.brief.colours),
    row('photos', flow.photos.length > 0 ? String(flow.photos.length) : undefined),
    row('deadline', flow.brief.deadline),
  ].join('\n');
}

export function continueBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>, act: Act): boolean {
  if (act.choice === 'cancel_flow') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  if (flow.step === 'confirm') {
    if (act.choice === 'yes') {
      const brief = { ...flow.brief, photos: flow.photos, lang: t.lang };
      t.effect({ kind: 'createBrief', brief, key: t.key('brief') });
      t.note(`Custom-order brief created: ${flow.brief.item ?? ''}.`);
      t.s.flow = null;
      t.say('brief.done');
      expectation(t);
      doneOptions(t);
      t.resolved();
      return true;
    }
    if (act.choice === 'no') {
      flow.brief = {};
      flow.photos = [];
      t.say('brief.restart');
      advanceBrief(t, flow);
      return true;
    }
    return false;
  }
  const slot = flow.step;
  if (slot === 'photos') {
    if (act.attachments.length > 0) {
      flow.photos = [...flow.photos, ...act.attachments];
      flow.brief.photos = String(flow.photos.length);
      advanceBrief(t, flow);
      return true;
    }
    if (act.choice === 'skip' || act.affirm === 'no' || act.text.trim() !== '') {
      flow.brief.photos = flow.photos.length > 0 ? String(flow.photos.length) : '';
      advanceBrief(t, flow);
      return true;
    }
    return false;
  }
  if (act.choice === 'skip' || (act.affirm === 'no' && slot !== 'item')) {
    flow.brief[slot] = '';
    advanceBrief(t, flow);
    return true;
  }
  if (looksLikeNewRequest(act, t) && slot !== 'item') return false;
  const v = act.text.trim().slice(0, 300);
  if (v === '') return false;
  flow.brief[slot] = v;
  advanceBrief(t, flow);
  return true;
}

export function promptBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>): void {
  advanceBrief(t, flow);
}

/** R15: the brief of a custom order. */
export const briefFlow: FlowSpec<'brief'> = {
  intent: () => 'custom_request',
  needsOrder: false,
  resumable: true,
  takesFreeText: (f) => f.step !== 'confirm',
  prompt: (t, f) => promptBrief(t, f),
  handle: (t, f, act) => continueBrief(t, f, act),
};
