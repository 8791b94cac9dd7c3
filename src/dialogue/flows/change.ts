import type { Language, Order, OrderItem } from '../../domain/index.js';
import {
  afterAnswer,
  readAnswer,
  readNewValue,
  readValueChange,
  saysAny,
  wantedValue,
} from '../../nlu/acts/index.js';
import { correctedValue, extractValue, foldText, isQuestionLike } from '../../nlu/acts/readers.js';
import { extractEntities } from '../../nlu/entities.js';
import { readSizeNumbers } from '../../nlu/entities/sizes.js';
import { escalate, offerPerson } from '../handoff.js';
import { orderNumberCandidates } from '../identity.js';
import { entity, type Act, type Turn } from '../kit.js';
import { fieldChoice } from '../quick-replies.js';
import { refusalFor, type PolicyDecision } from '../rules.js';
import type { ChangeFlow, Entity } from '../types.js';
import {
  doneOptions,
  fieldHint,
  fieldLabel,
  fieldParams,
  guessItem,
  itemOptions,
  looksLikeNewRequest,
  pickItem,
  stageName,
} from './common.js';
import type { FlowSpec } from './spec.js';
import { itemParams } from '../../voice/index.js';

export function startChange(t: Turn, order: Order, entities: Entity[], text: string): void {
  const items = order.items.filter((i) => i.personalized);
  if (items.length === 0) {
    t.say('change.nothing_personal', { orderNumber: order.id });
    offerPerson(t, {
      rule: 'change.not_personalized',
      reason: 'Customer asked to change an order with no personalised item.',
      desired: text.slice(0, 200),
    });
    return;
  }
  const quotes = entities.filter((e) => e.type === 'quoted_text').map((e) => e.value);
  // Old → new in one message ("from Mia to Maia"): taken together, read back once.
  const change = valueChange(t, entities, text);
  const flow: ChangeFlow = { name: 'change', step: 'item' };
  const holding = change
    ? items.filter((i) =>
        Object.values(i.personalization).some((v) => foldText(String(v)) === foldText(change.old)),
      )
    : [];
  const first =
    items.length === 1
      ? items[0]
      : holding.length === 1
        ? holding[0]
        : guessItem(text, items, t.lang);
  if (first) flow.sku = first.sku;
  const keys = first ? Object.keys(first.personalization) : [];
  const byOld =
    change && first
      ? keys.find((k) => foldText(String(first.personalization[k] ?? '')) === foldText(change.old))
      : undefined;
  // "qu'on grave Lou", "ci deve essere scritto Sofia": words to write are the piece's words.
  const hint =
    byOld ??
    fieldHint(text, entities, keys) ??
    (wantedValue(text, t.lang) !== null ? textField(keys) : undefined);
  if (hint) flow.field = hint;
  // Only the new value, named with the request ("can I still change the name to Maia?").
  // A size or a colour elsewhere in the message ("… and is the necklace silver?") is not the new
  // words of an engraving: the value named with the change comes first, and a colour is only the
  // value of a change that is not about the words.
  const words = hint !== undefined && hint === textField([hint]);
  // "il me faut du 5 et demi", "statt 7 brauche ich siebeneinhalb": a size is read as a number.
  const size = hint === 'size' && first ? sizeIn(change?.value ?? text, first) : undefined;
  // « C + L » and « C & L » in one message: the one that isn't on the piece already is the new text.
  // (Symbols count: "C + L" and "C & L" differ though they fold alike.)
  const plain = (v: string): string => v.toLowerCase().replace(/\s+/g, ' ').trim();
  const onPiece = first && hint ? plain(String(first.personalization[hint] ?? '')) : '';
  const quoted = quotes.find((q) => plain(q) !== onPiece) ?? quotes[0];
  const value =
    size ??
    change?.value ??
    quoted ??
    newSize(entities, first ?? undefined) ??
    readNewValue(text, t.lang) ??
    (words ? undefined : entity(entities, 'colour'));
  if (value && value.trim() !== '') flow.value = value.trim().slice(0, 60);
  t.s.flow = flow;
  advanceChange(t, order, flow, true);
}

