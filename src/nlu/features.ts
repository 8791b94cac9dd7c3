import { lexiconClass } from './lexicon.js';
import { tokenize } from './normalize.js';

const maxTokens = 200;

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
    set.add(`w:${t}`);
    set.add(`b:${prev} ${t}`);
    prev = t;
    const lex = lexiconClass(t);
    if (lex) set.add(`L:${lex}`);
    if (t.length < 2 || t === 'num' || t === 'code' || t === '#num' || t === 'n' || t === 'ord') continue;
    const padded = ` ${t} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) set.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  if (tokens.length > 0) set.add(`b:${prev} </s>`);
  set.add(`len:${Math.min(tokens.length, 12) >> 2}`);
  return [...set];
}
