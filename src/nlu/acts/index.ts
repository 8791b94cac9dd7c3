import type { Language } from '../../domain/index.js';
import { foldText } from '../normalize.js';
import { allMatches } from '../regex.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { ActsLexicon } from './types.js';

export type { ActsLexicon } from './types.js';

/** The dialogue-act lexicons of the six languages. */
export const actsLexicons: Readonly<Record<Language, ActsLexicon>> = { en, es, fr, de, it, pt };
const allLangs = Object.keys(actsLexicons) as Language[];

/** Folded words of a message: lower case, no accents, punctuation as spaces. */
export function actWords(text: string): string[] {
  const t = foldText(text)
    // "siii", "okkk", "graciasss": a letter held down is the letter once.
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t === '' ? [] : t.split(' ');
}

type PhraseKey = Exclude<
  keyof ActsLexicon,
  'ordinals' | 'valueChange' | 'newValue' | 'threadMarkers' | 'itemKinds'
>;

/** Phrases of one list, by their first word, longest first. */
type PhraseIndex = Map<string, string[][]>;
/** Built on first use, per language and list (keyed by the list's name: no key string made per call). */
const indexCache = Object.fromEntries(allLangs.map((l) => [l, new Map()])) as Record<
  Language,
  Map<PhraseKey, PhraseIndex>
>;

function phraseIndex(lang: Language, key: PhraseKey): PhraseIndex {
  let idx = indexCache[lang].get(key);
  if (!idx) {
    idx = new Map();
    for (const p of actsLexicons[lang][key]) {
      const words = actWords(p);
      const first = words[0];
      if (!first) continue;
      const list = idx.get(first) ?? [];
      list.push(words);
      idx.set(first, list);
    }
    for (const list of idx.values()) list.sort((a, b) => b.length - a.length);
    indexCache[lang].set(key, idx);
  }
  return idx;
}

/** Length in words of the longest phrase of `key` starting at `words[i]` (0 when none). */
function phraseAt(
  words: readonly string[],
  i: number,
  langs: readonly Language[],
  key: PhraseKey,
): number {
  let best = 0;
  const first = words[i];
  if (first === undefined) return 0;
  for (const l of langs) {
    const idx = phraseIndex(l, key);
    const plain = idx.get(first) ?? [];
    // German typed without umlauts ("schoenen", "fuer", "tschuess") matches the folded lexicon.
    const spelt = l === 'de' ? withoutUmlautSpelling(first) : first;
    const lists = spelt !== first ? [...plain, ...(idx.get(spelt) ?? [])] : plain;
    for (const p of lists) {
      if (p.length <= best || i + p.length > words.length) continue;
      if (
        p.every(
          (w, k) =>
            words[i + k] === w || (l === 'de' && withoutUmlautSpelling(words[i + k] ?? '') === w),
        )
      )
        best = p.length;
    }
  }
  return best;
}

/** "schoenen" → "schonen", "fuer" → "fur", "tschuess" → "tschuss": German ae/oe/ue as the folded umlaut. */
function withoutUmlautSpelling(word: string): string {
  return /[aou]e/.test(word) ? word.replace(/([aou])e/g, '$1') : word;
}

/** The languages whose phrases count, per language: its own and English, or all for a short message. */
const ownAndEnglish = Object.fromEntries(
  allLangs.map((l) => [l, Object.freeze(l === 'en' ? ['en'] : [l, 'en'])]),
) as Record<Language, readonly Language[]>;
const everyLang = Object.fromEntries(
  allLangs.map((l) => [l, Object.freeze([l, ...allLangs.filter((x) => x !== l)])]),
) as Record<Language, readonly Language[]>;

function langsFor(lang: Language, short: boolean): readonly Language[] {
  return short ? everyLang[lang] : ownAndEnglish[lang];
}

/**
 * `actWords` of the text last asked about by `saysAny`: the dialogue asks about one message for
 * many lists in a row. The array is only read.
 */
