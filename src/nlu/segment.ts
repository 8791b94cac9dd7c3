import type { Language } from '../domain/index.js';

/**
 * A piece of a message: a sentence or a clause. `filler` marks what carries no request: openers
 * (`opener`: a greeting, a thank-you or goodbye, "my name is …", "Ana here") and pleasantries
 * ("how are you?", "I have a question", "is anyone there?"). `turn` marks a clause that opens
 * with a connector ("and also", "btw", "pero también", "außerdem") or is a question: the
 * writer moving on to something they ask.
 * Offsets are UTF-16 indexes into the original text; the span is trimmed of spaces.
 */
export type Segment = {
  start: number;
  end: number;
  filler: boolean;
  opener: boolean;
  turn: boolean;
};

const segmenters = new Map<Language, Intl.Segmenter>();

function sentenceSegmenter(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * One sentence for sure: no sentence terminator (Unicode's Sentence_Terminal and the ATerm full
 * stops) and no line or paragraph break, except terminators at the very end, then spaces. The
 * Unicode sentence rules (UAX #29) break nowhere inside such a text, so Intl.Segmenter would
 * return it whole; most chat messages are one sentence, and asking ICU costs more than this test.
 */
const oneSentenceRe =
  /^[^\p{Sentence_Terminal}\u2024\uFE52\uFF0E\r\n\v\f\u0085\u2028\u2029]*[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]*[ \t]*$/u;

/** The sentences of `text` as Intl.Segmenter finds them: start offset and text. */
export function sentences(
  text: string,
  lang: Language,
): Iterable<{ index: number; segment: string }> {
  if (text === '') return [];
  if (oneSentenceRe.test(text)) return [{ index: 0, segment: text }];
  return sentenceSegmenter(lang).segment(text);
}

// Words that open a message without asking for anything, per language (matched on the original
// text, case-insensitively; accents optional where people drop them).
const greetingWords: Record<Language, string> = {
  en: String.raw`hi+|hello+|hey+|hiya|heya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|dear (?:team|sir|madam|all)|hi there|hello there|hey there|thanks?(?: you)?(?: so much| very much| a lot)?|thx|ty|cheers|yes|yeah|yep|yup|ok(?:ay)?|sure|good,? thanks|fine,? thanks|great,? thanks|oh|so|um+|uh+|well|please|pls|help|bye|bye bye|goodbye|see you|see ya|talk soon|take care|have a (?:nice|good|great|lovely) (?:day|evening|weekend)|yo|sup|what'?s up|wassup`,
  es: String.raw`hola|buen(?:os|as) (?:d[ií]as|tardes|noches)|buenas|saludos|hey|gracias|muchas gracias|s[ií]|vale|ok|bueno|pues|por favor|ayuda|adi[óo]s|chao|hasta luego|un saludo|buen d[ií]a|que tengas? (?:un )?buen d[ií]a`,
  fr: String.raw`bonjour|bonsoir|salut|coucou|hello|merci(?: beaucoup)?|oui|ok|d'accord|alors|bon|s'il vous pla[iî]t|svp|madame|monsieur|aide|all[ôo]|cc|au revoir|[àa] bient[ôo]t|bonne (?:journ[ée]e|soir[ée]e|fin de journ[ée]e)|ciao`,
  de: String.raw`hallo|hi|hey|guten (?:morgen|tag|abend)|moin|servus|gr[üu](?:ß|ss) gott|danke(?: sch[öo]n)?|vielen dank|ja|ok|also|bitte|hilfe|tsch[üu]ss|ciao|bis bald|viele gr[üu](?:ß|ss)e|sch[öo]nen tag(?: noch)?`,
  it: String.raw`ciao|salve|buon(?:giorno|asera|pomeriggio)|grazie(?: mille)?|s[iì]|ok|allora|dunque|per favore|aiuto|buonanotte|arrivederci|a presto|buona (?:giornata|serata)`,
  pt: String.raw`ol[áa]|oi|bom dia|boa (?:tarde|noite)|obrigad[oa]|valeu|sim|ok|ent[ãa]o|por favor|ajuda|tchau|at[ée] logo|at[ée] mais|boas|bom dia para voc[êe]s?`,
};

const nameIntros: Record<Language, string> = {
  en: String.raw`my name is|my name's|name is|name's|this is|i am|i'm|im|it's|its`,
  es: String.raw`me llamo|mi nombre es|soy|les escribe|te escribe`,
  fr: String.raw`je m'appelle|je suis|mon nom est|ici|c'est`,
  de: String.raw`ich bin|ich hei(?:ß|ss)e|mein name ist|hier ist|hier spricht`,
  it: String.raw`mi chiamo|sono|il mio nome [èe]|qui [èe]|parla`,
  pt: String.raw`meu nome [ée]|me chamo|chamo-me|sou|aqui [ée]|quem fala [ée]|fala`,
};

// What may stand between the intro and the name: an article ("aqui é a Júlia", "sono la
// Francesca", "hier ist die Lena") and a title ("la signora Bianchi", "a Dona Fernanda").
const nameArticles: Record<Language, string> = {
  en: '',
  es: String.raw`el|la`,
  fr: String.raw`le|la`,
  de: String.raw`der|die`,
  it: String.raw`il|la`,
  pt: String.raw`o|a`,
};
const nameTitles = String.raw`mrs?\.?|ms\.?|miss|se[ñn]ora|se[ñn]or|do[ñn]a|don|madame|monsieur|mme|frau|herr|signora|signore|signor|sig\.?(?:ra)?|dona|dom|senhora|senhor|sra?\.?`;

// Whole clauses that are politeness or preamble, not a request.
const pleasantries: Record<Language, string> = {
  en: String.raw`how are you(?: doing)?(?: today)?|how's it going|hope you(?:'re| are) (?:well|doing well|having a (?:good|great|nice) day)|i hope (?:you can|someone can) help(?: me)?|(?:can|could) you help(?: me)?(?: please)?|can someone help(?: me)?|i need (?:some )?help(?: please)?|i have (?:a|some) (?:quick )?questions?|quick question|i have an? (?:issue|problem|question) (?:and|that) i (?:need|hope)[^.?!]*|sorry to bother you|thanks in advance|thank you in advance|nice to meet you|good,? (?:and )?you|(?:is )?(?:any|some)(?:one|body) (?:there|here|on|around|online)|is this the (?:chat|right place)|are you there|i'm (?:good|fine|well)(?:,? thanks?(?: you)?)?(?:,? and you)?`,
  es: String.raw`(?:qu[ée] tal|c[óo]mo est[áa]s?|c[óo]mo le va)|espero que (?:est[ée]s? bien|me puedan? ayudar)|(?:me )?(?:pueden?|podr[íi]an?) ayudar(?:me)?|necesito ayuda|tengo una (?:pregunta|duda)|una pregunta|gracias de antemano|(?:hay )?alguien(?: ah[íi])?|est[áa]s ah[íi]`,
  fr: String.raw`comment (?:allez-vous|vas-tu|[çc]a va)|[çc]a va|j'esp[èe]re que vous (?:allez bien|pouvez m'aider)|(?:pouvez|pourriez)-vous m'aider|j'ai besoin d'aide|j'ai une (?:petite )?question|petite question|merci d'avance|(?:il )?y a quelqu'un(?: l[àa])?|vous [êe]tes l[àa]|qui est l[àa]`,
  de: String.raw`wie geht(?:'s| es)(?: ihnen| dir)?|ich hoffe,? (?:es geht ihnen gut|sie k[öo]nnen mir helfen)|k[öo]nnen sie mir helfen|ich brauche hilfe|ich habe eine (?:kurze )?frage|kurze frage|danke im voraus|vielen dank im voraus|(?:ist )?(?:da )?(?:jemand|wer)(?: da)?|wie geht'?s`,
  it: String.raw`come sta(?:i)?|spero (?:stiate bene|che possiate aiutarmi)|(?:potete|potreste) aiutarmi|ho bisogno di aiuto|ho una (?:domanda|curiosit[àa])|una domanda|grazie in anticipo|c'[èe] qualcuno(?: in chat)?|ci sei|ci siete|come va`,
  pt: String.raw`(?:tudo bem|como vai)|espero que (?:estejam bem|possam me ajudar)|(?:podem|poderiam) me ajudar|preciso de ajuda|tenho uma (?:pergunta|d[úu]vida)|uma d[úu]vida|obrigad[oa] desde j[áa]|(?:t[áa] a[íi] |est[áa] a[íi] )?algu[ée]m(?: a[íi])?|tem algu[ée]m(?: a[íi])?`,
};

// Where a new clause (possibly a new request) starts inside a sentence.
const clauseBreaks: Record<Language, string> = {
  en: String.raw`;\s*(?:and\s+)?(?:also\b,?)?|,?\s+and also\b|,\s*also\b|,?\s+also,|\bbtw\b|\bby the way\b|,\s*and\s+(?=(?:can|could|do|does|did|is|are|will|would|please|what|when|where|how|why|i(?:'d| would| want| need))\b)|\boh and\b|\bone more thing\b|\banother (?:thing|question)\b|\bplus,|\s+but also\b`,
  es: String.raw`;|,?\s+y tambi[ée]n\b|,\s*tambi[ée]n\b|,\s*adem[áa]s\b|\bpor cierto\b|\botra cosa\b|,\s*pero\b`,
  fr: String.raw`;|,?\s+et aussi\b|,\s*aussi\b|,\s*par ailleurs\b|\bau fait\b|\bautre chose\b|,\s*mais\b|,?\s+et puis\b|\)?,?\s+et,?\s+(?=(?:est-ce que|est ce que|pouvez-vous|pourriez-vous|quand|comment|combien|si possible|je voudrais|j'aimerais)\b)`,
  de: String.raw`;|,?\s+und auch\b|,\s*au(?:ß|ss)erdem\b|\b[üu]brigens\b|\bnoch was\b|\bach ja\b|,\s*aber\b|,?\s+und dann noch\b|\)?,?\s+und,?\s+(?=(?:wenn m[öo]glich|falls m[öo]glich|k[öo]nnten sie|k[öo]nnt ihr|kannst du|ich m[öo]chte|ich h[äa]tte gern)\b)`,
  it: String.raw`;|,?\s+e anche\b|,\s*inoltre\b|\btra l'altro\b|\bun'altra cosa\b|,\s*ma\b|,\s*per[òo]\b|\ba proposito\b|\)?,?\s+e,?\s+(?=(?:se possibile|potete|potreste|vorrei|volevo|quando|quanto)\b)`,
  pt: String.raw`;|,?\s+e tamb[ée]m\b|,\s*tamb[ée]m\b|,\s*al[ée]m disso\b|\bali[áa]s\b|\boutra coisa\b|,\s*mas\b|\bpor falar nisso\b`,
};

type Patterns = { opener: RegExp; pleasantry: RegExp; clause: RegExp; connector: RegExp };

/** Where `(?<=[?!])\s+(?=\S)`, the first alternative of `clause`, can match at all. */
const markThenWordRe = /[?!]\s+\S/;

/**
 * `\b` in a `u` regex only knows ASCII letters ("però\b" never matches). In these patterns a
 * `\b` either opens a word (→ no letter before) or closes one (→ no letter after).
 */
const unicodeBoundaries = (source: string): string =>
  source.replace(/(?<=([\p{L}\])?]?))\\b/gu, (_m, before: string) =>
    before ? String.raw`(?![\p{L}\p{N}])` : String.raw`(?<![\p{L}\p{N}])`,
  );
