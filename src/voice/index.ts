import { IntlMessageFormat } from 'intl-messageformat';
import { minorDigits } from '../domain/money.js';
import type { GrammaticalGender, Language, OrderItem } from '../domain/index.js';
import {
  catalogues,
  familiarCatalogues,
  formalCatalogues,
  type MessageId,
} from './messages/index.js';

export type { MessageId } from './messages/index.js';
export { catalogues, hasMessage } from './messages/index.js';

/** A shop's voice (policy `shop.voice`): who speaks and how. */
export type VoiceSettings = {
  assistantName: string;
  /** Replaces the built-in greeting: one text, or one per language. */
  greeting?: string | Partial<Record<Language, string>> | undefined;
  signOff?: string | Partial<Record<Language, string>> | undefined;
  formality: 'informal' | 'formal';
  emoji: boolean;
  avoidWords: string[];
};

export const defaultVoice: VoiceSettings = {
  assistantName: 'Makerdesk',
  formality: 'informal',
  emoji: false,
  avoidWords: [],
};

/** `familiar`: the customer writes in the familiar register (German du), so replies follow where a text exists. */
export type SayOptions = { lang: Language; voice: VoiceSettings; familiar?: boolean };
export type Params = Record<string, string | number>;

/**
 * How replies name an item: the shop's own title in the customer's language when the order has
 * one, else the title it was sold under, with the grammatical gender templates agree with
 * (`other` when unknown: the form that fits a name in another language).
 */
export function itemParams(
  item: Pick<OrderItem, 'title' | 'titles'> | undefined,
  lang: Language,
): { item: string; itemGender: GrammaticalGender | 'other' } {
  if (!item) return { item: '', itemGender: 'other' };
  const local = item.titles?.[lang];
  if (local) return { item: local.title, itemGender: local.gender ?? 'other' };
  return { item: item.title, itemGender: 'other' };
}

type Compiled = Map<Language, Map<MessageId, IntlMessageFormat>>;
/**
 * Compiled templates by formality, then plain or familiar register, then language and message:
 * no key string made per reply.
 */
const compiled: Record<VoiceSettings['formality'], [Compiled, Compiled]> = {
  informal: [new Map() as Compiled, new Map() as Compiled],
  formal: [new Map() as Compiled, new Map() as Compiled],
};

function template(
  id: MessageId,
  lang: Language,
  formality: VoiceSettings['formality'],
  familiar = false,
): string {
  if (familiar) {
    const f = familiarCatalogues[lang]?.[id];
    if (f !== undefined) return f;
  }
  if (formality === 'formal') {
    const f = formalCatalogues[lang]?.[id];
    if (f !== undefined) return f;
  }
  return catalogues[lang][id];
}

/** A character `escapeText` changes: markup, angle brackets, or whitespace other than one plain space. */
const needsEscape = /[\\`*_[\]#|~<>]|[^\S ]| {2}/;

/** Escapes a customer-supplied value so it shows as typed and can never become markup. */
export function escapeText(value: string): string {
  // Most values (names, order numbers, dates) have nothing to escape and single spaces only.
  if (!needsEscape.test(value)) return value;
  return value
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ');
}

const emojiFor: Partial<Record<MessageId, string>> = {
  'greeting.default': '👋',
  'thanks.reply': '😊',
  'csat.thanks': '💛',
  'change.done': '✨',
};

/**
 * Renders one message in the customer's language and the shop's voice. String params are escaped
 * (customer text can never inject markdown or HTML) unless their name starts with `md` (trusted
 * shop Markdown, already formatted facts).
 */
export function say(id: MessageId, params: Params, opts: SayOptions): string {
  const familiar = opts.familiar === true;
  const byLang =
    compiled[opts.voice.formality === 'formal' ? 'formal' : 'informal'][familiar ? 1 : 0];
  let byId = byLang.get(opts.lang);
  if (!byId) {
    byId = new Map();
    byLang.set(opts.lang, byId);
  }
  let fmt = byId.get(id);
  if (!fmt) {
    fmt = new IntlMessageFormat(template(id, opts.lang, opts.voice.formality, familiar), opts.lang);
    byId.set(id, fmt);
  }
  // An item named without its gender agrees in the neutral form rather than failing to render.
  const safe: Params = 'item' in params && !('itemGender' in params) ? { itemGender: 'other' } : {};
  for (const [k, v] of Object.entries(params))
    safe[k] = typeof v === 'string' && !k.startsWith('md') ? escapeText(v) : v;
  let text = String(fmt.format(safe));
  if (opts.voice.emoji && emojiFor[id]) text = `${text} ${emojiFor[id]}`;
  return avoid(text, opts.voice.avoidWords);
}

// One compiled pattern per avoided word: every reply is checked against the shop's list.
const avoidPatterns = new Map<string, RegExp>();

function avoidPattern(word: string): RegExp {
  let re = avoidPatterns.get(word);
  if (re === undefined) {
    re = new RegExp(
      `(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'giu',
    );
    if (avoidPatterns.size >= 1000) avoidPatterns.clear();
    avoidPatterns.set(word, re);
  }
  return re;
}

/** Removes words the shop asked us not to use, whole words only, tidying the spaces left behind. */
export function avoid(text: string, words: string[]): string {
  let out = text;
  for (const w of words) {
    if (w.trim() === '') continue;
    // `replace` with a global pattern always starts from the beginning of the text.
    out = out.replace(avoidPattern(w), '$1');
  }
  return out === text
    ? text
    : out
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ ([,.!?])/g, '$1')
        .replace(/^ +| +$/gm, '');
}

/** The shop's own greeting or sign-off for this language, if it set one. */
export function shopText(value: VoiceSettings['greeting'], lang: Language): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return lang === 'en' ? value : null;
  return value[lang] ?? null;
}

const localeOf: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  de: 'de-DE',
  it: 'it-IT',
  pt: 'pt-PT',
};

// Intl formatters are costly to build and safe to share: one per language, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: Language, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `d:${lang}:${timeZone}:${withTime ? 1 : 0}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf[lang], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A calendar day ("2026-11-25") as "Wednesday 25 November" in the customer's language. */
export function formatDay(day: string, lang: Language): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return dateFormat(lang, 'UTC', false).format(d);
}

/** An instant as a day in the shop's time zone. */
export function formatInstantDay(iso: string, lang: Language, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, timeZone, false).format(d);
}

/** An instant as day and time in the shop's time zone. */
export function formatInstant(iso: string, lang: Language, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, timeZone, true).format(d);
}

/** Integer minor units as money in the customer's language ("48,00 €", "$48.00"). */
export function formatMoney(amountMinor: number, currency: string, lang: Language): string {
  const digits = minorDigits(currency);
  const key = `n:${lang}:${currency}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(localeOf[lang], {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(amountMinor / 10 ** digits);
}
