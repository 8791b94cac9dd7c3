import { describe, expect, it } from 'vitest';
import { languages } from '../domain/index.js';
import { createNlu } from './index.js';

const nlu = createNlu();
const lang = (text: string, hint?: (typeof languages)[number]) => nlu.understand(text, hint ? { lang: hint } : {});

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

  it('does not let a hint override a clear message', () => {
    expect(lang('ich möchte meine Bestellung stornieren', 'en').lang).toBe('de');
  });

  it('falls back to the hint (or English) with zero confidence when there are no letters', () => {
    expect(lang('🙂🙂', 'fr')).toMatchObject({ lang: 'fr', langConfidence: 0 });
    expect(lang('12345')).toMatchObject({ lang: 'en', langConfidence: 0 });
    expect(lang('')).toMatchObject({ lang: 'en', langConfidence: 0 });
  });

  it('reports a confidence between 0 and 1', () => {
    for (const text of ['hola', 'where is my order', 'asdkjh qwe', 'mi pedido, my order, ma commande']) {
      const u = lang(text);
      expect(u.langConfidence).toBeGreaterThanOrEqual(0);
      expect(u.langConfidence).toBeLessThanOrEqual(1);
    }
  });

  it('picks the dominant language of a mixed message', () => {
    expect(lang('hola, my order 1042 has not arrived yet and I need it tomorrow').lang).toBe('en');
    expect(lang('hi! quería saber dónde está mi pedido, gracias').lang).toBe('es');
  });
});
