import { intents, type Intent } from '../domain/conversation.js';
import type { Language } from '../domain/languages.js';
import { extractEntities } from './entities.js';
import { createFeatureScorer } from './features.js';
import { identifyLanguage } from './lang-id.js';
import { lexiconClass } from './lexicon.js';
import { tokenize } from './normalize.js';
import { softmax } from './linear-model.js';
import type { NluModel } from './model.js';
import { blankPastedNotices } from './notices.js';
import { blankRefusals } from './refusal.js';
import { hasWords, isVague, segmentMessage, type Segment } from './segment.js';
import { readProblem } from './acts/index.js';
import { analyseSentiment } from './sentiment.js';
import type { Nlu, Understanding, UnderstandOptions } from './types.js';

/** Default confidence below which the dialogue asks a clarifying question (see docs/nlu.md for the coverage table). */
export const defaultClarifyThreshold = 0.5;

/** Longest text we look at; the rest of a 10,000-character message adds nothing but time. */
export const maxTextLength = 2000;

export type CreateNluOptions = {
  model: NluModel;
  clarifyThreshold?: number;
};

/** Intents that are a problem to solve even when only stated ("the lid came cracked"). */
const problemIntents: ReadonlySet<Intent> = new Set([
  'delivery_problem',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'payment_issue',
]);

/** Clauses classified one by one (the rest of a very long message only counts towards the whole). */
const maxClauses = 8;
/** The content read as a whole is cut here (a long message's gist is in its first sentences). */
const maxCoreLength = 800;
/** Language identification reads this much of the text: more only costs time. */
const langIdLength = 600;
/** A segment must reach this confidence to count as a request of its own. */
const requestThreshold = 0.5;
/** `other` is out of scope: a segment counts as such a request only when it is quite sure (backstory often reads as `other`). */
const otherRequestThreshold = 0.7;
/** Weight of the clause itself against the whole message's content when they are blended. */
const segmentWeight = 0.6;
/** A second request must get at least this much probability from the whole message (or be very sure of itself). */
const supportFloor = 0.02;

type Ranked = { intent: Intent; confidence: number }[];

/** Builds the understanding service over a trained model (see `createNlu` in ./default.ts for the built-in one). */
export function createNluFromModel(options: CreateNluOptions): Nlu {
  const { model } = options;
  const clarifyThreshold = options.clarifyThreshold ?? defaultClarifyThreshold;
  const score = createFeatureScorer(model.intent);
  const classify = (text: string): Float64Array => softmax(score(text), model.intent.temperature);
  return {
    clarifyThreshold,
    understand(input: string, opts: UnderstandOptions = {}): Understanding {
      const text = typeof input === 'string' ? input.slice(0, maxTextLength) : '';
      const guess = identifyLanguage(model.language, text.slice(0, langIdLength), opts.lang);
      const entities = extractEntities(text, { lang: guess.lang, now: opts.now });
      const sentiment = analyseSentiment(text, guess.lang);
      const base = {
        lang: guess.lang,
        langConfidence: round(guess.confidence),
        entities,
        sentiment,
      };
      if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) {
        return {
          ...base,
          intent: 'other',
          confidence: 0,
          alternatives: [],
          requests: [{ intent: 'other', confidence: 0, span: { start: 0, end: text.length } }],
        };
      }
      // A request turned down ("I don't want a refund, just…") is not read as one, nor is a
      // pasted order or shipping e-mail above what the customer writes.
      // The same piece is often read twice (a greeting's remainder is also the content): once is
      // enough, the classifier being a function of the text alone.
      const seen = new Map<string, Float64Array>();
      const classifyOnce = (piece: string): Float64Array => {
        let probs = seen.get(piece);
        if (probs === undefined) seen.set(piece, (probs = classify(piece)));
        return probs;
      };
      const found = findRequests(
        blankRefusals(blankPastedNotices(text)),
        guess.lang,
        classifyOnce,
        sentiment.label === 'positive',
      );
      const { ranked, requests } = entities.some((e) => e.type === 'value_change')
        ? askForChange(found, ownMistake.test(text))
        : absentOverWrongItem(returnOverBareWrongItem(found, text, guess.lang), text);
      const top = ranked[0] as Ranked[number];
      return {
        ...base,
        intent: top.intent,
        confidence: round(top.confidence),
        alternatives: ranked
          .slice(1, 4)
          .map((r) => ({ intent: r.intent, confidence: round(r.confidence) })),
        requests: requests.map((r) => ({
          intent: r.intent,
          confidence: round(r.confidence),
          span: r.span,
        })),
      };
    },
  };
}

