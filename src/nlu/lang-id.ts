import { languages, type Language } from '../domain/languages.js';
import { internationalWords, languageMarkers } from './lang-words.js';

/**
 * Language identification for short chat messages: multinomial naive Bayes over character
 * 1–4-grams (accents kept: ñ, ç, ã, ß, è are strong clues) and whole words, trained on our
 * corpus and everyday-word lists of the six shop languages. See docs/decisions/nlu-classifier.md.
 */
export type LanguageModel = {
  /** Feature → row in `logProb`. */
  index: Map<string, number>;
  /** Row-major log P(feature | language): logProb[row * languages.length + language]. */
  logProb: Float32Array;
  /** log P(unseen feature | language). */
  unseen: Float64Array;
};

export type LanguageGuess = { lang: Language; confidence: number };

/** Marker word → bonus per language (indexed like `languages`). */
const markerBonus = new Map<string, Float64Array>();
for (const [li, lang] of languages.entries()) {
  for (const w of languageMarkers[lang].split(/\s+/).filter(Boolean)) {
    let row = markerBonus.get(w);
    if (!row) markerBonus.set(w, (row = new Float64Array(languages.length)));
    row[li] = 1;
  }
}
const international = new Set(internationalWords.split(/\s+/).filter(Boolean));
/**
 * False only when `/(.)\1+$/u` cannot match `w` (its last two characters differ), so that
 * replacing would give `w` back: most words, which then skip the pattern.
 */
export function mayEndRepeated(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const last = w.charCodeAt(n - 1);
  // A surrogate (a character outside the BMP): leave it to the pattern.
  if (last >= 0xd800 && last <= 0xdfff) return true;
  return w.charCodeAt(n - 2) === last;
}

/** Score added for each marker word of a language, on the scale of the tempered naive Bayes scores. */
const markerWeight = 2;

/**
 * The words language identification reads: lower-cased, accents kept, apostrophes at the edges
 * dropped, the first 100. E-mail addresses and links are left out: "example", "com" or a name
 * before the @ say nothing about the language the customer writes in.
 */
