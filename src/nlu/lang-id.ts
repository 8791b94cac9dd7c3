import { languages, type Language } from '../domain/index.js';
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
/** Score added for each marker word of a language, on the scale of the tempered naive Bayes scores. */
const markerWeight = 2;

function langFeatures(text: string): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .match(/[\p{L}']+/gu);
  if (!words) return [];
  const out: string[] = [];
  for (const raw of words.slice(0, 100)) {
    const w = raw.replace(/^'+|'+$/g, '');
    if (!w) continue;
    out.push(`w:${w}`);
    const padded = ` ${w} `;
    for (let n = 1; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        if (g !== ' ') out.push(g);
      }
    }
  }
  return out;
}

export function trainLanguageModel(samples: readonly { text: string; lang: Language }[]): LanguageModel {
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
  for (let l = 0; l < languages.length; l++) unseen[l] = Math.log(alpha / ((totals[l] as number) + alpha * vocab));
  const index = new Map<string, number>();
  const logProb = new Float32Array(counts.size * languages.length);
  for (const [f, row] of counts) {
    const at = index.size * languages.length;
    index.set(f, index.size);
    for (let l = 0; l < languages.length; l++) logProb[at + l] = Math.log(((row[l] as number) + alpha) / ((totals[l] as number) + alpha * vocab));
  }
  return { index, logProb, unseen };
}

/**
 * Best language of `text`. A `hint` (the conversation's language) is a prior that decides
 * when the text is short or ambiguous; without letters the hint (or English) is returned with confidence 0.
 */
export function identifyLanguage(model: LanguageModel, text: string, hint?: Language): LanguageGuess {
  const feats = langFeatures(text);
  if (feats.length === 0) return { lang: hint ?? 'en', confidence: 0 };
  const words: string[] = [];
  for (const f of feats) if (f.startsWith('w:')) words.push(f.slice(2));
  // "ok", "lol", "xd": nothing to tell the language by; the conversation's language stands.
  if (hint !== undefined && words.every((w) => international.has(w.replace(/(.)\1+$/u, '$1')) || international.has(w))) return { lang: hint, confidence: 0.5 };
  const scores = new Float64Array(languages.length);
  let seen = 0;
  const k = languages.length;
  for (const f of feats) {
    const row = model.index.get(f);
    if (row === undefined) {
      for (let l = 0; l < k; l++) scores[l] = (scores[l] as number) + (model.unseen[l] as number);
    } else {
      seen++;
      for (let l = 0; l < k; l++) scores[l] = (scores[l] as number) + (model.logProb[row * k + l] as number);
    }
  }
  if (seen === 0) return { lang: hint ?? 'en', confidence: 0 };
  // Features of one text are far from independent; dividing tames naive Bayes' overconfidence.
  const scale = 1 / Math.max(4, Math.sqrt(feats.length) * 2);
  // The hint weighs more on one- and two-word messages ("ok", "no"), which many languages share.
  const hintBonus = words.length <= 2 ? 3 : 1.2;
  const markers = new Float64Array(languages.length);
  // In one or two words a marker is most of the evidence there is.
  const weight = words.length <= 2 ? markerWeight * 2 : markerWeight;
  for (const w of words) {
    // Letters drawn out in chat ("obgg", "graciass") count as the word.
    const row = markerBonus.get(w) ?? markerBonus.get(w.replace(/(.)\1+$/u, '$1'));
    if (row) for (let l = 0; l < k; l++) markers[l] = (markers[l] as number) + (row[l] as number) * weight;
  }
  let best = 0;
  for (let l = 0; l < languages.length; l++) {
    scores[l] = (scores[l] as number) * scale + (markers[l] as number) + (hint === languages[l] ? hintBonus : 0);
    if ((scores[l] as number) > (scores[best] as number)) best = l;
  }
  let sum = 0;
  for (let l = 0; l < languages.length; l++) sum += Math.exp((scores[l] as number) - (scores[best] as number));
  return { lang: languages[best] as Language, confidence: 1 / sum };
}
