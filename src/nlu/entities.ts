import type * as chrono from 'chrono-node';
// Only our six locales: the package's main entry loads all sixteen, which the CLI pays for at every start.
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoPt from 'chrono-node/pt';
import type { Language } from '../domain/index.js';
import { findAddresses } from './entities/address.js';
import { findRelativeDates } from './entities/relative-dates.js';
import { findHalfSizes } from './entities/sizes.js';
import { findValueChanges } from './entities/value-change.js';
import type { Entity, EntityType } from './types.js';

/**
 * Entities with UTF-16 offsets into the original text. Each finder proposes spans; overlaps
 * are resolved by priority (an e-mail beats the digits inside it, money beats a bare number).
 */
export type EntityOptions = { lang: Language; now?: Date | undefined };

type Candidate = Entity & { priority: number };

const priority: Record<EntityType, number> = {
  value_change: 11,
  address: 10,
  quoted_text: 9,
  email: 8,
  money: 7,
  date: 6,
  postcode: 5,
  order_number: 4,
  size: 3,
  colour: 2,
};

// The look-behind starts a match only at the start of a run, so long runs without "@" stay linear.
const emailRe =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** " dot ", "(dot)", "." between the parts of a spoken address, in the six languages. */
const dot = String.raw`\s*(?:\.|\(dot\)|\[dot\]|\s(?:dot|punkt|point|punto|ponto)\s)\s*`;
/**
 * An address written out the way people say it ("ana at example dot com", "ana (at) example.com",
 * "ana arroba example punto com"), ending in a common top-level domain so other uses of "at" don't count.
 */
const spokenEmailRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})\s*(?:\(at\)|\[at\]|\s(?:at|arroba|arobase|ät)\s)\s*((?:[\p{L}\p{N}-]+${dot}){1,3})(com|net|org|de|fr|es|it|pt|uk|ch|at|be|nl|eu|io|ca|au|info|me)\b`,
  'giu',
);

const dotRe = new RegExp(dot, 'iu');

function findSpokenEmails(text: string): Candidate[] {
  if (!/\b(?:at|arroba|arobase|ät)\b|\((?:at)\)|\[at\]/iu.test(text)) return [];
  return [...text.matchAll(spokenEmailRe)].map((m) => {
    const domain = (m[2] ?? '')
      .split(dotRe)
      .filter((p) => p !== '')
      .join('.');
    const value = `${m[1] ?? ''}@${domain}.${m[3] ?? ''}`.toLowerCase();
    return span('email', value, m.index, m.index + m[0].length);
  });
}

function findEmails(text: string): Candidate[] {
  // No "@", no address: the pattern would otherwise try a run of word characters at every position.
  if (!text.includes('@')) return findSpokenEmails(text);
  return [...text.matchAll(emailRe)].map((m) =>
    span('email', m[0].toLowerCase(), m.index, m.index + m[0].length),
  );
}

function span(type: EntityType, value: string, start: number, end: number): Candidate {
  return { type, value, start, end, priority: priority[type] };
}

// Quotes: "…", “…”, «…», „…“, ‘…’ and '…' (the last only when not an apostrophe inside a word).
const quoteRe =
  /"([^"\n]{1,200})"|“([^”\n]{1,200})”|«\s?([^»\n]{1,200}?)\s?»|„([^“”\n]{1,200})[“”]|‘([^’\n]{1,200})’|(?<![\p{L}\p{N}])'([^'\n]{1,200})'(?![\p{L}\p{N}])/gu;

function findQuoted(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(quoteRe)) {
    const inner = m.slice(1).find((g) => g !== undefined);
    if (inner === undefined || inner.trim() === '') continue;
    const start = m.index + m[0].indexOf(inner);
    out.push(span('quoted_text', inner, start, start + inner.length));
  }
  return out;
}

// Currency words and symbols → ISO codes.
const currencyWords: [RegExp, string][] = [
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:\$|usd|dollars?|d[oó]lar(?:es)?|dollari?)$/i, 'USD'],
  [/^(?:£|gbp|pounds?|quid|livres?(?: sterling)?|sterline?)$/i, 'GBP'],
  [/^(?:r\$|brl|reais|real)$/i, 'BRL'],
  [/^(?:chf|franken|francs? suisses?|francos? suizos?)$/i, 'CHF'],
  [/^(?:cad|c\$)$/i, 'CAD'],
  [/^(?:aud|a\$)$/i, 'AUD'],
];
const currencyToken = String.raw`(?:R\$|C\$|A\$|€|\$|£|eur(?:os?)?|usd|gbp|brl|chf|cad|aud|dollars?|d[oó]lar(?:es)?|dollari?|pounds?|quid|reais|franken)`;
const amountToken = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const moneyRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}#])(?:(${currencyToken})\s?(${amountToken})|(${amountToken})\s?(${currencyToken}))(?![\p{L}\p{N}])`,
  'giu',
);