let lastText: string | null = null;
let lastWords: readonly string[] = [];
function wordsOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastWords = actWords(text);
    lastText = text;
  }
  return lastWords;
}

/** True when a phrase of `key` appears anywhere in the text as whole words. */
export function saysAny(text: string, lang: Language, key: PhraseKey): boolean {
  const words = wordsOf(text);
  const langs = langsFor(lang, false);
  for (let i = 0; i < words.length; i++) {
    if (phraseAt(words, i, langs, key) === 0) continue;
    // "I haven't had any update", "is there an update?": news, not a wish to change anything.
    if (key === 'changeWords' && nounUse.has(words[i - 1] ?? '') && newsWords.has(words[i] ?? ''))
      continue;
    return true;
  }
  return false;
}

/** Words that make the next verb a thing done ("j'ai annulé", "ich habe storniert", "I had cancel…"), in the six languages (folded). */
const doneBefore = new Set(
  'ai as avons avez ont ete etait was been have has had habe hast hat haben wurde ist he ha han hemos fue fui ho hai abbiamo hanno stato stata foi fui tinha tenho ya gia deja schon already'.split(
    ' ',
  ),
);

/**
 * Asks for the order to be cancelled ("cancel it and refund me", "stornieren Sie das", "annulez ma
 * commande"): a word of cancelling as a request, not after a "don't" nor telling of one done
 * ("j'ai annulé", "ya cancelé").
 */
export function asksToCancel(text: string, lang: Language): boolean {
  const words = actWords(text);
  const langs = langsFor(lang, false);
  for (let i = 0; i < words.length; i++) {
    if (phraseAt(words, i, langs, 'cancelAsk') === 0) continue;
    if (doneBefore.has(words[i - 1] ?? '')) continue;
    const before = words.slice(Math.max(0, i - 3), i);
    if (before.some((_, k) => phraseAt(before, k, langs, 'negation') > 0)) continue;
    return true;
  }
  return false;
}

/** "When", in the six languages (folded). */
const whenWord = /\b(?:when|wann|quand|cuando|quando)\b/u;

/**
 * Asks how long until the piece is in the customer's hands ("how long till I get it?", "wann
 * bekomme ich sie?", "je le reçois quand ?"): making time and shipping together, not one of them.
 */
export function asksArrival(text: string, lang: Language): boolean {
  if (saysAny(text, lang, 'ifNotArrived')) return false;
  return (
    (saysAny(text, lang, 'howLong') || whenWord.test(actWords(text).join(' '))) &&
    saysAny(text, lang, 'arrival')
  );
}

/** An order already placed, told in the past, in the six languages (folded). */
const orderedBefore =
  /\b(?:ordered|bought|purchased|bestellt|gekauft|ai commande|avons commande|ai achete|pedi|compre|he pedido|he comprado|ho ordinato|ho comprato|ho acquistato|encomendei|comprei)\b/u;

/**
 * Buying a piece from the shop as a gift ("I want to buy a necklace as a gift", "je voudrais offrir
 * un portrait à ma mère"): a question about the shop (how to order, gift options), not a bespoke
 * request, unless something made to their own design is asked for. Plain buying counts only when
 * `buying` (the reading is a custom order already).
 */
export function asksGiftPurchase(text: string, lang: Language, buying = false): boolean {
  if (saysAny(text, lang, 'madeToOrder') || orderedBefore.test(actWords(text).join(' ')))
    return false;
  return saysAny(text, lang, 'giftWords') || (buying && saysAny(text, lang, 'buyWords'));
}

/** Words of the German du (and ihr-plural) register, folded. */
const duWords = new Set(
  'du dir dich dein deine deinen deinem deiner deins kannst hast bist weisst willst musst sollst konntest wurdest hattest schickst machst siehst gibst euch euer eure euren eurem eurer konnt habt seid'.split(
    ' ',
  ),
);
/** The Sie register: Sie and Ihnen inside a sentence, the capitalised Ihr- forms anywhere. */
const sieForm = /(?<![.!?:]\s*|^\s*)\b(?:Sie|Ihnen)\b|\bIhr(?:e|en|em|er)?\b/u;

