import type { Chrono, Parser, ParsingContext } from 'chrono-node';
import type { Language } from '../../domain/index.js';

/**
 * Exact shortcuts around chrono-node's parsers. Most of chrono's time goes into running every
 * parser's pattern over the whole text, although most patterns cannot match it at all: a month
 * parser needs a month name, a weekday parser a weekday, "3 days ago" the word "ago".
 *
 * Each entry below names a group of a parser's own pattern that every match of that pattern
 * contains (the group is not optional and not inside an alternative that could do without it),
 * copied verbatim from chrono's source. A text in which that group matches nowhere cannot give
 * the parser a match, so the parser is skipped for it and finds nothing, as it would have. The
 * group is tested with the pattern's own flags, so case folding is the same. A group that is no
 * longer in the pattern (another chrono version) turns its gate off; the test pins the patterns
 * as analysed (chrono-gates.test.ts) so that an upgrade is re-read, and compares gated with
 * ungated parsing on many texts.
 */
const digit = String.raw`[0-9]`;
const timeDigit = String.raw`\d{1,4}`;

const enMonths = String.raw`(?:september|february|november|december|january|october|august|march|april|sept\.|june|july|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept|oct\.|nov\.|dec\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)`;
const esMonths = String.raw`(?:septiembre|setiembre|noviembre|diciembre|febrero|octubre|agosto|enero|marzo|abril|junio|julio|mayo|ene\.|feb\.|mar\.|abr\.|may\.|jun\.|jul\.|ago\.|sep\.|oct\.|nov\.|dic\.|ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)`;
const frMonths = String.raw`(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|janv\.|févr\.|fevr\.|avril|juin\.|juil\.|août\.|aout\.|sept\.|jan\.|janv|fév\.|févr|fev\.|fevr|mars|mar\.|avr\.|juin|jun\.|juil|jul\.|août|aout|sep\.|sept|oct\.|nov\.|dec\.|déc\.|jan|fév|fev|mar|avr|mai|jun|jul|sep|oct|nov|dec|déc)`;
const deMonths = String.raw`(?:september|november|dezember|februar|oktober|januar|jänner|janner|august|feber|maerz|april|sept\.|jan\.|feb\.|märz|mär\.|mrz\.|apr\.|juni|jun\.|juli|jul\.|aug\.|sep\.|sept|okt\.|nov\.|dez\.|jan|feb|mär|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)`;
const itMonths = String.raw`(?:settembre|febbraio|novembre|dicembre|gennaio|ottobre|aprile|maggio|giugno|luglio|agosto|marzo|sett\.|gen\.|feb\.|mar\.|apr\.|mag\.|giu\.|lug\.|ago\.|set\.|sett|ott\.|nov\.|dic\.|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)`;
const ptMonths = String.raw`(?:fevereiro|setembro|novembro|dezembro|janeiro|outubro|agosto|março|abril|junho|julho|jan\.|fev\.|mar\.|abr\.|maio|mai\.|jun\.|jul\.|ago\.|set\.|out\.|nov\.|dez\.|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)`;

