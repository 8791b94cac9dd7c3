import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intents, languages } from '../domain/index.js';
import { heldOutDir, loadCorpus } from './corpus-files.js';
import { flattenCorpus, parseCorpusFile } from './corpus.js';
import { foldText } from './normalize.js';
import { deserialiseModel, serialiseModel, trainNluModel } from './model.js';

const corpus = loadCorpus();

describe('our corpus', () => {
  it('covers every intent: at least 60 English and 30 utterances in every other language', () => {
    for (const lang of languages) {
      for (const intent of intents) {
        expect(corpus[lang]?.[intent]?.length ?? 0, `${lang}/${intent}`).toBeGreaterThanOrEqual(
          lang === 'en' ? 60 : 30,
        );
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

  const heldDir = heldOutDir();
  it.skipIf(!heldDir)(
    'shares no line with the held-out set, even after folding case, accents and punctuation',
    () => {
      const heldOut = flattenCorpus(loadCorpus(heldDir ?? undefined));
      expect(heldOut.length).toBeGreaterThan(0);
      const trained = new Set(flattenCorpus(corpus).map((u) => `${u.lang}:${looseKey(u.text)}`));
      const shared = heldOut
        .filter((u) => trained.has(`${u.lang}:${looseKey(u.text)}`))
        .map((u) => `${u.lang}/${u.intent}: ${u.text}`);
      expect(shared).toEqual([]);
    },
  );

  it('folds lines loosely for the overlap checks', () => {
    expect(looseKey('Où est ma commande ?!')).toBe(looseKey('ou est  ma COMMANDE'));
    expect(looseKey('where is my order')).not.toBe(looseKey('where is my parcel'));
  });

  for (const name of ['bitext-mapped.jsonl', 'abcd-dev-mapped.jsonl']) {
    const devFile = new URL(`../../../shared/data/dev/${name}`, import.meta.url);
    const devLines = (): string[] =>
      readFileSync(devFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text);
    it.skipIf(!existsSync(devFile))(`copies no sentence of the development file ${name}`, () => {
      const dev = new Set(devLines().map(looseKey));
      const copied = intents
        .flatMap((i) => corpus.en?.[i] ?? [])
        .filter((t) => dev.has(looseKey(t)));
      expect(copied).toEqual([]);
    });

    it.skipIf(!existsSync(devFile))(
      `has no close paraphrase of the development file ${name} (80% of the words shared)`,
      () => {
        const hasCloseLine = closeLineFinder(devLines().map(wordSet), 0.8);
        const close = intents
          .flatMap((i) => corpus.en?.[i] ?? [])
          .filter((t) => {
            const w = wordSet(t);
            return w.size >= 4 && hasCloseLine(w);
          });
        expect(close).toEqual([]);
      },
    );
  }
});

/** Case, accents, punctuation and spacing folded away: lines equal under this are the same line. */
function looseKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('parseCorpusFile', () => {
  it('accepts a YAML list of strings', () => {
    expect(parseCorpusFile('- hello\n- "hi: there"\n', 'x.yaml')).toEqual({
      ok: true,
      value: ['hello', 'hi: there'],
    });
  });

  it('reports what is wrong and where', () => {
    expect(parseCorpusFile('greeting: hello', 'en/greeting.yaml')).toEqual({
      ok: false,
      issues: [{ path: 'en/greeting.yaml', message: 'must be a YAML list of utterances' }],
    });
    const bad = parseCorpusFile('- ok\n- 3\n- ""\n', 'en/x.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(['en/x.yaml[1]', 'en/x.yaml[2]']);
    expect(parseCorpusFile('- [unclosed', 'y.yaml').ok).toBe(false);
  });
});

describe('model serialisation', () => {
  it('round-trips a trained model', () => {
    const small = {
      en: {
        greeting: ['hi', 'hello', 'hey there', 'good morning'],
        thanks: ['thanks', 'thank you', 'cheers', 'ty'],
      },
    };
    const model = trainNluModel(small);
    const back = deserialiseModel(serialiseModel(model));
    expect(back?.intent.temperature).toBeCloseTo(model.intent.temperature);
    expect(back?.intent.weights).toEqual(model.intent.weights);
    expect([...(back?.intent.index.keys() ?? [])]).toEqual([...model.intent.index.keys()]);
  });

  it('round-trips every weight and both feature indexes bit for bit', () => {
    const model = trainNluModel({
      en: { greeting: ['hi', 'hello there'], thanks: ['thanks a lot', 'danke schön 🙏'] },
    });
    const back = deserialiseModel(serialiseModel(model));
    expect(back?.intent.temperature).toBe(model.intent.temperature);
    expect(back?.intent.labels).toEqual(model.intent.labels);
    expect([...(back?.intent.index ?? [])]).toEqual([...model.intent.index]);
    expect([...(back?.language.index ?? [])]).toEqual([...model.language.index]);
    expect(back?.language.logProb).toEqual(model.language.logProb);
    expect(back?.language.unseen).toEqual(model.language.unseen);
    expect(back?.trainedOn).toBe(model.trainedOn);
  });

  it('refuses a model of another format version, the old JSON file, and a cut-short file', () => {
    const bytes = serialiseModel(trainNluModel({ en: { greeting: ['hi'], thanks: ['thanks'] } }));
    const otherVersion = Uint8Array.from(bytes);
    otherVersion[6] = 99;
    expect(deserialiseModel(otherVersion)).toBeNull();
    expect(deserialiseModel(Buffer.from(JSON.stringify({ version: 2 })))).toBeNull();
    expect(deserialiseModel(bytes.subarray(0, bytes.length - 8))).toBeNull();
    expect(deserialiseModel(bytes.subarray(0, 40))).toBeNull();
    expect(deserialiseModel(new Uint8Array(0))).toBeNull();
  });
});

function wordSet(text: string): Set<string> {
  return new Set(looseKey(text).split(' ').filter(Boolean));
}

/**
 * Whether any of `lines` has a Jaccard similarity of at least `min` with a given word set
 * (shared words / words in either). Counts the shared words through an index from each word to the
 * lines that hold it, so only lines sharing a word are looked at: the same answer as comparing
 * with every line, ten times faster.
 */
function closeLineFinder(lines: Set<string>[], min: number): (words: Set<string>) => boolean {
  const linesWith = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const w of line) {
      const list = linesWith.get(w);
      if (list) list.push(i);
      else linesWith.set(w, [i]);
    }
  });
  const shared = new Int32Array(lines.length);
  return (words) => {
    const seen: number[] = [];
    for (const w of words)
      for (const i of linesWith.get(w) ?? []) {
        if (shared[i] === 0) seen.push(i);
        shared[i] = (shared[i] ?? 0) + 1;
      }
    let found = false;
    for (const i of seen) {
      const n = shared[i] ?? 0;
      if (n / (words.size + (lines[i]?.size ?? 0) - n) >= min) found = true;
      shared[i] = 0;
    }
    return found;
  };
}