/**
 * The register a German message is written in ("kannst du…", "Könnt ihr euch…" → du; "Können
 * Sie…" → Sie); null when it shows neither.
 */
export function readGermanRegister(text: string): 'du' | 'Sie' | null {
  if (sieForm.test(text)) return 'Sie';
  return actWords(text).some((w) => duWords.has(w)) ? 'du' : null;
}

/** Words of changing that are also nouns of news, and the words that make them nouns. */
const newsWords = new Set(['update', 'updates', 'change', 'changes']);
const nounUse = new Set(['any', 'an', 'no', 'some', 'latest', 'recent', 'quick', 'status']);

function skipFillers(words: string[], i: number, langs: readonly Language[]): number {
  let j = i;
  for (let guard = 0; guard < 6; guard++) {
    const n = phraseAt(words, j, langs, 'fillers');
    if (n === 0) break;
    j += n;
  }
  return j;
}

/**
 * A yes or a no written as a sentence ("yeah go ahead and cancel it please", "hmm actually no,
 * don't cancel", "sí, perfecto", "nein, doch nicht"); null when the message is neither, or a yes
 * with a condition ("yes but…").
 */
export function readAnswer(text: string, lang: Language): 'yes' | 'no' | null {
  const raw = text.trim();
  if (/^(?:👍|👌|✅|✔️?|🙂|😊|🙏)+$/u.test(raw)) return 'yes';
  if (/^(?:👎|❌|🙅)+$/u.test(raw)) return 'no';
  const words = actWords(raw);
  if (words.length === 0 || words.length > 16) return null;
  if (/[?¿]/.test(raw) && words.length > 4) return null;
  const langs = langsFor(lang, words.length <= 3);
  const start = skipFillers(words, 0, langs);
  const yesLen = phraseAt(words, start, langs, 'yes');
  const noLen = phraseAt(words, start, langs, 'no');
  const rest = (from: number): string[] => words.slice(from);
  const has = (ws: string[], key: PhraseKey): boolean =>
    ws.some((_, k) => phraseAt(ws, k, langs, key) > 0);
  if (noLen > yesLen) return 'no';
  if (yesLen > 0) {
    const after = rest(start + yesLen);
    if (has(after, 'contrast')) return null;
    if (has(after, 'negation') && !has(after, 'thanks')) return 'no';
    return 'yes';
  }
  // "hmm acho que vou esperar mais um pouco", to an offer to cancel: no, not now.
  if (has(rest(start), 'wait') && !has(rest(start), 'negation')) return 'no';
  if (words.length > 10) return null;
  // No answer word first: "please go ahead", "don't cancel it".
  const tail = rest(start);
  if (phraseAt(tail, 0, langs, 'negation') > 0) return 'no';
  for (let k = 0; k < tail.length; k++) {
    const n = phraseAt(tail, k, langs, 'yes');
    if (n >= 2) return has(tail, 'negation') ? null : 'yes';
  }
  return null;
}

const answerWordRe = /[\p{L}\p{N}]+/gu;

/**
 * The customer's words after a leading yes, ok, thanks or filler ("ok super. Dann bitte Maia" →
 * "Dann bitte Maia" → after the filler "dann": "bitte Maia"), as typed; '' when nothing else is said.
 */
export function afterAnswer(text: string, lang: Language, alsoNo = false): string {
  const tokens = allMatches(answerWordRe, text);
  const words = tokens.map((m) => actWords(m[0]).join(''));
  const langs = langsFor(lang, false);
  let i = 0;
  for (let guard = 0; guard < 12 && i < words.length; guard++) {
    const n = Math.max(
      alsoNo ? phraseAt(words, i, langs, 'no') : 0,
      phraseAt(words, i, langs, 'yes'),
      phraseAt(words, i, langs, 'okay'),
      phraseAt(words, i, langs, 'thanks'),
      phraseAt(words, i, langs, 'fillers'),
    );
    if (n === 0) break;
    i += n;
  }
  const at = tokens[i]?.index;
  return at === undefined ? '' : text.slice(at).trim();
}

