import { describe, expect, it } from 'vitest';
import { languages } from '../../domain/index.js';
import { extractEntities } from '../entities.js';
import { createNlu } from '../index.js';
import { analyseSentiment } from '../sentiment.js';

const nlu = createNlu();
const now = new Date('2026-11-20T12:00:00Z');

// Runs of the pieces each finder looks for, long enough to expose any backtracking that is not linear.
const adversarial: [string, string][] = [
  ['change words', 'change Mia to '.repeat(800)],
  ['from-to runs', 'de Mia a '.repeat(1200)],
  ['street numbers', '12 rue '.repeat(1500)],
  ['street words', 'Calle Mayor '.repeat(900)],
  ['house numbers and commas', '22 Oak Street, '.repeat(700)],
  ['postcodes and cities', '28013 Madrid, '.repeat(800)],
  ['relative dates', 'hace dos semanas '.repeat(600)],
  ['paying words', 'paid 74 '.repeat(1300)],
  ['quotes and arrows', "'a' -> ".repeat(1500)],
  ['digits and spaces', '1 '.repeat(5000)],
  ['capitals', 'A'.repeat(10_000)],
  ['commas and line breaks', ',\n'.repeat(5000)],
  ['accented letters', 'é'.repeat(10_000)],
  ['negations', 'not no nicht pas non não '.repeat(400)],
];

const junk: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n  \r\n '],
  ['emoji only', '😡🙏🎉❤️‍🔥'],
  ['html', '<p onclick="x()">hi <b>there</b></p><script>alert(1)</script>'],
  [
    'binary junk',
    String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 65536)),
  ],
  ['only an order number', '#1042'],
  ['only an e-mail', 'ana@example.com'],
  ['ten thousand characters', 'where is my order, it was for a birthday. '.repeat(240)],
  ['lone surrogates', '\ud800\udc00\ud800 abc \udfff'],
];

describe('bad input to entities, sentiment and language id', () => {
  it.each([...junk, ...adversarial])('%s: defined results, no exception, fast', (_name, text) => {
    for (const lang of languages) {
      const entities = extractEntities(text, { lang, now });
      for (const e of entities)
        expect(e.start >= 0 && e.end <= text.length && e.start < e.end).toBe(true);
      const s = analyseSentiment(text, lang);
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const u = nlu.understand(text, { lang: 'fr', now });
    expect(languages).toContain(u.lang);
    expect(u.langConfidence).toBeGreaterThanOrEqual(0);
    // Timed after a first run: V8 runs a regular expression's first executions in its interpreter, where
    // chrono-node's date patterns can take a few hundred milliseconds on runs like "Mayor Mayor…".
    const start = performance.now();
    extractEntities(text, { lang: 'es', now });
    analyseSentiment(text, 'es');
    nlu.understand(text, { lang: 'es', now });
    // A few milliseconds on an idle machine; generous for a loaded one. Catastrophic backtracking takes seconds.
    expect(performance.now() - start).toBeLessThan(300);
  });

  it('gives the expected entities for the one-thing messages', () => {
    expect(extractEntities('#1042', { lang: 'en' }).map((e) => e.type)).toEqual(['order_number']);
    expect(extractEntities('ana@example.com', { lang: 'en' }).map((e) => e.type)).toEqual([
      'email',
    ]);
    expect(extractEntities('', { lang: 'en' })).toEqual([]);
    expect(extractEntities('   ', { lang: 'en' })).toEqual([]);
    expect(extractEntities('😡🙏', { lang: 'en' })).toEqual([]);
  });

  it('reads the text inside HTML markup', () => {
    expect(
      extractEntities('<p>where is <b>#1042</b>?</p><br/>', { lang: 'en' }).map((e) => e.value),
    ).toEqual(['1042']);
  });

  it('keeps the conversation language for text without letters', () => {
    expect(nlu.understand('😡😡', { lang: 'it' })).toMatchObject({ lang: 'it', langConfidence: 0 });
    expect(nlu.understand('   ', { lang: 'pt' })).toMatchObject({ lang: 'pt', langConfidence: 0 });
  });

  it('reads neutral sentiment for empty, whitespace and markup', () => {
    expect(analyseSentiment('', 'en')).toEqual({ label: 'neutral', score: 0 });
    expect(analyseSentiment(' \n ', 'de')).toEqual({ label: 'neutral', score: 0 });
    expect(analyseSentiment('<b></b>', 'fr').label).toBe('neutral');
  });
});
