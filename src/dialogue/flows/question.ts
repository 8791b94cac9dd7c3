import type { Language } from '../../domain/index.js';
import { asksArrival } from '../../nlu/acts/index.js';
import { countriesIn } from '../../nlu/acts/countries.js';
import { isQuestionLike, splitClauses, startsWithQuestionWord } from '../../nlu/acts/readers.js';

/** Words of four letters or more: what a question is about, roughly. */
function contentWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4).length;
}
import type { Turn } from '../kit.js';
import type { FlowSpec } from './spec.js';

/** The answer to a question; a short follow-up is read together with the question before it. */
function lookUp(t: Turn, text: string): { section: string; text: string; score: number } | null {
  const plain = t.ctx.knowledge.answer(text, t.lang);
  const last = t.s.lastQuestion;
  if (!last || text.split(/\s+/).length > 7) return plain;
  // A question of its own ("y cómo se limpian?", "as joias são de prata?") is not read with the one
  // before; "and to Canada?" is.
  // "combien de temps ?" has no topic of its own: it asks about the question before.
  if (
    plain?.byTopic !== false &&
    plain &&
    (startsWithQuestionWord(text) || contentWords(text) >= 2)
  )
    return plain;
  const together = t.ctx.knowledge.answer(`${last} ${text}`, t.lang);
  return together && (!plain || together.section !== plain.section) ? together : plain;
}

/** Where a lead-in ends ("ah attendez, avant ça : …"); walked with `exec`, which compiles no copy per call. */
const leadInCutRe = /[,:;]\s+/g;

/**
 * What the shop's documents say to a message: the whole message, or else the first of its
 * questions they answer ("oh wait, before that, do you ship to Canada? my sister lives in Toronto").
 */
export function knowledgeAnswer(
  t: Turn,
  text: string,
): { section: string; text: string; score: number } | null {
  // Two questions in one message ("hacéis envíos a España? y cuánto cuesta?"): the first one first;
  // the rest are answered after it.
  const asked = splitClauses(text)
    .map((x) => text.slice(x.start, x.end).trim())
    .filter((c) => isQuestionLike(c) && c.split(/\s+/).length >= 2);
  if (asked.length >= 2 && asked[0]) {
    const first = lookUp(t, asked[0]);
    if (first) return first;
  }
  const whole = lookUp(t, text);
  if (whole) return whole;
  for (const c of splitClauses(text).map((x) => text.slice(x.start, x.end).trim())) {
    if (!isQuestionLike(c)) continue;
    // Without its lead-ins too: "ah attendez, avant ça : vous livrez au Canada ?" → "vous livrez au Canada ?".
    const cuts: number[] = [];
    leadInCutRe.lastIndex = 0;
    for (let m = leadInCutRe.exec(c); m !== null; m = leadInCutRe.exec(c))
      cuts.push(m.index + m[0].length);
    for (const from of [0, ...cuts]) {
      const part = c.slice(from);
      if (part === text || part.split(/\s+/).length < 2) continue;
      const hit = lookUp(t, part);
      if (hit) return hit;
    }
  }
  // "quem paga o envio?" in the middle of a return asks about the return: read with its topic.
  const during = t.s.flow ?? t.s.suspended[t.s.suspended.length - 1];
  if (during && ['return', 'cancel', 'address', 'change', 'quality'].includes(during.name)) {
    const topic = t.label(`topic.${during.name}` as 'topic.return');
    const hit = t.ctx.knowledge.answer(`${text} ${topic}`, t.lang);
    if (hit?.byTopic) return hit;
  }
  return null;
}

/** What asks the shop's documents for the making time, and for the shipping times, in each language. */
const makingQuery: Record<Language, string> = {
  en: 'how long does it take to make my order',
  de: 'wie lange dauert die anfertigung meiner bestellung',
  fr: 'combien de temps faut-il pour fabriquer ma commande',
  es: 'cuánto tardáis en hacer mi pedido',
  it: 'quanto ci vuole per realizzare il mio ordine',
  pt: 'quanto tempo demora a fazer a minha encomenda',
};
const shippingQuery: Record<Language, string> = {
  en: 'how much does shipping cost',
  de: 'was kostet der versand',
  fr: 'combien coûte la livraison',
  es: 'cuánto cuesta el envío',
  it: 'quanto costa la spedizione',
  pt: 'quanto custa o envio',
};