/** Words that may sit inside a closing without changing it ("thank you SO much guys"). */
const closingGlue = new Set([
  'so',
  'very',
  'much',
  'a',
  'lot',
  'you',
  'u',
  'guys',
  'all',
  'again',
  'and',
  'for',
  'that',
  's',
  'it',
  'really',
  'de',
  'por',
  'pour',
  'fur',
  'per',
  'para',
  'e',
  'y',
  'et',
  'und',
  'oh',
]);

/**
 * A message that only thanks, acknowledges or says goodbye ("ok great thanks!", "perfect, thank
 * you so much!", "vale gracias!!", "bye!"): its kind, or null when it says anything more.
 */
export function readClosing(text: string, lang: Language): 'thanks' | 'bye' | 'ok' | null {
  const raw = text.trim();
  if (/^(?:👍|👌|🙏|❤️?|😊|🙂|💕|🥰)+$/u.test(raw)) return 'thanks';
  const words = actWords(raw);
  if (words.length === 0 || words.length > 14 || /[?¿]/.test(raw)) return null;
  const langs = langsFor(lang, words.length <= 4);
  let thanks = false;
  let bye = false;
  let i = 0;
  while (i < words.length) {
    const t = phraseAt(words, i, langs, 'thanks');
    const b = phraseAt(words, i, langs, 'bye');
    const o = Math.max(
      phraseAt(words, i, langs, 'okay'),
      phraseAt(words, i, langs, 'yes'),
      phraseAt(words, i, langs, 'fillers'),
    );
    const n = Math.max(t, b, o);
    if (n === 0) {
      if (closingGlue.has(words[i] ?? '')) {
        i += 1;
        continue;
      }
      return null;
    }
    if (t === n) thanks = true;
    else if (b === n) bye = true;
    // "ok grazie" read as one "ok" phrase still thanks.
    else
      for (let k = i + 1; k < i + n; k++)
        if (phraseAt(words, k, langs, 'thanks') > 0) thanks = true;
    i += n;
  }
  return bye ? 'bye' : thanks ? 'thanks' : 'ok';
}

/**
 * A closing whose yes is only an acknowledgement ("ok gracias", "vale, entiendo, gracias", "ok
 * obg"): every word is a thanks, an okay or a filler, none a yes of its own ("sí", "claro").
 */
export function acknowledgesOnly(text: string, lang: Language): boolean {
  const words = actWords(text);
  const langs = langsFor(lang, words.length <= 4);
  let i = 0;
  while (i < words.length) {
    const n = Math.max(
      phraseAt(words, i, langs, 'thanks'),
      phraseAt(words, i, langs, 'okay'),
      phraseAt(words, i, langs, 'bye'),
      phraseAt(words, i, langs, 'fillers'),
    );
    if (n === 0) {
      if (!closingGlue.has(words[i] ?? '')) return false;
      i += 1;
      continue;
    }
    i += n;
  }
  return true;
}

const cardinalWords = new Set([
  'two',
  'three',
  'four',
  'five',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'zwei',
  'drei',
  'vier',
  'funf',
  'due',
  'tre',
  'quattro',
  'cinque',
  'dois',
  'duas',
  'quatro',
]);

