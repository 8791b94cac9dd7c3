import { describe, expect, it } from 'vitest';
import { intents } from '../domain/index.js';
import { flattenCorpus } from './corpus.js';
import { heldOutDir, loadCorpus } from './corpus-files.js';
import { createFeatureScorer, extractFeatures } from './features.js';
import { logits, trainLinear } from './linear-model.js';

// A model trained on every seventh corpus line: enough known and unknown features to compare the two paths.
const corpus = flattenCorpus(loadCorpus());
const model = trainLinear(
  corpus
    .filter((_, i) => i % 7 === 0)
    .map((u) => ({ features: extractFeatures(u.text), label: intents.indexOf(u.intent) })),
  intents,
  { epochs: 2, learningRate: 4, seed: 7, l2: 0 },
);
const held = heldOutDir();
const messages = [
  ...(held ? flattenCorpus(loadCorpus(held)) : corpus.filter((_, i) => i % 7 === 3)).map(
    (u) => u.text,
  ),
  '',
  '   ',
  '😡😡 where is it??',
  'order #1042, 1042, 12, 3rd, A1B2C3 and ana@example.com',
  'the the the the mug mug mug',
  'Wo ist meine Bestellung? ¿Dónde está mi pedido? Où est ma commande ?',
  'x'.repeat(3000),
  'hello '.repeat(400),
  `${'Hi there! My name is Maren. The engraving was supposed to say "Anna & Piet, 1986". '.repeat(20)}Could you tell me where order 4471 is?`,
];

describe('createFeatureScorer', () => {
  it('gives exactly the logits of extractFeatures, message after message', () => {
    const score = createFeatureScorer(model);
    // Twice over: the second pass reads every token from the cache.
    for (let pass = 0; pass < 2; pass++) {
      for (const text of messages)
        expect(score(text), text.slice(0, 60)).toEqual(logits(model, extractFeatures(text)));
    }
  });

  it('stays exact while its caches fill up and are forgotten', () => {
    const score = createFeatureScorer(model, { tokens: 40, pairs: 60, unknown: 300 });
    for (const text of messages.slice(0, 400))
      expect(score(text), text.slice(0, 60)).toEqual(logits(model, extractFeatures(text)));
  });

  it('counts a feature the model never saw once, however often it occurs', () => {
    const score = createFeatureScorer(model);
    const text = 'zzqxv zzqxv zzqxv blorptastic';
    expect(extractFeatures(text)).toContain('w:zzqxv');
    expect(score(text)).toEqual(logits(model, extractFeatures(text)));
  });
});
