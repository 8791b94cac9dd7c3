import { createHash } from 'node:crypto';
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoPt from 'chrono-node/pt';
import type { Chrono, ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../domain/index.js';
import { heldOutDir, loadCorpus } from '../corpus-files.js';
import { flattenCorpus } from '../corpus.js';
import { gatedChrono, parserName, requiredGroups } from './chrono-gates.js';

const base: Record<Language, Chrono> = {
  en: chronoEn.casual,
  es: chronoEs.casual,
  fr: chronoFr.casual,
  de: chronoDe.casual,
  it: chronoIt.casual,
  pt: chronoPt.casual,
};
const gated: Record<Language, Chrono> = {
  en: gatedChrono(chronoEn.casual, 'en', (c) => new chronoEn.Chrono(c)),
  es: gatedChrono(chronoEs.casual, 'es', (c) => new chronoEs.Chrono(c)),
  fr: gatedChrono(chronoFr.casual, 'fr', (c) => new chronoFr.Chrono(c)),
  de: gatedChrono(chronoDe.casual, 'de', (c) => new chronoDe.Chrono(c)),
  it: gatedChrono(chronoIt.casual, 'it', (c) => new chronoIt.Chrono(c)),
  pt: gatedChrono(chronoPt.casual, 'pt', (c) => new chronoPt.Chrono(c)),
};

// The patterns as they were read when the groups were chosen (sha-256 of the source, first 12
// hex digits). Another chrono version that changes one fails here: read the new pattern again
// (is every group still one that each match contains?), then update the hash.
const analysed: Record<string, string> = {
  'en:ENYearMonthDayParser': 'dba5b6c462c1',
  'en:ISOFormatParser': '8e85ba2ebd7b',
  'en:SlashDateFormatParser': 'f9bfb1249e45',
  'en:ENMonthNameLittleEndianParser': '95c439d6d5f3',
  'en:ENMonthNameMiddleEndianParser': 'b40bbc95e13d',
  'en:ENWeekdayParser': 'd51cfbfa873b',
  'en:ENSlashMonthFormatParser': 'b14ea1f5567c',
  'en:ENTimeExpressionParser': '7186cb6cba6a',
  'en:ENTimeUnitAgoFormatParser': 'ab0ce49e73a7',
  'en:ENTimeUnitLaterFormatParser': 'd73112cb6caf',
  'en:ENYearMonthNameParser': '7a7e7cf01676',
  'en:ENCasualDateParser': '31c5d4b5cb4b',
  'en:ENCasualTimeParser': 'd93f5ec76a1e',
  'en:ENEndOfCurrentMonthParser': 'f44ddb220e78',
  'en:ENMonthNameParser': 'b465999d6004',
  'en:ENRelativeDateFormatParser': 'ce6e03cdd12d',
  'en:ENTimeUnitCasualRelativeFormatParser': 'b24731d1ff81',
  'es:ISOFormatParser': '8e85ba2ebd7b',
  'es:SlashDateFormatParser': 'f9bfb1249e45',
  'es:ESWeekdayParser': '7f687ab64bfb',
  'es:ESTimeExpressionParser': '744af8c37272',
  'es:ESMonthNameLittleEndianParser': '59f02c6895d9',
  'es:ESCasualDateParser': 'ba6d26c227f3',
  'es:ESCasualTimeParser': '5bba80012a7b',
  'es:ESMonthNameParser': 'abed0060268d',
  'fr:FRCasualTimeParser': 'b7cd4a8fe0b9',
  'fr:FRCasualDateParser': 'c3ff0c4e83c5',
  'fr:ISOFormatParser': '8e85ba2ebd7b',
  'fr:SlashDateFormatParser': 'f9bfb1249e45',
  'fr:FRMonthNameLittleEndianParser': 'ff8a3223e628',
  'fr:FRTimeExpressionParser': '88d9de54bb4c',
  'fr:FRSpecificTimeExpressionParser': 'd854f3427e0e',
  'fr:FRWeekdayParser': 'f389fc02077d',
  'de:DECasualDateParser': '45516b872f9a',
  'de:DECasualTimeParser': '3549a32f67de',
  'de:ISOFormatParser': '8e85ba2ebd7b',
  'de:SlashDateFormatParser': 'f9bfb1249e45',
  'de:DETimeExpressionParser': '7a3ad8b9876e',
  'de:DESpecificTimeExpressionParser': '1ef36e1a6398',
  'de:DEMonthNameLittleEndianParser': 'c6485147c2a5',
  'it:ITYearMonthDayParser': 'c7a6ccc85020',
  'it:ISOFormatParser': '8e85ba2ebd7b',
  'it:SlashDateFormatParser': 'f9bfb1249e45',
  'it:ITMonthNameLittleEndianParser': '9b4069832b36',
  'it:ITMonthNameMiddleEndianParser': '5d841f4ca1fb',
  'it:ITWeekdayParser': 'f5ace27f1aa0',
  'it:ITSlashMonthFormatParser': 'b14ea1f5567c',
  'it:ITTimeExpressionParser': 'a5e3e9ef4473',
  'it:ITTimeUnitAgoFormatParser': '33cfc9664ecf',
  'it:ITTimeUnitLaterFormatParser': 'e2dc22eb1a3b',
  'it:ITCasualDateParser': '8125e44e27e0',
  'it:ITMonthNameParser': '895dd7829a56',
  'it:ITTimeUnitCasualRelativeFormatParser': '05a18c08d305',
  'pt:ISOFormatParser': '8e85ba2ebd7b',
  'pt:SlashDateFormatParser': 'f9bfb1249e45',
  'pt:PTWeekdayParser': 'cef2c84b80ef',
  'pt:PTTimeExpressionParser': '0652638a8ac5',
  'pt:PTMonthNameLittleEndianParser': 'b320426a8631',
  'pt:PTCasualDateParser': '2199b0c83e4e',
  'pt:PTCasualTimeParser': 'f926dfde479b',
};

/** The options findDates parses with; the patterns of a few parsers depend on them. */
const context = { text: '', option: { forwardDate: true } } as unknown as ParsingContext;

/** What findDates reads of a result, and more: position, text, every component and its certainty. */
function described(c: Chrono, text: string, ref: Date): string {
  return JSON.stringify(
    c.parse(text, ref, { forwardDate: true }).map((r) => ({
      index: r.index,
      text: r.text,
      start: r.start.date().toISOString(),
      certain: ['year', 'month', 'day', 'weekday', 'hour', 'minute'].map((k) =>
        r.start.isCertain(k as 'day'),
      ),
      end: r.end?.date().toISOString() ?? null,
      tags: [...r.tags()].sort(),
    })),
  );
}

/** A small deterministic generator (the same texts on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Date words of every language (the gates' own words among them), numbers and joiners. */
const vocabulary = [
  ...Object.values(requiredGroups).flatMap((table) =>
    Object.values(table).flatMap((groups) =>
      groups.flatMap((g) =>
        g
          .replace(/\\s\*/g, ' ')
          .replace(/[()?:\\]/g, ' ')
          .split(/[|\s]+/)
          .filter((w) => /\p{L}/u.test(w)),
      ),
    ),
  ),
  ...'1 2 7 12 15 20 21 31 2026 1986 4471 20th 3rd 1er 1º 5pm 10:30 17h 12/24 3/12 2026-12-01 5.6. 9:00am'.split(
    ' ',
  ),
  ...'in for within a an the few two three days day weeks week months month years h d w y ago later after before from now next last this past de en dans il y a fa prima dopo tra fra hace vor in am um à alle às das next week'.split(
    ' ',
  ),
  ...'on at by to until and of , . ; - / ( ) ! ? \n'.split(' '),
];

const pick = <T>(next: () => number, xs: readonly T[]): T =>
  xs[Math.floor(next() * xs.length)] as T;
const numbers =
  '1 2 3 5 7 10 12 20 21 31 1986 2026 one two three a an the few several couple half un une deux dos tres zwei drei einem due tre um dois'.split(
    ' ',
  );
const units =
  'second seconds minute minutes min mins hour hours hr h day days d week weeks w month months mo year years y quarter segundos minutos horas días dias semanas meses años minutes heures jours semaines mois ans minuten stunden tage tagen wochen monate jahre minuti ore giorni settimane mesi anni gg semanas anos'.split(
    ' ',
  );
const before =
  'in within for about around this last past next after + - dans en pour il y a hace en dentro de vor in für während seit tra fra entro per questo scorso prossimo dopo há faz em daqui a'.split(
    ' ',
  );
const after =
  'ago before earlier later after from now out henceforth forward fa prima dopo più tardi da adesso da ora atrás depois antes plus tard prochain dernier passé später früher'.split(
    ' ',
  );
const chunks: ((next: () => number) => string)[] = [
  (n) => `${pick(n, numbers)} ${pick(n, units)} ${pick(n, after)}`,
  (n) => `${pick(n, before)} ${pick(n, numbers)} ${pick(n, units)}`,
  (n) => `${pick(n, before)} ${pick(n, units)}`,
  (n) =>
    `${pick(n, numbers)}${pick(n, ['', ' ', 'th ', 'st ', 'er ', 'º ', '. '])}${pick(n, vocabulary)} ${pick(n, ['', '2026', '86', 'de 2026'])}`,
  (n) => `${pick(n, vocabulary)} ${pick(n, numbers)}`,
  (n) =>
    `${pick(n, ['at', 'à', 'um', 'alle', 'às', 'a las', ''])} ${1 + Math.floor(n() * 23)}${pick(n, [':30', 'h', 'h15', ' pm', 'am', ' Uhr', ''])}`,
  (n) => pick(n, vocabulary),
];

function synthetic(count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 5);
    for (let j = 0; j < n; j++) {
      let w = pick(next, chunks)(next);
      const r = next();
      if (r < 0.15) w = w.toUpperCase();
      else if (r < 0.3) w = w.charAt(0).toUpperCase() + w.slice(1);
      parts.push(w);
    }
    out.push(parts.join(pick(next, [' ', ', ', '. ', ' and ', ' to ', ' - ', '', '\n'])));
  }
  return out;
}

