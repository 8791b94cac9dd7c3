import { describe, expect, it } from 'vitest';
import { blankPastedNotices } from './notices.js';

describe('blankPastedNotices', () => {
  it('blanks a pasted order or shipping e-mail above the customer’s own words, keeping offsets', () => {
    const cases: [string, string][] = [
      [
        'Order confirmation #1005\nItem: engraved ring\nQty: 1\nTotal: $58.00\n\nthe ring came with the wrong initials on it',
        'the ring came with the wrong initials on it',
      ],
      [
        'Thanks for shopping with us!\nTracking number: LX123456789GB\nCarrier: Royal Mail\nso where exactly is it now?',
        'so where exactly is it now?',
      ],
      [
        'Récapitulatif\nArticle : vase bleu\nTotal : 45,00 €\nLivraison : Colissimo\n\non m’a pris deux fois la somme',
        'on m’a pris deux fois la somme',
      ],
      [
        'Riepilogo ordine\nArticolo: tazza dipinta\nTotale: 29,00 €\n\nquando arriva? sono passate tre settimane',
        'quando arriva? sono passate tre settimane',
      ],
    ];
    for (const [text, kept] of cases) {
      const out = blankPastedNotices(text);
      expect(out.length, text).toBe(text.length);
      const at = text.indexOf(kept);
      expect(out.slice(at), text).toBe(text.slice(at));
      expect(out.slice(0, at), text).not.toMatch(/\p{L}/u);
    }
  });

  it('leaves the customer’s own lines, one-line messages and bare notices alone', () => {
    const untouched = [
      'Hi, I need to change my delivery address.\nNew address: 4 Mill Lane, Bath BA1 2QT',
      'Order: 1001. Where is it?',
      'Item: mug\nTotal: $30',
      'my order: 1001\nmy problem: it never came',
      'Subject: order 1001\nHello, has it shipped yet?',
    ];
    for (const text of untouched) expect(blankPastedNotices(text), text).toBe(text);
  });
});
