import { describe, expect, it } from 'vitest';
import {
  bagSeed,
  fitTemperature,
  logits,
  seededRandom,
  softmax,
  trainBagged,
  trainLinear,
} from './linear-model.js';

const labels = ['a', 'b'] as const;
const data = [
  { features: ['bias', 'w:apple', 'w:red'], label: 0 },
  { features: ['bias', 'w:apple', 'w:green'], label: 0 },
  { features: ['bias', 'w:banana', 'w:yellow'], label: 1 },
  { features: ['bias', 'w:banana', 'w:green'], label: 1 },
];
const options = { epochs: 20, learningRate: 1, seed: 1, l2: 0 };

describe('trainLinear', () => {
  it('learns a separable toy problem', () => {
    const model = trainLinear(data, labels, options);
    const p = softmax(logits(model, ['bias', 'w:apple']));
    expect(p[0]).toBeGreaterThan(0.8);
    expect(softmax(logits(model, ['bias', 'w:banana']))[1]).toBeGreaterThan(0.8);
  });

  it('is deterministic for the same seed', () => {
    expect(trainLinear(data, labels, options).weights).toEqual(
      trainLinear(data, labels, options).weights,
    );
  });

  it('ignores unknown features', () => {
    const model = trainLinear(data, labels, options);
    expect([...softmax(logits(model, ['w:kiwi']))].every(Number.isFinite)).toBe(true);
  });
});

describe('trainBagged', () => {
  it('averages the weights of models trained over different shuffles', () => {
    const bagged = trainBagged(data, labels, { ...options, bag: 3 });
    const parts = [0, 1, 2].map((i) =>
      trainLinear(data, labels, { ...options, seed: bagSeed(options.seed, i) }),
    );
    expect(bagged.index).toEqual(parts[0]!.index);
    for (let j = 0; j < bagged.weights.length; j++) {
      expect(bagged.weights[j]).toBeCloseTo(parts.reduce((s, m) => s + m.weights[j]!, 0) / 3, 5);
    }
    expect(softmax(logits(bagged, ['bias', 'w:apple']))[0]).toBeGreaterThan(0.8);
  });

  it('is one plain model with a bag of one, and draws distinct seeds around the given one', () => {
    expect(trainBagged(data, labels, { ...options, bag: 1 }).weights).toEqual(
      trainLinear(data, labels, options).weights,
    );
    expect([0, 1, 2, 3].map((i) => bagSeed(7, i))).toEqual([7, 11, 3, 15]);
  });
});

describe('softmax and temperature', () => {
  it('sums to one and flattens with a higher temperature', () => {
    const z = Float64Array.from([2, 0, -1]);
    const sharp = softmax(z, 0.5);
    const flat = softmax(z, 3);
    expect(sharp.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(flat[0]).toBeLessThan(sharp[0]!);
  });

  it('fits a temperature above 1 for overconfident logits and below 1 for timid ones', () => {
    const random = seededRandom(3);
    const over = Array.from({ length: 400 }, () => {
      const label = random() < 0.7 ? 0 : 1; // right only 70% of the time, yet logits say ~99%
      return { logits: Float64Array.from([6, 0]), label };
    });
    expect(fitTemperature(over)).toBeGreaterThan(1);
    const timid = Array.from({ length: 400 }, () => ({
      logits: Float64Array.from([0.2, 0]),
      label: 0,
    }));
    expect(fitTemperature(timid)).toBeLessThan(1);
  });

  it('seededRandom gives the same stream for the same seed, within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