const personaliseQuery: Record<Language, string> = {
  en: 'what can I personalise',
  de: 'was kann ich personalisieren',
  fr: 'que puis-je personnaliser',
  es: 'qué puedo personalizar',
  it: 'cosa posso personalizzare',
  pt: 'o que posso personalizar',
};
const giftQuery: Record<Language, string> = {
  en: 'do you offer gift wrapping',
  de: 'gibt es eine geschenkverpackung',
  fr: 'proposez-vous un emballage cadeau',
  es: 'envolvéis para regalo',
  it: 'fate confezioni regalo',
  pt: 'fazem embrulho para oferta',
};

/**
 * "I want to buy a necklace as a gift": how to order from the shop, with what can be personalised
 * and the gift options from its documents; a bespoke piece stays one tap away.
 */
export function answerGift(t: Turn, text: string): void {
  t.s.intent = 'shop_question';
  t.s.lastQuestion = text.slice(0, 300);
  t.say('gift.how_to');
  const seen = new Set<string>();
  for (const q of [personaliseQuery, giftQuery]) {
    const h = t.ctx.knowledge.answer(q[t.lang], t.lang);
    if (!h || seen.has(h.section)) continue;
    seen.add(h.section);
    t.say('knowledge.answer_more', { section: h.section, mdText: h.text });
    t.note(`Answered a question from the shop documents ("${h.section}").`);
  }
  t.note('The customer wants to buy a piece as a gift: told how to order.');
  t.options([
    { value: 'done', label: t.label('qr.helped') },
    { value: 'intent:custom_request', label: t.label('qr.custom') },
    { value: 'intent:shop_question', label: t.label('qr.another_question') },
  ]);
  t.resolved();
}

/** The section of the shop's documents on shipping times (and costs), in the conversation's language. */
export function shippingTimes(t: Turn): { section: string; text: string } | null {
  return t.ctx.knowledge.answer(shippingQuery[t.lang], t.lang);
}

/**
 * "How long until I get it if I order today?": the making time and then the shipping, both from
 * the shop's documents; null when they have neither.
 */
function arrivalAnswer(t: Turn, text: string): { section: string; text: string }[] | null {
  if (!asksArrival(text, t.lang)) return null;
  const making = t.ctx.knowledge.answer(makingQuery[t.lang], t.lang);
  const shipping = shippingTimes(t);
  const both = [making, shipping].filter((h): h is NonNullable<typeof h> => h !== null);
  return both.length === 2 && making?.section !== shipping?.section ? both : null;
}

/**
 * "quanto custa o frete pro Brasil?": when the answer is about shipping to countries and the
 * question names one, say plainly whether the shop ships there, from its own "where do you ship?"
 * section; when it doesn't, that section is what is shown. Returns the sections to show.
 */
function sayWhetherShipped<T extends { section: string; text: string }>(
  t: Turn,
  text: string,
  said: T[],
): (T | { section: string; text: string })[] {
  const named = countriesIn(text);
  if (named.length === 0) return said;
  const where = t.ctx.knowledge.shipsTo?.(t.lang);
  if (!where) return said;
  const aboutCountries = said.some(
    (h) =>
      h.section === where.section ||
      new Set(countriesIn(h.text).map((n) => n.written.toLowerCase())).size >= 2,
  );
  if (!aboutCountries) return said;
  const seen = new Set<string>();
  let refused = false;
  for (const n of named) {
    const key = n.codes.join(' ');
    if (seen.has(key) || seen.size >= 2) continue;
    seen.add(key);
    const country =
      n.written.length > 3 ? n.written[0]!.toUpperCase() + n.written.slice(1) : n.written;
    if (n.codes.every((c) => where.codes.has(c))) t.say('knowledge.ships_to', { country });
    else {
      t.say('knowledge.ships_not_to', { country });
      refused = true;
    }
  }
  if (refused && !said.some((h) => h.section === where.section))
    return [{ section: where.section, text: where.text }];
  return said;
}

