import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { extractEntities, normaliseAmount } from './entities.js';
import type { EntityType } from './types.js';

const now = new Date('2026-11-20T12:00:00Z');
const find = (text: string, lang: Language = 'en', withNow = true) =>
  extractEntities(text, withNow ? { lang, now } : { lang });
const ofType = (text: string, type: EntityType, lang: Language = 'en') =>
  find(text, lang).filter((e) => e.type === type);

describe('extractEntities', () => {
  it('gives offsets into the original text for every entity', () => {
    const text =
      'Order #1042: engrave "Mia & Leo", size 7, rose gold, ana@example.com, 45,50 €, by 3 December';
    const entities = find(text);
    expect(entities.map((e) => e.type)).toEqual([
      'order_number',
      'quoted_text',
      'size',
      'colour',
      'email',
      'money',
      'date',
    ]);
    for (const e of entities) expect(e.end).toBeGreaterThan(e.start);
    expect(text.slice(entities[1]!.start, entities[1]!.end)).toBe('Mia & Leo');
    expect(text.slice(entities[4]!.start, entities[4]!.end)).toBe('ana@example.com');
  });

  it.each([
    ['where is #1042', '1042'],
    ['my order number is 7783', '7783'],
    ['order 55-231 please', '55-231'],
    ['status of A1B2C3?', 'A1B2C3'],
    ['hey can u check 6672 pls', '6672'],
    ['mi pedido es el 7783', '7783'],
    ['commande n° 4471', '4471'],
    ['Bestellnummer 99812', '99812'],
    ["l'ordine 3321 è in ritardo", '3321'],
    ['a encomenda a1b2c3 chegou', 'A1B2C3'],
  ])('finds the order number in %j', (text, value) => {
    expect(ofType(text, 'order_number', 'en').map((e) => e.value)).toEqual([value]);
  });

  it('does not take a year, a ring size or a short count for an order number', () => {
    expect(ofType('we married in 2019', 'order_number')).toEqual([]);
    expect(ofType('I ordered 2 mugs in size 7', 'order_number')).toEqual([]);
  });

  it('finds e-mail addresses, lower-cased', () => {
    expect(ofType('write to Ana.Lopez+shop@Example.co.uk please', 'email')).toEqual([
      { type: 'email', value: 'ana.lopez+shop@example.co.uk', start: 9, end: 37 },
    ]);
  });

  it.each([
    ['my zip code is 94110', '94110', 'en'],
    ['postcode SW1A 1AA', 'SW1A 1AA', 'en'],
    ['deliver to M5V 3L9 instead', 'M5V 3L9', 'en'],
    ['o código postal é 1000-001', '1000-001', 'pt'],
    ['die PLZ ist 10115', '10115', 'de'],
    ['el código postal es 28013', '28013', 'es'],
    ['code postal 75011', '75011', 'fr'],
    ['il CAP è 20121', '20121', 'it'],
  ] as const)('finds the postcode in %j', (text, value, lang) => {
    expect(ofType(text, 'postcode', lang).map((e) => e.value)).toEqual([value]);
  });

  it.each([
    ['the engraving should say "Forever yours"', 'Forever yours'],
    ['write “Love, Grandma” on it', 'Love, Grandma'],
    ['gravez « Pour toujours » svp', 'Pour toujours'],
    ['auf der Gravur soll „Für immer“ stehen', 'Für immer'],
    ["put 'Tom & Jen' on the board", 'Tom & Jen'],
  ])('finds quoted text in %j', (text, value) => {
    const [q] = ofType(text, 'quoted_text');
    expect(q?.value).toBe(value);
    expect(text.slice(q!.start, q!.end)).toBe(value);
  });

  it('does not read apostrophes inside words as quotes', () => {
    expect(ofType("I can't find my daughter's necklace", 'quoted_text')).toEqual([]);
  });

  it('keeps entities inside quotes as part of the quoted text', () => {
    expect(find('engrave "12.06.2026 #42"').map((e) => e.type)).toEqual(['quoted_text']);
  });

  it.each([
    ['ring size 7', '7', 'en'],
    ['size 6.5 please', '6.5', 'en'],
    ['talla M', 'M', 'es'],
    ['taille 54', '54', 'fr'],
    ['Größe 52', '52', 'de'],
    ['chain of 45 cm', '45 cm', 'en'],
    ['a 20 inch chain', '20 in', 'en'],
    ['a 30x40 cm print', '30x40 cm', 'en'],
    ['I need XL', 'XL', 'en'],
  ] as const)('finds the size in %j', (text, value, lang) => {
    expect(ofType(text, 'size', lang).map((e) => e.value)).toEqual([value]);
  });

  it.each([
    ['make it green', 'green', 'en'],
    ['in rose gold please', 'rose gold', 'en'],
    ['lo quiero en azul', 'blue', 'es'],
    ['en vert sauge', 'sage', 'fr'],
    ['bitte in Schwarz', 'black', 'de'],
    ['la voglio rossa', 'red', 'it'],
    ['em prateado', 'silver', 'pt'],
  ] as const)('finds the colour in %j as a canonical name', (text, value, lang) => {
    expect(ofType(text, 'colour', lang).map((e) => e.value)).toEqual([value]);
  });

  it('does not read English "or" as French gold', () => {
    expect(ofType('blue or green?', 'colour').map((e) => e.value)).toEqual(['blue', 'green']);
  });

  it.each([
    ['I need it by December 3rd', '2026-12-03', 'en'],
    ['can it arrive tomorrow?', '2026-11-21', 'en'],
    ['lo necesito para el 3 de diciembre', '2026-12-03', 'es'],
    ['avant le 14 février', '2027-02-14', 'fr'],
    ['bis zum 5. Dezember', '2026-12-05', 'de'],
    ['entro il 20 dicembre', '2026-12-20', 'it'],
    ['até dia 10 de janeiro', '2027-01-10', 'pt'],
    ['the date should be 12/06/2026', '2026-12-06', 'en'],
  ] as const)('finds the date in %j relative to now', (text, value, lang) => {
    expect(ofType(text, 'date', lang).map((e) => e.value)).toEqual([value]);
  });

  it('without a reference date, only dates with a year get an ISO value', () => {
    expect(
      find('married on 14 February 2020', 'en', false).find((e) => e.type === 'date')?.value,
    ).toBe('2020-02-14');
    expect(find('by tomorrow', 'en', false).find((e) => e.type === 'date')?.value).toBe('tomorrow');
  });

  it.each([
    ['I paid $80', '80 USD'],
    ['I paid 45 euros', '45 EUR'],
    ['it cost 45,50 €', '45.50 EUR'],
    ['£1,299.99 for a ring!', '1299.99 GBP'],
    ['a refund of 350 dollars', '350 USD'],
    ['paguei R$ 120', '120 BRL'],
    ['refund 12.5 EUR', '12.50 EUR'],
  ])('finds the amount in %j', (text, value) => {
    expect(ofType(text, 'money').map((e) => e.value)).toEqual([value]);
  });

  it('normalises decimal commas and thousands separators', () => {
    expect(normaliseAmount('1.234,5')).toBe('1234.50');
    expect(normaliseAmount('1,234')).toBe('1234');
    expect(normaliseAmount('7')).toBe('7');
  });

  it('never throws and stays fast on hostile input', () => {
    const junk = [
      '',
      '   ',
      '🙂🙂🙂',
      '<script>alert("x")</script>',
      'x'.repeat(10_000),
      '1'.repeat(10_000),
      '"'.repeat(5_000),
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
    ];
    for (const text of junk) {
      const start = performance.now();
      const entities = find(text);
      expect(performance.now() - start).toBeLessThan(500);
      for (const e of entities)
        expect(e.start >= 0 && e.end <= text.length && e.start < e.end).toBe(true);
    }
  });

  it('returns non-overlapping entities in reading order', () => {
    const entities = find(
      'order 1042 for ana@x.io, $45 on 12/24 in size 8, "Mia" in gold, zip 94110',
    );
    for (let i = 1; i < entities.length; i++)
      expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
  });
});