/**
 * A message that names an old and a new value ("change Mia to Maia", "it should say Yousef, not
 * Yusuf") asks for a change, even when its story reads like a wrong item ("I misspelled her
 * name"): the change leads, and a wrong-item reading of the same message is dropped.
 */
function askForChange(
  found: { ranked: Ranked; requests: FoundRequest[] },
  ownMistake = false,
): {
  ranked: Ranked;
  requests: FoundRequest[];
} {
  const first = found.requests[0];
  // "It says Zofie instead of Zofia" on its own reports a wrong item: only a change asked for
  // somewhere counts, or the writer's own slip told with the right value ("I made a typo, it's
  // Mathis, not Mathias"): what they typed is not made yet, so it is a change to make.
  const change =
    found.requests.find((r) => r.intent === 'change_details') ??
    (ownMistake && first?.intent === 'wrong_item' ? first : undefined);
  if (!first || !change || (first.intent !== 'wrong_item' && first.intent !== 'change_details'))
    return found;
  const wrong = found.requests.find((r) => r.intent === 'wrong_item');
  const confidence = Math.max(change.confidence, wrong?.confidence ?? 0, 0.9);
  const span = {
    start: Math.min(first.span.start, change.span.start),
    end: Math.max(first.span.end, change.span.end),
  };
  const requests = [
    { ...first, intent: 'change_details' as const, confidence, span },
    ...found.requests.filter(
      (r) => r !== first && r.intent !== 'change_details' && r.intent !== 'wrong_item',
    ),
  ];
  const ranked = [
    { intent: 'change_details' as const, confidence },
    ...found.ranked.filter((r) => r.intent !== 'change_details'),
  ];
  return { ranked, requests };
}

/**
 * "recebi o colar personalizado mas não gostei muito. Posso devolver?": a story read as a wrong
 * item with no word of anything wrong in the whole message, next to a return asked for, is that
 * return. "recebi o colar errado, posso devolver?" still reports a wrong item.
 */
function returnOverBareWrongItem(
  found: { ranked: Ranked; requests: FoundRequest[] },
  text: string,
  lang: Language,
): { ranked: Ranked; requests: FoundRequest[] } {
  const first = found.requests[0];
  const ret = found.requests.find((r) => r.intent === 'return_request');
  if (first?.intent !== 'wrong_item' || !ret || readProblem(text, lang) !== null) return found;
  const requests = found.requests.filter((r) => r.intent !== 'wrong_item');
  const ranked = [
    { intent: 'return_request' as const, confidence: ret.confidence },
    ...found.ranked.filter((r) => r.intent !== 'return_request'),
  ];
  return { ranked, requests };
}

/**
 * "the second mug isn't there", "il n'y est pas", "ist nicht dabei": a part said to be absent
 * from what came, with no word of anything wrong or swapped, is a missing item, not a wrong one.
 */
function absentOverWrongItem(
  found: { ranked: Ranked; requests: FoundRequest[] },
  text: string,
): { ranked: Ranked; requests: FoundRequest[] } {
  const first = found.requests[0];
  if (first?.intent !== 'wrong_item' && first?.intent !== 'other') return found;
  if (!absentPart.test(text) || wrongOrSwapped.test(text)) return found;
  const confidence = Math.max(first.confidence, 0.9);
  const requests = [
    { ...first, intent: 'missing_item' as const, confidence },
    ...found.requests.filter((r) => r !== first && r.intent !== 'missing_item'),
  ];
  const ranked = [
    { intent: 'missing_item' as const, confidence },
    ...found.ranked.filter((r) => r.intent !== 'missing_item'),
  ];
  return { ranked, requests };
}