function advanceChange(t: Turn, order: Order, flow: ChangeFlow, fresh: boolean): void {
  const items = order.items.filter((i) => i.personalized);
  if (!flow.sku) {
    t.say('change.which_item');
    itemOptions(t, items);
    flow.step = 'item';
    return;
  }
  const item = items.find((i) => i.sku === flow.sku);
  if (!item) {
    flow.sku = undefined as unknown as string;
    delete flow.sku;
    return advanceChange(t, order, flow, fresh);
  }
  const keys = Object.keys(item.personalization);
  if (!flow.field && keys.length > 1) {
    // Say no before asking which detail, when nothing on the piece can change any more.
    const d = t.ctx.policy.decideChange(order, item.sku, keys[0] ?? 'engraving', t.now);
    if (d.outcome !== 'allow') return refuseChange(t, order, item, keys[0] ?? 'engraving', d);
  }
  if (!flow.field) {
    if (keys.length === 1 && keys[0]) flow.field = keys[0];
    else if (keys.length === 0) flow.field = 'engraving';
    else {
      t.say('change.which_field', { ...itemParams(item, t.lang) });
      t.options(keys.map((k) => ({ value: fieldChoice(k), label: fieldLabel(t, k) })));
      flow.step = 'field';
      return;
    }
  }
  const decision = t.ctx.policy.decideChange(order, item.sku, flow.field, t.now);
  if (decision.outcome !== 'allow') return refuseChange(t, order, item, flow.field, decision);
  if (fresh) t.say('change.allowed', { orderNumber: order.id, ...itemParams(item, t.lang) });
  const current = item.personalization[flow.field];
  // "Change it to Mia" when it already says Mia: said so, nothing to confirm; a new value is asked.
  if (flow.value && current && flow.field !== 'photo' && flow.value.trim() === current.trim()) {
    t.say('change.same_value', { current: shownValue(flow.field, current, t.lang) });
    delete flow.value;
    flow.step = 'value';
    t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
    return;
  }
  if (!flow.value) {
    flow.step = 'value';
    if (flow.field === 'photo') t.say('change.ask_photo');
    else if (current)
      t.say('change.ask_value_current', {
        ...fieldParams(t, flow.field),
        current: shownValue(flow.field, current, t.lang),
      });
    else t.say('change.ask_value', fieldParams(t, flow.field));
    t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
    return;
  }
  confirmChange(t, item, flow);
}

/** A size as the customer's language writes it: "7,5" outside English. */
export function shownValue(field: string, value: string, lang: Language): string {
  return field === 'size' && lang !== 'en' ? value.replace(/^(\d+)\.(\d+)$/, '$1,$2') : value;
}

