import type { Intent, Language } from '../domain/index.js';

export const entityTypes = ['order_number', 'email', 'postcode', 'quoted_text', 'size', 'colour', 'date', 'money'] as const;
export type EntityType = (typeof entityTypes)[number];

/** A span of the original text; `start`/`end` are UTF-16 offsets (`text.slice(start, end)`). */
export type Entity = { type: EntityType; value: string; start: number; end: number };

export const sentimentLabels = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof sentimentLabels)[number];
/** `score` runs from -1 (furious) to 1 (delighted). */
export type Sentiment = { label: SentimentLabel; score: number };

export type Understanding = {
  lang: Language;
  langConfidence: number;
  intent: Intent;
  /** Calibrated probability that `intent` is right (0..1). */
  confidence: number;
  /** The next best intents with their probabilities, best first (for clarifying questions). */
  alternatives: { intent: Intent; confidence: number }[];
  entities: Entity[];
  sentiment: Sentiment;
};

export type UnderstandOptions = {
  /** A language hint (the conversation's language); used when the text itself is too short to tell. */
  lang?: Language;
  /** Reference instant for relative dates ("tomorrow"); without it only dates with a year get an ISO value. */
  now?: Date;
};

export type Nlu = {
  understand(text: string, options?: UnderstandOptions): Understanding;
  /** Below this confidence the dialogue asks a clarifying question instead of acting. */
  clarifyThreshold: number;
};
