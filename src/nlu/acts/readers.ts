import type { Language } from '../../domain/index.js';
import { allMatches } from '../regex.js';
import { readAnswer, readOrdinal, valuePrefixes, valueSuffixes } from './index.js';

/** Readers of the customer's words inside a flow (yes/no, "the second one", a new value, a score), in the six languages. Pure. */

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "yes", "no" or null when the text is neither (it may be a new value or another request). */
export function detectAffirm(text: string, lang: Language = 'en'): 'yes' | 'no' | null {
  return readAnswer(text, lang);
}

/** "the second one" → 2, "3" → 3, "the last" → -1; null when the text names no position. */
export function detectOrdinal(text: string, lang: Language = 'en'): number | null {
  return readOrdinal(text, lang);
}

const valuePrefixList = valuePrefixes();
const accented: Record<string, string> = {
  a: '[aàáâãä]',
  e: '[eèéêë]',
  i: '[iìíîï]',
  o: '[oòóôõö]',
  u: '[uùúûü]',
  c: '[cç]',
  n: '[nñ]',
};
/** A folded phrase as a pattern that also matches it written with accents ("s il vous plait" ~ "s'il vous plaît"). */
const loose = (p: string): string =>
  [...p]
    .map((ch) =>
      ch === ' ' ? "[\\s'’]+" : (accented[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    )
    .join('');
const suffixRe = new RegExp(`[\\s,]+(?:${valueSuffixes().map(loose).join('|')})[\\s.!]*$`, 'iu');
/** A spelling hint after the value: "Maya with a y", "Zoe mit einem e", "Ines con la i", "two n's". */
const spellingHintRe =
  /[\s,?]+(?:with|spelt with|spelled with|con|avec|mit|com|without|sin|sans|ohne|senza|sem)\s+(?:(?:an?|one|two|double|doble|la|el|una?|une|einem|einer|zwei|o|um|uma)\s+)?(?:\p{L}|[b-df-hj-np-tv-z]{2})(?:['’]s)?[\s.!]*$/iu;
/** An accent named after the value: "Léa avec un accent", "Jürgen mit Umlaut", "Niccolò con l'accento". */
const accentHintRe =
  /[\s,]+(?:with|avec|mit|con|com)\s+(?:(?:an|un|l['’]\s*|einem|dem|the|lo|o|um)\s*)?(?:accent(?:o|e)?|akzent|umlaut|acento|tilde|cedille|cédille|accent aigu|accent grave)(?:\s+\p{L}+)?[\s.!]*$/iu;
/** Capitals asked for after the value: "Mia con la M maiuscola", "with a capital M", "en mayúsculas". */
const capitalHintRe =
  /[\s,]+(?:(?:with|con|com|avec|mit|in|en|em|tutto|todo|all)\s+)?(?:(?:a|an|the|la|el|le|una?|o|um|uma|une|einem|gro(?:ß|ss)em)\s+)?(?:\p{L}\s+)?(?:capitals?|caps|upper\s*case|may[uú]sculas?|maiuscol[aeo]|mai[uú]scul[ao]s?|majuscules?|gro(?:ß|ss)buchstaben?)(?:\s+\p{L})?[\s.!]*$/iu;
/**
 * What customers write after a value that is not part of it, taken off until none is left:
 * "Mía con tilde porfa" → "Mía", "Mia con la M maiuscola e basta" → "Mia".
 */
function stripValueTail(value: string): string {
  let v = value;
  for (let i = 0; i < 4; i++) {
    const next = v
      .replace(suffixRe, '')
      .replace(accentHintRe, '')
      .replace(capitalHintRe, '')
      .replace(spellingHintRe, '');
    if (next === v || next.trim() === '') break;
    v = next;
  }
  return v;
}
const prefixRe = new RegExp(
  `^(?:(?:${valuePrefixList.map((p) => p.replace(/ /g, "[\\s'’]+")).join('|')})[\\s,:;.!-]+)+`,
  'i',
);

/**
 * A new value given in free text: a quoted part wins ("make it 'Emma'"), else the text without
 * lead-ins such as "actually make it". Returns null when nothing short enough remains.
 */
export function extractValue(
  text: string,
  quoted: string | undefined,
  maxLength = 60,
): string | null {
  if (quoted && quoted.trim() !== '') return quoted.trim().slice(0, maxLength);
  // "Mia should be Maia", "change it to Maia", "debería ser Maia": the part after the link words.
  const linked =
    /(?:\bshould (?:be|say|read)|\bchange (?:it |that )?to|\b(?:name|spelling|engraving|text|wording|inscription|lettering|initials) (?:is|are|will be|would be|should read)(?: actually| just)?|\b(?:needs?|has|have|ought|want|like|love) (?:it |them )?to (?:say|read|be)|\b(?:can|could|would) you (?:please )?(?:put|write|engrave|stamp)|\binstead of .+?,|\bdeber[ií]a (?:ser|decir)|\bdebe (?:ser|decir)|\bdevrait (?:être|etre)|\bdoit (?:être|etre)|\bsollte|\bsoll|\bdovrebbe essere|\bdeve essere|\bdeveria ser|\bdeve ser)\s+(.+)$/iu.exec(
      text.trim(),
    );
  if (linked?.[1]) {
    const v = linked[1]
      // "… Maya on it", "… Maya on the necklace": where it goes is not part of it.
      .replace(/\s+(?:on|in)\s+(?:it|there|(?:the|her|his|my|our) \p{L}+)[\s.!]*$/iu, '')
      .replace(/^.*$/su, stripValueTail)
      .replace(/^["'“”‘’«»]+|["'“”‘’«».!]+$/gu, '')
      .replace(/\s+(?:sein|heißen|lauten|stehen|drauf|draufstehen)$/iu, '')
      .trim();
    if (v !== '' && v.length <= maxLength) return v;
  }
  // "back to the engraving: Mila please": words that lead in to a colon, then the value.
  const led = /^([^:"“«]+?):\s+(\S.*)$/su.exec(text.trim());
  if (led?.[1] && led[2] && /\p{L}+\s+\p{L}+/u.test(led[1]))
    return extractValue(led[2], undefined, maxLength);
  const deAccented = text.normalize('NFD').replace(/\p{M}/gu, '');
  let rest = text.trim();
  const m = prefixRe.exec(deAccented.trim() + ' ');
  if (m) rest = text.trim().slice(Math.min(m[0].length, text.trim().length));
  rest = stripValueTail(rest)
    .replace(/^["'“”‘’«»]+|["'“”‘’«».!?]+$/gu, '')
    .trim();
  if (rest === '' || rest.length > maxLength) return null;
  return rest;
}

/**
 * The value after a lead-in that only brings a value ("vc pode colocar Sophia? com ph", "puedes
 * poner Lucía"), or null when the text does not open with one.
 */
export function valueAfterLead(text: string): string | null {
  const deAccented = text.normalize('NFD').replace(/\p{M}/gu, '').trim();
  if (!prefixRe.test(`${deAccented} `)) return null;
  return extractValue(text, undefined);
}

/** Words that bring a corrected value after a "no" ("nein, lieber C & M", "non, plutôt Léa", "no, anzi Maia"). */
const correctionLeadRe =
  /^(?:rather|instead|make it|i meant|it should be|lieber|besser|doch|eher|stattdessen|ich meinte|es soll|plutot|plutôt|mettez|mets|je voulais dire|il faut|meglio|piuttosto|anzi|metti|mettete|volevo dire|intendevo|mejor|mas bien|más bien|pon|ponga|quise decir|melhor|antes|eu quis dizer|coloca|coloque)\b/iu;

/**
 * The corrected value that follows a "no" at a read-back, or null: only after a word of correcting,
 * a quotation, or as a short capitalised value ("nein, Maia"); "no, that's wrong" carries none.
 */
export function correctedValue(rest: string, quoted: string | undefined): string | null {
  const r = rest.trim();
  if (r === '') return null;
  if (quoted && quoted.trim() !== '') return quoted.trim().slice(0, 60);
  if (correctionLeadRe.test(r)) {
    const v = extractValue(r.replace(correctionLeadRe, '').replace(/^[\s,:]+/, ''), undefined);
    return v && v !== '' ? v : null;
  }
  if (r.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N}]/u.test(r)) return extractValue(r, undefined);
  return null;
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
  const m =
    /^\s*([1-5])(?:\s*(?:\/\s*5|stars?|estrellas?|etoiles?|étoiles?|sterne?|stelle|estrelas?))?\s*[.!]?\s*$/iu.exec(
      text,
    );
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
  // Letters none of the six languages writes (Polish ł ę, Czech ř, Turkish ğ, Nordic ø…) with few common words.
  if (/[ąęłśźżćńőűřůěšžčďťğşıåøæðþ]/u.test(text.toLowerCase()) && known / words.length < 0.35)
    return true;
  return known / words.length < 0.2;
}

const questionStart =
  /^(how|what|which|where|when|why|is|are|do|does|can|could|will|would|should|cómo|como|qué|que|cuál|cual|dónde|donde|cuándo|cuánto|cuánta|cuántos|cuántas|es|son|hay|puedo|puede|tienen|comment|quel|quelle|quels|est-ce|pouvez|faites|wie|was|welche|welcher|ist|sind|gibt|kann|können|haben|come|cosa|quale|quali|è|sono|posso|avete|qual|quais|é|são|tem|têm|vocês|fazem|enviam|embrulham|aceitam|hacéis|haceis|hacen|envían|enviáis|aceptan|aceptáis)\b/i;

/** Starts with a question word ("how…", "y cómo…", "e quanto…"), after an "and". */
export function startsWithQuestionWord(text: string): boolean {
  const t = text
    .trim()
    .replace(/^(?:and|y|e|et|und|also|so|ok|vale|entonces|então|entao)[,\s]+/iu, '');
  return /^(?:how|what|which|where|when|why|who|cómo|como|qué|que|cuál|cual|cuánto|cuanto|cuánta|cuanta|dónde|donde|cuándo|cuando|quanto|quanta|qto|quando|qdo|onde|qual|quais|comment|quel|quelle|combien|où|quand|wie|was|welche|welcher|wo|wann|warum|come|cosa|quale|quanto|dove|perché)\b/iu.test(
    t,
  );
}

/** "How do I…", "Is the…", "…?" — the shape of a general question. */
export function isQuestionLike(text: string): boolean {
  // "… cuándo lo envían y si la plata se pone negra": the second, indirect question on its own.
  if (joinedWhether.test(text.trim())) return true;
  const t = text
    .trim()
    .replace(
      /^(wait|hi|hello|hey|ok|so|also|and|btw|hola|bonjour|hallo|ciao|olá|y|et|und|e)[,!.\s]+/i,
      '',
    )
    // "… e também se fazem embrulho?": the "if" of a question joined to another.
    .replace(
      /^(?:(?:también|tambien|además|ademas|também|tambem|aussi|auch|anche)\s+)?(?:si|se|if|whether|ob)\s+/iu,
      '',
    );
  return /[?¿]/.test(t) || questionStart.test(t) || indirectQuestion.test(t);
}

/**
 * An indirect question cut from the one before it ("si la plata se pone negra con el tiempo", "se
 * vem embrulhado"): "if" without its "then" (no comma) and not "what if it doesn't…".
 */
const joinedWhether =
  /^(?:si|se|whether|ob)\s+(?!(?:no|não|nao|nicht|not|non|pas)\b)[^,;]{6,}[?]?$/iu;

/** A question word before: the clause a joined "and if …" is a second question after. */
const askedBefore =
  /(?:^|[^\p{L}])(?:cu[aá]ndo|cu[aá]nto|cu[aá]nta|d[oó]nde|c[oó]mo|qu[eé]|quando|qdo|quanto|onde|when|how|where|what|quand|combien|comment|o[uù]|wann|wie|wo|dove|saber|sapere|savoir|know|wissen)(?:[^\p{L}]|$)/iu;

/**
 * A question asked without its mark: "quería saber si hacéis…", "gostaria de saber se…", "I was
 * wondering if…", and after another request "… und außerdem wissen, ob ihr …".
 */
const indirectQuestion =
  /\b(?:(?:quer[ií]a|quisiera|quiero|me\s+gustar[ií]a|gostaria\s+de|queria|quero|i\s+(?:wanted|want|would\s+like|'d\s+like)\s+to|je\s+voudrais|vorrei)\s+(?:(?:os|les|le|te|lhes|vos)\s+)?(?:saber|know|savoir|sapere|preguntar(?:les|os|te)?|perguntar|ask|demander|chiedere|chiedervi)\s+(?:si|se|if|whether)|(?:i\s+was|i'm|i\s+am)\s+wondering\s+(?:if|whether)|ich\s+(?:wollte|möchte|würde\s+gern)\s+wissen,?\s+ob|(?:außerdem|ausserdem|auch|noch|además|ademas|también|tambien|também|tambem|aussi|anche|inoltre|also)\s+(?:gerne?\s+)?(?:wissen|saber|savoir|sapere|know),?\s+(?:ob|si|se|if|whether)|(?:^|(?:et|y|e)\s+)(?:savoir|saber|sapere)\s+(?:si|se|s['’]il))\b/iu;

/** Sentences, and the joins inside one that start another request (see `splitClauses`). */
const clauseRe = /[^.?!¿¡\n]+[.?!\n]*|[¿¡][^?!]*[?!]*/gu;
const alsoJoinRe =
  /,?\s+(?:and also|and|also|plus|y también|y además|et aussi|und auch|e anche|e também)\s+(?:(?:si|se|if|whether|ob)\s+)?(?=(?:do|does|is|are|can|could|will|how|what|where|when|which|hacéis|hacen|tienen|envolvéis|enviáis|envían|es|est-ce|pouvez|livrez|liefern|ist|kann|fate|spedite|è|fazem|vocês|entregam|enviam|embrulham|têm|tem)\b)/giu;
const knowJoinRe = /,?\s+(?:et|y|e)\s+(?=(?:savoir|saber|sapere)\s+(?:si|se|s['’]il)\b)/giu;
const secondIfRe =
  /,?\s+(?:y también|y tambien|y además|y ademas|e também|e tambem|and also|et aussi|und auch|e anche)\s+(?=(?:si|se|if|whether|ob)\s+(?!(?:no|não|nao|nicht|not|non|pas)\b))/giu;
const andIfRe =
  /,?\s+(?:y|e|and|et|und)\s+(?=(?:si|se|whether|ob)\s+(?!(?:no|não|nao|nicht|not|non|pas)\b))/giu;
const wishJoinRe =
  /,?\s+(?:und|y|e|et|and)\s+(?=(?:außerdem|ausserdem|además|ademas|inoltre|também|tambem|aussi|also)\s+(?:gerne?\s+)?(?:wissen|saber|savoir|sapere|know)\b)/giu;

/**
 * The parts of a message that may each carry a request, in order: sentences, and clauses joined
 * by "and also" and the like ("where is my order…, and also do you ship to the UK?").
 */
export function splitClauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of allMatches(clauseRe, text)) {
    const piece = m[0];
    const base = m.index ?? 0;
    // ", and also …" / ", y también …" starts another request inside a sentence.
    const joins = [
      ...allMatches(alsoJoinRe, piece),
      // "je voudrais modifier la gravure … et savoir si la bague est en argent": the wish to know
      // shares the first request's "I would like".
      ...allMatches(knowJoinRe, piece),
      // "si enviáis a España y cuánto cuesta, y también si se puede grabar…": a second "if".
      ...allMatches(secondIfRe, piece),
      // "quería saber cuándo lo envían y si la plata se pone negra": after a question word, "and
      // if …" asks a second question (not "and if it doesn't come…").
      ...allMatches(andIfRe, piece).filter((m) => askedBefore.test(piece.slice(0, m.index))),
      // "… stornieren und außerdem wissen, ob ihr …": a wish to know joined to another request.
      ...allMatches(wishJoinRe, piece),
    ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    let from = 0;
    for (const j of joins) {
      const at = j.index ?? 0;
      if (at > from) out.push({ start: base + from, end: base + at });
      from = at + j[0].length;
    }
    if (from < piece.length) out.push({ start: base + from, end: base + piece.length });
  }
  return out.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}