function currencyCode(token: string): string {
  for (const [re, code] of currencyWords) if (re.test(token)) return code;
  return '';
}

/** "1.234,50" / "1,234.50" / "45,5" / "45" → "1234.50" / "1234.50" / "45.50" / "45". */
export function normaliseAmount(raw: string): string {
  const s = raw.replace(/[\u00a0 ]/g, '');
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (lastSep >= 0 && s.length - lastSep - 1 <= 2) {
    const whole = s.slice(0, lastSep).replace(/[.,]/g, '');
    const frac = s.slice(lastSep + 1).padEnd(2, '0');
    return `${whole || '0'}.${frac}`;
  }
  return s.replace(/[.,]/g, '');
}

// A bare amount after a paying or refunding word is money, not an order number: "refund me 500", "I paid 74",
// "me cobraron 30", "j'ai payé 74", "ho pagato 74", "paguei 74"; German puts the verb after: "ich habe 74 bezahlt".
const payingWords = new Set(
  `refund refunded paid repaid pay cost costs costing charged charge spent spend billed owe owes worth
  pagué pague pagado pagamos pagó pago costó costo cuesta cobraron cobrado cobró cobro reembolsar reembolsadme reembólsenme reembolsenme devuélvanme devuelvanme devolvedme gasté gaste
  payé payée payés payées coûté couté coûte coute facturé facturée débité débitée remboursez remboursez-moi rembourser dépensé
  kostet kostete kosteten erstatten erstattet
  pagato pagati costato costata costa addebitato addebitati rimborsatemi rimborsate rimborsato speso
  paguei custou custa cobraram cobraram-me reembolsem reembolsem-me gastei`.split(/\s+/),
);
/** Words that may stand between the verb and the amount ("refund me 500", "paid about 70", "erstatten Sie mir 50"). */
const payingFillers = new Set(
  `me us you only just about around like over almost nearly unos unas casi solo me environ presque seulement sie mir etwa circa quasi quase cerca de`.split(
    /\s+/,
  ),
);
const wordRe = /[\p{L}'’-]+/gu;
const payingAfterRe =
  /^\s+(?:(?:euro|euros|dollar|franken)\s+)?(?:bezahlt|gezahlt|gekostet|überwiesen|ueberwiesen|abgebucht|berechnet|erstattet|zurück)(?![\p{L}\p{N}])/iu;
const bareAmountRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}#.,])(?:${amountToken})(?![\p{L}\p{N}]|[.,]\d|[-/]\d)`,
  'gu',
);

/** Whether the words just before an amount say it was paid, charged or is to be refunded. */
function paidBefore(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.toLowerCase().match(wordRe) ?? [];
  const [w1 = '', w2, w3] = [
    words[words.length - 1],
    words[words.length - 2],
    words[words.length - 3],
  ];
  if (payingWords.has(w1)) return true;
  if ((w1 === 'was' || w1 === 'is' || w1 === 'of') && (w2 === 'price' || w2 === 'total'))
    return true;
  if (!payingFillers.has(w1)) return false;
  return (
    (w2 !== undefined && payingWords.has(w2)) ||
    (w2 !== undefined && payingFillers.has(w2) && w3 !== undefined && payingWords.has(w3))
  );
}