function confirmChange(t: Turn, item: OrderItem, flow: ChangeFlow): void {
  flow.step = 'confirm';
  const field = flow.field ?? 'engraving';
  const current = item.personalization[field];
  const value = field === 'photo' ? t.label('change.new_photo') : (flow.value ?? '');
  if (current && field !== 'photo')
    t.say('change.confirm_from', {
      ...fieldParams(t, field),
      ...itemParams(item, t.lang),
      value: shownValue(field, value, t.lang),
      current: shownValue(field, current, t.lang),
    });
  else
    t.say('change.confirm', {
      ...fieldParams(t, field),
      ...itemParams(item, t.lang),
      value: shownValue(field, value, t.lang),
    });
  t.options([
    { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
}

function refuseChange(
  t: Turn,
  order: Order,
  item: OrderItem,
  field: string,
  d: PolicyDecision,
): void {
  t.emit({
    type: 'change.refused',
    orderId: order.id,
    rule: d.rule,
    reason: d.reason,
    itemSku: item.sku,
    field,
  });
  t.note(`Change of ${field} on ${item.sku} refused: ${d.rule} (${d.reason}).`);
  t.s.flow = null;
  if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
    escalate(t, { rule: d.rule, reason: d.reason, desired: `Change ${field}`, priority: 2 });
    return;
  }
  t.say(refusalFor(d.rule, 'change.refused_window'), {
    ...itemParams(item, t.lang),
    stage: stageName(t, order.stage),
  });
  if (d.facts['sellerSpecific'] === true) t.say('return.seller_rule');
  t.say('change.refused_options');
  offerPerson(
    t,
    {
      rule: d.rule,
      reason: `Exception requested: ${d.reason}`,
      desired: `Change ${field} on ${item.title}`,
    },
    [{ value: 'intent:custom_request', label: t.label('qr.new_order') }],
  );
}

export function continueChange(t: Turn, order: Order, flow: ChangeFlow, act: Act): boolean {
  const items = order.items.filter((i) => i.personalized);
  if (act.choice === 'cancel_flow') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, items, t.lang);
      if (!item) return false;
      flow.sku = item.sku;
      advanceChange(t, order, flow, false);
      return true;
    }
    case 'field': {
      const item = items.find((i) => i.sku === flow.sku);
      const keys = item ? Object.keys(item.personalization) : [];
      const f =
        act.picked?.kind === 'field'
          ? act.picked.field
          : fieldHint(act.text, act.u?.entities ?? [], keys);
      if (!f || !keys.includes(f)) {
        // "Maia" to "what would you like to change?": a name is the new text of the piece's words.
        const words = textField(keys);
        const v = words && item && !act.affirm && !act.closing ? newValue(t, act) : null;
        if (!words || !item || !v || v.split(/\s+/).length > 4 || looksLikeNewRequest(act, t))
          return false;
        const d = t.ctx.policy.decideChange(order, item.sku, words, t.now);
        if (d.outcome !== 'allow') return false;
        flow.field = words;
        if (sameText(v, String(item.personalization[words] ?? ''))) return keep(t, item, flow);
        flow.value = v.slice(0, 60);
        confirmChange(t, item, flow);
        return true;
      }
      flow.field = f;
      advanceChange(t, order, flow, false);
      return true;
    }
    case 'value': {
      const item = items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      if (flow.field === 'photo') {
        if (act.attachments.length === 0) return false;
        flow.value = act.attachments[0] ?? '';
        confirmChange(t, item, flow);
        return true;
      }
      if (keepsValue(t, act, item, flow)) return keep(t, item, flow);
      if (act.affirm === 'no' && act.text.split(/\s+/).length <= 3) {
        t.s.flow = null;
        t.say('flow.left_as_is');
        doneOptions(t);
        return true;
      }
      // "oui, du 5 et demi", "mi serve il 7 e mezzo": the size the sentence names, halves included.
      const size = flow.field === 'size' && act.u ? sizeIn(act.text, item) : undefined;
      if (size) {
        if (sameText(size, String(item.personalization.size ?? ''))) return keep(t, item, flow);
        flow.value = size;
        confirmChange(t, item, flow);
        return true;
      }
      const given =
        valueChange(t, act.u?.entities ?? [], act.text) ??
        entity(act.u?.entities ?? [], 'quoted_text');
      if (!given && (act.affirm === 'yes' || act.closing)) {
        // "yes", "ok", "thanks" are not an engraving; "yes, Maia" carries it after the yes.
        const rest = afterAnswer(act.text, t.lang);
        const v = rest !== '' ? newValue(t, { ...act, text: rest }) : null;
        if (!v) {
          t.invalid('change.ask_exact', fieldParams(t, flow.field ?? 'engraving'));
          return true;
        }
        if (sameText(v, String(item.personalization[flow.field ?? ''] ?? '')))
          return keep(t, item, flow);
        flow.value = v;
        confirmChange(t, item, flow);
        return true;
      }
      // "her name is Maia not Mia": the old value named is the one on the piece, so this is the answer.
      const current = foldText(String(item.personalization[flow.field ?? ''] ?? ''));
      const namesCurrent = !!given && typeof given !== 'string' && foldText(given.old) === current;
      if (!namesCurrent && looksLikeNewRequest(act, t)) return false;
      // "the necklace one, 1001": naming the order the change is on picks it; the text is still to come.
      if (!given && orderNumberCandidates(act.text).includes(order.id)) {
        advanceChange(t, order, flow, false);
        return true;
      }
      // "what does it say now?": a question back, not the new text; say what's on it and ask again.
      if (!given && asksBack(act)) {
        advanceChange(t, order, flow, false);
        return true;
      }
      const v = newValue(t, act);
      if (!v) {
        t.invalid('change.value_unclear', fieldParams(t, flow.field ?? 'engraving'));
        return true;
      }
      if (sameText(v, String(item.personalization[flow.field ?? ''] ?? '')))
        return keep(t, item, flow);
      flow.value = v;
      confirmChange(t, item, flow);
      return true;
    }
    case 'confirm': {
      const item = items.find((i) => i.sku === flow.sku);
      if (!item || !flow.field) return false;
      if (keepsValue(t, act, item, flow)) return keep(t, item, flow);
      if (act.choice === 'yes') {
        // "Oui c'est bien ça. Ah et finalement je fais du 6 et demi": a yes that brings another
        // value of the same detail reads the new one back; another detail is taken up once this
        // one is saved ("yes that's right. oh and I wear a 7 and a half").
        const more = act.u ? afterAnswer(act.text, t.lang) : '';
        const further =
          more.split(/\s+/).length >= 2 && readAnswer(more, t.lang) === null ? more : '';
        if (further && flow.field === 'size') {
          const v = sizeIn(further, item);
          if (v && !sameText(v, flow.value ?? '')) {
            flow.value = v;
            confirmChange(t, item, flow);
            return true;
          }
        }
        // Decide again: the window may have closed since the question was asked.
        const d = t.ctx.policy.decideChange(order, item.sku, flow.field, t.now);
        if (d.outcome !== 'allow') {
          refuseChange(t, order, item, flow.field, d);
          return true;
        }
        const after = flow.value ?? '';
        t.effect({
          kind: 'recordChange',
          orderId: order.id,
          itemSku: item.sku,
          field: flow.field,
          before: item.personalization[flow.field] ?? null,
          after,
          decision: d,
          key: t.key('change'),
        });
        t.note(
          `Recorded change of ${flow.field} on ${item.sku}: "${item.personalization[flow.field] ?? ''}" → "${after}".`,
        );
        t.say('change.done', {
          ...fieldParams(t, flow.field),
          value:
            flow.field === 'photo'
              ? t.label('change.new_photo')
              : shownValue(flow.field, after, t.lang),
          orderNumber: order.id,
        });
        t.s.flow = null;
        t.resolved();
        if (further && anotherChange(t, order, item, flow.field, further)) return true;
        doneOptions(t);
        return true;
      }
      if (act.choice === 'no') {
        const corrected = correctionWithNo(t, act);
        if (corrected) {
          const current = String(item.personalization[flow.field] ?? '');
          const same = sameText(corrected.value, current);
          if (same && corrected.sameKeeps) return keep(t, item, flow);
          if (!same) {
            flow.value = corrected.value;
            confirmChange(t, item, flow);
            return true;
          }
        }
        flow.step = 'value';
        delete flow.value;
        t.say(flow.field === 'photo' ? 'change.ask_photo' : 'change.ask_value_again', {
          ...fieldParams(t, flow.field),
        });
        t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
        return true;
      }
      if (flow.field === 'photo' && act.attachments[0]) {
        flow.value = act.attachments[0];
        confirmChange(t, item, flow);
        return true;
      }
      // "actually make it Emma": a new value replaces the old one and is read back again.
      if (act.affirm || act.closing) return false;
      const v = looksLikeNewRequest(act, t)
        ? null
        : ((flow.field === 'size' && act.u ? sizeIn(act.text, item) : undefined) ??
          newValue(t, act));
      if (!v) return false;
      if (sameText(v, String(item.personalization[flow.field] ?? ''))) return keep(t, item, flow);
      flow.value = v;
      confirmChange(t, item, flow);
      return true;
    }
  }
}

