import { intents } from '../domain/conversation.js';
import { languages } from '../domain/languages.js';
import { flattenCorpus, type Corpus, type LabelledUtterance } from './corpus.js';
import { extractFeatures } from './features.js';
import { languageSeedText } from './lang-words.js';
import { trainLanguageModel, type LanguageModel } from './lang-id.js';
import {
  defaultTrainOptions,
  fitTemperature,
  logits,
  trainBagged,
  type LinearModel,
  type TrainOptions,
} from './linear-model.js';

/** Everything the NLU learns from the corpus. */
export type NluModel = {
  intent: LinearModel;
  language: LanguageModel;
  trainedOn: number;
  corpusFingerprint?: string;
};

export const modelFormatVersion = 3;

function examplesOf(utterances: readonly LabelledUtterance[]) {
  return utterances.map((u) => ({
    features: extractFeatures(u.text),
    label: intents.indexOf(u.intent),
  }));
}

/**
 * Trains the intent model on `utterances`, then fits its temperature on k-fold out-of-fold
 * predictions of the same utterances (confidence is measured on text each fold never saw).
 */
export function trainIntentModel(
  utterances: readonly LabelledUtterance[],
  options: TrainOptions = defaultTrainOptions,
  folds = 2,
): LinearModel {
  const examples = examplesOf(utterances);
  const model = trainBagged(examples, intents, options);
  const samples: { logits: Float64Array; label: number }[] = [];
  for (let f = 0; f < folds; f++) {
    const part = trainBagged(
      examples.filter((_, i) => i % folds !== f),
      intents,
      options,
    );
    for (const ex of examples.filter((_, i) => i % folds === f))
      samples.push({ logits: logits(part, ex.features), label: ex.label });
  }
  model.temperature = fitTemperature(samples);
  return model;
}

/** Trains on the whole corpus (the held-out set in src/nlu/heldout is separate and only measured). */
export function trainNluModel(
  corpus: Corpus,
  options: TrainOptions = defaultTrainOptions,
): NluModel {
  const train = flattenCorpus(corpus);
  const seeds = languages.map((lang) => ({ text: languageSeedText[lang], lang }));
  return {
    intent: trainIntentModel(train, options),
    language: trainLanguageModel([...train, ...seeds]),
    trainedOn: train.length,
  };
}

/**
 * The built model file (`nlu-model.bin`): read with one `readFileSync` and no JSON parse of big
 * arrays. Layout, all numbers little-endian:
 *
 *     "MDNLU\0" u16 version | u32 header length | header (JSON: the small fields and the counts)
 *     intent feature names (a JSON array) | intent weights (float32, 4-aligned)
 *     language feature names (a JSON array) | language log-probabilities (float32, 4-aligned)
 */
const magic = 'MDNLU\0';

type ModelHeader = {
  trainedOn: number;
  corpusFingerprint?: string;
  labels: string[];
  temperature: number;
  languages: string[];
  langUnseen: number[];
  /** Byte lengths and counts of the sections, in file order. */
  featureBytes: number;
  features: number;
  langFeatureBytes: number;
  langFeatures: number;
};

const align4 = (n: number): number => (n + 3) & ~3;

function featureNames(keys: Iterable<string>): Buffer {
  return Buffer.from(JSON.stringify([...keys]), 'utf8');
}

/** The model as the bytes of `nlu-model.bin`. */
export function serialiseModel(model: NluModel): Uint8Array {
  const names = featureNames(model.intent.index.keys());
  const langNames = featureNames(model.language.index.keys());
  const header: ModelHeader = {
    trainedOn: model.trainedOn,
    ...(model.corpusFingerprint ? { corpusFingerprint: model.corpusFingerprint } : {}),
    labels: [...model.intent.labels],
    temperature: model.intent.temperature,
    languages: [...languages],
    langUnseen: [...model.language.unseen],
    featureBytes: names.length,
    features: model.intent.index.size,
    langFeatureBytes: langNames.length,
    langFeatures: model.language.index.size,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const sections: [Uint8Array, number][] = [];
  let at = 0;
  const put = (bytes: Uint8Array, alignTo4 = false): void => {
    if (alignTo4) at = align4(at);
    sections.push([bytes, at]);
    at += bytes.length;
  };
  const prefix = Buffer.alloc(magic.length + 6);
  prefix.write(magic, 0, 'latin1');
  prefix.writeUInt16LE(modelFormatVersion, magic.length);
  prefix.writeUInt32LE(headerBytes.length, magic.length + 2);
  put(prefix);
  put(headerBytes);
  put(names);
  put(float32Bytes(model.intent.weights), true);
  put(langNames);
  put(float32Bytes(model.language.logProb), true);
  const out = new Uint8Array(at);
  for (const [bytes, offset] of sections) out.set(bytes, offset);
  return out;
}

function float32Bytes(a: Float32Array): Uint8Array {
  const out = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) out.writeFloatLE(a[i] as number, i * 4);
  return out;
}

/** `count` float32 values at `offset`, copied out of `bytes` (so the file's bytes can be freed). */
function readFloat32(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  if (littleEndian && (bytes.byteOffset + offset) % 4 === 0) {
    out.set(new Float32Array(bytes.buffer, bytes.byteOffset + offset, count));
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 4);
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
  }
  return out;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Feature name → row, from the names section at `offset` (a JSON array of strings: parsing it gives compact strings of their own, where splitting one long text would keep that text alive). */
function readIndex(bytes: Uint8Array, offset: number, length: number, count: number) {
  const names = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset + offset, length).toString('utf8'),
  ) as unknown;
  if (!Array.isArray(names) || names.length !== count) throw new Error('NLU: feature count');
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) index.set(names[i] as string, i);
  return index;
}

/**
 * Reads a model written by `serialiseModel`; `null` when the bytes are not a model of this
 * format version for these labels and languages, or are cut short.
 */
export function deserialiseModel(bytes: Uint8Array): NluModel | null {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < magic.length + 6 || buf.toString('latin1', 0, magic.length) !== magic)
      return null;
    if (buf.readUInt16LE(magic.length) !== modelFormatVersion) return null;
    let at = magic.length + 6;
    const headerLength = buf.readUInt32LE(magic.length + 2);
    const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as ModelHeader;
    at += headerLength;
    if (header.labels.join() !== intents.join() || header.languages.join() !== languages.join())
      return null;
    const k = header.labels.length;
    const index = readIndex(buf, at, header.featureBytes, header.features);
    at = align4(at + header.featureBytes);
    const weightCount = header.features * k;
    if (at + weightCount * 4 > buf.length) return null;
    const weights = readFloat32(buf, at, weightCount);
    at += weightCount * 4;
    const langIndex = readIndex(buf, at, header.langFeatureBytes, header.langFeatures);
    at = align4(at + header.langFeatureBytes);
    const langCount = header.langFeatures * languages.length;
    if (at + langCount * 4 > buf.length) return null;
    return {
      trainedOn: header.trainedOn,
      ...(header.corpusFingerprint ? { corpusFingerprint: header.corpusFingerprint } : {}),
      intent: { labels: header.labels, index, weights, temperature: header.temperature },
      language: {
        index: langIndex,
        logProb: readFloat32(buf, at, langCount),
        unseen: Float64Array.from(header.langUnseen),
      },
    };
  } catch {
    return null;
  }
}
