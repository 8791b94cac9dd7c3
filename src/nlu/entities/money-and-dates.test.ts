import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/index.js';
import { extractEntities } from '../entities.js';

// A Friday.
const now = new Date('2026-11-20T12:00:00Z');
const typed = (text: string, lang: Language, withNow = true) =>
  extractEntities(text, withNow ? { lang, now } : { lang }).map((e) => `${e.type}:${e.value}`);

describe('money is not an order number', () => {
  it.each([
    ['en', 'refund me 500', 'money:500'],
    ['en', 'I paid 74 and never got it', 'money:74'],
    ['en', 'it cost 45 euros', 'money:45 EUR'],
    ['en', 'you charged me 30 twice', 'money:30'],
    ['es', 'me cobraron 30', 'money:30'],
    ['es', 'pagué 74,90 y no ha llegado', 'money:74.90'],
    ['fr', "j'ai payé 74", 'money:74'],
    ['fr', 'remboursez-moi 120 svp', 'money:120'],
    ['de', 'ich habe 74 bezahlt', 'money:74'],
    ['de', 'die Kette kostet 89', 'money:89'],
    ['it', 'ho pagato 74 e niente', 'money:74'],
    ['pt', 'paguei 74 e nada', 'money:74'],
    ['pt', 'me cobraram 30 a mais', 'money:30'],
  ] as const)('%s: %j', (lang, text, expected) => {
    expect(typed(text, lang)).toEqual([expected]);
  });

  it.each([
    ['en', 'order 500', 'order_number:500'],
    ['en', '#500', 'order_number:500'],
    ['es', 'pedido 1001', 'order_number:1001'],
    ['en', '1001', 'order_number:1001'],
    ['en', 'I paid for order 1042 last week', 'order_number:1042'],
  ] as const)('%s: %j stays an order number', (lang, text, expected) => {
    expect(typed(text, lang)).toContain(expected);
    expect(typed(text, lang).filter((t) => t.startsWith('money'))).toEqual([]);
  });
});

describe('an error code is not an order number', () => {
  it.each([
    ['en', 'the checkout page says error 500'],
    ['en', 'I keep getting an error code: 502 when I log in'],
    ['en', 'HTTP 404 on your gift card page'],
    ['es', 'me sale un error 500 al pagar'],
    ['es', 'la web da código de error 503'],
    ['fr', "j'ai une erreur 500 quand je valide le panier"],
    ['de', 'beim Bezahlen kommt Fehler 500'],
    ['de', 'Fehlercode 403 auf der Seite'],
    ['it', 'il sito mi dà errore 500'],
    ['pt', 'dá erro 500 no site'],
  ] as const)('%s: %j', (lang, text) => {
    expect(typed(text, lang).filter((t) => t.startsWith('order_number'))).toEqual([]);
  });

  it('still reads the order number next to an error', () => {
    expect(typed('error 500 when I open order 1042', 'en')).toContain('order_number:1042');
    expect(typed('mi pedido 5521 da error', 'es')).toContain('order_number:5521');
    expect(typed('errore 500, ordine #7781', 'it')).toContain('order_number:7781');
  });
});

describe('relative dates against now', () => {
  it.each([
    ['en', 'it was delivered last Wednesday', '2026-11-18'],
    ['en', 'I ordered two weeks ago', '2026-11-06'],
    ['en', 'it came yesterday broken', '2026-11-19'],
    ['en', 'ordered a couple of days ago', '2026-11-18'],
    ['en', 'placed the order a month ago', '2026-10-20'],
    ['es', 'lo pedí hace dos semanas', '2026-11-06'],
    ['es', 'llegó anteayer', '2026-11-18'],
    ['es', 'el miércoles pasado', '2026-11-18'],
    ['es', 'lo necesito para pasado mañana', '2026-11-22'],
    ['es', 'hice el pedido la semana pasada', '2026-11-13'],
    ['fr', 'commandé la semaine dernière', '2026-11-13'],
    ['fr', 'reçu avant-hier', '2026-11-18'],
    ['fr', 'il y a trois jours', '2026-11-17'],
    ['fr', 'mercredi dernier', '2026-11-18'],
    ['de', 'vor drei Tagen bestellt', '2026-11-17'],
    ['de', 'brauche es übermorgen', '2026-11-22'],
    ['de', 'letzten Mittwoch angekommen', '2026-11-18'],
    ['de', 'vorgestern kam es an', '2026-11-18'],
    ['it', 'ordinato la settimana scorsa', '2026-11-13'],
    ['it', "arrivato l'altro ieri", '2026-11-18'],
    ['it', 'due settimane fa', '2026-11-06'],
    ['it', 'mi serve dopodomani', '2026-11-22'],
    ['pt', 'encomendei há duas semanas', '2026-11-06'],
    ['pt', 'chegou anteontem', '2026-11-18'],
    ['pt', 'na quarta passada', '2026-11-18'],
    ['pt', 'três dias atrás', '2026-11-17'],
    ['pt', 'preciso para depois de amanhã', '2026-11-22'],
  ] as const)('%s: %j', (lang, text, iso) => {
    expect(typed(text, lang).filter((t) => t.startsWith('date'))).toEqual([`date:${iso}`]);
  });

  it('counts "last <weekday>" back a full week when today is that weekday', () => {
    expect(typed('last Friday', 'en')).toEqual(['date:2026-11-13']);
    expect(typed('next Friday', 'en')).toEqual(['date:2026-11-27']);
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(
      extractEntities('a month ago', { lang: 'en', now: new Date(2026, 2, 31, 12) }).map(
        (e) => e.value,
      ),
    ).toEqual(['2026-02-28']);
  });

  it('does not read a morning as tomorrow', () => {
    expect(typed('Guten Morgen, wo ist mein Paket?', 'de')).toEqual([]);
    expect(typed('esta mañana llegó roto', 'es')).toEqual([]);
    expect(typed('heute Morgen kam es kaputt an', 'de')).toEqual(['date:2026-11-20']);
  });

  it('keeps the words as written without a reference date', () => {
    expect(typed('hace dos semanas', 'es', false)).toEqual(['date:hace dos semanas']);
  });
});

describe('"so far" is not a date', () => {
  it.each([
    ['pt', 'fiz a encomenda e até agora nada'],
    ['pt', 'até hoje não recebi nenhum e-mail de vocês'],
    ['es', 'hasta ahora no me ha llegado ningún aviso'],
    ['es', 'hasta hoy nadie me ha contestado'],
    ['it', 'fino ad ora non ho ricevuto niente'],
    ['it', 'fino a oggi nessuna notizia'],
    ['fr', "jusqu'à aujourd'hui je n'ai rien reçu"],
    ['de', 'bis heute ist nichts angekommen'],
    ['en', 'nothing so far, not even right now'],
  ] as const)('%s: %j', (lang, text) => {
    expect(typed(text, lang).filter((e) => e.startsWith('date:'))).toEqual([]);
  });

  it('a day named after "until" still counts when it is not today', () => {
    expect(typed('I need it until Friday', 'en').some((e) => e.startsWith('date:'))).toBe(true);
  });
});
