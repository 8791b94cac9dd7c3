import { findHalfSizes } from './sizes.js';
import type { Language } from '../../domain/index.js';
import { foldText } from '../normalize.js';
import type { Entity } from '../types.js';

/**
 * "change Mia to Maia", "ändern Sie Mia in Maya", "Maia instead of Mia", "it should say Maia,
 * not Mia": an old and a new value in one message, as one `value_change` entity (`old` → `value`).
 * Works on tokens (words, quotations, punctuation) so every pattern is one linear pass.
 */

type Token = {
  start: number;
  end: number;
  folded: string;
  kind: 'word' | 'quote' | 'punct';
  inner: string;
  verbs: number;
};

type Grammar = {
  /** Verbs of changing (folded). */
  verbs: RegExp;
  /** German puts the verb last: "Mia zu Maya ändern". */
  verbLast: boolean;
  /** "from" before the old value. */
  from: ReadonlySet<string>;
  /** Between old and new after a verb ("to", "por", "par", "in", "con", "para"). */
  to: ReadonlySet<string>;
  /** "from X to Y" without a verb uses only these ("to", "a", "à", "zu", "para"). */
  fromTo: ReadonlySet<string>;
};

const grammars: Record<Language, Grammar> = {
  en: {
    verbs:
      /^(?:chang(?:e|es|ed|ing)|correct(?:ed|ing)?|fix(?:ed|ing)?|updat(?:e|ed|ing)|replac(?:e|ed|ing)|switch(?:ed|ing)?|swap(?:ped|ping)?|edit(?:ed)?|amend(?:ed)?|alter|modify|renam(?:e|ed))$/,
    verbLast: false,
    from: new Set(['from']),
    to: new Set(['to', 'into', 'with', 'for']),
    fromTo: new Set(['to']),
  },
  es: {
    verbs:
      /^(?:cambi(?:a|ar|en|e|ad|o|amos|ame|adme|enme|arlo|arla|aria|arian|ais)|correg\w*|corrig\w*|modific\w*|reemplaz\w*|remplaz\w*|sustitu\w*)$/,
    verbLast: false,
    from: new Set(['de', 'desde']),
    to: new Set(['a', 'por']),
    fromTo: new Set(['a']),
  },
  fr: {
    verbs:
      /^(?:chang(?:e|er|ez|es|eons|erais|eriez|erait)|remplac\w*|modifi\w*|corrig\w*|rectifi\w*)$/,
    verbLast: false,
    from: new Set(['de', 'du']),
    to: new Set(['par', 'en', 'pour', 'a']),
    fromTo: new Set(['a']),
  },
  de: {
    verbs:
      /^(?:ander(?:n|t|e|st)?|geandert|abander\w*|umander\w*|korrigier\w*|ersetz\w*|austausch\w*|ausgetauscht|tausch\w*|getauscht|umschreib\w*|berichtig\w*)$/,
    verbLast: true,
    from: new Set(['von']),
    to: new Set(['in', 'zu', 'auf', 'durch', 'gegen']),
    fromTo: new Set(['zu', 'auf', 'in']),
  },
  it: {
    verbs: /^(?:cambi\w*|modific\w*|corregg\w*|corrett\w*|sostitu\w*|rimpiazz\w*)$/,
    verbLast: false,
    from: new Set(['da']),
    to: new Set(['a', 'con', 'in']),
    fromTo: new Set(['a']),
  },
  pt: {
    verbs:
      /^(?:troc\w*|mud(?:a|ar|em|e|ou|em|ava|ariam)|alter\w*|corrig\w*|substitu\w*|modific\w*)$/,
    verbLast: false,
    from: new Set(['de']),
    to: new Set(['por', 'para', 'pra', 'pelo', 'pela']),
    fromTo: new Set(['para', 'pra', 'a']),
  },
};
const allLanguages = Object.keys(grammars) as Language[];
const fromWords = new Set(allLanguages.flatMap((l) => [...grammars[l].from]));
const orders = Object.fromEntries(
  allLanguages.map((lang) => [lang, [lang, ...allLanguages.filter((l) => l !== lang)]]),
) as Record<Language, Language[]>;