/**
 * A change of another detail named after a yes ("… oh and I wear a 7 and a half"): started on the
 * same order, its new value read back before anything is saved. False when `text` names none.
 */
function anotherChange(
  t: Turn,
  order: Order,
  item: OrderItem,
  done: string,
  text: string,
): boolean {
  const entities = extractEntities(text, { lang: t.lang, now: t.now });
  const keys = Object.keys(item.personalization);
  const field =
    fieldHint(text, entities, keys) ??
    (keys.includes('size') && readSizeNumbers(text).length > 0 ? 'size' : undefined);
  if (!field || field === done) return false;
  const value =
    field === 'size'
      ? sizeIn(text, item)
      : (entity(entities, 'quoted_text') ?? readNewValue(text, t.lang) ?? undefined);
  if (!value) return false;
  const flow: ChangeFlow = { name: 'change', step: 'value', sku: item.sku, field };
  t.s.flow = flow;
  t.note(`A further change asked with the yes: ${field} → "${value}".`);
  flow.value = value.trim().slice(0, 60);
  confirmChange(t, item, flow);
  return true;
}

export function promptChange(t: Turn, order: Order, flow: ChangeFlow): void {
  const item = order.items.find((i) => i.sku === flow.sku);
  if (flow.step === 'confirm' && item) return confirmChange(t, item, flow);
  advanceChange(t, order, flow, false);
}