const compiled = new Map<Language, Patterns>();

function patterns(lang: Language): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    const article = nameArticles[lang] ? String.raw`(?:\s+(?:${nameArticles[lang]}))?` : '';
    const name = String.raw`(?:${nameIntros[lang]})${article}(?:\s+(?:${nameTitles}))?\s+(?<name>\p{L}[\p{L}'-]+(?:\s+\p{L}[\p{L}'-]+){0,2})(?=\s*(?:[,.!:;\-–]|$|\s+(?:and|y|et|und|e)\s|\s+(?:here|from|aqu[íi]|ici|hier|qui|aqui)\b))(?:\s+(?:here|aqu[íi]|ici|hier|qui|aqui)\b)?`;
    p = {
      // One opener at the start of a clause: greeting/acknowledgement words or a name intro, then punctuation or "and".
      opener: new RegExp(
        String.raw`^(?:(?<name2>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:here|speaking|aqu[íi]|al habla|ici|[àa] l'appareil|hier|am apparat|qui|aqui|falando)(?=[\s,.!:;)]|$)|(?:${greetingWords[lang]})(?=[\s,.!:;\-–]|$)(?:\s+(?:all|everyone|team|guys|folks|there|again|a todos|[àa] tous|zusammen|a tutti|pessoal))?|${name})[\s,.!:;\-–]*(?:(?:and|y|e|et|und)\s+)?`,
        'iu',
      ),
      pleasantry: new RegExp(String.raw`^(?:${pleasantries[lang]})[\s,.!?:;)\-–…]*$`, 'iu'),
      // A question or exclamation mark followed by more words also ends a clause ("where is it? and do you…").
      clause: new RegExp(
        String.raw`(?<=[?!])\s+(?=\S)|${unicodeBoundaries(clauseBreaks[lang])}`,
        'giu',
      ),
      // `clause` without its first alternative: the same matches where that one cannot match
      // (no "?" or "!" followed by more words: nearly every sentence), at a fraction of the cost
      // (a pattern opening with a look-behind is tried in full at every position).
      connector: new RegExp(unicodeBoundaries(clauseBreaks[lang]), 'giu'),
    };
    compiled.set(lang, p);
  }
  return p;
}

