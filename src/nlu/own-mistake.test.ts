import { describe, expect, it } from 'vitest';
import type { Intent, Language } from '../domain/index.js';
import { createNlu } from './index.js';

const nlu = createNlu();

describe('a slip of the writer’s own, told with the right value', () => {
  // What the customer typed is not made yet: a change to make, not a wrong item to remedy.
  const own: [Language, string][] = [
    [
      'fr',
      "Bonjour, j'ai fait une faute de frappe en commandant, il faut écrire Solène et pas Solenne.",
    ],
    [
      'de',
      'Hallo, hier ist Uwe. Ich habe mich bei der Gravur verschrieben, es muss Greta heißen und nicht Grete.',
    ],
    [
      'it',
      'Ciao, sono Luca. Avevo sbagliato il nome sul portachiavi, deve essere Nicolò e non Nicola.',
    ],
    ['it', 'ho sbagliato a scrivere, deve essere Giorgia e non Georgia'],
    ['pt', 'errei o nome, é Letícia e não Leticia'],
  ];
  it.each(own)('[%s] %s → change_details', (lang, text) => {
    const u = nlu.understand(text, { lang });
    expect(u.intent).toBe('change_details');
    expect(u.confidence).toBeGreaterThanOrEqual(0.9);
    expect(u.entities.some((e) => e.type === 'value_change')).toBe(true);
  });

  // The shop's slip on a made item stays a wrong item.
  const shops: [Language, string, Intent][] = [
    ['en', 'the mug says Harriett, it should be Harriet not Harriett', 'wrong_item'],
  ];
  it.each(shops)('[%s] %s → %s', (lang, text, intent) => {
    expect(nlu.understand(text, { lang }).intent).toBe(intent);
  });
});
