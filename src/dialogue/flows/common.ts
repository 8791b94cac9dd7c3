import type { Language, Order, OrderItem } from '../../domain/index.js';
import { fieldWords } from '../../nlu/acts/fields.js';
import { actsLexicons, saysAny, wordsAfterOnly } from '../../nlu/acts/index.js';
import { hasMessage, itemParams } from '../../voice/index.js';
import { foldText, valueAfterLead } from '../../nlu/acts/readers.js';
import { entity, type Act, type Turn } from '../kit.js';
import { skuChoice } from '../quick-replies.js';
import type { Entity } from '../types.js';

export function stageName(t: Turn, stage: string): string {
  const key = `stage.${stage}`;
  if (hasMessage(key)) return t.label(key);
  return t.ctx.policy.shop.stages.find((s) => s.id === stage)?.label ?? stage.replace(/_/g, ' ');
}

/** How replies name an order's item (its own title in the customer's language, with its gender). */
export function itemName(t: Turn, order: Order, sku?: string): ReturnType<typeof itemParams> {
  const item = (sku ? order.items.find((i) => i.sku === sku) : undefined) ?? order.items[0];
  return itemParams(item, t.lang);
}

/** Thanking for patience only fits when the customer has waited: the order is days old, or they asked before. */
export function customerWaited(t: Turn, order: Order): 'yes' | 'no' {
  const ageMs = t.now.getTime() - Date.parse(order.createdAt);
  return ageMs >= 2 * 86_400_000 || (t.ctx.priorContacts?.[order.id] ?? 0) > 0 ? 'yes' : 'no';
}

export function doneOptions(t: Turn): void {
  t.options([
    { value: 'done', label: t.label('qr.done'), yesno: 'no' },
    { value: 'menu', label: t.label('qr.something_else') },
  ]);
}

export function itemOptions(t: Turn, items: OrderItem[]): void {
  t.options(items.map((i) => ({ value: skuChoice(i.sku), label: itemParams(i, t.lang).item })));
}

/** Picks the item the customer means: by button, by position, or by naming it. */
export function pickItem(act: Act, items: OrderItem[], lang: Language = 'en'): OrderItem | null {
  const picked = act.picked;
  if (picked?.kind === 'sku') return items.find((i) => i.sku === picked.sku) ?? null;
  return guessItem(act.text, items, lang);
}

const stem = (w: string): string => w.replace(/s$/, '');

/**
 * The words an item goes by: its title, its title in the customer's language and what people
 * call its product type there ("Speckled stoneware mug", "Taza de gres moteada", "taza", "Tasse").
 */
function itemWords(i: OrderItem, lang: Language): string[] {
  const kinds = i.productType
    ? [
        ...(actsLexicons[lang].itemKinds[i.productType] ?? []),
        ...(lang === 'en' ? [] : (actsLexicons.en.itemKinds[i.productType] ?? [])),
        i.productType,
      ]
    : [];
  const titles = [i.title, i.titles?.[lang]?.title ?? ''];
  return [...titles, ...kinds]
    .flatMap((x) => foldText(x).split(' '))
    .filter((w) => w.length >= 3)
    .map(stem);
}

/**
 * The one item the text names ("the bowl" → "Serving bowl, ash glaze"). When two are named and one
 * of them is what did arrive ("the mug wasn't in the box, only the bowl"), the other one.
 */
export function guessItem(
  text: string,
  items: OrderItem[],
  lang: Language = 'en',
): OrderItem | null {
  const t = foldText(text);
  if (t === '') return null;
  const exact = items.filter((i) =>
    [i.title, i.titles?.[lang]?.title].some((x) => x && t.includes(foldText(x))),
  );
  if (exact.length === 1) return exact[0] ?? null;
  const words = new Set(
    t
      .split(' ')
      .filter((w) => w.length >= 3)
      .map(stem),
  );
  const hits = items.filter((i) => itemWords(i, lang).some((w) => words.has(w)));
  if (hits.length === 1) return hits[0] ?? null;
  if (hits.length > 1) {
    const arrived = new Set([...wordsAfterOnly(text, lang)].map(stem));
    const rest = hits.filter((i) => !itemWords(i, lang).some((w) => arrived.has(w)));
    if (rest.length === 1) return rest[0] ?? null;
    // "the hoops came but the mug wasn't in the box": the piece named where something is missing.
    const missingWords = new Set(
      clauses(text)
        .filter((part) => saysAny(part, lang, 'missing'))
        .flatMap((part) =>
          foldText(part)
            .split(/\s+/)
            .filter((w) => w.length >= 3)
            .map(stem),
        ),
    );
    const gone = hits.filter((i) => itemWords(i, lang).some((w) => missingWords.has(w)));
    if (gone.length === 1) return gone[0] ?? null;
  }
  return null;
}