/** Per language: parser class name → groups of its pattern that every match contains. */
export const requiredGroups: Record<Language, Record<string, readonly string[]>> = {
  en: {
    ENYearMonthDayParser: [digit],
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    ENMonthNameLittleEndianParser: [enMonths],
    ENMonthNameMiddleEndianParser: [enMonths],
    ENWeekdayParser: [
      String.raw`((?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs\.|friday|thurs|thur\.|sun\.|mon\.|tue\.|wed\.|thur|thu\.|fri\.|sat\.|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)`,
    ],
    ENSlashMonthFormatParser: [digit],
    ENTimeExpressionParser: [timeDigit],
    ENTimeUnitAgoFormatParser: ['(?:ago|before|earlier)'],
    ENTimeUnitLaterFormatParser: ['(?:later|after|from now|henceforth|forward|out)'],
    ENYearMonthNameParser: [digit, enMonths],
    ENCasualDateParser: [
      String.raw`(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)`,
    ],
    ENCasualTimeParser: ['(morning|afternoon|evening|night|midnight|midday|noon)'],
    ENEndOfCurrentMonthParser: ['month'],
    ENMonthNameParser: [enMonths],
    ENRelativeDateFormatParser: [String.raw`(this|last|past|next|after\s*this)`],
    ENTimeUnitCasualRelativeFormatParser: [String.raw`(this|last|past|next|after|\+|-)`],
  },
  es: {
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    ESWeekdayParser: [
      '((?:miércoles|miercoles|domingo|viernes|martes|jueves|sábado|sabado|lunes|dom|lun|mar|mié|mie|jue|vie|sáb|sab))',
    ],
    ESTimeExpressionParser: [timeDigit],
    ESMonthNameLittleEndianParser: [esMonths],
    ESCasualDateParser: ['(ahora|hoy|mañana|manana|ayer)'],
    ESCasualTimeParser: ['(mañana|manana|tarde|medianoche|mediodia|mediodía|noche)'],
    ESMonthNameParser: [esMonths],
  },
  fr: {
    FRCasualTimeParser: ['(matin|soir|après-midi|aprem|a midi|à minuit)'],
    FRCasualDateParser: [String.raw`(maintenant|aujourd'hui|demain|hier|cette\s*nuit|la\s*veille)`],
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    FRMonthNameLittleEndianParser: [digit, frMonths],
    FRTimeExpressionParser: [timeDigit],
    FRSpecificTimeExpressionParser: [String.raw`(\d{1,2})`],
    FRWeekdayParser: [
      '((?:dimanche|mercredi|vendredi|samedi|lundi|mardi|jeudi|dim|lun|mar|mer|jeu|ven|sam))',
    ],
  },
  de: {
    DECasualDateParser: [
      String.raw`(jetzt|heute|morgen|übermorgen|uebermorgen|gestern|vorgestern|letzte\s*nacht)`,
    ],
    DECasualTimeParser: ['(morgen|vormittag|mittags?|nachmittag|abend|nacht|mitternacht)'],
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    DETimeExpressionParser: [timeDigit],
    DESpecificTimeExpressionParser: [String.raw`(\d{1,2})`],
    DEMonthNameLittleEndianParser: [digit, deMonths],
  },
  it: {
    ITYearMonthDayParser: [digit],
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    ITMonthNameLittleEndianParser: [itMonths],
    ITMonthNameMiddleEndianParser: [itMonths],
    ITWeekdayParser: [
      String.raw`((?:mercoledì|mercoledi|domenica|martedì|martedi|giovedì|giovedi|venerdì|venerdi|lunedì|lunedi|sabato|dom\.|lun\.|mar\.|mer\.|gio\.|ven\.|sab\.|dom|lun|mar|mer|gio|ven|sab)|weekend|fine\s*settimana)`,
    ],
    ITSlashMonthFormatParser: [digit],
    ITTimeExpressionParser: [timeDigit],
    ITTimeUnitAgoFormatParser: ['(?:fa|prima)'],
    ITTimeUnitLaterFormatParser: [String.raw`(?:dopo|più\s*tardi|da\s*adesso|da\s*ora)`],
    ITCasualDateParser: [
      String.raw`(adesso|ora|oggi|stasera|stanotte|domani|dopodomani|ieri|ieri\s*sera|ieri\s*notte)`,
    ],
    ITMonthNameParser: [itMonths],
    ITTimeUnitCasualRelativeFormatParser: [
      String.raw`(questo|questa|quest'|scorso|scorsa|prossimo|prossima|dopo|\+|-)`,
    ],
  },
  pt: {
    ISOFormatParser: [digit],
    SlashDateFormatParser: [digit],
    PTWeekdayParser: [
      '((?:segunda-feira|quarta-feira|quinta-feira|terça-feira|sexta-feira|domingo|segunda|quarta|quinta|sábado|sabado|terça|sexta|dom|seg|ter|qua|qui|sex|sab))',
    ],
    PTTimeExpressionParser: [timeDigit],
    PTMonthNameLittleEndianParser: [digit, ptMonths],
    PTCasualDateParser: ['(agora|hoje|amanha|amanhã|ontem)'],
    PTCasualTimeParser: ['(manha|manhã|tarde|meia-noite|meio-dia|noite)'],
  },
};

/** Matches nothing, at once (anchored). */
const never = /^(?!)/;

/**
 * `parser`, skipped (its pattern replaced by one that matches nothing) for texts in which one of
 * `groups` matches nowhere. Parsers that build a new RegExp at every call get the first one
 * back while the source and flags stay the same: the same pattern, compiled once.
 */
function gated(parser: Parser, groups: readonly string[]): Parser {
  let last: RegExp | undefined;
  let gates: RegExp[] = [];
  return {
    pattern(context: ParsingContext): RegExp {
      let re = parser.pattern(context);
      if (
        last !== undefined &&
        (re === last || (re.source === last.source && re.flags === last.flags))
      )
        re = last;
      else {
        last = re;
        const flags = re.flags.replace(/[gy]/g, '');
        gates = groups.every((g) => re.source.includes(g))
          ? groups.map((g) => new RegExp(g, flags))
          : [];
      }
      for (const g of gates) if (!g.test(context.text)) return never;
      return re;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The parser's name as chrono's source spells it (the class name). */
export function parserName(parser: Parser): string {
  return (parser as { constructor: { name: string } }).constructor.name;
}

/** A copy of `base` (same parsers, same refiners, same order) whose parsers skip texts they cannot match. */
export function gatedChrono<C extends Chrono>(
  base: C,
  lang: Language,
  make: (config: { parsers: Parser[]; refiners: C['refiners'] }) => C,
): C {
  const table = requiredGroups[lang];
  return make({
    parsers: base.parsers.map((p) => gated(p, table[parserName(p)] ?? [])),
    refiners: [...base.refiners],
  });
}
