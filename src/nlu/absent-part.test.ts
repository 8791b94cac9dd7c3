import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { createNlu } from './index.js';

const nlu = createNlu();

describe('a part said to be absent from what came', () => {
  const absent: [Language, string][] = [
    ['de', 'Die Kerze ist gekommen, aber der Deckel war nicht dabei.'],
    ['pt', 'Recebi a caneca, mas a colher não estava na caixa.'],
    // Read as a wrong item without the rule.
    ['en', 'my order came but the personalised tag is not in the bag at all'],
    ['de', 'Ich habe die Bestellung geöffnet, aber der Anhänger mit Gravur ist nicht dabei.'],
    ['pt', 'Abri a encomenda e o porta-chaves gravado não estava lá.'],
  ];
  it.each(absent)('[%s] %s → missing_item', (lang, text) => {
    expect(nlu.understand(text, { lang }).intent).toBe('missing_item');
  });

  it('a swapped item stays a wrong item', () => {
    expect(
      nlu.understand('I got a blue scarf instead of the red one, the red one is not there.', {
        lang: 'en',
      }).intent,
    ).not.toBe('missing_item');
  });
});
