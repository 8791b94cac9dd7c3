/** Lower-cases, folds accents and width, so "Envío", "envio" and "ENVIO" look alike to the classifier. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'");
}

const emojiRe = /\p{Extended_Pictographic}/u;
const contractionRe = /'(t|s|m|re|ve|ll|d)\b/g;
const tokenRe = /#?[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*|\p{Extended_Pictographic}|[?!€$£]/gu;
const tokenWithAddressRe = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|${tokenRe.source}`,
  'gu',
);

/**
 * Splits folded text into tokens for the classifier. Numbers and codes become shape tokens
 * (`#num`, `num`, `code`) so that an order number never becomes a word of its own.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text).replace(contractionRe, '$1');
  const out: string[] = [];
  // Without an "@" no address can match, and its branch would read every word twice.
  for (const m of folded.matchAll(folded.includes('@') ? tokenWithAddressRe : tokenRe)) {
    const t = m[0];
    if (t.includes('@')) {
      // An address says nothing about the intent; its words ("gmail", a name) would only add noise.
      out.push('email');
    } else if (emojiRe.test(t)) {
      out.push(t);
    } else if (/\d/.test(t)) {
      if (t.startsWith('#')) out.push('#num');
      else if (/^\d{1,2}$/.test(t)) out.push('n');
      else if (/^\d+$/.test(t) || /^\d+(?:[-.,]\d+)+$/.test(t)) out.push('num');
      else if (/^\d+(?:st|nd|rd|th|er|e|o|a|º|ª)$/.test(t)) out.push('ord');
      else out.push('code');
    } else {
      out.push(t.startsWith('#') ? t.slice(1) : t);
    }
  }
  return out;
}
