import { intents, languages } from '../domain/index.js';
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

export const modelFormatVersion = 2;

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

type SerialisedModel = {
  version: number;
  trainedOn: number;
  corpusFingerprint?: string;
  labels: string[];
  temperature: number;
  features: string[];
  /** Weights as little-endian float32, base64. */
  weights: string;
  languages: string[];
  langFeatures: string[];
  langLogProb: string;
  langUnseen: number[];
};

function toBase64(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function fromBase64(s: string): Float32Array {
  const b = Buffer.from(s, 'base64');
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Float32Array(copy.buffer);
}

export function serialiseModel(model: NluModel): string {
  const out: SerialisedModel = {
    version: modelFormatVersion,
    trainedOn: model.trainedOn,
    ...(model.corpusFingerprint ? { corpusFingerprint: model.corpusFingerprint } : {}),
    labels: [...model.intent.labels],
    temperature: model.intent.temperature,
    features: [...model.intent.index.keys()],
    weights: toBase64(model.intent.weights),
    languages: [...languages],
    langFeatures: [...model.language.index.keys()],
    langLogProb: toBase64(model.language.logProb),
    langUnseen: [...model.language.unseen],
  };
  return JSON.stringify(out);
}

/** Reads a model written by `serialiseModel`; `null` when it is from another version or for other labels. */
export function deserialiseModel(text: string): NluModel | null {
  const data = JSON.parse(text) as SerialisedModel;
  if (data.version !== modelFormatVersion) return null;
  if (data.labels.join() !== intents.join() || data.languages.join() !== languages.join())
    return null;
  const index = new Map<string, number>();
  data.features.forEach((f, i) => index.set(f, i));
  const langIndex = new Map<string, number>();
  data.langFeatures.forEach((f, i) => langIndex.set(f, i));
  return {
    trainedOn: data.trainedOn,
    ...(data.corpusFingerprint ? { corpusFingerprint: data.corpusFingerprint } : {}),
    intent: {
      labels: data.labels,
      index,
      weights: fromBase64(data.weights),
      temperature: data.temperature,
    },
    language: {
      index: langIndex,
      logProb: fromBase64(data.langLogProb),
      unseen: Float64Array.from(data.langUnseen),
    },
  };
}