/** Determiners, pronouns and the things whose value changes: skipped before an old value ("change the name Mia to…"). */
const objectWords = new Set(
  `the my our your a an this that it its her his their these those name names first last engraving engraved text inscription wording spelling personalisation personalization message initials initial word words letters lettering date size colour color order address delivery shipping item ring necklace mug bracelet portrait sign board please pls plz kindly just also
  el la los las un una mi mis su sus tu lo le nombre grabado texto inscripcion frase letra letras iniciales fecha talla color pedido direccion favor porfa
  le la les l un une mon ma mes son sa ses ton ta prenom nom gravure texte inscription phrase initiales date taille couleur commande adresse svp stp collier bague pendentif
  der die das den dem des ein eine einen mein meine meinen sie bitte du ihr name namen vorname gravur text schriftzug inschrift widmung datum grosse farbe bestellung adresse kette halskette anhanger armband
  il lo gli i un una mio mia nome incisione testo scritta frase iniziali data taglia colore ordine indirizzo favore collana anello ciondolo braccialetto
  o os as um uma meu minha seu sua nome gravacao texto inscricao frase iniciais data tamanho cor pedido encomenda endereco morada`.split(
    /\s+/,
  ),
);

/** German nouns and the polite "Sie" are objects even when capitalised; other capitalised words are values ("Mia", not Italian "mia"). */
const capitalisedObjects = new Set([
  'sie',
  'bitte',
  'name',
  'namen',
  'vorname',
  'gravur',
  'text',
  'schriftzug',
  'inschrift',
  'widmung',
  'datum',
  'grosse',
  'farbe',
  'bestellung',
  'adresse',
  'kette',
  'halskette',
  'anhanger',
  'armband',
  'the',
  'my',
  'el',
  'la',
  'le',
  'il',
  'o',
  'der',
  'die',
  'das',
]);
const isObject = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  objectWords.has(t.folded) &&
  (!/^\p{Lu}/u.test(t.inner) || capitalisedObjects.has(t.folded));
const isStop = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  stopWords.has(t.folded) &&
  (!/^\p{Lu}/u.test(t.inner) || capitalisedObjects.has(t.folded) || t.folded === 'i');

/** Words that end a value ("…to Maia please", "…por Maia en el collar", "…in Maya, danke"). */
const stopWords = new Set(
  `please pls plz porfa porfi plis xfa thanks thank thx ty sorry lol haha and or but on in for because since as so i we you he she they it me us is are was be if then instead
  before after when once until while
  por favor gracias y o pero en porque que el la los las yo me nos es si
  svp stp merci et ou mais sur dans car parce je nous vous il elle est sil plait
  bitte danke und oder aber auf weil denn ich wir sie er ist es
  per grazie e ma su perche io noi lei lui sul sulla
  obrigado obrigada e ou mas no na em porque eu nos ele ela pois`.split(/\s+/),
);

/** Words that precede a new value in "should say Y, not X" ("should", "debería", "devrait", "soll", "dovrebbe", "deveria"). */
const shouldRe =
  /^(?:should|must|supposed|needs|need|has|have|been|deberia|debe|deben|tendria|tiene|pone|poner|decir|devrait|doit|faut|mettre|ecrire|soll|sollte|muss|musste|dovrebbe|deve|devrebbe|deveria|deve|devia|tem|say|read|be|spell|show|ser|dire|etre|essere|dizer|heissen|lauten|stehen|sein|scritto|escrito|ecrit|geschrieben)$/;