const letterRe = /[\p{L}\p{N}]/u;

/** Trims spaces (and leading commas) around [start, end) and returns null when nothing readable is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s,;:]/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (start >= end || !letterRe.test(text.slice(start, end))) return null;
  return { start, end };
}

/**
 * How far a long message needs reading: once its first `clauses` segments of content (not
 * filler) together reach `chars` characters (joined by spaces), the sentences after them are
 * left out, all but the last ones up to and including the last segment of content. A reader
 * that looks at no more than those first segments and `chars` characters of their text, and
 * otherwise only at the first and last segments (and last content), sees the same message.
 */
export type SegmentLimit = { clauses: number; chars: number };

/**
 * Splits a message into sentences (Intl.Segmenter), peels greetings, acknowledgements and
 * "my name is …" off the start of each, and splits the rest at clause connectors ("and also",
 * "btw", "; ", ", pero", ", mais", ", aber", …). Segments come in the order written; with a
 * `limit`, the middle of a long message is skipped (see `SegmentLimit`).
 */
export function segmentMessage(text: string, lang: Language, limit?: SegmentLimit): Segment[] {
  const out: Segment[] = [];
  const p = patterns(lang);
  let contentCount = 0;
  let contentChars = -1;
  for (const s of sentences(text, lang)) {
    const from = out.length;
    segmentSentence(out, text, s.index, s.index + s.segment.length, p);
    if (!limit) continue;
    for (let i = from; i < out.length; i++) {
      const seg = out[i] as Segment;
      if (seg.filler) continue;
      contentCount++;
      contentChars += seg.end - seg.start + 1;
    }
    if (contentCount >= limit.clauses && contentChars >= limit.chars) {
      const end = s.index + s.segment.length;
      if (end < text.length) out.push(...lastSentences(text, lang, end, p));
      break;
    }
  }
  return out;
}