const absentPart = new RegExp(
  [
    String.raw`\b(?:is|are|was|were)(?:n't| not) (?:there|in (?:it|there|the (?:box|package|parcel|bag)))\b`,
    String.raw`\bnothing (?:else )?in (?:the|my) (?:box|package|parcel)\b|\bbut not the\b|\bonly (?:the|one|half)\b[^.!?]{0,40}\b(?:came|arrived|was in)\b`,
    String.raw`\bno (?:ven[ií]a|vino|estaba|ven[ií]an|vinieron|estaban) (?:dentro|en (?:la caja|el paquete|el sobre))|\bs[oó]lo (?:ven[ií]a|vino|lleg[oó])(?!\p{L})`,
    String.raw`\bn'y (?:est|sont|[ée]tait|[ée]taient) pas\b|\bil n'y avait (?:pas|rien)\b[^.!?]{0,30}\b(?:colis|bo[iî]te|paquet)|\bmais pas (?:le|la|les)\b`,
    String.raw`\bnicht dabei\b|\bnicht (?:im|in der) (?:paket|karton|schachtel)|\bnur (?:einer?|eins|die h[äa]lfte)\b[^.!?]{0,40}\b(?:drin|dabei)\b`,
    String.raw`\bnon c'(?:era|erano)\b[^.!?]{0,20}\b(?:nel pacco|nella scatola|dentro)|\bnel pacco non c'(?:era|erano)\b|\bma non (?:il|la|lo|i|le)\b[^.!?]{0,30}\b(?:dentro|nel pacco)`,
    String.raw`\bn[ãa]o (?:estava|vinha|veio|vieram|estavam) (?:na caixa|no pacote|dentro|l[aá])(?!\p{L})|\bs[oó] (?:veio|vieram|chegou)\b`,
  ].join('|'),
  'iu',
);

const wrongOrSwapped =
  /\b(?:wrong|incorrect|instead|not (?:my|what i) order|err[oó]ne|equivocad|incorrect[oa]|en lugar|en vez|mauvais|au lieu|falsch|statt|anstatt|sbagliat|invece|errad|em vez|n[ãa]o (?:é|e) (?:o )?meu)/iu;

/**
 * The writer owning a slip in what they typed ("I made a typo", "me equivoqué", "j'ai fait une
 * faute", "ich habe mich vertippt", "ho sbagliato", "errei"), not a mistake of the shop's.
 */
const ownMistake = new RegExp(
  [
    String.raw`\bi(?:'ve| have)? (?:made|did) an? (?:typo|mistake|error)`,
    String.raw`\bi (?:typed|wrote|put|entered|spelled|spelt|misspelled|misspelt|mistyped)\b[^.!?]{0,40}\b(?:wrong|incorrect)`,
    String.raw`\bmy (?:typo|mistake|bad)\b`,
    String.raw`\bme (?:equivoqu[eé]|confund[ií])|\b(?:puse|escrib[ií]|met[ií]) mal\b|\b(?:error|errata) m[ií]a?\b`,
    String.raw`\bje me suis tromp[ée]|\bj'ai fait une (?:faute|erreur|coquille)|\bj'ai mal (?:[ée]crit|tap[ée]|saisi|mis)|\bmon erreur\b`,
    String.raw`\bich (?:habe? )?mich\b[^.!?]{0,30}\b(?:vertippt|verschrieben|vertan)\b|\bmein fehler\b`,
    String.raw`\b(?:ho|aver|avevo) sbagliato\b|\bmi sono sbagliat[oa]|\bho scritto male\b|\berrore mio\b`,
    String.raw`\berrei\b|\bme enganei\b|\b(?:escrevi|coloquei|digitei) (?:mal|errado)|\berro meu\b`,
  ].join('|'),
  'iu',
);

/** The first entry of `rank(probs)` without ranking the rest: the most probable intent, the earliest on a tie. */
function best(probs: Float64Array): Ranked[number] {
  let at = 0;
  for (let i = 1; i < probs.length; i++) if ((probs[i] as number) > (probs[at] as number)) at = i;
  return { intent: intents[at] as Intent, confidence: probs[at] as number };
}

function rank(probs: Float64Array): Ranked {
  return [...probs]
    .map((p, i) => ({ intent: intents[i] as Intent, confidence: p }))
    .sort((a, b) => b.confidence - a.confidence);
}

