import { lexiconClass } from './lexicon.js';
import { tokenize } from './normalize.js';

/**
 * "I don't want a refund, just a new one", "no quiero cancelar, solo cambiar la dirección",
 * "ich will kein Geld zurück, nur eine neue Tasse": a request the writer turns down names the
 * intent they do not want, and the classifier reads its words as the request. Such a refusal is
 * blanked out (spaces of the same length, so offsets stay right) before the intent is read,
 * when it names a request (a refund, money back, cancelling, a return or exchange, a change, a
 * person) and something is left to read.
 */

// The start of a refusal, per language (matched on the original text, case-insensitively; the
// German and Portuguese forms with and without umlauts and tildes).
const refusalStart = new RegExp(
  [
    // en
    String.raw`\b(?:i|we)(?:'m| am|'re| are)? +(?:really +|honestly +)?(?:do *n['’]?t|dont|do not|did *n['’]?t|didnt|won['’]?t|not) +(?:want|need|wish|ask(?:ing)? for|looking for|after|asking)\b`,
    String.raw`\bno need (?:for|to)\b`,
    // es
    String.raw`\bno +(?:les? +|os +)?(?:quiero|queremos|necesito|necesitamos|busco|pido|pedimos)\b`,
    // fr
    String.raw`\b(?:je +|j['’] *|nous +|on +)(?:ne +|n['’] *)?(?:(?:veux|voulons|veut|voudrais|souhaite|souhaitons|demande|cherche) +pas|(?:ai|avons|a) +pas +besoin)\b`,
    String.raw`\bpas besoin d`,
    // de
    String.raw`\b(?:ich|wir) +(?:will|wollen|m[öo]chte|moechte|m[öo]chten|brauche|brauchen) +(?:gar +)?(?:kein\w*|nicht)\b`,
    // it
    String.raw`\bnon +(?:voglio|vogliamo|vorrei|vorremmo|chiedo|chiediamo|cerco|mi +serve|ci +serve|mi +interessa)\b`,
    // pt
    String.raw`\bn[ãa]o +(?:quero|queremos|preciso|precisamos|pe[çc]o|pedimos)\b`,
  ].join('|'),
  'giu',
);

/** `refusalStart` tried only where one of its alternatives can begin (see `refusals`). */
const refusalAt = new RegExp(refusalStart.source, 'iuy');
/** Whether the UTF-16 unit `c` is a word character for `\b` in a case-blind Unicode pattern: ASCII letters, digits, `_`, ſ and the Kelvin sign. */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x17f ||
    c === 0x212a
  );
}

/** First letters of the alternatives of `refusalStart` ("i", "we", "no", "je", "on", "pas", "non", "não"…), by lower-case code. */
const firstLetters = new Uint8Array(128);
for (const ch of 'iwnjop') firstLetters[ch.charCodeAt(0)] = 1;

/**
 * `text.matchAll(refusalStart)` without running the whole alternation at every position: every
 * alternative opens with `\b` and a word starting with one of `firstLetters`, so the pattern is
 * tried (anchored) only at such word starts, and the search goes on after each match as
 * `matchAll` does. The same matches, in a fraction of the time on long messages.
 */
function* refusals(text: string): Generator<{ index: number; 0: string }> {
  for (let at = 0; at < text.length; at++) {
    // `| 0x20` lower-cases an ASCII letter and maps nothing else onto one.
    const c = text.charCodeAt(at) | 0x20;
    if (c >= 128 || firstLetters[c] === 0) continue;
    if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    refusalAt.lastIndex = at;
    const m = refusalAt.exec(text);
    if (!m) continue;
    yield { index: at, 0: m[0] };
    at += m[0].length - 1;
  }
}

// Where a refusal ends: punctuation, or the word that turns to what is wanted instead.
const refusalEnd =
  /[,.;:!?\n()]|\s(?:just|only|but|rather|instead|i want|i'd like|solo|sólo|sino|pero|simplemente|quiero|juste|seulement|mais|plut[ôo]t|je veux|je voudrais|nur|sondern|aber|einfach|ich will|ich möchte|soltanto|solamente|ma|voglio|vorrei|s[óo]|mas|apenas|quero)(?![\p{L}\p{N}])/iu;

/** Classes of words that name a request one can turn down. */
const requestClasses = new Set(['refund', 'money', 'cancel', 'return', 'change', 'person']);

/** Words a message must keep after the blanking for it to happen (else the refusal is all there is). */
const minRemainingWords = 2;

/** `text` with every refusal of a request blanked out, or `text` itself when there is none (or nothing else). */
export function blankRefusals(text: string): string {
  if (!/n['’]t\b|\b(?:no|not|dont|didnt|nicht|kein\w*|non|n[ãa]o|pas)(?![\p{L}\p{N}])/iu.test(text))
    return text;
  let out = text;
  for (const m of refusals(text)) {
    const start = m.index;
    const after = text.slice(start + m[0].length);
    const stop = refusalEnd.exec(after);
    const end = start + m[0].length + (stop ? stop.index : after.length);
    const words = tokenize(text.slice(start, end));
    if (!words.some((w) => requestClasses.has(lexiconClass(w)))) continue;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  if (out === text) return text;
  const left = out.split(/\s+/).filter((w) => /[\p{L}\p{N}]{2}/u.test(w)).length;
  return left >= minRemainingWords ? out : text;
}