/** Which of a listed set the customer picks ("the second one", "la deuxième", "2"); -1 means "the last". */
export function readOrdinal(text: string, lang: Language): number | null {
  const words = actWords(text);
  if (words.length === 0 || words.length > 8) return null;
  // A question is a new request, not a pick: "actually first, do you ship to Canada?".
  if (/[?¿]/.test(text) && words.length > 3) return null;
  if (words.length === 1 && /^\d{1,2}$/.test(words[0] ?? '')) return Number(words[0]);
  const langs = langsFor(lang, words.length <= 2);
  if (words.some((w) => langs.some((l) => actsLexicons[l].last.includes(w)))) return -1;
  for (const l of langs) {
    const table = actsLexicons[l].ordinals;
    // Numbers written as words count in the conversation's language only ("très bien" is not "tres").
    const own = l === lang || l === 'en';
    for (let i = 0; i < table.length; i++) {
      if (words.some((w) => (table[i] as string[]).includes(w) && (own || !cardinalWords.has(w))))
        return i + 1;
    }
  }
  return null;
}

const articleStart =
  /^(?:the|my|your|our|this|that|it|a|an|el|la|los|las|mi|su|le|les|mon|ma|votre|der|die|das|es|mein|meine|ihr|il|lo|gli|o|os|as|meu|minha|isso|ca|esto)(?:\s|$)/;

const changeRes = new Map<Language, RegExp[]>();
function valueChangeRes(lang: Language): RegExp[] {
  let res = changeRes.get(lang);
  if (!res) {
    res = actsLexicons[lang].valueChange.map((s) => new RegExp(s, 'iu'));
    changeRes.set(lang, res);
  }
  return res;
}

/** Old → new value in one message ("change the engraving from Mia to Maia"); null when absent. */
export function readValueChange(
  text: string,
  lang: Language,
): { old: string; value: string } | null {
  for (const l of langsFor(lang, false)) {
    for (const re of valueChangeRes(l)) {
      const m = re.exec(text);
      const oldV = m?.groups?.['old']?.trim();
      const newV = m?.groups?.['new']?.trim();
      if (!oldV || !newV) continue;
      if (foldText(oldV) === foldText(newV)) continue;
      // "from your shop to my house" names no old value.
      if (articleStart.test(foldText(oldV)) || oldV.split(/\s+/).length > 4) continue;
      // "statt Mia soll Mila drauf stehen": the value inside a sentence, without its words.
      const wanted = /^\p{Ll}/u.test(newV) ? wantedValue(newV, l) : null;
      return { old: oldV, value: wanted ?? newV };
    }
  }
  return null;
}