/**
 * The segments of the last sentences of `text` after `after` (a sentence boundary), read
 * backwards from the end until one of them has content (or `after` is reached), in order.
 */
function lastSentences(text: string, lang: Language, after: number, p: Patterns): Segment[] {
  const all = sentenceSegmenter(lang).segment(text);
  const groups: Segment[][] = [];
  for (let at = text.length - 1; at >= after;) {
    const s = all.containing(at);
    if (!s) break;
    const group: Segment[] = [];
    segmentSentence(group, text, s.index, s.index + s.segment.length, p);
    groups.unshift(group);
    if (group.some((seg) => !seg.filler)) break;
    at = s.index - 1;
  }
  return groups.flat();
}

/** Appends the segments of the sentence [start, end) of `text` to `out`. */
function segmentSentence(
  out: Segment[],
  text: string,
  sentenceStart: number,
  end: number,
  p: Patterns,
): void {
  let start = sentenceStart;
  // Peel openers ("Hi!", "thanks", "my name is Ana,") off the front, one by one.
  for (let guard = 0; guard < 4; guard++) {
    const span = trimmed(text, start, end);
    if (!span) break;
    start = span.start;
    const m = p.opener.exec(text.slice(start, end));
    if (!m || m[0].length === 0) break;
    // A name is capitalised ("I'm Ana", not "I'm trying"); the pattern is case-blind, so check here.
    const name = m.groups?.['name'];
    if (name !== undefined && !name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) break;
    const rest = trimmed(text, start + m[0].length, end);
    const opener = trimmed(text, start, start + m[0].length);
    if (opener) out.push({ ...opener, filler: true, opener: true, turn: false });
    if (!rest) {
      start = end;
      break;
    }
    start = rest.start;
  }
  if (start >= end) return;
  // Clause connectors inside the rest of the sentence.
  const body = text.slice(start, end);
  let from = 0;
  let connector = false;
  const clause = markThenWordRe.test(body) ? p.clause : p.connector;
  clause.lastIndex = 0;
  for (const m of body.matchAll(clause)) {
    const at = m.index;
    if (at <= from) continue;
    // Only split when both sides are real clauses (two words or more).
    if (!hasWords(body, 2, from, at) || !hasWords(body, 2, at + m[0].length, body.length)) continue;
    push(out, text, start + from, start + at, p, connector);
    // The connector itself ("and also", "pero", "außerdem") belongs to neither request.
    from = at + m[0].length;
    connector = /\S/.test(m[0]);
  }
  push(out, text, start + from, end, p, connector);
}

