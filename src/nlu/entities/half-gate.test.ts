import { describe, expect, it } from 'vitest';
import { loadCorpus, heldOutDir } from '../corpus-files.js';
import { flattenCorpus } from '../corpus.js';
import { halfGateRe, halfRe, oneWordHalfRe } from './sizes.js';

/** A small deterministic generator (the same texts on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const pieces = [
  ...'5 7 12 30 sept seven sieben sette sete siete uno ein SIEBEN Sept'.split(' '),
  ...'½ 1/2 ,5 .5 et demi and a half y medio y media e mezzo e mezza e meio e meia und einhalb und halb einhalb -einhalb a half'.split(
    ' ',
  ),
  ...' ,.-/ETDEMIHALFMEZZOMEIAUND'.split(''),
  ' ',
  '  ',
  'size ',
];

describe('the half-size gate', () => {
  // Every match of either half pattern contains a gate match: a text without one has no half to find.
  const texts = [
    ...flattenCorpus(loadCorpus()).map((u) => u.text),
    ...flattenCorpus(loadCorpus(heldOutDir() ?? undefined)).map((u) => u.text),
  ];
  const next = random(5);
  for (let i = 0; i < 20_000; i++) {
    let t = '';
    const n = 1 + Math.floor(next() * 8);
    for (let j = 0; j < n; j++) t += pieces[Math.floor(next() * pieces.length)] as string;
    texts.push(t);
  }

  it('is found inside every half the patterns find', () => {
    let halves = 0;
    for (const text of texts) {
      for (const re of [halfRe, oneWordHalfRe]) {
        for (const m of text.matchAll(re)) {
          halves++;
          expect(halfGateRe.test(m[0]), `${m[0]} in ${text}`).toBe(true);
        }
      }
    }
    // The texts do exercise the patterns.
    expect(halves).toBeGreaterThan(1000);
  });
});