// Relative dates written with number words, "ago" words and next-week words in the six languages:
// whatever decides which texts are handed to chrono-node must keep every one of them.
describe('relative dates with number words', () => {
  it.each([
    ['en', 'I ordered ten days ago', '2026-11-10', 'ten days ago'],
    ['en', 'it should come in two weeks', '2026-12-04', 'in two weeks'],
    ['en', 'next week please', '2026-11-27', 'next week'],
    ['en', 'can it come tomorrow', '2026-11-21', 'tomorrow'],
    ['es', 'lo pedí hace diez días', '2026-11-10', 'hace diez días'],
    ['es', 'hace dos meses que pagué', '2026-09-20', 'hace dos meses'],
    ['es', 'llegará dentro de tres días', '2026-11-23', 'dentro de tres días'],
    ['es', 'la semana que viene', '2026-11-27', 'la semana que viene'],
    ['es', 'mañana por favor', '2026-11-21', 'mañana'],
    ['fr', 'commandé il y a deux semaines', '2026-11-06', 'il y a deux semaines'],
    ['fr', 'il y a dix jours', '2026-11-10', 'il y a dix jours'],
    ['fr', 'dans deux semaines', '2026-12-04', 'dans deux semaines'],
    ['fr', 'la semaine prochaine', '2026-11-27', 'la semaine prochaine'],
    ['fr', 'demain svp', '2026-11-21', 'demain'],
    ['de', 'vor zehn Tagen bestellt', '2026-11-10', 'vor zehn Tagen'],
    ['de', 'vor zwei Wochen bezahlt', '2026-11-06', 'vor zwei Wochen'],
    ['de', 'in drei Tagen', '2026-11-23', 'in drei Tagen'],
    ['de', 'nächste Woche', '2026-11-27', 'nächste Woche'],
    ['de', 'bis morgen bitte', '2026-11-21', 'morgen'],
    ['it', 'ordinato tre settimane fa', '2026-10-30', 'tre settimane fa'],
    ['it', 'dieci giorni fa', '2026-11-10', 'dieci giorni fa'],
    ['it', 'tra due settimane', '2026-12-04', 'tra due settimane'],
    ['it', 'la settimana prossima', '2026-11-27', 'la settimana prossima'],
    ['it', 'domani per favore', '2026-11-21', 'domani'],
    ['pt', 'há dois meses', '2026-09-20', 'há dois meses'],
    ['pt', 'encomendei há dez dias', '2026-11-10', 'há dez dias'],
    ['pt', 'daqui a duas semanas', '2026-12-04', 'daqui a duas semanas'],
    ['pt', 'na próxima semana', '2026-11-27', 'na próxima semana'],
    ['pt', 'amanhã por favor', '2026-11-21', 'amanhã'],
  ] as const)('%s: %j', (lang, text, iso, written) => {
    const dates = ofType(text, 'date', lang);
    expect(dates.map((e) => [e.value, text.slice(e.start, e.end)])).toEqual([[iso, written]]);
  });
});

describe('an e-mail address written out the way it is said', () => {
  it.each([
    ['my mail is jade at example dot com', 'jade@example.com'],
    ['jade (at) example (dot) com', 'jade@example.com'],
    ['c est jade arobase example point fr', 'jade@example.fr'],
    ['meine Adresse: jade at example punkt de', 'jade@example.de'],
  ])('%s → %s', (text, email) => {
    expect(extractEntities(text, { lang: 'en' }).find((e) => e.type === 'email')?.value).toBe(
      email,
    );
  });

  it('is not read from other uses of "at"', () => {
    for (const text of ['see you at the studio', 'arrived at 5 pm', 'look at the photo'])
      expect(extractEntities(text, { lang: 'en' }).some((e) => e.type === 'email')).toBe(false);
  });
});