describe('chrono gates', () => {
  it('gate only patterns read as they are now, and every group is in its pattern', () => {
    const seen = new Set<string>();
    for (const lang of languages) {
      for (const p of base[lang].parsers) {
        const name = parserName(p);
        const groups = requiredGroups[lang][name];
        if (!groups) continue;
        const source = p.pattern(context).source;
        const key = `${lang}:${name}`;
        seen.add(key);
        expect(createHash('sha256').update(source).digest('hex').slice(0, 12), key).toBe(
          analysed[key],
        );
        for (const g of groups) expect(source.includes(g), `${key} ${g}`).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(analysed).sort());
  });

  it('keeps the parsers and refiners, in order', () => {
    for (const lang of languages) {
      expect(gated[lang].parsers.length).toBe(base[lang].parsers.length);
      expect(gated[lang].refiners).toEqual(base[lang].refiners);
    }
  });

  const ref = new Date('2026-11-20T12:00:00Z');
  const corpus = [
    ...flattenCorpus(loadCorpus()),
    ...flattenCorpus(loadCorpus(heldOutDir() ?? undefined)),
  ];

  it('finds what chrono finds in every corpus and held-out message, in its language', () => {
    for (const u of corpus) {
      expect(described(gated[u.lang], u.text, ref), u.text).toBe(
        described(base[u.lang], u.text, ref),
      );
    }
  });

  it('finds what chrono finds in texts made of date words, numbers and joiners, in every language', () => {
    for (const lang of languages) {
      for (const text of synthetic(2500, 7 + lang.charCodeAt(0))) {
        expect(described(gated[lang], text, ref), `${lang}: ${text}`).toBe(
          described(base[lang], text, ref),
        );
      }
    }
  });

  it('finds what chrono finds in long messages of several sentences', () => {
    const next = random(99);
    for (let i = 0; i < 300; i++) {
      const lang = languages[i % languages.length] as Language;
      let text = '';
      while (text.length < 1500) {
        text += `${(corpus[Math.floor(next() * corpus.length)] as { text: string }).text} `;
        if (next() < 0.3) text += `${synthetic(1, i * 31 + text.length)[0] as string}. `;
      }
      expect(described(gated[lang], text, ref), text).toBe(described(base[lang], text, ref));
    }
  });
});
