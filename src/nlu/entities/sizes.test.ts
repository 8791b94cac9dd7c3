import { describe, expect, it } from 'vitest';
import { findHalfSizes, readSizeNumbers } from './sizes.js';

const values = (xs: { value: string }[]): string[] => xs.map((x) => x.value);

describe('half sizes', () => {
  it.each([
    ['il me faut du 5 et demi', '5.5'],
    ['plutôt sept et demi', '7.5'],
    ['statt 7 brauche ich siebeneinhalb', '7.5'],
    ['lieber 8 und einhalb', '8.5'],
    ['mi serve il 7 e mezzo', '7.5'],
    ['meglio sette e mezzo', '7.5'],
    ['size seven and a half', '7.5'],
    ['un 6,5 por favor', '6.5'],
    ['7 1/2 please', '7.5'],
    ['taille 6½', '6.5'],
  ])('reads %j as %s', (text, value) => {
    expect(values(findHalfSizes(text))).toEqual([value]);
  });

  it.each([
    'deux ans et demi',
    'zweieinhalb Wochen',
    'tre settimane e mezzo',
    'il costa 7,50',
    '2 et demi jours',
  ])('finds no size in %j', (text) => {
    expect(findHalfSizes(text)).toEqual([]);
  });
});

describe('size numbers in a sentence', () => {
  it('keeps the order they were written in, halves included', () => {
    expect(values(readSizeNumbers("j'ai mis 5 mais il me faut du 5 et demi"))).toEqual([
      '5',
      '5.5',
    ]);
    expect(values(readSizeNumbers('mi serve il 7 e mezzo invece del 7'))).toEqual(['7.5', '7']);
  });

  it('leaves out order numbers, quantities, days and dates', () => {
    expect(
      values(
        readSizeNumbers(
          'commande 1021, 2 mugs, livrée en 5 jours, pour samedi 12 ou le 3 décembre',
        ),
      ),
    ).toEqual([]);
  });
});
