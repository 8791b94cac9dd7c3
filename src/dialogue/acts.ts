import type { Language } from '../domain/index.js';

/** Dialogue acts inside a flow (yes/no, "the second one", a new value), in the six languages. Pure. */

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const yesWords = [
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'correct', 'right', 'please do', 'go ahead', 'do it', 'confirm', 'sounds good', 'perfect', 'absolutely', 'of course', 'that s right', 'exactly', 'yes please',
  'si', 'claro', 'vale', 'de acuerdo', 'correcto', 'adelante', 'por supuesto', 'perfecto', 'exacto', 'confirmo',
  'oui', 'd accord', 'ok', 'bien sur', 'exactement', 'c est ca', 'parfait', 'volontiers', 'je confirme', 'allez y',
  'ja', 'jawohl', 'genau', 'richtig', 'passt', 'gerne', 'klar', 'bestatige', 'einverstanden', 'stimmt',
  'certo', 'esatto', 'va bene', 'confermo', 'perfetto', 'giusto', 'certamente', 'procedi',
  'sim', 'claro', 'certo', 'isso', 'pode ser', 'confirmo', 'perfeito', 'exato', 'com certeza',
];
const noWords = [
  'no', 'nope', 'nah', 'not really', 'don t', 'do not', 'cancel that', 'wrong', 'not that', 'no thanks', 'no thank you', 'stop',
  'no gracias', 'para nada', 'incorrecto', 'nada',
  'non', 'non merci', 'pas du tout', 'pas ca',
  'nein', 'nee', 'nein danke', 'falsch', 'lieber nicht',
  'no grazie', 'sbagliato', 'per niente',
  'nao', 'nao obrigado', 'nao obrigada', 'errado',
];

const yesSet = new Set(yesWords.map(fold));
const noSet = new Set(noWords.map(fold));

/** "yes", "no" or null when the text is neither (it may be a new value or another request). */
export function detectAffirm(text: string, _lang?: Language): 'yes' | 'no' | null {
  const raw = text.trim();
  if (/^(👍|👌|✅|✔️?|🙂|😊)+$/u.test(raw)) return 'yes';
  if (/^(👎|❌|🙅)+$/u.test(raw)) return 'no';
  const t = fold(raw);
  if (t === '') return null;
  if (yesSet.has(t)) return 'yes';
  if (noSet.has(t)) return 'no';
  const words = t.split(' ');
  // Short answers that start with a yes/no word: "yes please save it", "no, that's wrong".
  if (words.length <= 6) {
    const first2 = words.slice(0, 2).join(' ');
    const first = words[0] ?? '';
    if (noSet.has(first2) || noSet.has(first)) return 'no';
    if (yesSet.has(first2) || yesSet.has(first)) return 'yes';
  }
  return null;
}

const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  one: 1, two: 2, three: 3, four: 4, five: 5,
  primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, ultimo: -1, ultima: -1,
  premier: 1, premiere: 1, deuxieme: 2, second_: 2, troisieme: 3, quatrieme: 4, dernier: -1, derniere: -1,
  erste: 1, ersten: 1, erstes: 1, zweite: 2, zweiten: 2, zweites: 2, dritte: 3, dritten: 3, vierte: 4, letzte: -1, letzten: -1,
  primo: 1, secondo: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo_: -1,
  terceiro: 3, terceira: 3,
};

