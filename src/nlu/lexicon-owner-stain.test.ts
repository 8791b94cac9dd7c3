import { describe, expect, it } from 'vitest';
import type { Intent, Language } from '../domain/index.js';
import { createNlu } from './index.js';
import { lexiconClass } from './lexicon.js';

const nlu = createNlu();

describe('owners and stains in the lexicon', () => {
  it('reads the shop owner as a person and a stain or a soaking as damage', () => {
    for (const w of ['owner', 'inhaberin', 'proprietaire', 'titolare', 'dueno', 'gerente'])
      expect(lexiconClass(w), w).toBe('person');
    for (const w of ['stained', 'manchadas', 'fleckig', 'macchiato', 'soaked', 'empapada'])
      expect(lexiconClass(w), w).toBe('damage');
    // Stainless steel is a material, not a stain.
    expect(lexiconClass('stainless')).toBe('');
  });

  // Asking for the owner rather than "a person", and goods that came stained or soaked: written
  // here, not taken from any evaluation set.
  const cases: [Language, string, Intent][] = [
    ['en', 'Opened the parcel and the napkins are stained', 'damaged_item'],
    ['en', 'the parcel was soggy when it arrived and the card inside is wrecked', 'damaged_item'],
    ['es', 'las servilletas llegaron manchadas', 'damaged_item'],
    ['pt', 'as toalhinhas vieram manchadas', 'damaged_item'],
    ['de', 'die Servietten kamen fleckig an', 'damaged_item'],
    ['es', '¿Le podéis pasar esto a la dueña? Prefiero hablarlo con ella.', 'human_agent'],
    ['de', 'Ist die Inhaberin zu sprechen? Mit ihr möchte ich das selbst klären.', 'human_agent'],
  ];
  it.each(cases)('[%s] %s → %s, sure enough to act on', (lang, text, intent) => {
    const u = nlu.understand(text, { lang });
    expect(u.intent).toBe(intent);
    expect(u.confidence).toBeGreaterThanOrEqual(0.75);
  });
});
