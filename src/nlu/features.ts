import { lexiconClass } from './lexicon.js';
import type { LinearModel } from './linear-model.js';
import { tokenize } from './normalize.js';

const maxTokens = 200;

/** Shape tokens and one-letter words get no character grams. */
function hasGrams(t: string): boolean {
  return !(t.length < 2 || t === 'num' || t === 'code' || t === '#num' || t === 'n' || t === 'ord');
}

/** The features a token gives on its own, whatever surrounds it: the word, its domain-word class, then its character 3–5-grams. */
function tokenFeatures(t: string): string[] {
  const out = [`w:${t}`];
  const lex = lexiconClass(t);
  if (lex) out.push(`L:${lex}`);
  if (!hasGrams(t)) return out;
  const padded = ` ${t} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  }
  return out;
}

/**
 * Feature strings of a message: words, word pairs and character 3–5-grams inside each word
 * (the grams carry typos and inflections). Duplicates are dropped.
 */
export function extractFeatures(text: string): string[] {
  const tokens = tokenize(text).slice(0, maxTokens);
  const set = new Set<string>();
  set.add('bias');
  let prev = '<s>';
  for (const t of tokens) {
    const own = tokenFeatures(t);
    set.add(own[0] as string);
    set.add(`b:${prev} ${t}`);
    prev = t;
    for (let i = 1; i < own.length; i++) set.add(own[i] as string);
  }
  if (tokens.length > 0) set.add(`b:${prev} </s>`);
  set.add(`len:${Math.min(tokens.length, 12) >> 2}`);
  return [...set];
}

/** Cached tokens, word pairs and unknown feature strings are forgotten past these sizes (junk input cannot grow them without end). */
export type ScorerCacheLimits = { tokens: number; pairs: number; unknown: number };
const defaultCacheLimits: ScorerCacheLimits = { tokens: 50_000, pairs: 500_000, unknown: 200_000 };

/**
 * `logits(model, extractFeatures(text))` without building a string per feature: each token's
 * features are looked up once and kept as row numbers, duplicates are dropped with a stamp per
 * row, and the rows are summed in the order `extractFeatures` lists them, so the result is the
 * same to the last bit. Features the model does not know still count towards the scaling.
 */
export function createFeatureScorer(
  model: LinearModel,
  limits: ScorerCacheLimits = defaultCacheLimits,
): (text: string) => Float64Array {
  const { index, weights } = model;
  const k = model.labels.length;
  const known = index.size;
  // Unknown features get numbers after the model's rows, so a repeated one is still counted once.
  const unknown = new Map<string, number>();
  // Per token: its own features' numbers, and the number of the pair feature with each token seen after it.
  type Entry = { ids: Int32Array; next: Map<string, number>; end: number };
  const tokens = new Map<string, Entry>();
  /** Before the first token ("<s>"). */
  const start: Entry = { ids: new Int32Array(0), next: new Map(), end: -1 };
  let pairs = 0;
  let stamps = new Uint32Array(known + 4096);
  let stamp = 0;
  let rows = new Int32Array(1024);
  let used = 0;
  let count = 0;
  const idOf = (f: string): number => {
    const row = index.get(f);
    if (row !== undefined) return row;
    let id = unknown.get(f);
    if (id === undefined) {
      id = known + unknown.size;
      unknown.set(f, id);
    }
    return id;
  };
  const entryOf = (t: string): Entry => {
    let entry = tokens.get(t);
    if (entry === undefined) {
      if (tokens.size >= limits.tokens) forgetTokens();
      entry = { ids: Int32Array.from(tokenFeatures(t), idOf), next: new Map(), end: -1 };
      tokens.set(t, entry);
    }
    return entry;
  };
  const forgetTokens = (): void => {
    tokens.clear();
    start.next.clear();
    pairs = 0;
  };
  const pairId = (prev: Entry, prevToken: string, t: string): number => {
    let id = prev.next.get(t);
    if (id === undefined) {
      id = idOf(`b:${prevToken} ${t}`);
      prev.next.set(t, id);
      pairs++;
    }
    return id;
  };
  const add = (id: number): void => {
    if (id >= stamps.length) {
      const grown = new Uint32Array(Math.max(id + 1, stamps.length * 2));
      grown.set(stamps);
      stamps = grown;
    }
    if (stamps[id] === stamp) return;
    stamps[id] = stamp;
    count++;
    if (id < known) {
      if (used === rows.length) {
        const grown = new Int32Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
      rows[used++] = id;
    }
  };
  return (text: string): Float64Array => {
    const words = tokenize(text).slice(0, maxTokens);
    if (unknown.size >= limits.unknown || pairs >= limits.pairs) {
      // The numbers of unknown features live in the cached tokens: both are forgotten together.
      unknown.clear();
      forgetTokens();
      stamps = new Uint32Array(known + 4096);
      stamp = 0;
    }
    if (stamp === 0xffffffff) {
      stamps.fill(0);
      stamp = 0;
    }
    stamp++;
    count = 0;
    used = 0;
    add(idOf('bias'));
    let prev = start;
    let prevToken = '<s>';
    for (const t of words) {
      const entry = entryOf(t);
      const own = entry.ids;
      add(own[0] as number);
      add(pairId(prev, prevToken, t));
      prev = entry;
      prevToken = t;
      for (let i = 1; i < own.length; i++) add(own[i] as number);
    }
    if (words.length > 0) {
      if (prev.end < 0) prev.end = idOf(`b:${prevToken} </s>`);
      add(prev.end);
    }
    add(idOf(`len:${Math.min(words.length, 12) >> 2}`));
    // Four labels at a time, each summed in a local over the rows in order: the same sums, to
    // the last bit, as adding row after row into `out`, without storing `out` at every row.
    const out = new Float64Array(k);
    let c = 0;
    for (; c + 4 <= k; c += 4) {
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let j = 0; j < used; j++) {
        const base = (rows[j] as number) * k + c;
        a0 += weights[base] as number;
        a1 += weights[base + 1] as number;
        a2 += weights[base + 2] as number;
        a3 += weights[base + 3] as number;
      }
      out[c] = a0;
      out[c + 1] = a1;
      out[c + 2] = a2;
      out[c + 3] = a3;
    }
    for (; c < k; c++) {
      let a = 0;
      for (let j = 0; j < used; j++) a += weights[(rows[j] as number) * k + c] as number;
      out[c] = a;
    }
    const x = 1 / Math.sqrt(count || 1);
    for (c = 0; c < k; c++) out[c] = (out[c] as number) * x;
    return out;
  };
}