const greetingIndex = intents.indexOf('greeting');
const thanksIndex = intents.indexOf('thanks');

/** The distribution over greeting and thanks only (a message made of openers and goodbyes). */
function onlySocial(probs: Float64Array): Float64Array {
  const g = probs[greetingIndex] as number;
  const t = probs[thanksIndex] as number;
  const out = new Float64Array(probs.length);
  out[greetingIndex] = g + t > 0 ? g / (g + t) : 0.5;
  out[thanksIndex] = g + t > 0 ? t / (g + t) : 0.5;
  return out;
}

/** Words of content after an opener few enough to be part of a greeting or thank-you… */
const shortRemainder = 5;
/** At most this many words after an opener, with no domain word, are part of the opener. */
const tinyRemainder = 2;
/** …unless they read as a request this surely. */
const ownRequestConfidence = 0.6;

/** Highest confidence for a message with nothing in it that could carry a request. */
const vagueConfidence = 0.3;

/** The same ranking, but flattened towards uniform until the top intent is at most `cap`. */
function flatten(probs: Float64Array, cap: number): Float64Array {
  const k = probs.length;
  const top = Math.max(...probs);
  if (top <= cap) return probs;
  const lambda = (cap - 1 / k) / (top - 1 / k);
  return probs.map((p) => lambda * p + (1 - lambda) / k);
}