/** R3: a change to the personalisation of an item. */
export const changeFlow: FlowSpec<'change'> = {
  intent: () => 'change_details',
  needsOrder: true,
  resumable: true,
  takesFreeText: (f) => f.step === 'value',
  prompt: (t, f, order) => {
    if (order) promptChange(t, order, f);
  },
  handle: (t, f, act, order) => (order ? continueChange(t, order, f, act) : false),
};

/** Old → new value in one message, from the NLU's `value_change` entity or the acts lexicon. */
function valueChange(
  t: Turn,
  entities: Entity[],
  text: string,
): { old: string; value: string } | null {
  const e = entities.find((x) => x.type === 'value_change' && x.old);
  if (e?.old) return { old: e.old, value: e.value };
  return readValueChange(text, t.lang);
}

/**
 * A new value typed as the answer: the new side of "Mia → Maia", a quoted part, or the text
 * without lead-ins. Null when it reads as a sentence about the change rather than the value.
 */
function newValue(t: Turn, act: Act): string | null {
  const ents = act.u?.entities ?? [];
  const change = valueChange(t, ents, act.text);
  if (change) return change.value.slice(0, 60);
  const quoted = entity(ents, 'quoted_text');
  const v = extractValue(act.text, quoted);
  if (!v) return null;
  // "I want to change the name on the necklace please" describes the change; it is not the text.
  if (
    !quoted &&
    v.split(/\s+/).length > 5 &&
    act.u &&
    act.u.confidence >= t.ctx.clarifyThreshold &&
    act.u.intent === 'change_details'
  )
    return null;
  return v;
}

/**
 * The corrected value a "no" at the read-back brings, read in turn: after a word of correcting or
 * in quotes ("nein, lieber C & M"), after a short lead ("não, pode ser Maya"), then as a value
 * change or a new name ("no wait, make it Maia"). Null when it brings none. The first two readings
 * of the value the piece already has mean keeping it; the last one's is no correction at all.
 */
function correctionWithNo(t: Turn, act: Act): { value: string; sameKeeps: boolean } | null {
  if (act.u === null) return null;
  const led = correctedValue(
    afterAnswer(act.text, t.lang, true),
    entity(act.u.entities, 'quoted_text'),
  );
  if (led && !looksLikeNewRequest(act, t)) return { value: led, sameKeeps: true };
  const instead = valueAfterNo(t, act);
  if (instead) return { value: instead, sameKeeps: true };
  const named =
    valueChange(t, act.u.entities, act.text)?.value ??
    readNewValue(act.text, t.lang) ??
    nameAfterNo(act.text);
  return named ? { value: named.slice(0, 60), sameKeeps: false } : null;
}

/**
 * The value after a typed no ("não, pode ser Maya", "no, que ponga Lucía"): the words after the
 * no's comma, without a yes or a lead-in. Only a value that reads as one counts: written with a
 * capital or in quotes, or introduced by a lead-in; "no, está mal" is not a value.
 */