/** Verbs of writing and wanting: a value never runs into them ("Maya statt Mia gravieren", "pongan Maia en vez de Mia"). */
const writeVerbRe =
  /^(?:writ(?:e|es|ten|ing)|wrote|put|putting|engrav(?:e|ed|ing)|stamp(?:ed)?|us(?:e|ed)|escrib\w*|pon(?:er|ed|gan|ga|gais)|grab\w*|ecri\w*|mett\w*|grav\w*|schreib\w*|nehm\w*|scriv\w*|incid\w*|escrev\w*|coloc\w*|coloqu\w*|want|quiero|queria|veux|voudrais|mochte|will|voglio|vorrei|quero)$/;
const isAnyVerb = (t: Token): boolean => t.verbs !== 0;

/** Verbs after the new value in German ("soll Maya heißen, nicht Mia"). */
const trailingVerbs = new Set(['heissen', 'lauten', 'stehen', 'sein', 'werden']);
const negators = new Set(['not', 'no', 'pas', 'non', 'nicht', 'nao', 'und nicht']);
const insteadPhrases: string[][] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['en', 'vez', 'de'],
  ['en', 'lugar', 'de'],
  ['en', 'vez', 'del'],
  ['en', 'lugar', 'del'],
  ['au', 'lieu', 'de'],
  ['au', 'lieu', 'du'],
  ['a', 'la', 'place', 'de'],
  ['statt'],
  ['anstatt'],
  ['anstelle', 'von'],
  ['invece', 'di'],
  ['al', 'posto', 'di'],
  ['em', 'vez', 'de'],
  ['no', 'lugar', 'de'],
  ['ao', 'inves', 'de'],
  ['em', 'lugar', 'de'],
];
const insteadStarts = new Set(insteadPhrases.map((p) => p[0] as string));
const butWords = new Set(['but', 'sino', 'mais', 'sondern', 'ma', 'mas']);
/** Days, months and countries: "from Monday to Friday", "de España a Francia" are not changes of a value. */
const notValues = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli oktober dezember
  lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
  segunda terca quarta quinta sexta janeiro fevereiro marco maio junho julho setembro outubro dezembro
  spain france germany italy portugal brazil mexico uk usa us england switzerland austria belgium canada
  espana francia alemania italia brasil mexico suiza inglaterra espagne allemagne italie bresil mexique suisse angleterre
  spanien frankreich deutschland italien brasilien mexiko schweiz osterreich england spagna germania svizzera brasile messico
  espanha franca alemanha italia suica inglaterra today tomorrow hoy manana aujourdhui demain heute morgen oggi domani hoje amanha`.split(
    /\s+/,
  ),
);
const changeNouns = new Set(
  `name names engraving text inscription wording spelling personalisation personalization message initials lettering
  nombre grabado texto inscripcion frase prenom nom gravure texte namen vorname gravur schriftzug inschrift widmung nome incisione testo scritta gravacao inscricao`.split(
    /\s+/,
  ),
);

const tokenRe =
  /"([^"\n]{1,200})"|“([^”\n]{1,200})”|«\s?([^»\n]{1,200}?)\s?»|„([^“”\n]{1,200})[“”]|‘([^’\n]{1,200})’|(?<![\p{L}\p{N}])'([^'\n]{1,200})'(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.&-]*[\p{L}\p{M}\p{N}])?|->|→|=>|[.,;:!?()\n]/gu;
const maxWords = 4;
/** First characters of the punctuation alternatives of `tokenRe` ("->", "→", "=>", ".", ",", …). */
const punctStarts = new Set([...'-→=.,;:!?()\n'].map((ch) => ch.charCodeAt(0)));

/** Lower-case and accent-folded; the Unicode normalisation only for words that need it. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  const folded = /^[\x20-\x7e]*$/.test(lower) ? lower : foldText(lower);
  // Elided articles ("l'incisione", "d'Mia") count as the word after them.
  return folded.includes("'") ? folded.replace(/^(?:l|d|dell|all|nell|un|qu)'/, '') : folded;
}

/** One test that rules out most words before the per-language ones. */
const anyVerbRe = new RegExp(
  [...allLanguages.map((l) => grammars[l].verbs.source), writeVerbRe.source].join('|'),
);

/** Masks of words already seen; bounded so that junk input cannot grow it without end. */
const maskCache = new Map<string, number>();
const maxCachedMasks = 20_000;

/** Bit `i` set: a verb of changing in `allLanguages[i]`; bit 6: a verb of writing or wanting. */
function verbMask(folded: string): number {
  let mask = maskCache.get(folded);
  if (mask === undefined) {
    if (maskCache.size >= maxCachedMasks) maskCache.clear();
    mask = readVerbMask(folded);
    maskCache.set(folded, mask);
  }
  return mask;
}

function readVerbMask(folded: string): number {
  const head = folded.split('-')[0] ?? '';
  if (!anyVerbRe.test(head) && !anyVerbRe.test(folded)) return 0;
  let mask = writeVerbRe.test(folded) ? 1 << allLanguages.length : 0;
  for (let i = 0; i < allLanguages.length; i++)
    if (grammars[allLanguages[i] as Language].verbs.test(head)) mask |= 1 << i;
  return mask;
}

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(tokenRe)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    if (inner !== undefined) {
      const start = m.index + m[0].indexOf(inner);
      out.push({ start, end: start + inner.length, folded: '', kind: 'quote', inner, verbs: 0 });
      continue;
    }
    const t = m[0];
    // Only the word alternative of `tokenRe` starts with a letter or digit; the others are punctuation.
    const kind = punctStarts.has(t.charCodeAt(0)) ? 'punct' : 'word';
    // Elided articles ("l'incisione", "d'Mia") count as the word after them.
    const folded = kind === 'word' ? fold(t) : t;
    out.push({
      start: m.index,
      end: m.index + t.length,
      folded,
      kind,
      inner: t,
      verbs: kind === 'word' ? verbMask(folded) : 0,
    });
  }
  return out;
}

type Value = { text: string; start: number; end: number; from: number; to: number };

const isBreak = (t: Token | undefined): boolean =>
  t === undefined ||
  (t.kind === 'punct' && t.folded !== '->' && t.folded !== '→' && t.folded !== '=>');

/** A value read forwards from token `i`: one quotation, or up to four words until punctuation or a stop word. */
function valueForward(
  tokens: Token[],
  text: string,
  i: number,
  extraStops?: ReadonlySet<string>,
): Value | null {
  const first = tokens[i];
  if (!first || first.kind === 'punct') return null;
  if (first.kind === 'quote')
    return { text: first.inner, start: first.start - 1, end: first.end + 1, from: i, to: i };
  let j = i;
  while (j < tokens.length && j - i < maxWords + 1) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || (j > i && (isStop(t) || extraStops?.has(t.folded) || isAnyVerb(t))))
      break;
    j++;
  }
  if (j === i || j - i > maxWords) return null;
  if (isStop(first)) return null;
  const last = tokens[j - 1] as Token;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    from: i,
    to: j - 1,
  };
}

/** A value read backwards from token `i` (inclusive), stopping at the words in `stops`. */
function valueBackward(
  tokens: Token[],
  text: string,
  i: number,
  stops: (t: Token) => boolean,
): Value | null {
  const last = tokens[i];
  if (!last || last.kind === 'punct') return null;
  if (last.kind === 'quote')
    return { text: last.inner, start: last.start - 1, end: last.end + 1, from: i, to: i };
  let j = i;
  while (j >= 0 && i - j < maxWords + 1) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || stops(t)) break;
    j--;
  }
  if (j === i || i - j > maxWords) return null;
  const first = tokens[j + 1] as Token;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    from: j + 1,
    to: i,
  };
}

const isPronoun = (t: Token): boolean =>
  /^(?:i|me|we|us|you|it|they|yo|tu|je|tu|il|elle|nous|vous|ich|du|er|wir|io|noi|voi|eu|nos|voce)$/.test(
    t.folded,
  );

/** Lower-case words no engraving or name is made of; seen in them, the "value" is part of a sentence ("switch an item of order … to do it"). */
const sentenceWords = new Set(
  `of how do does did to need want help assistance what which can could would will is are was were i my your me it this that there here have has
  como cómo que qué para mi necesito quiero ayuda puedo puede es está comment pour mon besoin veux aide est wie was mein meine brauche hilfe kann ist
  come per mio mia bisogno voglio aiuto posso è meu minha preciso quero ajuda posso é`.split(/\s+/),
);

function plausible(old: Value, neu: Value, tokens: Token[]): boolean {
  if (old.text.trim() === '' || neu.text.trim() === '') return false;
  for (const v of [old, neu]) {
    for (let k = v.from; k <= v.to; k++) {
      const t = tokens[k] as Token;
      if (
        t.kind === 'word' &&
        !/^\p{Lu}/u.test(t.inner) &&
        (sentenceWords.has(t.folded) || /^\d{6,}$/.test(t.folded))
      )
        return false;
    }
  }
  if (old.text.toLowerCase() === neu.text.toLowerCase()) return false;
  // "sulla collana dell'ordine 1001 in Mia": words and an order number are where, not what it says.
  let lower = false;
  let number = false;
  for (let k = old.from; k <= old.to; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (/^\d{3,}$/.test(t.folded)) number = true;
    else if (!/^[\p{Lu}\p{N}]/u.test(t.inner)) lower = true;
  }
  if (lower && number) return false;
  for (let k = old.from; k <= old.to; k++)
    if (isPronoun(tokens[k] as Token) && tokens[k]?.kind === 'word') return false;
  for (let k = neu.from; k <= neu.to; k++)
    if (isPronoun(tokens[k] as Token) && tokens[k]?.kind === 'word') return false;
  return true;
}

const looksNamed = (v: Value, tokens: Token[]): boolean =>
  tokens[v.from]?.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(v.text);
const isDateOrPlace = (v: Value, tokens: Token[]): boolean => {
  for (let k = v.from; k <= v.to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && (notValues.has(t.folded) || /^\d{1,2}(?:[:.h]\d\d)?$/.test(t.folded)))
      return true;
  }
  return false;
};

function entity(old: Value, neu: Value): Entity {
  return {
    type: 'value_change',
    value: neu.text,
    old: old.text,
    start: Math.min(old.start, neu.start),
    end: Math.max(old.end, neu.end),
  };
}

/** "on order 1003", "in my order": a preposition before an object, or the number after "order", belongs to the object. */
function ofObject(tokens: Token[], s: number): boolean {
  const t = tokens[s] as Token;
  const prev = tokens[s - 1];
  if (t.kind !== 'word') return false;
  if (/^#?\d+$/.test(t.folded) && prev?.kind === 'word' && orderWords.has(prev.folded)) return true;
  return /^[\p{Ll}]/u.test(t.inner) && prepositions.has(t.folded) && isObject(tokens[s + 1]);
}
const orderWords = new Set(['order', 'pedido', 'commande', 'bestellung', 'ordine', 'encomenda']);
const prepositions = new Set([
  'on',
  'in',
  'of',
  'for',
  'en',
  'de',
  'del',
  'sur',
  'dans',
  'auf',
  'bei',
  'von',
  'in',
  'su',
  'di',
  'nel',
  'no',
  'na',
  'do',
  'da',
]);

/** After a verb of changing: "[the name] [from] X to Y". */
function afterVerb(tokens: Token[], text: string, v: number, g: Grammar): Entity | null {
  let fromAt = -1;
  for (let j = v + 1; j < tokens.length && j <= v + 14; j++) {
    const t = tokens[j] as Token;
    if (isBreak(t) && !(t.folded === ',' && fromAt < 0 && j === v + 1)) break;
    if (t.kind !== 'word') continue;
    // "de la taza de Mia a Maia": a "from" followed by an article is part of the object, not the old value.
    if (g.from.has(t.folded) && fromAt < 0 && !isObject(tokens[j + 1])) {
      fromAt = j;
      continue;
    }
    if (!g.to.has(t.folded)) continue;
    let s = fromAt >= 0 ? fromAt + 1 : v + 1;
    if (fromAt < 0)
      while (
        s < j &&
        (isObject(tokens[s]) || (tokens[s] as Token).kind === 'punct' || ofObject(tokens, s))
      )
        s++;
    if (s >= j || j - s > maxWords) {
      if (fromAt >= 0) return null;
      continue;
    }
    const oldFirst = tokens[s] as Token;
    const oldLast = tokens[j - 1] as Token;
    if (j - s > 1 && (oldFirst.kind === 'quote' || oldLast.kind === 'quote')) continue;
    for (let k = s; k < j; k++) if ((tokens[k] as Token).kind === 'punct') return null;
    const old: Value =
      oldFirst.kind === 'quote'
        ? { text: oldFirst.inner, start: oldFirst.start - 1, end: oldFirst.end + 1, from: s, to: s }
        : {
            text: text.slice(oldFirst.start, oldLast.end),
            start: oldFirst.start,
            end: oldLast.end,
            from: s,
            to: j - 1,
          };
    const neu = valueForward(tokens, text, j + 1, g.verbLast ? undefined : g.to);
    // "change Mia to the new spelling": a new value that starts with an article is a description, not the value.
    const next = tokens[j + 1];
    if (!neu || isObject(next)) return null;
    return plausible(old, neu, tokens) ? entity(old, neu) : null;
  }
  return null;
}

/** German verb last: "[von] X zu Y ändern". */
function beforeVerb(tokens: Token[], text: string, v: number, g: Grammar): Entity | null {
  for (let j = v - 1; j >= 0 && j >= v - 6; j--) {
    const t = tokens[j] as Token;
    if (isBreak(t)) return null;
    if (t.kind !== 'word' || !g.to.has(t.folded)) continue;
    if (j + 1 > v - 1 || v - 1 - j > maxWords) return null;
    const neuFirst = tokens[j + 1] as Token;
    const neuLast = tokens[v - 1] as Token;
    const neu: Value =
      neuFirst.kind === 'quote'
        ? {
            text: neuFirst.inner,
            start: neuFirst.start - 1,
            end: neuFirst.end + 1,
            from: j + 1,
            to: j + 1,
          }
        : {
            text: text.slice(neuFirst.start, neuLast.end),
            start: neuFirst.start,
            end: neuLast.end,
            from: j + 1,
            to: v - 1,
          };
    const old = valueBackward(
      tokens,
      text,
      j - 1,
      (x) => g.from.has(x.folded) || isObject(x) || isStop(x),
    );
    return old && plausible(old, neu, tokens) ? entity(old, neu) : null;
  }
  return null;
}

/** "Y instead of X", "Y statt X", "Y al posto di X". */
function insteadOf(tokens: Token[], text: string, i: number): Entity | null {
  if (!insteadStarts.has((tokens[i] as Token).folded)) return null;
  for (const phrase of insteadPhrases) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++)
      if (tokens[i + k]?.kind !== 'word' || tokens[i + k]?.folded !== phrase[k]) ok = false;
    if (!ok) continue;
    // "Maia statt Mia stehen": the German verb after the old value is not part of it.
    const old = valueForward(tokens, text, i + phrase.length, trailingVerbs);
    const neu = valueBackward(
      tokens,
      text,
      i - 1,
      (x) =>
        isObject(x) ||
        isStop(x) ||
        shouldRe.test(x.folded) ||
        (x.verbs & (1 << allLanguages.length)) !== 0,
    );
    return old && neu && plausible(old, neu, tokens) ? entity(old, neu) : null;
  }
  return null;
}

/** "should say Y, not X" / "soll Y heißen, nicht X", and "not X but Y" / "nicht X, sondern Y" with named values. */
function notThis(tokens: Token[], text: string, i: number): Entity | null {
  const old = valueForward(tokens, text, i + 1, butWords);
  if (!old) return null;
  // "nicht Mia, sondern Maya"
  let b = old.to + 1;
  if (tokens[b]?.folded === ',') b++;
  if (tokens[b]?.kind === 'word' && butWords.has(tokens[b]?.folded ?? '')) {
    const neu = valueForward(tokens, text, b + 1);
    if (neu && looksNamed(old, tokens) && looksNamed(neu, tokens) && plausible(old, neu, tokens))
      return entity(old, neu);
  }
  // "should say Maia, not Mia"
  let k = i - 1;
  if (tokens[k]?.folded === ',') k--;
  if (tokens[k]?.kind === 'word' && /^(?:and|y|et|und|e)$/.test(tokens[k]?.folded ?? '')) k--;
  if (tokens[k]?.folded === ',') k--;
  while (k >= 0 && tokens[k]?.kind === 'word' && trailingVerbs.has(tokens[k]?.folded ?? '')) k--;
  // "I should have put Maia, not Mia": a verb of writing ends the new value too.
  const neu = valueBackward(
    tokens,
    text,
    k,
    (x) =>
      shouldRe.test(x.folded) ||
      isObject(x) ||
      isStop(x) ||
      namedCueRe.test(x.folded) ||
      (x.verbs & (1 << allLanguages.length)) !== 0,
  );
  if (!neu) return null;
  const cue = tokens[neu.from - 1];
  // "her name is Maia, not Mia", "Maia not Mia": named values after "is" or on their own.
  const named =
    looksNamed(old, tokens) &&
    looksNamed(neu, tokens) &&
    (neu.from === 0 || (cue?.kind === 'word' && namedCueRe.test(cue.folded)));
  const cued =
    cue?.kind === 'word' &&
    (shouldRe.test(cue.folded) || (cue.verbs & (1 << allLanguages.length)) !== 0);
  if (!named && !cued) return null;
  return plausible(old, neu, tokens) ? entity(old, neu) : null;
}

/** Words before a named new value in "is Maia, not Mia" ("es", "est", "ist", "è", "é"). */
const namedCueRe =
  /^(?:is|it's|its|it’s|spelled|spelt|called|es|se llama|est|s'appelle|ist|heisst|e|è|é|chama)$/;

/** "X -> Y", "X → Y". */
function arrow(tokens: Token[], text: string, i: number): Entity | null {
  const old = valueBackward(tokens, text, i - 1, (x) => isObject(x) || isStop(x));
  const neu = valueForward(tokens, text, i + 1);
  return old && neu && plausible(old, neu, tokens) ? entity(old, neu) : null;
}

/** "from X to Y" without a verb: after a change noun ("the name from Mia to Maia"), or as the whole message ("de Mia à Maïa"). */
function fromTo(tokens: Token[], text: string, i: number): Entity | null {
  const f = (tokens[i] as Token).folded;
  if (!fromWords.has(f)) return null;
  for (const lang of allLanguages) {
    const g = grammars[lang];
    if (!g.from.has(f)) continue;
    for (let j = i + 2; j < tokens.length && j <= i + 1 + maxWords; j++) {
      const t = tokens[j] as Token;
      if (isBreak(t)) break;
      if (t.kind !== 'word' || !g.fromTo.has(t.folded)) continue;
      const old = valueForward(tokens, text, i + 1, g.fromTo);
      const neu = valueForward(tokens, text, j + 1);
      if (!old || !neu || old.to !== j - 1) continue;
      if (isDateOrPlace(old, tokens) || isDateOrPlace(neu, tokens)) return null;
      const before = tokens.slice(Math.max(0, i - 3), i);
      const afterNoun = before.some((x) => x.kind === 'word' && changeNouns.has(x.folded));
      const startsClause = i === 0 || isBreak(tokens[i - 1]);
      const endsClause = isBreak(tokens[neu.to + 1]) || isStop(tokens[neu.to + 1]);
      if (
        (afterNoun ||
          (startsClause && endsClause && looksNamed(old, tokens) && looksNamed(neu, tokens))) &&
        plausible(old, neu, tokens)
      )
        return entity(old, neu);
    }
  }
  return null;
}

/** Without one of these no pattern can match; most messages are ruled out by this one test. */
const gateRe = new RegExp(
  [
    String.raw`chang|correct|fix|updat|replac|switch|swap|edit|amend|alter|modif|renam|cambi|corre[gc]|corrig|reemplaz|remplac|sustitu|rectifi|[äa]nder|korrigier|ersetz|tausch|umschreib|berichtig|sostitu|rimpiazz|corretto|troc|mud|substitu`,
    String.raw`instead|rather than|\svez\s|lugar de|lieu d|place d|statt|stelle von|posto di|inv[ée]s de`,
    String.raw`should|must|supposed|deber|debe|tendr|devr|doit|faut|soll|muss|dovr|deve|devia|sondern`,
    String.raw`->|→|=>`,
  ].join('|'),
  'iu',
);
/** "from X to Y" without a verb counts only in a short message or after a change noun (see `fromTo`). */
const fromToGateRe =
  /(?:^|\s)(?:from|de|desde|du|von|da)\s+\S+(?:\s+\S+){0,3}?\s+(?:to|a|à|zu|auf|in|para|pra)(?:\s|$)/iu;
const changeNounGateRe =
  /name|engrav|text|inscri|wording|spell|personali|message|initial|letter|nombre|grabad|frase|pr[ée]nom|\bnom\b|gravur|schriftzug|widmung|nome|incision|scritta|grava[çc]/iu;
const shortMessage = 80;
/** "… Maia not Mia", "Maia, nicht Mia": a negator before a capitalised or quoted word (case-sensitive). */
const namedNotGateRe = /(?:^|[\s,])(?:not|no|nicht|pas|non|não|nao)\s+["“‘„«]?\p{Lu}/u;

/** `value_change` entities of `text` (already capped by the caller). */
export function findValueChanges(text: string, lang: Language): Entity[] {
  if (
    !gateRe.test(text) &&
    !namedNotGateRe.test(text) &&
    !(fromToGateRe.test(text) && (text.length <= shortMessage || changeNounGateRe.test(text)))
  )
    return [];
  const tokens = tokenise(text);
  const out: Entity[] = [];
  const order = orders[lang];
  let coveredTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start < coveredTo) continue;
    let found: Entity | null = null;
    if (t.kind === 'word') {
      for (const l of order) {
        const g = grammars[l];
        if ((t.verbs & (1 << allLanguages.indexOf(l))) === 0) continue;
        found =
          afterVerb(tokens, text, i, g) ?? (g.verbLast ? beforeVerb(tokens, text, i, g) : null);
        if (found) break;
      }
      found ??= insteadOf(tokens, text, i);
      if (!found && negators.has(t.folded)) found = notThis(tokens, text, i);
      found ??= fromTo(tokens, text, i);
    } else if (t.folded === '->' || t.folded === '→' || t.folded === '=>') {
      found = arrow(tokens, text, i);
    }
    if (found) {
      found = withHalf(found, text);
      out.push(found);
      coveredTo = found.end;
    }
  }
  return out;
}

/**
 * "cambiare la misura a 6 e mezzo", "la talla a 7 y medio": a new size read as a bare number whose
 * half follows it ("e mezzo" reads as the start of another clause) is the half size, "6.5".
 */
function withHalf(found: Entity, text: string): Entity {
  if (!/^\d{1,2}$/.test(found.value)) return found;
  const half = findHalfSizes(text.slice(found.start)).find(
    (h) => h.value === `${found.value}.5` && h.start < found.end - found.start,
  );
  return half
    ? {
        ...found,
        value: half.value,
        end: found.start + Math.max(half.end, found.end - found.start),
      }
    : found;
}