export function answerQuestion(t: Turn, text: string): boolean {
  const arrival = arrivalAnswer(t, text);
  const hit = arrival?.[0] ?? knowledgeAnswer(t, text);
  t.s.lastQuestion = text.slice(0, 300);
  if (!hit) {
    t.meta['knowledgeGap'] = true;
    t.say('knowledge.unknown');
    t.s.pendingHandoff = {
      rule: 'knowledge.no_answer',
      reason: 'The shop documents have no answer to the question.',
      desired: `Answer: ${text.slice(0, 200)}`,
    };
    t.options([
      { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
      { value: 'menu', label: t.label('qr.something_else') },
    ]);
    return false;
  }
  // "Is it real gold? my ears react to cheap earrings": two things asked, two sections, both answered in order.
  const parts = splitClauses(text).map((x) => text.slice(x.start, x.end).trim());
  const each: { section: string; text: string }[] = [];
  // A question of its own the documents say nothing about ("… ¿se pueden mojar?"): not dropped.
  let unanswered: string | null = null;
  if (parts.length >= 2)
    for (const c of parts) {
      if (c.split(/\s+/).length < 3) continue;
      const h = t.ctx.knowledge.answer(c, t.lang);
      if (h && !each.some((e) => e.section === h.section)) each.push(h);
      if (!h && unanswered === null && c.includes('?')) unanswered = c;
    }
  let said: { section: string; text: string }[] = arrival
    ? arrival
    : each.length >= 2 && each.some((e) => e.section === hit.section)
      ? each.slice(0, 2)
      : [hit];
  said = sayWhetherShipped(t, text, said);
  // The lead-in once; a second answer is its own question in bold and the answer.
  for (const [i, h] of said.entries()) {
    t.say(i === 0 ? 'knowledge.answer' : 'knowledge.answer_more', {
      section: h.section,
      mdText: h.text,
    });
    t.note(`Answered a question from the shop documents ("${h.section}").`);
  }
  if (unanswered !== null && !arrival) {
    const question = unanswered.trim();
    t.say('knowledge.unknown_part', { question });
    t.s.pendingHandoff = {
      rule: 'knowledge.no_answer',
      reason: 'The shop documents have no answer to part of the question.',
      desired: `Answer: ${question.slice(0, 200)}`,
    };
  }
  t.options([
    { value: 'done', label: t.label('qr.helped') },
    { value: 'intent:shop_question', label: t.label('qr.another_question') },
    { value: 'person', label: t.label('qr.person') },
  ]);
  t.resolved();
  return true;
}

/** R14: "ask a question" was picked; the next message is the question. */
export const questionFlow: FlowSpec<'question'> = {
  intent: () => 'shop_question',
  needsOrder: false,
  resumable: false,
  takesFreeText: () => true,
  prompt: (t) => t.say('knowledge.ask'),
  handle: (t, _f, act) => {
    t.s.flow = null;
    if (act.text === '') return false;
    t.s.intent = 'shop_question';
    answerQuestion(t, act.text);
    return true;
  },
};

const refundQuery: Record<Language, string> = {
  en: 'how long does a refund take',
  de: 'wie lange dauert eine Rückerstattung',
  fr: 'combien de temps prend un remboursement',
  es: 'cuánto tarda un reembolso',
  it: 'quanto tempo ci vuole per un rimborso',
  pt: 'quanto tempo demora um reembolso',
};

/** How long a refund takes to reach the bank: the shop's own documents when they say it, else the usual line. */
export function sayRefundTiming(t: Turn): void {
  const hit = t.ctx.knowledge.answer(refundQuery[t.lang], t.lang);
  const aboutRefunds =
    hit !== null &&
    /refund|rembours|erstatt|reembols|rimbors/iu.test(hit.section) &&
    /\d/.test(hit.text);
  if (hit && aboutRefunds)
    t.say('knowledge.answer_more', { section: hit.section, mdText: hit.text });
  else t.say('refund.timing');
}
