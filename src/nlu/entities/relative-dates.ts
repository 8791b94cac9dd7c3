import type { Language } from '../../domain/index.js';
import { allMatches } from '../regex.js';
import type { Entity } from '../types.js';

/**
 * Relative dates chrono-node misses or misreads in some of our languages ("hace dos semanas",
 * "anteayer", "há duas semanas", "pasado mañana" read as tomorrow, "avant-hier" as yesterday):
 * day words, "N days/weeks/months ago", "in N days", last/next week or month, last/next weekday.
 * Resolved in the reference date's calendar (local fields, as chrono does).
 */

type Shift = { days?: number; months?: number; weekday?: number; direction?: -1 | 1 };
/** `source` is `re` without its word boundaries. */
type Rule = { re: RegExp; source: string; shift: (m: RegExpExecArray) => Shift | null };

const numberWords: Record<Language, Record<string, number>> = {
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    couple: 2,
    few: 3,
  },
  es: {
    un: 1,
    una: 1,
    uno: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
  },
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
  },
  de: {
    ein: 1,
    eine: 1,
    einem: 1,
    einer: 1,
    einen: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    fuenf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    vierzehn: 14,
  },
  it: {
    un: 1,
    uno: 1,
    una: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    cinque: 5,
    sei: 6,
    sette: 7,
    otto: 8,
    nove: 9,
    dieci: 10,
    undici: 11,
    dodici: 12,
    quindici: 15,
  },
  pt: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    tres: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    nove: 9,
    dez: 10,
    onze: 11,
    doze: 12,
    quinze: 15,
  },
};

const unitDays: Record<string, number> = { d: 1, w: 7 };

/** "semanas" → 'w', "Tagen" → 'd', "mois" → 'm', "anni" → 'y'. */
function unitOf(word: string): 'd' | 'w' | 'm' | 'y' {
  const w = word.toLowerCase();
  if (/^(?:day|d[ií]a|jour|tag|giorn|dia)/.test(w)) return 'd';
  if (/^(?:week|semana|semaine|woche|settiman)/.test(w)) return 'w';
  if (/^(?:month|mes|mois|monat|mês)/.test(w)) return 'm';
  return 'y';
}

const weekdays: Record<Language, string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  es: ['domingo', 'lunes', 'martes', 'mi[ée]rcoles', 'jueves', 'viernes', 's[áa]bado'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend'],
  it: ['domenica', 'luned[ìi]', 'marted[ìi]', 'mercoled[ìi]', 'gioved[ìi]', 'venerd[ìi]', 'sabato'],
  pt: [
    'domingo',
    'segunda(?:-feira)?',
    'ter[çc]a(?:-feira)?',
    'quarta(?:-feira)?',
    'quinta(?:-feira)?',
    'sexta(?:-feira)?',
    's[áa]bado',
  ],
};

/** Each language's weekday patterns, whole words, compiled once. */
const weekdayRes = Object.fromEntries(
  Object.entries(weekdays).map(([l, ps]) => [l, ps.map((p) => new RegExp(`^(?:${p})$`, 'iu'))]),
) as Record<Language, RegExp[]>;

function weekdayIndex(lang: Language, word: string): number {
  const w = word.toLowerCase();
  return weekdayRes[lang].findIndex((re) => re.test(w));
}

const units: Record<Language, string> = {
  en: String.raw`days?|weeks?|months?|years?`,
  es: String.raw`d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?`,
  fr: String.raw`jours?|semaines?|mois|ans?|ann[ée]es?`,
  de: String.raw`tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?`,
  it: String.raw`giorn[oi]|settiman[ae]|mes[ei]|ann[oi]`,
  pt: String.raw`dias?|semanas?|m[eê]s(?:es)?|anos?`,
};

const b = String.raw`(?<![\p{L}\p{N}])`;
const e = String.raw`(?![\p{L}\p{N}])`;

