import { describe, expect, it } from 'vitest';
import { intents, languages, type Language } from '../domain/index.js';
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

  it.each([
    ["thanks, you've been really helpful", 'thanks'],
    ["Thanks so much, you've been really helpful!", 'thanks'],
    [
      'great. is there someone I could talk to about a bulk order for my wedding too?',
      'human_agent',
    ],
  ] as const)('en, a customer closing or asking for a person: %j → %s', (text, intent) => {
    expect(nlu.understand(text, { lang: 'en' }).intent).toBe(intent);
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
    expect([torn.intent, ...torn.alternatives.map((a) => a.intent)]).toEqual(
      expect.arrayContaining(['cancel_order', 'change_address']),
    );
  });

  describe('requests: what a long or chatty message asks for', () => {
    const intentsOf = (text: string, lang?: Language) =>
      nlu.understand(text, lang ? { lang } : {}).requests.map((r) => r.intent);

    it('lists two real requests in the order written, the first one as the intent', () => {
      const text = 'where is my order 1019? and do you ship to the UK?';
      const u = nlu.understand(text);
      expect(u.requests.map((r) => r.intent)).toEqual(['order_status', 'shop_question']);
      expect(u.intent).toBe('order_status');
      expect(u.confidence).toBe(u.requests[0]!.confidence);
      expect(text.slice(u.requests[0]!.span.start, u.requests[0]!.span.end)).toBe(
        'where is my order 1019?',
      );
      expect(text.slice(u.requests[1]!.span.start, u.requests[1]!.span.end)).toBe(
        'do you ship to the UK?',
      );
    });

    it('a request asked at the end is found even when the backstory told the same intent', () => {
      // "Ho ordinato… ordine 1001" reads as a status on its own; the status is asked at the end.
      const text =
        'Ciao! Ho ordinato una collana con il nome di mia figlia, ordine 1001, ana@example.com. Posso ancora cambiare il nome in Maia? E quando parte?';
      const u = nlu.understand(text, { lang: 'it' });
      expect(u.requests.map((r) => r.intent)).toEqual(['change_details', 'order_status']);
      expect(text.slice(u.requests[1]!.span.start, u.requests[1]!.span.end)).toBe('quando parte?');
    });

    it.each([
      [
        'my order 1042 arrived broken. Also, can I change the address on my other order?',
        ['damaged_item', 'change_address'],
      ],
      [
        'Hi! Could you cancel order 2211 please, and do you sell gift cards?',
        ['cancel_order', 'shop_question'],
      ],
      [
        'Hola, soy Ana. Quiero cancelar mi pedido, pero también saber si envían a Chile',
        ['cancel_order', 'shop_question'],
      ],
      [
        'Bonjour, je m’appelle Luc. Où est ma commande ? Et aussi, livrez-vous en Suisse ?',
        ['order_status', 'shop_question'],
      ],
    ] as const)('%j → %j', (text, expected) => {
      expect(intentsOf(text)).toEqual(expected);
    });

    it('sets greetings, names, pleasantries and backstory aside and keeps the request', () => {
      const text =
        'Hi there! My name is Priya. Hope you are well. I bought a candle from you last month for my sister. When it arrived the glass was cracked.';
      const u = nlu.understand(text);
      expect(u.requests).toHaveLength(1);
      expect(u.intent).toBe('damaged_item');
      expect(u.requests[0]!.span.start).toBe(text.indexOf('I bought'));
      expect(intentsOf('good thanks, my card keeps getting declined at checkout')).toEqual([
        'payment_issue',
      ]);
      expect(intentsOf('Hello, I had some questions about a scarf I wanted to buy.')).toEqual([
        'shop_question',
      ]);
      // A plea for help after the problem is not a request of its own.
      expect(
        intentsOf(
          'El jarrón llegó ayer con el borde desconchado, era un regalo. ¿Qué podemos hacer?',
        ),
      ).toEqual(['damaged_item']);
    });

    it('reads two clauses of one story as one specific request', () => {
      const text = 'Can you check on my order please? It never arrived and it has been two weeks.';
      const u = nlu.understand(text);
      expect(u.requests.map((r) => r.intent)).toEqual(['delivery_problem']);
      expect(u.intent).toBe('delivery_problem');
      expect(u.requests[0]!.span).toEqual({ start: 0, end: text.length });
    });

    it('gives one greeting or thanks request for a message that is only that', () => {
      const hi = nlu.understand('hi there!');
      expect(hi.requests).toHaveLength(1);
      expect(hi.requests[0]).toMatchObject({ intent: 'greeting', span: { start: 0, end: 9 } });
      expect(intentsOf('thanks so much, have a lovely day!')).toEqual(['thanks']);
    });

    it('reads a short remainder after a greeting or thank-you as part of it, but not a request', () => {
      expect(intentsOf('cheers buddy')).toEqual(['thanks']);
      expect(intentsOf('thanks a bunch for that!')).toEqual(['thanks']);
      expect(intentsOf('good morning to all of you')).toEqual(['greeting']);
      expect(intentsOf('thanks, my card got declined')).toEqual(['payment_issue']);
      expect(intentsOf('hi, refund please')).toEqual(['refund_request']);
    });

    it('keeps one or two warm or out-of-scope words after a greeting or thank-you with it', () => {
      expect(intentsOf('gracias, muy amables')).toEqual(['thanks']);
      expect(intentsOf('obrigada, vocês arrasam')).toEqual(['thanks']);
      expect(intentsOf('grazie davvero tanto')).toEqual(['thanks']);
      // …but not a complaint, a problem or a request told in two words.
      expect(intentsOf('thanks, useless')).toEqual(['complaint']);
      expect(intentsOf('thanks, card declined')).toEqual(['payment_issue']);
    });

    it('answers out-of-scope requests with a sure "other", not an order intent', () => {
      for (const text of [
        'I forgot my password and cannot log in',
        'your website is down again',
        'the search bar on the site finds nothing',
        'can you recommend a good dentist?',
      ]) {
        const u = nlu.understand(text);
        expect(u.intent, text).toBe('other');
        expect(u.confidence, text).toBeGreaterThan(nlu.clarifyThreshold);
      }
    });

    it('is unsure about a message that could mean anything', () => {
      for (const text of ['it is about the thing', 'so yeah', 'what about it'])
        expect(nlu.understand(text).confidence, text).toBeLessThan(0.9);
    });

    it('keeps requests consistent with intent on every message', () => {
      for (const text of [
        'hi',
        'where is my order?',
        'Hi, I am Tom. I want a refund. Also my parcel is late.',
        '🙂',
        '#1042',
      ]) {
        const u = nlu.understand(text);
        expect(u.requests.length).toBeGreaterThan(0);
        expect(u.requests[0]).toMatchObject({ intent: u.intent, confidence: u.confidence });
        for (const r of u.requests) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
        }
      }
    });
  });

  describe('bad input: a result, never a throw', () => {
    const cases: [string, string][] = [
      ['empty', ''],
      ['whitespace', '  \n\t '],
      ['emoji only', '😡😡😡'],
      ['html and script', '<script>alert("x")</script><b>where is my order</b>'],
      ['10,000 characters', 'where is my order '.repeat(560)],
      ['mixed languages', 'hola where is mi pedido bitte schnell merci'],
      [
        'random bytes',
        String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 40503) % 65536)),
      ],
      ['lone surrogates', '\ud800\udc00\ud800 abc \udfff'],
      ['control characters', '\u0000\u0001\u0002 order 1042 \u001b[31m'],
      ['a word in an unsupported language', 'Здравствуйте'],
      ['a word in another script', 'ありがとう'],
      ['only an order number', '#1042'],
      ['only a bare number', '55231'],
      ['only an e-mail address', 'ana.lopes@example.com'],
      [
        'a long chatty opening',
        'Hi! My name is Ana. '.repeat(30) + 'Where is my order 1042? And do you ship to Norway?',
      ],
    ];
    it.each(cases)('%s', (_name, text) => {
      const u = nlu.understand(text);
      expect(intents).toContain(u.intent);
      expect(Number.isFinite(u.confidence)).toBe(true);
      expect(u.confidence).toBeGreaterThanOrEqual(0);
      expect(u.confidence).toBeLessThanOrEqual(1);
      for (const e of u.entities)
        expect(e.end).toBeLessThanOrEqual(Math.min(text.length, maxTextLength));
      expect(u.requests.length).toBeGreaterThan(0);
      expect(u.requests[0]).toMatchObject({ intent: u.intent, confidence: u.confidence });
      for (const r of u.requests) {
        expect(r.span.start).toBeGreaterThanOrEqual(0);
        expect(r.span.end).toBeLessThanOrEqual(Math.min(text.length, maxTextLength));
        expect(r.span.start).toBeLessThanOrEqual(r.span.end);
      }
    });

    it('gives a 10,000-character message the requests of its first 2,000 characters', () => {
      const u = nlu.understand('Where is my order 1042? '.repeat(500));
      expect(u.intent).toBe('order_status');
      expect(u.requests.every((r) => r.span.end <= maxTextLength)).toBe(true);
    });

    it('gives "other" with zero confidence when there is nothing to read', () => {
      expect(nlu.understand('')).toMatchObject({ intent: 'other', confidence: 0 });
      expect(nlu.understand('?!...')).toMatchObject({ intent: 'other', confidence: 0 });
    });

    it('reads a non-string as empty text rather than throwing', () => {
      expect(nlu.understand(undefined as unknown as string)).toMatchObject({
        intent: 'other',
        confidence: 0,
      });
    });

    it('stays fast on a 10,000-character message', () => {
      const start = performance.now();
      nlu.understand('x'.repeat(10_000));
      expect(performance.now() - start).toBeLessThan(200);
    });
  });
});