function langWords(text: string): string[] {
  const words = withoutAddresses(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .match(/[\p{L}']+/gu);
  if (!words) return [];
  const out: string[] = [];
  for (const raw of words.slice(0, 100)) {
    const w = raw.replace(/^'+|'+$/g, '');
    if (w) out.push(w);
  }
  return out;
}

/** The text without the words that hold an "@" or start a link (linear: no regular expression backtracks over a long run). */
function withoutAddresses(text: string): string {
  if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return text;
  return text
    .split(/\s+/)
    .filter((w) => !w.includes('@') && !/^\W*(?:https?:\/\/|www\.)/i.test(w))
    .join(' ');
}

/** A word's features: the word itself, then its character 1–4-grams (with a space at each end). */
function wordFeatures(w: string): string[] {
  const out = [`w:${w}`];
  const padded = ` ${w} `;
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const g = padded.slice(i, i + n);
      if (g !== ' ') out.push(g);
    }
  }
  return out;
}

function langFeatures(text: string): string[] {
  return langWords(text).flatMap(wordFeatures);
}

/**
 * What a word adds to the naive Bayes scores: the sum of its features' log-probabilities per
 * language (unseen features count as `unseen`), how many features it has and how many of them
 * the model knows.
 */
type WordScore = { sums: Float64Array; features: number; seen: number };

/** Per model: word → its score, so a word's 1–4-grams are looked up and summed once. */
const scoreCache = new WeakMap<LanguageModel, Map<string, WordScore>>();
/** Words kept per model; past this the cache starts again (junk input cannot grow it without end). */
const maxCachedWords = 50_000;

function wordScores(model: LanguageModel): Map<string, WordScore> {
  let cache = scoreCache.get(model);
  if (!cache) scoreCache.set(model, (cache = new Map<string, WordScore>()));
  return cache;
}

function wordScore(model: LanguageModel, cache: Map<string, WordScore>, word: string): WordScore {
  let score = cache.get(word);
  if (score === undefined) {
    if (cache.size >= maxCachedWords) cache.clear();
    const k = languages.length;
    const features = wordFeatures(word);
    const sums = new Float64Array(k);
    let seen = 0;
    for (const f of features) {
      const row = model.index.get(f);
      if (row === undefined) {
        for (let l = 0; l < k; l++) sums[l] = (sums[l] as number) + (model.unseen[l] as number);
      } else {
        seen++;
        for (let l = 0; l < k; l++)
          sums[l] = (sums[l] as number) + (model.logProb[row * k + l] as number);
      }
    }
    score = { sums, features: features.length, seen };
    cache.set(word, score);
  }
  return score;
}

export function trainLanguageModel(
  samples: readonly { text: string; lang: Language }[],
): LanguageModel {
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(languages.length);
  for (const s of samples) {
    const li = languages.indexOf(s.lang);
    for (const f of langFeatures(s.text)) {
      let row = counts.get(f);
      if (!row) {
        row = new Float64Array(languages.length);
        counts.set(f, row);
      }
      // Whole words count more than grams: they are rarer and more telling.
      const weight = f.startsWith('w:') ? 3 : 1;
      row[li] = (row[li] as number) + weight;
      totals[li] = (totals[li] as number) + weight;
    }
  }
  const alpha = 0.1;
  const vocab = counts.size;
  const unseen = new Float64Array(languages.length);
  for (let l = 0; l < languages.length; l++)
    unseen[l] = Math.log(alpha / ((totals[l] as number) + alpha * vocab));
  const index = new Map<string, number>();
  const logProb = new Float32Array(counts.size * languages.length);
  for (const [f, row] of counts) {
    const at = index.size * languages.length;
    index.set(f, index.size);
    for (let l = 0; l < languages.length; l++)
      logProb[at + l] = Math.log(
        ((row[l] as number) + alpha) / ((totals[l] as number) + alpha * vocab),
      );
  }
  return { index, logProb, unseen };
}

/**
 * Best language of `text`. A `hint` (the conversation's language) is a prior that decides
 * when the text is short or ambiguous; without letters the hint (or English) is returned with confidence 0.
 */
export function identifyLanguage(
  model: LanguageModel,
  text: string,
  hint?: Language,
): LanguageGuess {
  const words = langWords(text);
  if (words.length === 0) return { lang: hint ?? 'en', confidence: 0 };
  // "ok", "lol", "xd": nothing to tell the language by; the conversation's language stands.
  if (
    hint !== undefined &&
    words.every((w) => international.has(w.replace(/(.)\1+$/u, '$1')) || international.has(w))
  )
    return { lang: hint, confidence: 0.5 };
  const scores = new Float64Array(languages.length);
  let seen = 0;
  let featureCount = 0;
  const k = languages.length;
  // Word by word: each word's features are summed once per model (the sum of a text's features
  // does not depend on the order they are added in, up to the last bit of a double).
  const cache = wordScores(model);
  for (const w of words) {
    const word = wordScore(model, cache, w);
    featureCount += word.features;
    seen += word.seen;
    for (let l = 0; l < k; l++) scores[l] = (scores[l] as number) + (word.sums[l] as number);
  }
  if (seen === 0) return { lang: hint ?? 'en', confidence: 0 };
  // Features of one text are far from independent; dividing tames naive Bayes' overconfidence.
  const scale = 1 / Math.max(4, Math.sqrt(featureCount) * 2);
  // The hint weighs more on one- and two-word messages ("ok", "no"), which many languages share.
  const hintBonus = words.length <= 2 ? 3 : 1.2;
  const markers = new Float64Array(languages.length);
  // In one or two words a marker is most of the evidence there is.
  const weight = words.length <= 2 ? markerWeight * 2 : markerWeight;
  for (const w of words) {
    // Letters drawn out in chat ("obgg", "graciass") count as the word.
    const row =
      markerBonus.get(w) ??
      (mayEndRepeated(w) ? markerBonus.get(w.replace(/(.)\1+$/u, '$1')) : undefined);
    if (row)
      for (let l = 0; l < k; l++) markers[l] = (markers[l] as number) + (row[l] as number) * weight;
  }
  let best = 0;
  for (let l = 0; l < languages.length; l++) {
    scores[l] =
      (scores[l] as number) * scale +
      (markers[l] as number) +
      (hint === languages[l] ? hintBonus : 0);
    if ((scores[l] as number) > (scores[best] as number)) best = l;
  }
  let sum = 0;
  for (let l = 0; l < languages.length; l++)
    sum += Math.exp((scores[l] as number) - (scores[best] as number));
  return { lang: languages[best] as Language, confidence: 1 / sum };
}
