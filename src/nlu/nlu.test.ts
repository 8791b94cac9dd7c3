import { describe, expect, it } from 'vitest';
import { intents, languages } from '../domain/index.js';
import { createNlu, defaultClarifyThreshold, maxTextLength } from './index.js';

const nlu = createNlu();
const now = new Date('2026-11-20T12:00:00Z');

describe('createNlu().understand', () => {
  it.each([
    ['en', "what stage is my portrait at? it's for my mum's birthday", 'order_status'],
    ['en', 'the tracking has not moved in a week', 'delivery_problem'],
    ['en', 'I made a typo in the engraving, it should say Maya', 'change_details'],
    ['en', 'the mug arrived cracked', 'damaged_item'],
    ['en', 'let me talk to a human', 'human_agent'],
    ['es', 'quiero cancelar mi pedido', 'cancel_order'],
    ['es', 'me he mudado, ¿podéis enviarlo a mi nueva dirección?', 'change_address'],
    ['fr', 'il manque une boucle d’oreille dans la boîte', 'missing_item'],
    ['fr', 'quand vais-je recevoir mon remboursement ?', 'refund_status'],
    ['de', 'ich wurde doppelt belastet', 'payment_issue'],
    ['de', 'ist die Glasur lebensmittelecht?', 'shop_question'],
    ['it', 'potete dipingere i miei due gatti insieme?', 'custom_request'],
    ['it', 'grazie mille, a presto!', 'thanks'],
    ['pt', 'olá, bom dia', 'greeting'],
    ['pt', 'escreveram mal o nome da minha filha', 'wrong_item'],
  ] as const)('%s: %j → %s', (lang, text, intent) => {
    const u = nlu.understand(text);
    expect(u.intent).toBe(intent);
    expect(u.lang).toBe(lang);
  });

  it('returns the full shape with calibrated numbers in range', () => {
    const u = nlu.understand('where is my order #1042? I need it by December 3rd 😬', { now });
    expect(intents).toContain(u.intent);
    expect(languages).toContain(u.lang);
    expect(u.confidence).toBeGreaterThanOrEqual(0);
    expect(u.confidence).toBeLessThanOrEqual(1);
    expect(u.alternatives).toHaveLength(3);
    expect(u.alternatives[0]!.confidence).toBeLessThanOrEqual(u.confidence);
    expect(u.entities.map((e) => e.type)).toEqual(['order_number', 'date']);
    expect(['negative', 'neutral', 'positive']).toContain(u.sentiment.label);
  });

  it('is deterministic', () => {
    const text = 'my necklace came broken, I want a refund';
    expect(nlu.understand(text)).toEqual(nlu.understand(text));
    expect(createNlu().understand(text)).toEqual(nlu.understand(text));
  });

  it('exposes a clarify threshold; a message torn between two intents is less sure and names the other one', () => {
    expect(nlu.clarifyThreshold).toBe(defaultClarifyThreshold);
    expect(createNlu({ clarifyThreshold: 0.7 }).clarifyThreshold).toBe(0.7);
    const clear = nlu.understand('please cancel my order');
    expect(clear.confidence).toBeGreaterThan(nlu.clarifyThreshold);
    const torn = nlu.understand('cancel it or change the address');
    expect(torn.confidence).toBeLessThan(clear.confidence);
    expect([torn.intent, ...torn.alternatives.map((a) => a.intent)]).toEqual(expect.arrayContaining(['cancel_order', 'change_address']));
  });

  describe('bad input: a result, never a throw', () => {
    const cases: [string, string][] = [
      ['empty', ''],
      ['whitespace', '  \n\t '],
      ['emoji only', '😡😡😡'],
      ['html and script', '<script>alert("x")</script><b>where is my order</b>'],
      ['10,000 characters', 'where is my order '.repeat(560)],
      ['mixed languages', 'hola where is mi pedido bitte schnell merci'],
      ['random bytes', String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 40503) % 65536))],
      ['lone surrogates', '\ud800\udc00\ud800 abc \udfff'],
      ['control characters', '\u0000\u0001\u0002 order 1042 \u001b[31m'],
    ];
    it.each(cases)('%s', (_name, text) => {
      const u = nlu.understand(text);
      expect(intents).toContain(u.intent);
      expect(Number.isFinite(u.confidence)).toBe(true);
      expect(u.confidence).toBeGreaterThanOrEqual(0);
      expect(u.confidence).toBeLessThanOrEqual(1);
      for (const e of u.entities) expect(e.end).toBeLessThanOrEqual(Math.min(text.length, maxTextLength));
    });

    it('gives "other" with zero confidence when there is nothing to read', () => {
      expect(nlu.understand('')).toMatchObject({ intent: 'other', confidence: 0 });
      expect(nlu.understand('?!...')).toMatchObject({ intent: 'other', confidence: 0 });
    });

    it('reads a non-string as empty text rather than throwing', () => {
      expect(nlu.understand(undefined as unknown as string)).toMatchObject({ intent: 'other', confidence: 0 });
    });

    it('stays fast on a 10,000-character message', () => {
      const start = performance.now();
      nlu.understand('x'.repeat(10_000));
      expect(performance.now() - start).toBeLessThan(200);
    });
  });
});