/**
 * A conjunction or a "by the way" left at the start of a clause ("and do you…", "e já agora,
 * enviam…", "btw, is the…") is not part of the request.
 */
const byTheWay = String.raw`(?:by the way|btw|por cierto|au fait|[üu]brigens|a proposito|j[áa] agora|ali[áa]s)[\s,]+`;
const leadingConjunction = new RegExp(
  String.raw`^(?:(?:and|y|et|und|e)[\s,]+(?:${byTheWay})?|${byTheWay})(?=\S)`,
  'iu',
);

function push(
  out: Segment[],
  text: string,
  start: number,
  end: number,
  p: Patterns,
  connector: boolean,
): void {
  let span = trimmed(text, start, end);
  if (!span) return;
  const lead = leadingConjunction.exec(text.slice(span.start, span.end));
  if (lead && wordCount(text.slice(span.start + lead[0].length, span.end)) >= 2)
    span = trimmed(text, span.start + lead[0].length, span.end) ?? span;
  const clause = text.slice(span.start, span.end);
  const turn =
    connector ||
    Boolean(lead) ||
    /^\s*[¿]|\?\s*\S{0,3}\s*$/u.test(clause) ||
    /^(?:also|btw|plus|tambi[ée]n|aussi|au fait|au(?:ß|ss)erdem|[üu]brigens|inoltre|anche|tamb[ée]m|al[ée]m disso)\b/iu.test(
      clause,
    );
  out.push({ ...span, filler: p.pleasantry.test(clause), opener: false, turn });
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => letterRe.test(w)).length;
}

const chunkRe = /\S+/g;

/**
 * `wordCount(s.slice(start, end)) >= n`, reading only as far as the n-th word: a clause
 * connector early in a long sentence does not count every word after it.
 */
export function hasWords(s: string, n: number, start = 0, end = s.length): boolean {
  let found = 0;
  chunkRe.lastIndex = start;
  for (let m = chunkRe.exec(s); m && m.index < end && found < n; m = chunkRe.exec(s)) {
    if (letterRe.test(s.slice(m.index, Math.min(m.index + m[0].length, end)))) found++;
  }
  return found >= n;
}

// Words that say nothing about what someone wants: function words, fillers, and vague nouns
// ("thing", "question", "help"). Folded (lower case, no accents). Shared by the six languages.
// "where" and "when" are not among them: "where is #1042?" is a clear question.
const vagueWords = new Set(
  `a an the and or but so if then than that this these those it its it's i i'm im me my mine you your we us our they them he she him her
  is am are was were be been being do does did have has had will would can could should shall may might must not no yes yeah yep yup nope
  ok okay okey k kk oh ah uh um umm hmm mm well just really very quite maybe perhaps also too still again now then there here what which who
  how why about of on in at to for from with by up down out over into as all any some one ones thing things stuff something anything
  before earlier after same
  question questions help issue problem matter lol haha please pls thx hey hi hello sorry sure right like know think mean want need get got go
  y o pero que de la el los las un una es son lo le me mi tu su eso esto esta este algo cosa pregunta ayuda si no bueno vale pues
  puedo puedes puede podemos pueden podeis hacer hago hacemos haceis
  et ou mais le la les un une des de du est ce ca cela je tu il elle on nous vous mon ma mes quelque chose question aide oui non bon alors
  peux peut pouvons pouvez faire fais faisons
  und oder aber der die das ein eine ist es ich du er sie wir ihr mein meine was wie wo ja nein also etwas sache frage hilfe gut
  kann kannst konnen konnt machen tun
  e o ma il lo la gli le un una di che cosa questo quello io tu mio mia si no allora beh domanda aiuto qualcosa
  posso puoi puo possiamo potete fare facciamo
  e ou mas o a os as um uma de que isso isto eu voce meu minha sim nao entao coisa pergunta ajuda algo
  posso pode podemos podem fazer fazemos`.split(/\s+/),
);
const interjection =
  /^(?:h+m+|m+h*|u+h+|u+m+|o+h+|a+h+|e+h+|l+o+l+|(?:h+a+)+h*|(?:h+e+)+|x+d+|o+k+)$/;

/**
 * True when a text has no word that could carry a request ("so yeah", "what about it", "hmm",
 * "I have a question", only words of a script none of our languages uses): the message is
 * unclear, whatever the classifier says.
 */
export function isVague(text: string): boolean {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .match(/[\p{L}\p{N}'#]+/gu);
  if (!words) return true;
  return words.every(
    (w) =>
      vagueWords.has(w) || interjection.test(w) || /\d/.test(w) || !/\p{Script=Latin}/u.test(w),
  );
}
