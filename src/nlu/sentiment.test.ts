import { describe, expect, it } from 'vitest';
import { analyseSentiment } from './sentiment.js';

describe('analyseSentiment', () => {
  it.each([
    ['en', 'this is the worst service ever, absolutely unacceptable'],
    ['en', 'the mug arrived broken and I am so disappointed 😡'],
    ['es', 'es el peor servicio, una vergüenza'],
    ['fr', 'service nul, je suis très déçue'],
    ['de', 'das ist eine Frechheit, total enttäuscht'],
    ['it', 'servizio pessimo, sono delusa'],
    ['pt', 'péssimo serviço, estou muito desiludida'],
  ] as const)('%s: %j is negative', (lang, text) => {
    const s = analyseSentiment(text, lang);
    expect(s.label).toBe('negative');
    expect(s.score).toBeLessThan(-0.2);
  });

  it.each([
    ['en', 'thank you so much, it is beautiful!'],
    ['es', 'muchas gracias, es precioso'],
    ['fr', 'merci beaucoup, il est magnifique'],
    ['de', 'vielen Dank, die Kette ist wunderschön'],
    ['it', 'grazie mille, è bellissima'],
    ['pt', 'muito obrigada, adorei'],
  ] as const)('%s: %j is positive', (lang, text) => {
    const s = analyseSentiment(text, lang);
    expect(s.label).toBe('positive');
    expect(s.score).toBeGreaterThan(0.2);
  });

  it.each([
    ['en', 'what sizes do the rings come in'],
    ['es', 'cuánto cuesta el envío a México'],
    ['fr', 'vous livrez en Suisse ?'],
    ['de', 'welche Ringgrößen habt ihr'],
    ['it', 'spedite in Germania?'],
    ['pt', 'enviam para França?'],
  ] as const)('%s: %j is neutral', (lang, text) => {
    expect(analyseSentiment(text, lang).label).toBe('neutral');
  });

  it('turns praise negative under negation', () => {
    expect(analyseSentiment('not happy at all, not good', 'en').label).toBe('negative');
    expect(analyseSentiment('non sono per niente contenta', 'it').label).toBe('negative');
  });

  it('is stronger when the customer shouts', () => {
    const calm = analyseSentiment('this is terrible', 'en').score;
    const loud = analyseSentiment('THIS IS TERRIBLE!!!', 'en').score;
    expect(loud).toBeLessThan(calm);
  });

  it('keeps the score within -1..1 and handles empty and emoji-only text', () => {
    expect(analyseSentiment('', 'en')).toEqual({ label: 'neutral', score: 0 });
    expect(analyseSentiment('😡😡😡😡😡😡', 'en').label).toBe('negative');
    const huge = analyseSentiment('awful '.repeat(2000), 'en');
    expect(huge.score).toBeGreaterThanOrEqual(-1);
  });
});