function rules(lang: Language): Rule[] {
  const num = String.raw`(\d{1,3}|${Object.keys(numberWords[lang])
    .sort((x, y) => y.length - x.length)
    .join('|')})`;
  const u = `(${units[lang]})`;
  const wd = `(${weekdays[lang].join('|')})`;
  const count = (m: RegExpExecArray, sign: 1 | -1, fixedCount?: number): Shift | null => {
    const raw = fixedCount === undefined ? (m[1] ?? '').toLowerCase() : '';
    const n = fixedCount ?? (/^\d+$/.test(raw) ? Number(raw) : numberWords[lang][raw]);
    if (n === undefined || n > 400) return null;
    const unit = unitOf((fixedCount === undefined ? m[2] : m[1]) ?? '');
    if (unit === 'm') return { months: sign * n };
    if (unit === 'y') return { months: sign * 12 * n };
    return { days: sign * n * (unitDays[unit] as number) };
  };
  const r = (source: string, shift: (m: RegExpExecArray) => Shift | null): Rule => ({
    re: new RegExp(`${b}(?:${source})${e}`, 'giu'),
    source,
    shift,
  });
  const fixed = (days: number) => (): Shift => ({ days });
  const wdShift =
    (direction: -1 | 1, gi = 1) =>
    (m: RegExpExecArray): Shift | null => {
      const weekday = weekdayIndex(lang, m[gi] ?? '');
      return weekday < 0 ? null : { weekday, direction };
    };
  switch (lang) {
    case 'en':
      return [
        r(String.raw`the day before yesterday`, fixed(-2)),
        r(String.raw`the day after tomorrow`, fixed(2)),
        r(String.raw`${num}\s+${u}\s+ago`, (m) => count(m, -1)),
        r(String.raw`a\s+couple\s+of\s+${u}\s+ago`, (m) => count(m, -1, 2)),
        r(String.raw`in\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`last\s+week`, fixed(-7)),
        r(String.raw`next\s+week`, fixed(7)),
        r(String.raw`last\s+month`, () => ({ months: -1 })),
        r(String.raw`next\s+month`, () => ({ months: 1 })),
        r(String.raw`last\s+${wd}`, wdShift(-1)),
        r(String.raw`next\s+${wd}`, wdShift(1)),
        r('yesterday', fixed(-1)),
        r('today', fixed(0)),
        r('tomorrow', fixed(1)),
      ];
    case 'es':
      return [
        r(String.raw`antes\s+de\s+ayer|anteayer|antier`, fixed(-2)),
        r(String.raw`pasado\s+ma[ñn]ana`, fixed(2)),
        r(String.raw`hace\s+${num}\s+${u}`, (m) => count(m, -1)),
        r(String.raw`(?:dentro\s+de|en)\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`(?:la\s+)?semana\s+pasada|la\s+pasada\s+semana`, fixed(-7)),
        r(String.raw`(?:la\s+)?pr[óo]xima\s+semana|(?:la\s+)?semana\s+que\s+viene`, fixed(7)),
        r(String.raw`(?:el\s+)?mes\s+pasado`, () => ({ months: -1 })),
        r(String.raw`(?:el\s+)?pr[óo]ximo\s+mes|(?:el\s+)?mes\s+que\s+viene`, () => ({
          months: 1,
        })),
        r(String.raw`(?:el\s+)?${wd}\s+pasado`, wdShift(-1)),
        r(String.raw`(?:el\s+)?pasado\s+${wd}`, wdShift(-1)),
        r(String.raw`(?:el\s+)?pr[óo]ximo\s+${wd}|(?:el\s+)?${wd}\s+que\s+viene`, (m) =>
          wdShift(1, m[1] ? 1 : 2)(m),
        ),
        r('ayer', fixed(-1)),
        r('hoy', fixed(0)),
        // "mañana" is also the morning: "esta mañana", "por la mañana" are not tomorrow.
        r(String.raw`(?<!(?:la|esta|cada|una|toda)\s)ma[ñn]ana`, fixed(1)),
      ];
    case 'fr':
      return [
        r(String.raw`avant[-\s]hier`, fixed(-2)),
        r(String.raw`apr[èe]s[-\s]demain`, fixed(2)),
        r(String.raw`(?:il\s+y\s+a|[çc]a\s+fait|cela\s+fait)\s+${num}\s+${u}`, (m) => count(m, -1)),
        r(String.raw`dans\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`(?:la\s+)?semaine\s+(?:derni[èe]re|pass[ée]e)`, fixed(-7)),
        r(String.raw`(?:la\s+)?semaine\s+prochaine`, fixed(7)),
        r(String.raw`(?:le\s+)?mois\s+(?:dernier|pass[ée])`, () => ({ months: -1 })),
        r(String.raw`(?:le\s+)?mois\s+prochain`, () => ({ months: 1 })),
        r(String.raw`${wd}\s+(?:dernier|pass[ée])`, wdShift(-1)),
        r(String.raw`${wd}\s+prochain`, wdShift(1)),
        r('hier', fixed(-1)),
        r(String.raw`aujourd['’]hui`, fixed(0)),
        r('demain', fixed(1)),
      ];
    case 'de':
      return [
        r('vorgestern', fixed(-2)),
        r('übermorgen|uebermorgen', fixed(2)),
        r(String.raw`vor\s+${num}\s+${u}`, (m) => count(m, -1)),
        r(String.raw`in\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`(?:letzte|letzter|vergangene|vergangener)\s+woche`, fixed(-7)),
        r(String.raw`(?:nächste|nächster|naechste|kommende|kommender)\s+woche`, fixed(7)),
        r(String.raw`(?:letzten|letzter|vergangenen)\s+monat`, () => ({ months: -1 })),
        r(String.raw`(?:nächsten|naechsten|kommenden)\s+monat`, () => ({ months: 1 })),
        r(String.raw`(?:am\s+)?(?:letzten|vergangenen|letzter)\s+${wd}`, wdShift(-1)),
        r(String.raw`(?:am\s+)?(?:nächsten|naechsten|kommenden)\s+${wd}`, wdShift(1)),
        r('gestern', fixed(-1)),
        r('heute', fixed(0)),
        // "Guten Morgen", "am Morgen", "heute Morgen" are mornings, not tomorrow.
        r(
          String.raw`(?<!(?:guten|am|heute|jeden|einen|schönen|schoenen|den|diesen|gestern)\s)morgen(?!\s*früh\b)|morgen\s+früh`,
          fixed(1),
        ),
      ];
    case 'it':
      return [
        r(String.raw`l['’]\s?altro\s?ieri|altroieri|avantieri`, fixed(-2)),
        r('dopodomani', fixed(2)),
        r(String.raw`${num}\s+${u}\s+fa`, (m) => count(m, -1)),
        r(String.raw`(?:tra|fra)\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`(?:la\s+)?settimana\s+(?:scorsa|passata)|la\s+scorsa\s+settimana`, fixed(-7)),
        r(String.raw`(?:la\s+)?settimana\s+prossima|la\s+prossima\s+settimana`, fixed(7)),
        r(String.raw`(?:il\s+)?mese\s+(?:scorso|passato)|lo\s+scorso\s+mese`, () => ({
          months: -1,
        })),
        r(String.raw`(?:il\s+)?mese\s+prossimo|il\s+prossimo\s+mese`, () => ({ months: 1 })),
        r(String.raw`${wd}\s+(?:scors[oa]|passat[oa])`, wdShift(-1)),
        r(String.raw`(?:lo\s+|la\s+)?scors[oa]\s+${wd}`, wdShift(-1)),
        r(String.raw`${wd}\s+prossim[oa]`, wdShift(1)),
        r(String.raw`(?:il\s+|la\s+)?prossim[oa]\s+${wd}`, wdShift(1)),
        r('ieri', fixed(-1)),
        r('oggi', fixed(0)),
        r('domani', fixed(1)),
      ];
    case 'pt':
      return [
        r(String.raw`antes\s+de\s+ontem|anteontem`, fixed(-2)),
        r(String.raw`depois\s+de\s+amanh[ãa]`, fixed(2)),
        r(String.raw`(?:h[áa]|faz)\s+${num}\s+${u}`, (m) => count(m, -1)),
        r(String.raw`${num}\s+${u}\s+atr[áa]s`, (m) => count(m, -1)),
        r(String.raw`(?:daqui\s+a|em)\s+${num}\s+${u}`, (m) => count(m, 1)),
        r(String.raw`(?:na\s+|a\s+)?semana\s+passada`, fixed(-7)),
        r(String.raw`(?:na\s+|a\s+)?pr[óo]xima\s+semana|(?:na\s+)?semana\s+que\s+vem`, fixed(7)),
        r(String.raw`(?:no\s+|o\s+)?m[êe]s\s+passado`, () => ({ months: -1 })),
        r(String.raw`(?:no\s+|o\s+)?pr[óo]ximo\s+m[êe]s|(?:no\s+)?m[êe]s\s+que\s+vem`, () => ({
          months: 1,
        })),
        r(String.raw`(?:n[oa]\s+|[oa]\s+)?${wd}\s+passad[oa]`, wdShift(-1)),
        r(String.raw`(?:n[oa]\s+|[oa]\s+)?${wd}\s+que\s+vem`, wdShift(1)),
        r(String.raw`(?:n[oa]\s+)?pr[óo]xim[oa]\s+${wd}`, wdShift(1)),
        r('ontem', fixed(-1)),
        r('hoje', fixed(0)),
        r(String.raw`amanh[ãa]`, fixed(1)),
      ];
  }
}

const compiled = Object.fromEntries(
  (['en', 'es', 'fr', 'de', 'it', 'pt'] as const).map((l) => [l, rules(l)]),
) as Record<Language, Rule[]>;
/** Cheap gates: no rule of a language matches without one of these. */
const gates: Record<Language, RegExp> = {
  en: /ago\b|yesterday|today|tomorrow|last\s|next\s|\bin\s+\S+\s+(?:day|week|month|year)/i,
  es: /hace\s|ayer|hoy|ma[ñn]ana|pasad|pr[óo]xim|que viene|\s(?:en|de)\s+\S+\s+(?:d[ií]a|semana|mes|a[ñn]o)/i,
  fr: /hier|demain|aujourd|il y a|[çc]a fait|cela fait|derni|pass[ée]|prochain|dans\s+\S+\s+(?:jour|semaine|mois|an)/i,
  de: /vor\s|gestern|heute|morgen|letzt|vergangen|n[äa]e?chst|kommend|\bin\s+\S+\s+(?:tag|woche|monat|jahr)/i,
  it: /fa\b|ieri|oggi|domani|scors|passat|prossim|(?:tra|fra)\s+\S+\s+(?:giorn|settiman|mes|ann)/i,
  pt: /h[áa]\s|faz\s|atr[áa]s|ontem|hoje|amanh|passad|pr[óo]xim|que vem|(?:em|a)\s+\S+\s+(?:dia|semana|m[eê]s|ano)/i,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function resolve(now: Date, shift: Shift): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (shift.weekday !== undefined && shift.direction !== undefined) {
    const today = d.getDay();
    let delta =
      shift.direction < 0 ? -((today - shift.weekday + 7) % 7) : (shift.weekday - today + 7) % 7;
    if (delta === 0) delta = 7 * shift.direction;
    d.setDate(d.getDate() + delta);
  }
  if (shift.months) {
    const day = d.getDate();
    d.setDate(1);
    d.setMonth(d.getMonth() + shift.months);
    // "a month ago" on 31 March is the last day of February, not 3 March.
    const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
    d.setDate(Math.min(day, last));
  }
  if (shift.days) d.setDate(d.getDate() + shift.days);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * All of a language's rules in one pattern: it matches a text exactly when one of the rules
 * matches it somewhere (each rule is an alternative between the same boundaries, and the rules
 * have no back-references), so one scan rules out a text the rules would each scan in vain.
 */
const anyRule = Object.fromEntries(
  Object.entries(compiled).map(([lang, rs]) => [
    lang,
    new RegExp(`${b}(?:${rs.map((r) => r.source).join('|')})${e}`, 'iu'),
  ]),
) as Record<Language, RegExp>;

/** Whether any one rule of `lang` matches `text` (`anyRule`'s claim, for tests). */
export function someRuleMatches(text: string, lang: Language): boolean {
  return compiled[lang].some((r) => {
    r.re.lastIndex = 0;
    const found = r.re.test(text);
    r.re.lastIndex = 0;
    return found;
  });
}

/** Whether the combined pattern of `lang` matches `text`. */
export function anyRuleMatches(text: string, lang: Language): boolean {
  return anyRule[lang].test(text);
}

/** Relative `date` entities: ISO values against `now`, the words as written without it. */
export function findRelativeDates(text: string, lang: Language, now: Date | undefined): Entity[] {
  if (!gates[lang].test(text) || !anyRule[lang].test(text)) return [];
  const out: Entity[] = [];
  for (const rule of compiled[lang]) {
    for (const m of allMatches(rule.re, text)) {
      const shift = rule.shift(m);
      if (!shift) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ type: 'date', value: now ? resolve(now, shift) : m[0], start, end });
    }
  }
  return out;
}
