import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intents, languages } from '../domain/index.js';
import { loadCorpus } from './corpus-files.js';
import { isHeldOut, parseCorpusFile, splitCorpus } from './corpus.js';
import { foldText } from './normalize.js';
import { deserialiseModel, serialiseModel, trainNluModel } from './model.js';

const corpus = loadCorpus();

describe('our corpus', () => {
  it('covers every intent: at least 60 English and 30 utterances in every other language', () => {
    for (const lang of languages) {
      for (const intent of intents) {
        expect(corpus[lang]?.[intent]?.length ?? 0, `${lang}/${intent}`).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 30);
      }
    }
  });

  it('has no duplicate utterances within a language', () => {
    for (const lang of languages) {
      const all = intents.flatMap((i) => corpus[lang]?.[i] ?? []).map(foldText);
      const dupes = all.filter((t, i) => all.indexOf(t) !== i);
      expect(dupes, lang).toEqual([]);
    }
  });

  it('holds out every fifth utterance and never trains on it', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(isHeldOut)).toEqual([false, false, false, false, true, false, true]);
    const { train, heldOut } = splitCorpus(corpus);
    const trainTexts = new Set(train.map((u) => `${u.lang}:${u.text}`));
    for (const u of heldOut) expect(trainTexts.has(`${u.lang}:${u.text}`)).toBe(false);
    expect(heldOut.length / (train.length + heldOut.length)).toBeGreaterThan(0.18);
  });

  const devFile = new URL('../../../shared/data/dev/bitext-mapped.jsonl', import.meta.url);
  it.skipIf(!existsSync(devFile))('copies no sentence of the development file', () => {
    const dev = new Set(
      readFileSync(devFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => foldText((JSON.parse(l) as { text: string }).text).trim()),
    );
    const copied = intents.flatMap((i) => corpus.en?.[i] ?? []).filter((t) => dev.has(foldText(t).trim()));
    expect(copied).toEqual([]);
  });
});

describe('parseCorpusFile', () => {
  it('accepts a YAML list of strings', () => {
    expect(parseCorpusFile('- hello\n- "hi: there"\n', 'x.yaml')).toEqual({ ok: true, value: ['hello', 'hi: there'] });
  });

  it('reports what is wrong and where', () => {
    expect(parseCorpusFile('greeting: hello', 'en/greeting.yaml')).toEqual({ ok: false, issues: [{ path: 'en/greeting.yaml', message: 'must be a YAML list of utterances' }] });
    const bad = parseCorpusFile('- ok\n- 3\n- ""\n', 'en/x.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(['en/x.yaml[1]', 'en/x.yaml[2]']);
    expect(parseCorpusFile('- [unclosed', 'y.yaml').ok).toBe(false);
  });
});

describe('model serialisation', () => {
  it('round-trips a trained model', () => {
    const small = { en: { greeting: ['hi', 'hello', 'hey there', 'good morning'], thanks: ['thanks', 'thank you', 'cheers', 'ty'] } };
    const model = trainNluModel(small);
    const back = deserialiseModel(serialiseModel(model));
    expect(back?.intent.temperature).toBeCloseTo(model.intent.temperature);
    expect(back?.intent.weights).toEqual(model.intent.weights);
    expect([...(back?.intent.index.keys() ?? [])]).toEqual([...model.intent.index.keys()]);
  });

  it('refuses a model of another format version', () => {
    expect(deserialiseModel(JSON.stringify({ version: 999 }))).toBeNull();
  });
});
