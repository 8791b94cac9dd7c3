import { describe, expect, it } from 'vitest';
import { countriesIn } from './countries.js';

describe('countriesIn', () => {
  it('finds country names in the six languages, with the words as written', () => {
    expect(countriesIn('quanto custa o frete pro Brasil?')).toEqual([
      { codes: ['BR'], written: 'Brasil' },
    ]);
    expect(countriesIn('¿envían a México o a Nueva Zelanda?').map((c) => c.codes)).toEqual([
      ['MX'],
      ['NZ'],
    ]);
    expect(countriesIn('Liefert ihr nach Österreich?')[0]?.codes).toEqual(['AT']);
  });

  it('reads "the EU" as its member states', () => {
    const [eu] = countriesIn('Unione Europea (Italia compresa)');
    expect(eu?.codes).toContain('IT');
    expect(eu?.codes).toContain('PT');
    expect(eu?.codes).not.toContain('CH');
  });

  it('does not take short common words for countries', () => {
    expect(countriesIn('ela usa o colar todos os dias')).toEqual([]);
    expect(countriesIn('tell us when it ships')).toEqual([]);
  });
});