const newValueCache = new Map<Language, RegExp[]>();
/** Lower-case words that start a description, never a value ("change the name to something else", "a otro"), in the six languages. */
const notAValue =
  /^(?:the|a|an|my|your|her|his|their|our|it|its|this|that|these|those|something|anything|what|whatever|whichever|one|another|someone|somebody|her's|hers|which|how|when|where|who|smaller|bigger|larger|different|other|el|la|lo|los|las|un|una|uno|mi|su|otro|otra|algo|le|les|une|mon|ma|son|autre|quelque|der|die|das|ein|eine|einen|mein|meine|ihr|etwas|anderen|andere|il|i|gli|mio|mia|altro|altra|qualcosa|o|os|as|um|uma|meu|minha|outro|outra|algo)$/;

/**
 * Only the new value named with the request ("can I still change the name to Maia?", "change
 * the ring size to 8 please"); null when absent or when it reads as a description.
 */
export function readNewValue(text: string, lang: Language): string | null {
  let res = newValueCache.get(lang);
  if (!res) {
    res = (actsLexicons[lang].newValue ?? []).map((s) => new RegExp(s, 'iu'));
    newValueCache.set(lang, res);
  }
  for (const re of res) {
    const v = re.exec(text)?.groups?.['new']?.trim();
    if (!v) continue;
    const words = v.split(/\s+/);
    const at = text.indexOf(v);
    const quoted = at > 0 && /["“‘]/u.test(text[at - 1] ?? '');
    const first = words[0] ?? '';
    // "Mia Sofia" is a name, "mia figlia" a description: outside English, capitals decide.
    const describes = notAValue.test(foldText(first)) && (lang === 'en' || !/^\p{Lu}/u.test(first));
    if (!quoted && (words.length > 4 || describes)) continue;
    if (!quoted && words.some((w) => /^\d{3,}$/.test(w) || w.includes('@'))) continue;
    // Outside English the patterns are loose ("cambiar el nombre del collar a …"): only a value
    // that reads as one (a name, a number, quoted) counts, not "a otro" or "para o meu trabalho".
    if (lang !== 'en' && !quoted && !/^[\p{Lu}\p{N}]/u.test(v)) continue;
    return v;
  }
  return wantedValue(text, lang);
}

/** The lead-ins before a new value in every language ("make it", "ponle"), longest first. */
export function valuePrefixes(): string[] {
  const out = new Set<string>();
  for (const l of allLangs) for (const p of actsLexicons[l].valuePrefixes) out.add(p);
  return [...out].sort((a, b) => b.length - a.length);
}

let threadRes: RegExp[] | null = null;

/**
 * The customer's own words of a pasted e-mail thread: everything before the first quoted
 * earlier message ("On … wrote:", "> …", "-----Original Message-----"), in any language.
 */
export function stripQuotedThread(text: string): string {
  if (text.length < 200) return text;
  threadRes ??= allLangs.flatMap((l) =>
    actsLexicons[l].threadMarkers.map((s) => new RegExp(s, 'iu')),
  );
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const folded = foldText(line.trim());
    if (
      kept.some((k) => k.trim() !== '') &&
      (line.trimStart().startsWith('>') || threadRes.some((re) => re.test(folded)))
    )
      break;
    kept.push(line);
  }
  const out = kept.join('\n').trim();
  return out === '' ? text : out;
}

/** Folded words that follow "only", "just" and the like within three words ("only the bowl" → bowl): what did arrive. */
export function wordsAfterOnly(text: string, lang: Language): Set<string> {
  const words = actWords(text);
  const langs = langsFor(lang, false);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const n = phraseAt(words, i, langs, 'only');
    if (n === 0) continue;
    for (const w of words.slice(i + n, i + n + 3)) out.add(w);
  }
  return out;
}

/** The problem a message describes, if any: missing before wrong before damaged ("the mug wasn't in the box"). */
export function readProblem(input: string, lang: Language): 'missing' | 'wrong' | 'damaged' | null {
  // "we broke up", "I'm broke": words of breaking that say nothing about the piece.
  const text = input.replace(
    /\b(?:broke|broken|break|breaking)\s+up\b|\bi['’]?m\s+broke\b/giu,
    ' ',
  );
  if (saysAny(text, lang, 'missing')) return 'missing';
  if (saysAny(text, lang, 'wrongItem')) return 'wrong';
  if (saysAny(text, lang, 'damaged')) return 'damaged';
  return null;
}

/** The words after a new value that are not part of it, in every language, longest first. */
export function valueSuffixes(): string[] {
  const out = new Set<string>();
  for (const l of allLangs) for (const p of actsLexicons[l].valueSuffixes) out.add(p);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Words after which a sentence names the text wanted on the piece ("qu'on écrive Maïa", "soll
 * Mila drauf stehen", "dovrebbe esserci scritto Mia e Leo"), and the words that may sit between
 * that cue and the value. German nouns are capitalised, so there the value must be followed by
 * the verb that closes the phrase ("stehen", "heißen") or end the clause.
 */
const wantCues: Partial<Record<Language, { cue: RegExp; skip: ReadonlySet<string> }>> = {
  fr: {
    cue: /^(?:ecrive|ecrivez|ecrire|ecrit|ecrits|ecrivent|ecriviez|marque|marquer|marquez|marquiez|grave|graver|gravez|graviez|gravent|mettre|mettez|mette|mettiez|mettent|soit|plutot|figure|figurer|apparaisse|apparaitre)$/,
    skip: new Set(
      'plutot le la les l du de des prenom nom juste simplement bien dessus on y avoir il que qu plutot seulement uniquement donc finalement alors ecrit grave marque dessus desormais maintenant'.split(
        ' ',
      ),
    ),
  },
  de: {
    cue: /^(?:soll|sollte|sollen|solle|muss|musste|mussen)$/,
    skip: new Set(
      'da drauf darauf lieber bitte jetzt nun dann doch der die das name namen vorname ein eine eher stattdessen nur einfach besser aber ja also eigentlich'.split(
        ' ',
      ),
    ),
  },
  it: {
    cue: /^(?:scritto|scritta|scrivere|scrivete|scriva|scrivi|incidere|incidete|incida|inciso|incisa|mettere|mettete|metta|metti|esserci|ci)$/,
    skip: new Set(
      'esserci essere scritto scritta inciso incisa il la lo nome solo semplicemente invece ci sopra piuttosto poi dovrebbe deve devono'.split(
        ' ',
      ),
    ),
  },
};
/** Verbs that close the German phrase after the value ("… Mila drauf stehen", "… Mila heißen"). */
const germanClosers =
  /^(?:drauf|darauf|stehen|stehn|heissen|lauten|sein|graviert|eingraviert|geschrieben|werden)$/;
/** Words joining two parts of one value ("Mia e Leo", "C & M"). */
const valueJoiners = new Set(['e', 'et', 'und', 'and', 'y', '&', '+']);
/** Days, months and countries: "soll Samstag da sein" names a date, not an engraving. */
const notEngraving =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|deutschland|schweiz|osterreich|france|belgique|suisse|italia|svizzera|dhl|ups|usps|paypal)$/;

const wantedTokenRe =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}&+]|[,;:.!?()]/gu;

