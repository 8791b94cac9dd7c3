import { describe, expect, it } from 'vitest';
import { detectAffirm, detectOrdinal } from './dialogue-acts.js';

describe('detectAffirm', () => {
  it.each([
    ['yes please', 'en', 'yes'],
    ['Yep!', 'en', 'yes'],
    ['sounds good', 'en', 'yes'],
    ['no thanks', 'en', 'no'],
    ['nope', 'en', 'no'],
    ['sí, claro', 'es', 'yes'],
    ['no, gracias', 'es', 'no'],
    ["oui d'accord", 'fr', 'yes'],
    ['non merci', 'fr', 'no'],
    ['ja, gerne', 'de', 'yes'],
    ['nein danke', 'de', 'no'],
    ['sì, va bene', 'it', 'yes'],
    ['no grazie', 'it', 'no'],
    ['sim, pode ser', 'pt', 'yes'],
    ['não, obrigada', 'pt', 'no'],
  ] as const)('%j (%s) → %s', (text, lang, expected) => {
    expect(detectAffirm(text, lang)).toBe(expected);
  });

  it('returns null for a message that is not a yes/no answer', () => {
    expect(
      detectAffirm('where is my order 1042, I need it before the wedding on Saturday', 'en'),
    ).toBeNull();
    expect(detectAffirm('', 'en')).toBeNull();
    expect(detectAffirm('the mug', 'en')).toBeNull();
  });
});

describe('detectOrdinal', () => {
  it.each([
    ['the second one', 'en', 2],
    ['first', 'en', 1],
    ['2', 'en', 2],
    ['the last one', 'en', -1],
    ['el segundo', 'es', 2],
    ['la deuxième', 'fr', 2],
    ['der dritte', 'de', 3],
    ['il primo', 'it', 1],
    ['a última', 'pt', -1],
  ] as const)('%j (%s) → %s', (text, lang, expected) => {
    expect(detectOrdinal(text, lang)).toBe(expected);
  });

  it('returns null when nothing is picked', () => {
    expect(
      detectOrdinal('I would like to talk to a person about my order please', 'en'),
    ).toBeNull();
    expect(detectOrdinal('the blue one', 'en')).toBeNull();
  });
});