/** Geometric blend of two distributions, renormalised. */
function blend(a: Float64Array, b: Float64Array, wa: number): Float64Array {
  const out = new Float64Array(a.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.exp(
      wa * Math.log(Math.max(a[i] as number, 1e-12)) +
        (1 - wa) * Math.log(Math.max(b[i] as number, 1e-12)),
    );
    out[i] = v;
    sum += v;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

type FoundRequest = { intent: Intent; confidence: number; span: { start: number; end: number } };

/**
 * Classifies what carries requests: greetings, names and pleasantries are set aside, the rest
 * is classified as a whole (backstory and request together) and clause by clause; each clause
 * sure enough of an intent of its own becomes a request, in the order written. `ranked` is the
 * distribution of the first request (today's `intent` and `alternatives`).
 */
function findRequests(
  text: string,
  lang: Language,
  classify: (text: string) => Float64Array,
  warm = false,
): { ranked: Ranked; requests: FoundRequest[] } {
  // No more is read below than the first `maxClauses` clauses of content and `maxCoreLength`
  // characters of it, and the first and last segments: the middle of a long message is skipped.
  const segments = segmentMessage(text, lang, { clauses: maxClauses, chars: maxCoreLength });
  const content = segments.filter((s) => !s.filler);
  const whole = (spanOf: { start: number; end: number }, probs: Float64Array, first?: Intent) => {
    const ranked = rank(probs);
    // A request already decided (merged clauses) goes first; the rest keep their order.
    if (first && (ranked[0] as Ranked[number]).intent !== first) {
      const at = ranked.findIndex((r) => r.intent === first);
      ranked.unshift(...ranked.splice(at, 1));
    }
    const top = ranked[0] as Ranked[number];
    return { ranked, requests: [{ intent: top.intent, confidence: top.confidence, span: spanOf }] };
  };
  const fullSpan = segments.length
    ? { start: (segments[0] as Segment).start, end: (segments[segments.length - 1] as Segment).end }
    : { start: 0, end: text.length };
  // Only a greeting, a thank-you or a pleasantry (or a single clause): the message as a whole.
  // Only greetings, names, thanks or goodbyes (and pleasantries): a greeting or a thank-you.
  if (content.length === 0 && segments.some((s) => s.opener))
    return whole(fullSpan, onlySocial(classify(text)));
  // A short remainder after a greeting or thank-you ("cheers mate", "thanks for sorting that
  // out!", "good evening, hope I'm not too late") belongs to it: the message as a whole decides.
  // A request of its own ("good thanks, my card keeps getting rejected") is not.
  const rest =
    content.length > 0 && segments.some((s) => s.opener)
      ? content.map((s) => text.slice(s.start, s.end)).join(' ')
      : '';
  if (rest !== '' && !hasWords(rest, shortRemainder + 1)) {
    const own = rank(classify(rest))[0] as Ranked[number];
    const all = classify(text);
    const allTop = (rank(all)[0] as Ranked[number]).intent;
    const request =
      !isVague(rest) &&
      own.intent !== 'other' &&
      own.intent !== 'greeting' &&
      own.intent !== 'thanks' &&
      own.confidence >= ownRequestConfidence;
    if ((allTop === 'greeting' || allTop === 'thanks') && !request) return whole(fullSpan, all);
    // One or two words with nothing of the shop in them ("a voi", "de novo", "desde Málaga",
    // "muy amables") belong to the greeting or thank-you before them, whatever they read as
    // alone, when they read as out of scope or the message is warm ("thanks, useless" is not).
    const social =
      own.intent === 'other' || own.intent === 'greeting' || own.intent === 'thanks' || warm;
    if (social && wordCount(rest) <= tinyRemainder && !rest.includes('?') && !hasDomainWord(rest))
      return whole(fullSpan, onlySocial(all));
  }
  if (content.length === 0 || segments.length === 1) {
    const probs = classify(text);
    // Nothing that could carry a request ("so yeah", "can you help me?"): unclear, so unsure.
    const top = best(probs);
    if (top.intent !== 'greeting' && top.intent !== 'thanks' && isVague(text))
      return whole(fullSpan, flatten(probs, vagueConfidence));
    return whole(fullSpan, probs);
  }
  const first = content[0] as Segment;
  const last = content[content.length - 1] as Segment;
  const core = classify(
    content
      .map((s) => text.slice(s.start, s.end))
      .join(' ')
      .slice(0, maxCoreLength),
  );
  const coreSpan = { start: first.start, end: last.end };
  if (content.length === 1) return whole(coreSpan, core);

  // Each clause on its own: the ones sure of an intent are candidate requests.
  const found: {
    intent: Intent;
    own: Float64Array;
    ownConfidence: number;
    turn: boolean;
    span: { start: number; end: number };
  }[] = [];
  for (const s of content.slice(0, maxClauses)) {
    // "What can we do?" after a problem asks for help with it, not for something of its own.
    if (isVague(text.slice(s.start, s.end))) continue;
    // "Pedido 1001, ana@example.com", "c'est Camille (commande 1021, …)": who is writing and which
    // order, told beside the request, is no request of its own.
    if (onlyDetails(text.slice(s.start, s.end))) continue;
    const own = classify(text.slice(s.start, s.end));
    const top = best(own);
    if (top.intent === 'greeting' || top.intent === 'thanks') continue;
    if (top.confidence < (top.intent === 'other' ? otherRequestThreshold : requestThreshold))
      continue;
    const prev = found[found.length - 1];
    // Two questions about the shop ("do you ship to the UK? and is the mug dishwasher safe?") are
    // two requests, each with its own answer; other clauses of one intent tell one request.
    const ownQuestion =
      top.intent === 'shop_question' && /[?？]\s*$/u.test(text.slice(s.start, s.end));
    if (
      prev &&
      prev.intent === top.intent &&
      !(ownQuestion && /[?？]\s*$/u.test(text.slice(prev.span.start, prev.span.end)))
    )
      prev.span = { start: prev.span.start, end: s.end };
    else {
      // The same intent told earlier as backstory ("I ordered… order 1001") and asked now as a
      // question of its own ("… and when will it ship?"): the request is where it is asked.
      const told = found.findIndex((f) => f.intent === top.intent && !f.turn);
      if (!ownQuestion && s.turn && told >= 0) found.splice(told, 1);
      else if (!ownQuestion && found.some((f) => f.intent === top.intent)) continue;
      found.push({
        intent: top.intent,
        own,
        ownConfidence: top.confidence,
        turn: s.turn,
        span: { start: s.start, end: s.end },
      });
    }
  }
  // An out-of-scope clause next to a real request is backstory, not a request of its own; so is
  // a clause the message as a whole gives no weight to unless it is very sure of itself.
  const inScope = found.filter((f) => f.intent !== 'other');
  const candidates = (inScope.length ? inScope : found).filter((f) => {
    const support = core[intents.indexOf(f.intent)] as number;
    // A clause the writer turns to ("and also…", a question) needs less backing than a
    // statement, and so does a problem told plainly ("it arrived broken"): backstory is neither.
    return (
      (support >= supportFloor && (support >= 0.1 || f.ownConfidence >= 0.9)) ||
      (f.turn && f.ownConfidence >= 0.7) ||
      (problemIntents.has(f.intent) && f.ownConfidence >= 0.9)
    );
  });
  const kept = mergeRelated(candidates);
  const only = kept.length === 1 ? (kept[0] as (typeof kept)[number]) : undefined;
  if (kept.length === 0) {
    // Nothing sure enough: a message that reads as a greeting or thanks as a whole is one.
    const all = classify(text);
    const allTop = best(all).intent;
    return allTop === 'greeting' || allTop === 'thanks'
      ? whole(fullSpan, all)
      : whole(coreSpan, core);
  }
  // One request (however many clauses tell it): the whole content decides, backstory included,
  // unless clauses were merged into a more specific request than the whole reads.
  if (only) {
    const span = { start: Math.min(coreSpan.start, only.span.start), end: coreSpan.end };
    if (candidates.length === 1 || best(core).intent === only.intent) return whole(span, core);
    return whole(span, blend(only.own, core, segmentWeight), only.intent);
  }
  // Several requests: each is read from its own clause.
  const requests = kept.map((f) => ({
    intent: f.intent,
    confidence: f.ownConfidence,
    span: f.span,
  }));
  return { ranked: rank((kept[0] as (typeof kept)[number]).own), requests };
}

/** Words that name an order, an e-mail or the writer, in the six languages. */
const detailWords = new Set(
  (
    "order orders number no nr n nº n° num ref reference email e-mail mail address my is it's its this " +
    "here name i'm im am and the for under with from of at " +
    'pedido numero número correo mi mis es soy aquí aqui nombre y el la con de del para a ' +
    "commande numéro courriel adresse mon ma mes est c'est je suis ici nom et le les avec pour au " +
    'bestellung bestellnummer nummer meine mein ist ich bin hier und die der das mit für unter von ' +
    'ordine mio mia è sono qui e il con per di del ' +
    'encomenda minha meu é sou aqui o os com do da em'
  ).split(' '),
);

/**
 * A clause that only tells an order number or an e-mail, with the words that introduce them and
 * the writer's name ("order 1001, my email is ana@example.com", "c'est Camille (commande 1021)").
 */
function onlyDetails(clause: string): boolean {
  if (!/@|\d{3,}/.test(clause)) return false;
  const words = clause
    .replace(/\S+@\S+/g, ' ')
    .replace(/#?\d[\d\s-]*/g, ' ')
    .split(/[\s,;:.()!"“”«»]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length > 10) return false;
  return words.every(
    (w, i) =>
      detailWords.has(w.toLowerCase().replace(/’/g, "'")) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w)),
  );
}

/**
 * Two clauses that tell one story are one request: "can you check my order? it never arrived"
 * is a delivery problem, "I'm so disappointed, the mug came broken" a damaged item. The general
 * intent gives way to the specific one next to it.
 */
const specificOf: Partial<Record<Intent, readonly Intent[]>> = {
  order_status: ['delivery_problem', 'missing_item'],
  complaint: [
    'delivery_problem',
    'damaged_item',
    'wrong_item',
    'missing_item',
    'payment_issue',
    'refund_status',
  ],
  return_request: ['refund_request'],
};

function mergeRelated<T extends { intent: Intent; span: { start: number; end: number } }>(
  found: T[],
): T[] {
  const out: T[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && specificOf[prev.intent]?.includes(f.intent)) {
      out[out.length - 1] = { ...f, span: { start: prev.span.start, end: f.span.end } };
    } else if (prev && specificOf[f.intent]?.includes(prev.intent)) {
      prev.span = { start: prev.span.start, end: f.span.end };
    } else out.push(f);
  }
  return out;
}

/** A word of the shop's domain (a lexicon class other than thanks) or a number in `text`. */
function hasDomainWord(text: string): boolean {
  return (
    /\d/.test(text) ||
    tokenize(text).some((w) => {
      const c = lexiconClass(w);
      return c !== '' && c !== 'thanks';
    })
  );
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