function findMoney(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(bareAmountRe)) {
    const end = m.index + m[0].length;
    if (
      paidBefore(text.slice(Math.max(0, m.index - 40), m.index)) ||
      payingAfterRe.test(text.slice(end, end + 30))
    ) {
      out.push(span('money', normaliseAmount(m[0]), m.index, end));
    }
  }
  for (const m of text.matchAll(moneyRe)) {
    const cur = m[1] ?? m[4] ?? '';
    const amount = m[2] ?? m[3] ?? '';
    const code = currencyCode(cur.trim());
    out.push(
      span(
        'money',
        code ? `${normaliseAmount(amount)} ${code}` : normaliseAmount(amount),
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  return out;
}

const orderWords = String.raw`(?:order|purchase|ordr|pedido|compra|encomenda|commande|cde|bestellung|bestellnummer|auftrag|ordine|ordinazione|acquisto|n[°ºo]\.?|nr\.?|num(?:ber|ero|éro|ero)?\.?|número|nummer)`;
const orderAfterKeywordRe = new RegExp(
  String.raw`${orderWords}(?:\s+(?:number|no\.?|nr\.?|n[°º]|num(?:ber|ero|éro)?|número|nummer|is|es|est|ist|è|é|de|#|:))*\s*[:#]?\s*(#?[A-Z0-9]*\d[A-Z0-9]*(?:-[A-Z0-9]+)*)`,
  'giu',
);
const hashNumberRe = /(?<![\p{L}\p{N}&])#([A-Z0-9]*\d[A-Z0-9-]*)/giu;
// A bare code: 3–20 digits, or letters and digits mixed (A1B2C3), or digit groups (55-231).
const bareCodeRe =
  /(?<![\p{L}\p{N}@.,/:#-])(\d{2,6}-\d{2,8}|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,20}|\d{3,20})(?![\p{L}\p{N}@]|[.,/:-]\d)/gu;

// An error code ("error 500", "erreur 404", "Fehler 503", "errore 500", "erro 500", "error code 502",
// "código de error 500", "HTTP 500") is not an order number.
const errorCodeBeforeRe =
  /\b(?:errors?|erreur|fehler(?:code|meldung)?|errore|erro|http)(?:\s+code)?\s*[:#]?\s*$/iu;

function findOrderNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(orderAfterKeywordRe)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    out.push({
      ...span('order_number', value.replace(/^#/, '').toUpperCase(), start, start + value.length),
      priority: priority.order_number + 3,
    });
  }
  for (const m of text.matchAll(hashNumberRe)) {
    if (isErrorCode(text, m.index)) continue;
    out.push({
      ...span('order_number', (m[1] ?? '').toUpperCase(), m.index, m.index + m[0].length),
      priority: priority.order_number + 3,
    });
  }
  for (const m of text.matchAll(bareCodeRe)) {
    const v = m[1] ?? '';
    // A year on its own ("in 2025") is not an order number.
    if (/^(19|20)\d\d$/.test(v)) continue;
    if (isErrorCode(text, m.index)) continue;
    out.push(span('order_number', v.toUpperCase(), m.index, m.index + v.length));
  }
  return out;
}

/** Whether the number at `at` follows an error word. */
function isErrorCode(text: string, at: number): boolean {
  return errorCodeBeforeRe.test(text.slice(Math.max(0, at - 30), at));
}

const postcodeWords = String.raw`(?:post\s?code|postal\s?code|zip(?:\s?code)?|c[oó]digo\s+postal|code\s+postal|c\.?p\.?|plz|postleitzahl|cap|cep)`;
const postcodeAfterKeywordRe = new RegExp(
  String.raw`${postcodeWords}(?:\s+(?:is|es|est|ist|è|é|:))?\s*:?\s*([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}-\d{3}|\d{5}-\d{4}|\d{4,5})`,
  'giu',
);
// Shapes that are postcodes even without a keyword: UK, Canada, Portugal (0000-000), US ZIP+4.
const postcodeShapeRe =
  /(?<![\p{L}\p{N}-])([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d|\d{4}-\d{3}|\d{5}-\d{4})(?![\p{L}\p{N}-])/gu;

function findPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(postcodeAfterKeywordRe)) {
    const v = m[1] ?? '';
    const start = m.index + m[0].length - v.length;
    out.push({
      ...span('postcode', v.toUpperCase(), start, start + v.length),
      priority: priority.postcode + 4,
    });
  }
  for (const m of text.matchAll(postcodeShapeRe)) {
    const v = m[1] ?? '';
    out.push({
      ...span('postcode', v.toUpperCase(), m.index, m.index + v.length),
      priority: priority.postcode + 4,
    });
  }
  return out;
}

const sizeWords = String.raw`(?:size|sized|sz|taille|talla|tamaño|tamanho|taglia|misura|größe|grösse|groesse|gr\.|ring\s?size)`;
const clothingSize = String.raw`(?:XXXL|XXL|XL|XS|XXS|S|M|L)`;
const sizeAfterKeywordRe = new RegExp(
  String.raw`${sizeWords}\s*:?\s*(\d{1,3}(?:[.,]\d)?(?:\s?(?:1\/2|½))?|${clothingSize}|[A-Z](?:\s?1\/2|½)?)(?![\p{L}\p{N}])`,
  'giu',
);
const measureRe =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:[.,]\d{1,2})?(?:\s?[x×]\s?\d{1,3}(?:[.,]\d{1,2})?)?)\s?(cm|mm|inch(?:es)?|in|"|″|pulgadas|pouces|zoll|pollici|polegadas)(?![\p{L}\p{N}])/giu;
const standaloneClothingRe = /(?<![\p{L}\p{N}])(XXXL|XXL|XL|XS|XXS)(?![\p{L}\p{N}])/gu;

function findSizes(text: string): Candidate[] {
  const out: Candidate[] = [];
  // "5 et demi", "siebeneinhalb", "7 e mezzo": a half is a size with or without the word "size".
  const halves = findHalfSizes(text);
  for (const h of halves) out.push(span('size', h.value, h.start, h.end));
  for (const m of text.matchAll(sizeAfterKeywordRe)) {
    const v = m[1] ?? '';
    const at = m.index + m[0].length - v.length;
    const half = halves.find((h) => h.start === at);
    if (half) {
      out.push(span('size', half.value, m.index, half.end));
      continue;
    }
    // "size S" is a size but "size a" rarely is: single letters other than S/M/L only in ring sizes (uppercase).
    if (/^[a-z]$/.test(v) && !/^[sml]$/.test(v)) continue;
    out.push(
      span(
        'size',
        v.toUpperCase().replace(',', '.').replace(/\s+/g, ' '),
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  for (const m of text.matchAll(measureRe)) {
    const unit = (m[2] ?? '').toLowerCase();
    const u = unit === 'cm' || unit === 'mm' ? unit : 'in';
    out.push(
      span(
        'size',
        `${(m[1] ?? '').replace(',', '.').replace(/\s?[x×]\s?/, 'x')} ${u}`,
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  for (const m of text.matchAll(standaloneClothingRe))
    out.push(span('size', m[1] ?? '', m.index, m.index + m[0].length));
  return out;
}

/** Colour words per language → canonical English name. Longer names first ("rose gold" before "gold"). */
const colourNames: [string, string[]][] = [
  [
    'rose gold',
    ['rose gold', 'rosegold', 'oro rosa', 'or rose', 'roségold', 'rosegold', 'ouro rosa'],
  ],
  [
    'navy',
    ['navy', 'navy blue', 'bleu marine', 'azul marino', 'marineblau', 'blu navy', 'azul marinho'],
  ],
  [
    'black',
    [
      'black',
      'negro',
      'negra',
      'noir',
      'noire',
      'schwarz',
      'schwarze',
      'schwarzen',
      'nero',
      'nera',
      'preto',
      'preta',
    ],
  ],
  [
    'white',
    [
      'white',
      'blanco',
      'blanca',
      'blanc',
      'blanche',
      'weiß',
      'weiss',
      'weiße',
      'weissen',
      'bianco',
      'bianca',
      'branco',
      'branca',
    ],
  ],
  [
    'red',
    [
      'red',
      'rojo',
      'roja',
      'rouge',
      'rot',
      'rote',
      'roten',
      'rosso',
      'rossa',
      'vermelho',
      'vermelha',
    ],
  ],
  ['blue', ['blue', 'azul', 'bleu', 'bleue', 'blau', 'blaue', 'blauen', 'blu']],
  [
    'light blue',
    [
      'light blue',
      'baby blue',
      'celeste',
      'bleu clair',
      'hellblau',
      'azzurro',
      'azzurra',
      'azul claro',
    ],
  ],
  ['green', ['green', 'verde', 'vert', 'verte', 'grün', 'gruen', 'grüne', 'grünen']],
  ['sage', ['sage', 'sage green', 'verde salvia', 'vert sauge', 'salbeigrün', 'verde sálvia']],
  [
    'yellow',
    [
      'yellow',
      'amarillo',
      'amarilla',
      'jaune',
      'gelb',
      'gelbe',
      'giallo',
      'gialla',
      'amarelo',
      'amarela',
    ],
  ],
  ['orange', ['orange', 'naranja', 'arancione', 'laranja']],
  ['pink', ['pink', 'rosa', 'rose', 'rosado', 'rosada', 'rosé', 'cor-de-rosa']],
  ['purple', ['purple', 'morado', 'morada', 'violet', 'violette', 'lila', 'viola', 'roxo', 'roxa']],
  ['brown', ['brown', 'marrón', 'marron', 'braun', 'braune', 'marrone', 'castanho']],
  ['grey', ['grey', 'gray', 'gris', 'grau', 'graue', 'grigio', 'grigia', 'cinza']],
  ['beige', ['beige', 'cream', 'crème', 'creme', 'crema', 'ivory', 'ivoire', 'marfil', 'avorio']],
  [
    'gold',
    [
      'gold',
      'golden',
      'dorado',
      'dorada',
      'oro',
      'or',
      'doré',
      'dorée',
      'golden',
      'goldene',
      'dorato',
      'dorata',
      'ouro',
      'dourado',
      'dourada',
    ],
  ],
  [
    'silver',
    [
      'silver',
      'plata',
      'plateado',
      'argent',
      'argenté',
      'argentée',
      'silber',
      'silberne',
      'argento',
      'argentato',
      'prata',
      'prateado',
    ],
  ],
  ['turquoise', ['turquoise', 'turquesa', 'türkis', 'turchese']],
  ['teal', ['teal', 'petrol', 'verde azulado', 'bleu canard', 'verde petrolio']],
  ['terracotta', ['terracotta', 'terracota', 'terre cuite', 'terrakotta']],
];
const colourIndex = new Map<string, string>();
for (const [canonical, words] of colourNames)
  for (const w of words) colourIndex.set(w.toLowerCase(), canonical);
const colourAlternation = [...colourIndex.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const colourRe = new RegExp(`(?<![\\p{L}\\p{N}])(${colourAlternation})(?![\\p{L}\\p{N}])`, 'giu');
// Words that are colours only in some contexts: "or" (French "or", also English "or"), "rose" (flower, name), "oro".
const ambiguousColour = new Set(['or', 'rose', 'orange', 'petrol', 'viola']);

function findColours(text: string, lang: Language): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(colourRe)) {
    const word = m[0].toLowerCase();
    if (
      ambiguousColour.has(word) &&
      !(word === 'or' && lang === 'fr' && /\ben or\b|\bor (?:jaune|blanc|rose)\b/i.test(text))
    ) {
      if (word === 'or' || word === 'viola' || word === 'petrol') continue;
    }
    const canonical = colourIndex.get(word);
    if (canonical) out.push(span('colour', canonical, m.index, m.index + m[0].length));
  }
  return out;
}

const parsers: Record<Language, chrono.Chrono> = {
  en: chronoEn.casual,
  es: chronoEs.casual,
  fr: chronoFr.casual,
  de: chronoDe.casual,
  it: chronoIt.casual,
  pt: chronoPt.casual,
};

// Cheap gate before chrono: a date-shaped number (12/06, 3rd, 5.) or a month, weekday or relative-day word in any of our languages.
const dateHintRe =
  /\d{1,4}[./-]\d{1,2}|\d(?:st|nd|rd|th|er|e|º|ª)\b|\b\d{1,2}\.(?:\s|$)|jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[ieé][cz]|ene|abr|ago|dic|f[eé]v|avr|juil|ao[uû]|gen|giu|lug|set|ott|fev|out|dez|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned|marted|mercoled|gioved|venerd|sabato|domenica|segunda|ter[cç]a|quarta|quinta|sexta|today|tomorrow|tonight|yesterday|week|hoy|ma[nñ]ana|ayer|semana|aujourd|demain|hier|semaine|heute|morgen|gestern|woche|oggi|domani|ieri|settimana|hoje|amanh|ontem|christmas|navidad|no[eë]l|weihnacht|natale|natal/i;

/** "now" alone: chrono reads it as this moment, which is never a date the customer means. */
const nowWordRe =
  /^(?:(?:right\s+)?now|ahora(?:\s+mismo)?|agora(?:\s+mesmo)?|(?:ad\s+)?ora|adesso|maintenant|jetzt)$/i;
const todayWordRe = /^(?:today|hoy|hoje|oggi|heute|aujourd['’]hui)$/i;
/** "hasta hoy", "até hoje", "fino a oggi", "bis heute", "jusqu'à aujourd'hui", "until today": so far. */
const untilBeforeRe =
  /(?:\b(?:hasta|at[eé]|fino\s+ad?|bis|until|till|up\s+to)|jusqu['’]\s*[aà]|\bfinora)\s+$/i;

/** "até agora", "hasta ahora", "fino ad ora", "até hoje não chegou": so far, not a date. */
function soFar(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).trim();
  if (nowWordRe.test(words)) return true;
  return todayWordRe.test(words) && untilBeforeRe.test(text.slice(Math.max(0, start - 16), start));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function findDates(text: string, options: EntityOptions): Candidate[] {
  if (!dateHintRe.test(text)) return [];
  const ref = options.now ?? new Date(Date.UTC(2000, 0, 1));
  const out: Candidate[] = [];
  let results: chrono.ParsedResult[];
  try {
    // Long digit runs (order numbers, junk) are blanked to the same length: no date has them, and chrono is slow on them.
    const blanked = text.replace(/\d{5,}/g, (run) => ' '.repeat(run.length));
    results = parsers[options.lang].parse(blanked, ref, { forwardDate: true });
  } catch {
    return [];
  }
  for (const r of results) {
    // Bare numbers are order numbers, not dates; chrono reads "1042" or "7" as times otherwise.
    if (/^\d+$/.test(r.text.trim())) continue;
    // "Guten Morgen", "esta mañana": a morning, not tomorrow.
    if (
      /^(?:morgen|ma[ñn]ana)$/i.test(r.text) &&
      /(?:guten|am|heute|jeden|einen|schönen|den|diesen|gestern|la|esta|cada|una|toda)\s+$/i.test(
        text.slice(Math.max(0, r.index - 10), r.index),
      )
    )
      continue;
    if (soFar(text, r.index, r.index + r.text.length)) continue;
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month'))
      continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (year === null || month === null || day === null) continue;
    // Without a reference date, only dates with a written year have a value of their own.
    const resolved =
      options.now !== undefined ||
      (r.start.isCertain('year') && /\b\d{4}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/.test(r.text));
    const value = resolved ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : r.text;
    out.push(span('date', value, r.index, r.index + r.text.length));
  }
  return out;
}

/** Entities are looked for in this many leading characters; some finders are quadratic on pathological runs. */
export const maxEntityTextLength = 2000;

/** All entities of `text` (its first `maxEntityTextLength` characters), non-overlapping, in reading order. */
export function extractEntities(input: string, options: EntityOptions): Entity[] {
  const text = input.slice(0, maxEntityTextLength);
  const candidates = [
    ...findQuoted(text),
    ...findEmails(text),
    ...findMoney(text),
    ...findDates(text, options),
    ...findRelativeDates(text, options.lang, options.now)
      .filter((e) => !soFar(text, e.start, e.end))
      .map((e) => ({
        ...e,
        priority: priority.date + 0.5,
      })),
    ...findAddresses(text).map((e) => ({ ...e, priority: priority.address })),
    ...findValueChanges(text, options.lang).map((e) => ({ ...e, priority: priority.value_change })),
    ...findPostcodes(text),
    ...findOrderNumbers(text),
    ...findSizes(text),
    ...findColours(text, options.lang),
  ];
  candidates.sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of candidates) {
    // Quoted text is taken first; nothing inside or across it is read again (its digits are engraving text).
    if (
      taken.some(
        (t) =>
          c.start < t.end + (t.type === 'quoted_text' ? 1 : 0) &&
          t.start - (t.type === 'quoted_text' ? 1 : 0) < c.end,
      )
    )
      continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start).map(({ priority: _p, ...entity }) => entity);
}