/** Clauses of a message: sentences, and their halves around "but" ("mais", "aber", "ma", "pero", "mas"). */
function clauses(text: string): string[] {
  return text
    .split(/[.;!?\n]+|,|\b(?:but|mais|aber|sondern|ma|pero|mas)\b/iu)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export function fieldHint(text: string, entities: Entity[], keys: string[]): string | undefined {
  if (entity(entities, 'size') && keys.includes('size')) return 'size';
  if (entity(entities, 'colour') && keys.includes('colour')) return 'colour';
  const low = ` ${text.toLowerCase()} `;
  const direct = keys.find((k) => low.includes(k.replace(/_/g, ' ')));
  if (direct) return direct;
  for (const [field, words] of Object.entries(fieldWords)) {
    if (!words.some((w) => low.includes(w))) continue;
    const match = keys.find((k) => k === field || k.includes(field) || field.includes(k));
    if (match) return match;
    if (keys.length === 0) return field;
  }
  return undefined;
}

/** The fields every catalogue names (`field.*`, `field_the.*`); others are shown as written. */
const knownFields = new Set([
  'engraving',
  'photo',
  'size',
  'colour',
  'gift_note',
  'text',
  'metal',
  'chain',
  'initials',
  'glaze',
  'pet',
  'background',
]);

export function fieldLabel(t: Turn, field: string): string {
  return knownFields.has(field)
    ? t.label(`field.${field}` as 'field.engraving')
    : field.replace(/_/g, ' ');
}

/**
 * A field's name for a sentence: bare (`field`), with its own article (`fieldThe`: "la talla",
 * "l’incisione", "as iniciais") and the same capitalised (`FieldThe`), so templates never put one
 * language's article before every field.
 */
export function fieldParams(
  t: Turn,
  field: string,
): { field: string; fieldThe: string; FieldThe: string } {
  const name = fieldLabel(t, field);
  const fieldThe = knownFields.has(field)
    ? t.label(`field_the.${field}` as 'field_the.engraving')
    : t.label('field_the.other', { name });
  return { field: name, fieldThe, FieldThe: fieldThe.charAt(0).toUpperCase() + fieldThe.slice(1) };
}

/**
 * A long or question-like message with a confident intent is a new request, not a slot value;
 * the request the flow is already serving, said again ("idk just send it to my new place" where
 * the address was asked for), is an answer, however sure.
 */
/** A reply without its "please" (six languages), so "C + M s'il vous plaît" counts as the three words it is. */
export function withoutPlease(text: string): string {
  return text
    .replace(
      /\b(please|pls|plz|bitte|por favor|porfa|per favore|s['’]il (?:vous|te) pla[iî]t|svp|stp)(?=[\s,.!?]|$)/giu,
      ' ',
    )
    .trim();
}

export function looksLikeNewRequest(act: Act, t: Turn): boolean {
  const u = act.u;
  if (
    !u ||
    entity(u.entities, 'quoted_text') ||
    entity(u.entities, 'value_change') ||
    entity(u.entities, 'address')
  )
    return false;
  // "desculpe, quis dizer Inês Sofia": a correction of the answer, however it reads.
  if (
    saysAny(act.text, t.lang, 'ownMistake') ||
    /\b(?:quis|quise|queria|quer[ií]a) dizer\b|\bquise decir\b|\bi meant\b/iu.test(act.text)
  )
    return false;
  // "vc pode colocar Sophia? com ph": a lead-in, then a short name, is the value asked for.
  const led = valueAfterLead(act.text);
  if (led && led.split(/\s+/).length <= 3 && /^["“‘«]?[\p{Lu}\p{N}]/u.test(led)) return false;
  const words = withoutPlease(act.text).split(/\s+/).length;
  const confident =
    u.confidence >= t.ctx.clarifyThreshold &&
    !['other', 'greeting', 'thanks', 'change_details'].includes(u.intent) &&
    u.intent !== t.s.intent;
  const question = /[?¿]/.test(act.text);
  return (confident && (words > 5 || question)) || (question && words > 4);
}

/** R10: when a person will answer, honestly, from the shop's business hours. */
export function expectation(t: Turn): void {
  const e = t.ctx.policy.responseExpectation(t.now);
  if (e.openNow) t.say('handoff.when_open');
  else t.say('handoff.when_closed', { when: t.instant(e.nextOpenAt) });
}

export function escapeAddress(s: string): string {
  return s
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}

/** Words that put one thing before another ("rather than", "plutôt que", "lieber … als", "piuttosto che"). */
const ratherThanRe =
  /\b(?:rather than|instead of|plut[oô]t que?|plut[oô]t qu['’]|au lieu d['’eu]|statt|anstatt|anstelle|piuttosto che|invece d(?:i|el|ella)|anzich[eé]|al posto d(?:i|el|ella)|en vez de|en lugar de|em vez de|ao inv[eé]s de|em lugar de)/iu;

/** The words before "rather than" (for German, before the "als" after "lieber"); null without one. */
export function preferenceCut(text: string): string | null {
  const m = ratherThanRe.exec(text);
  if (m && m.index > 0) return text.slice(0, m.index);
  const de = /\blieber\b[^.!?]*?\bals\b/iu.exec(text);
  if (de) return text.slice(0, de.index + de[0].length - 3);
  return null;
}
