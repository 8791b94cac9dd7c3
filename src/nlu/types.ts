import type { Intent, Language } from '../domain/index.js';

export const entityTypes = [
  'order_number',
  'email',
  'postcode',
  'quoted_text',
  'size',
  'colour',
  'date',
  'money',
  'address',
  'value_change',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** The parts of a postal address found in a message (`address` entities). */
export type AddressParts = {
  line1: string;
  line2?: string;
  city?: string;
  region?: string;
  postcode?: string;
  country?: string;
};

/**
 * A span of the original text; `start`/`end` are UTF-16 offsets (`text.slice(start, end)`).
 * `value_change` ("change Mia to Maia"): `value` is the new value and `old` the old one.
 * `address`: `value` is the address as written (trimmed) and `parts` its parts.
 */
export type Entity = {
  type: EntityType;
  value: string;
  start: number;
  end: number;
  old?: string;
  parts?: AddressParts;
};

/** One request found in a message, with the part of the text that carries it (UTF-16 offsets). */
export type NluRequest = {
  intent: Intent;
  confidence: number;
  span: { start: number; end: number };
};

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
  /**
   * Every request found in the message, in the order written. Greetings, names and
   * pleasantries around a request are not listed; a message that is only a greeting or a
   * thank-you gives one request with that intent. `requests[0]` is `intent`/`confidence`.
   */
  requests: NluRequest[];
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
