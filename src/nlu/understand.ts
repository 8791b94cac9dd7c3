import { intents, type Intent } from '../domain/index.js';
import { extractEntities } from './entities.js';
import { extractFeatures } from './features.js';
import { identifyLanguage } from './lang-id.js';
import { logits, softmax } from './linear-model.js';
import type { NluModel } from './model.js';
import { analyseSentiment } from './sentiment.js';
import type { Nlu, Understanding, UnderstandOptions } from './types.js';


/** Default confidence below which the dialogue asks a clarifying question (see docs/nlu.md for the coverage table). */
export const defaultClarifyThreshold = 0.5;

/** Longest text we look at; the rest of a 10,000-character message adds nothing but time. */
export const maxTextLength = 2000;

export type CreateNluOptions = {
  model: NluModel;
  clarifyThreshold?: number;
};

/** Builds the understanding service over a trained model (see `createNlu` in ./default.ts for the built-in one). */
export function createNluFromModel(options: CreateNluOptions): Nlu {
  const { model } = options;
  const clarifyThreshold = options.clarifyThreshold ?? defaultClarifyThreshold;
  return {
    clarifyThreshold,
    understand(input: string, opts: UnderstandOptions = {}): Understanding {
      const text = typeof input === 'string' ? input.slice(0, maxTextLength) : '';
      const guess = identifyLanguage(model.language, text, opts.lang);
      const entities = extractEntities(text, { lang: guess.lang, now: opts.now });
      const sentiment = analyseSentiment(text, guess.lang);
      if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) {
        return { lang: guess.lang, langConfidence: guess.confidence, intent: 'other', confidence: 0, alternatives: [], entities, sentiment, requests: [{ intent: 'other', confidence: 0, span: { start: 0, end: text.length } }] };
      }
      const probs = softmax(logits(model.intent, extractFeatures(text)), model.intent.temperature);
      const ranked = [...probs].map((p, i) => ({ intent: intents[i] as Intent, confidence: p })).sort((a, b) => b.confidence - a.confidence);
      const top = ranked[0] as { intent: Intent; confidence: number };
      return {
        lang: guess.lang,
        langConfidence: round(guess.confidence),
        intent: top.intent,
        confidence: round(top.confidence),
        alternatives: ranked.slice(1, 4).map((r) => ({ intent: r.intent, confidence: round(r.confidence) })),
        entities,
        sentiment,
        requests: [{ intent: top.intent, confidence: round(top.confidence), span: { start: 0, end: text.length } }],
      };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