/**
 * The text a sentence asks for after a word of writing or wanting, in French, German and Italian
 * ("elle préfère qu'on écrive Maïa avec un tréma" → "Maïa"; "statt Mia soll Mila drauf stehen" →
 * "Mila"; "dovrebbe esserci scritto Mia e Leo" → "Mia e Leo"). Only a value written as one counts:
 * capitalised words or numbers, joined by "e", "et", "und", "&". Null when there is none.
 */
export function wantedValue(text: string, lang: Language): string | null {
  const cues = wantCues[lang];
  if (!cues) return null;
  const tokens = allMatches(wantedTokenRe, text);
  const folded = tokens.map((m) => {
    const f = foldText(m[0].toLowerCase());
    // "qu'on", "l'incisione", "c'è": the word after the elision.
    return f.includes("'") || f.includes('’') ? (f.split(/['’]/).pop() ?? f) : f;
  });
  const named = (i: number): boolean => {
    const w = tokens[i]?.[0] ?? '';
    return /^[\p{Lu}\p{N}]/u.test(w) && !notEngraving.test(folded[i] ?? '');
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!cues.cue.test(folded[i] ?? '')) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j <= i + 5 &&
      !named(j) &&
      (cues.skip.has(folded[j] ?? '') || cues.cue.test(folded[j] ?? ''))
    )
      j++;
    // German nouns after the cue ("soll der Name …") are words of the sentence, not the value.
    while (lang === 'de' && j < tokens.length && cues.skip.has(folded[j] ?? '')) j++;
    if (!named(j)) continue;
    let k = j;
    while (k + 1 < tokens.length && k - j < 6) {
      if (named(k + 1)) k++;
      else if (valueJoiners.has(folded[k + 1] ?? '') && named(k + 2)) k += 2;
      else break;
    }
    const after = folded[k + 1];
    const endsClause = after === undefined || /^[,;:.!?()]$/.test(after);
    if (lang === 'de' && !endsClause && !germanClosers.test(after ?? '')) continue;
    const first = tokens[j];
    const last = tokens[k];
    if (!first || !last) continue;
    const value = text.slice(first.index, last.index + last[0].length);
    if (/^\d{3,}$/.test(value) || value.includes('@')) continue;
    return value;
  }
  return null;
}
