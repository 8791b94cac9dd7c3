import { describe, expect, it } from 'vitest';
import { blankRefusals } from './refusal.js';

describe('blankRefusals', () => {
  it('blanks a request the writer turns down, keeping every offset', () => {
    const cases: [string, string][] = [
      ["I don't want a refund, just send me one that isn't cracked", 'just send me'],
      ['no quiero que me devolvais el dinero, solo otra taza', 'solo otra taza'],
      ['je ne veux pas de remboursement, juste le bon colis', 'juste le bon colis'],
      ['ich will nicht stornieren, nur die Adresse ändern', 'nur die Adresse ändern'],
      ['non voglio annullare, solo spostare la consegna', 'solo spostare la consegna'],
      ['não quero cancelar, só mudar o endereço', 'só mudar o endereço'],
      ['nao quero o dinheiro de volta, so outra caneca', 'so outra caneca'],
      ["we're not asking for a refund but the lid is chipped", 'but the lid is chipped'],
    ];
    for (const [text, kept] of cases) {
      const out = blankRefusals(text);
      expect(out.length, text).toBe(text.length);
      const at = text.indexOf(kept);
      expect(out.slice(at), text).toBe(text.slice(at));
      expect(out.slice(0, at), text).not.toMatch(/\p{L}/u);
    }
  });

  it('blanks a refusal at the end of a message too', () => {
    const text = 'please remake it with the right spelling, I do not need a refund';
    const out = blankRefusals(text);
    expect(out.trimEnd()).toBe('please remake it with the right spelling,');
  });

  it('leaves what is not a refusal of a request alone', () => {
    for (const text of [
      "I don't want a refund",
      'no quiero cancelar',
      "je n'ai pas reçu de remboursement, il est où ?",
      'ich habe noch keine Erstattung bekommen, wo bleibt sie?',
      "I don't want it anymore, cancel my order",
      "I didn't get my refund yet, can you check",
      'no quiero esperar más, ¿dónde está mi pedido?',
      'non voglio un bot, voglio una persona',
      '',
    ])
      expect(blankRefusals(text), text).toBe(text);
  });
});
