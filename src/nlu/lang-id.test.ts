import { describe, expect, it } from 'vitest';
import { languages } from '../domain/index.js';
import { createNlu } from './index.js';
import { mayEndRepeated } from './lang-id.js';
import { mixedMessages, shortMessages } from './lang-id.short-messages.js';

const nlu = createNlu();
const lang = (text: string, hint?: (typeof languages)[number]) =>
  nlu.understand(text, hint ? { lang: hint } : {});

describe('language identification', () => {
  it.each([
    ['en', 'where is my order, it was a gift'],
    ['en', 'the mug arrived cracked'],
    ['es', '¿dónde está mi pedido?'],
    ['es', 'quiero cambiar la dirección de envío'],
    ['es', 'el collar llegó roto'],
    ['fr', 'où en est ma commande ?'],
    ['fr', 'je voudrais changer la gravure'],
    ['fr', 'le colis est arrivé cassé'],
    ['de', 'wo ist meine Bestellung?'],
    ['de', 'ich möchte die Gravur ändern'],
    ['de', 'die Tasse kam kaputt an'],
    ['it', "dov'è il mio ordine?"],
    ['it', "vorrei cambiare l'incisione"],
    ['it', 'la tazza è arrivata rotta'],
    ['pt', 'onde está a minha encomenda?'],
    ['pt', 'quero mudar a morada de entrega'],
    ['pt', 'o colar chegou partido'],
  ] as const)('tells %s in %j', (expected, text) => {
    expect(lang(text).lang).toBe(expected);
  });

  it.each([
    ['en', 'thanks'],
    ['es', 'gracias'],
    ['fr', 'merci beaucoup'],
    ['de', 'danke schön'],
    ['it', 'grazie mille'],
    ['pt', 'obrigada'],
  ] as const)('tells %s in a one- or two-word message %j', (expected, text) => {
    expect(lang(text).lang).toBe(expected);
  });

  it('lets the conversation language decide a message that fits several languages', () => {
    // "no" and "ok" are words in several of our languages.
    expect(lang('ok', 'it').lang).toBe('it');
    expect(lang('no', 'es').lang).toBe('es');
  });

  it('reads no language into an e-mail address or a link', () => {
    // "pedido" is Spanish and Portuguese; "joao", "example" and "com" are not the customer's words.
    expect(lang('pedido 1024, joao@example.com', 'pt').lang).toBe('pt');
    expect(lang('pedido 1024, joao@example.com', 'es').lang).toBe('es');
    expect(lang('encomenda 1024 - vê em https://example.com/track/1024', 'pt').lang).toBe('pt');
  });

  it('does not let a hint override a clear message', () => {
    expect(lang('ich möchte meine Bestellung stornieren', 'en').lang).toBe('de');
  });

  it('falls back to the hint (or English) with zero confidence when there are no letters', () => {
    expect(lang('🙂🙂', 'fr')).toMatchObject({ lang: 'fr', langConfidence: 0 });
    expect(lang('12345')).toMatchObject({ lang: 'en', langConfidence: 0 });
    expect(lang('')).toMatchObject({ lang: 'en', langConfidence: 0 });
  });

  it('reports a confidence between 0 and 1', () => {
    for (const text of [
      'hola',
      'where is my order',
      'asdkjh qwe',
      'mi pedido, my order, ma commande',
    ]) {
      const u = lang(text);
      expect(u.langConfidence).toBeGreaterThanOrEqual(0);
      expect(u.langConfidence).toBeLessThanOrEqual(1);
    }
  });

  it('picks the dominant language of a mixed message', () => {
    expect(lang('hola, my order 1042 has not arrived yet and I need it tomorrow').lang).toBe('en');
    expect(lang('hi! quería saber dónde está mi pedido, gracias').lang).toBe('es');
  });

  it.each([
    ['pt', 'vlw'],
    ['pt', 'obg'],
    ['pt', 'quanto custa o frete pro brasil?'],
    ['it', 'spedite in Svizzera?'],
    ['es', 'hola!! envían a mexico'],
    ['fr', 'merci bcp'],
    ['de', 'danke dir'],
    ['it', 'grazie mille'],
    ['en', 'ok thx'],
    ['en', 'plz'],
    ['pt', 'tmj'],
    ['it', 'cmq'],
    ['fr', 'stp'],
    ['es', 'xfa'],
    ['pt', 'pfv'],
    ['pt', 'obrigadaa'],
    ['es', 'graciass'],
  ] as const)('tells %s in the chat shorthand %j', (expected, text) => {
    expect(lang(text).lang).toBe(expected);
  });

  it.each([
    ['de', 'thx'],
    ['fr', 'ok'],
    ['pt', 'lol'],
    ['it', 'okk'],
    ['es', 'jaja'],
    ['pt', 'sim'],
  ] as const)('keeps the conversation language %s for the one-word answer %j', (hint, text) => {
    expect(lang(text, hint).lang).toBe(hint);
  });

  it('lets a clear one-word answer in another language win over the hint', () => {
    expect(lang('obrigada', 'es').lang).toBe('pt');
    expect(lang('danke', 'en').lang).toBe('de');
  });

  it('lets the hint decide a mixed message when both languages weigh about the same', () => {
    expect(lang('ok merci', 'fr').lang).toBe('fr');
    expect(lang('grazie, ok', 'it').lang).toBe('it');
  });

  // Written apart from the rules (see lang-id.short-messages.ts); the floor guards against regressions.
  it('tells at least 90% of short informal messages it was not tuned on', () => {
    const right = shortMessages.filter((m) => lang(m.text).lang === m.lang).length;
    expect(right / shortMessages.length).toBeGreaterThanOrEqual(0.9);
  });

  it('picks the dominant language of every mixed message of the measuring set', () => {
    for (const m of mixedMessages) expect(lang(m.text).lang, m.text).toBe(m.lang);
  });
});

describe('mayEndRepeated', () => {
  it('is false only for words that /(.)\\1+$/u leaves as they are', () => {
    const words = [
      'hola',
      'graciass',
      'obgg',
      'ok',
      'a',
      '',
      'aa',
      'ää',
      'xÄä',
      '😀😀',
      'a😀',
      '😀a',
      'ab\n\n',
      'a\u2028\u2028',
      '\ud800\ud800',
      '\udc00\udc00',
      'e\u0301\u0301',
      'no',
      'noo',
      'nö',
      ...'merci danke grazie obrigado thanks gracias'.split(' '),
    ];
    for (let c = 0; c < 0x3000; c += 7) {
      words.push(`x${String.fromCharCode(c)}${String.fromCharCode(c)}`);
      words.push(`x${String.fromCharCode(c + 1)}${String.fromCharCode(c)}`);
    }
    for (const w of words) {
      if (!mayEndRepeated(w)) expect(w.replace(/(.)\1+$/u, '$1'), JSON.stringify(w)).toBe(w);
    }
  });
});