/** "the second one" → 2, "3" → 3, "the last" → -1; null when the text names no position. */
export function detectOrdinal(text: string, _lang?: Language): number | null {
  const t = fold(text);
  const digit = /^(?:#|n|no|nr|number|numero)?\s*([1-9])\s*(?:st|nd|rd|th|o|a|e|er|ere)?$/.exec(t);
  if (digit?.[1]) return Number(digit[1]);
  const words = t.split(' ');
  if (words.length > 5) return null;
  for (const w of words) {
    const n = ordinalWords[w];
    if (n !== undefined) return n;
  }
  return null;
}

const valuePrefixes = [
  'actually', 'no', 'sorry', 'oops', 'wait', 'please', 'make it', 'change it to', 'it should be', 'it should say', 'should say', 'should be', 'i want', 'i d like', 'use', 'the new one is', 'new text', 'to',
  'en realidad', 'mejor', 'perdon', 'ponle', 'pon', 'que diga', 'cambialo a', 'deberia decir', 'deberia ser', 'quiero',
  'en fait', 'plutot', 'pardon', 'mettez', 'mets', 'changez en', 'ca doit etre', 'il faut', 'je veux',
  'eigentlich', 'doch lieber', 'lieber', 'bitte', 'mach', 'es soll', 'es sollte', 'stattdessen', 'ich mochte', 'auf',
  'in realta', 'anzi', 'scusa', 'metti', 'mettete', 'deve essere', 'dovrebbe essere', 'voglio',
  'na verdade', 'desculpa', 'coloque', 'poe', 'deve ser', 'deveria ser', 'quero',
];
const prefixRe = new RegExp(
  `^(?:(?:${valuePrefixes
    .map((p) => p.replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})[\\s,:;.!-]+)+`,
  'i',
);

/**
 * A new value given in free text: a quoted part wins ("make it 'Emma'"), else the text without
 * lead-ins such as "actually make it". Returns null when nothing short enough remains.
 */
export function extractValue(text: string, quoted: string | undefined, maxLength = 60): string | null {
  if (quoted && quoted.trim() !== '') return quoted.trim().slice(0, maxLength);
  // "Mia should be Maia", "change it to Maia", "debería ser Maia": the part after the link words.
  const linked = /(?:\bshould (?:be|say|read)|\bchange (?:it |that )?to|\binstead of .+?,|\bdeber[ií]a (?:ser|decir)|\bdebe (?:ser|decir)|\bdevrait (?:être|etre)|\bdoit (?:être|etre)|\bsollte|\bsoll|\bdovrebbe essere|\bdeve essere|\bdeveria ser|\bdeve ser)\s+(.+)$/iu.exec(text.trim());
  if (linked?.[1]) {
    const v = linked[1].replace(/^["'“”‘’«»]+|["'“”‘’«».!]+$/gu, '').replace(/\s+(?:sein|heißen|lauten)$/iu, '').trim();
    if (v !== '' && v.length <= maxLength) return v;
  }
  const deAccented = text.normalize('NFD').replace(/\p{M}/gu, '');
  let rest = text.trim();
  const m = prefixRe.exec(deAccented.trim() + ' ');
  if (m) rest = text.trim().slice(Math.min(m[0].length, text.trim().length));
  rest = rest.replace(/^["'“”‘’«»]+|["'“”‘’«».!]+$/gu, '').trim();
  if (rest === '' || rest.length > maxLength) return null;
  return rest;
}

/** True when the text has letters or digits at all (not only emoji, punctuation or spaces). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when most letters are outside the Latin script (e.g. Cyrillic, CJK, Arabic): a language we don't speak. */
export function isForeignScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length < 0.5;
}

/** Language names a customer might type to pick a language. */
const languageNames: Record<Language, string[]> = {
  en: ['english', 'ingles', 'anglais', 'englisch', 'inglese'],
  es: ['spanish', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spagnolo', 'espanhol'],
  fr: ['french', 'frances', 'francais', 'franzosisch', 'francese', 'frances'],
  de: ['german', 'aleman', 'allemand', 'deutsch', 'tedesco', 'alemao'],
  it: ['italian', 'italiano', 'italien', 'italienisch'],
  pt: ['portuguese', 'portugues', 'portugais', 'portugiesisch', 'portoghese'],
};

export function detectLanguageName(text: string): Language | null {
  const t = fold(text);
  if (t.split(' ').length > 4) return null;
  for (const [lang, names] of Object.entries(languageNames) as [Language, string[]][]) {
    if (names.some((n) => t.split(' ').includes(n))) return lang;
  }
  return null;
}

/** "1".."5" or "5 stars" or "★★★★" → score; null otherwise. */
export function detectScore(text: string): number | null {
  const stars = (text.match(/[★⭐]/gu) ?? []).length;
  if (stars >= 1 && stars <= 5) return stars;
  const m = /^\s*([1-5])(?:\s*(?:\/\s*5|stars?|estrellas?|etoiles?|étoiles?|sterne?|stelle|estrelas?))?\s*[.!]?\s*$/iu.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

/** Plain search key for matching typed text to a button label. */
export function foldText(s: string): string {
  return fold(s);
}

/** Very common words of the six languages; a long message with almost none is in another language. */
const functionWords = new Set(
  `so but just still already if or as by we they our the a an is are was my i me you your it to and of in on at for from with where what when how why order please can could this that have has not do does will would be there thanks hello hi
  ya muy pero su tu le puedo puede hay ha he también este esta todavía el la los las un una de del que y en mi mis es son está por para con no dónde donde cuándo cuando cómo como qué pedido lo me se tengo quiero hola gracias
  du au aux en ne se sa son ses mais plus encore peux suis ai le les des et est mon ma mes je vous un une pour avec pas où quand comment commande qui il elle ce sur au merci bonjour
  im von einen aber auch schon kann habe hat bin sind mir mich du uns der die das den dem und ist mein meine ich sie ein eine nicht mit für wo wann wie bestellung zu es auf noch hallo danke bitte
  della dello del nel nella alla sul ma se si ci ne ancora posso può voglio vorrei questo questa il lo gli di che è mio mia per non dove quando ordine sono ho mi ciao grazie
  do da dos das no na em ao já mas ainda pode tenho quero foi o os as meu minha um uma com não onde encomenda eu olá obrigado obrigada`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * True when a message of four or more words has (almost) no common word of any language we speak
 * and the language guess is unsure: Dutch or Polish rather than a short German sentence.
 */
export function looksUnsupported(text: string, langConfidence = 0): boolean {
  if (langConfidence >= 0.95) return false;
  const words = text
    .replace(/[^\s@]+@[^\s@]+/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  if (words.length < 4) return false;
  const known = words.filter((w) => functionWords.has(w)).length;
  return known / words.length < 0.2;
}