function valueAfterNo(t: Turn, act: Act): string | null {
  if (act.u === null) return null;
  const cut = /^[^,.;:!]{1,24}[,.;:!]+\s*(.+)$/su.exec(act.text.trim());
  if (!cut?.[1]) return null;
  const rest = afterAnswer(cut[1], t.lang);
  if (rest === '' || readAnswer(rest, t.lang) !== null) return null;
  const quoted = entity(act.u.entities, 'quoted_text');
  const v = extractValue(rest, quoted);
  if (!v || v.split(/\s+/).length > 4) return null;
  if (saysAny(v, t.lang, 'keep') || saysAny(v, t.lang, 'negation')) return null;
  const led = rest.length > v.length + 2 || cut[1].trim().length > rest.length + 1;
  if (!quoted && !led && !/^\p{Lu}/u.test(v)) return null;
  return v.slice(0, 60);
}

/** "keep it as Mia", "no change after all", or the old value itself: nothing changes. */
function keepsValue(t: Turn, act: Act, item: OrderItem, flow: ChangeFlow): boolean {
  // Typed words only: a button's label ("No, change it") is not the customer's sentence.
  if (act.u === null) return false;
  if (!saysAny(act.text, t.lang, 'keep')) return false;
  // "yes, keep Maia" about the proposed new value is a yes.
  const proposed = flow.value ? foldText(flow.value) : null;
  const current = foldText(String(item.personalization[flow.field ?? ''] ?? ''));
  const text = ` ${foldText(act.text)} `;
  if (proposed && proposed !== current && text.includes(` ${proposed} `)) return false;
  return true;
}

function keep(t: Turn, item: OrderItem, flow: ChangeFlow): boolean {
  const field = flow.field ?? 'engraving';
  t.s.flow = null;
  t.note(`Customer kept the ${field} of ${item.sku} as it was.`);
  t.say('change.kept', {
    ...fieldParams(t, field),
    value: shownValue(field, String(item.personalization[field] ?? ''), t.lang),
  });
  doneOptions(t);
  return true;
}

/** "hmm no, Mya": a short name right after the no (capitalised or quoted, so "no, change it" is not one). */
function nameAfterNo(text: string): string | null {
  const rest = text
    .trim()
    .replace(/^(?:(?:hmm+|umm*|uh|oh|wait|sorry|actually|no+|nope|nah)\b[\s,.!-]*)+/iu, '')
    .replace(/[.!]+$/u, '')
    .trim();
  if (rest === '' || rest === text.trim() || rest.split(/\s+/).length > 3) return null;
  const q = /^["“‘](.+)["”’]$/u.exec(rest);
  if (q?.[1]) return q[1];
  // Every word a name ("Mya Rose"); "Maia is fine" is not a new value.
  return rest.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&+]/u.test(w)) ? rest : null;
}

/**
 * A question typed where the new text was asked for ("what's it currently say?"): a question mark or
 * question start, nothing quoted, and no word written as a name after the first.
 */
function asksBack(act: Act): boolean {
  if (!act.u || entity(act.u.entities, 'quoted_text')) return false;
  if (!isQuestionLike(act.text)) return false;
  return !act.text
    .trim()
    .split(/\s+/)
    .slice(1)
    .some((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * The size asked for: with two sizes named ("the size 7 is too small, make it size 8"), the one
 * that isn't on the piece already.
 */
function newSize(entities: Entity[], item: OrderItem | undefined): string | undefined {
  const sizes = entities.filter((e) => e.type === 'size').map((e) => e.value);
  const current = item ? String(item.personalization.size ?? '') : '';
  return sizes.find((v) => foldText(v) !== foldText(current)) ?? sizes[0];
}

/**
 * The size a sentence asks for ("j'ai mis 5 mais il me faut du 5 et demi", "mi serve il 7 e mezzo
 * invece del 7"): the first ring-size number that is not the one on the piece, halves as "7.5".
 */
function sizeIn(text: string, item: OrderItem): string | undefined {
  const current = foldText(String(item.personalization.size ?? ''));
  const sizes = readSizeNumbers(text);
  return sizes.find((s) => s.value !== current)?.value;
}

/** The field that holds the words on a piece (engraving, text, initials), if it has one. */
function textField(keys: string[]): string | undefined {
  return ['engraving', 'text', 'initials', 'name'].find((k) => keys.includes(k));
}

/** The same text as written: case and spacing aside, accents and signs count ("Mía" is not "Mia"). */
function sameText(a: string, b: string): boolean {
  const n = (x: string): string => x.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}
