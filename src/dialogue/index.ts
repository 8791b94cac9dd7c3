import type { Intent, Language } from '../domain/index.js';
import { languages } from '../domain/index.js';
import { escapeText, shopText } from '../voice/index.js';
import {
  acknowledgesOnly,
  actsLexicons,
  actWords,
  afterAnswer,
  readAnswer,
  readClosing,
  readNewValue,
  readProblem,
  readValueChange,
  asksArrival,
  asksGiftPurchase,
  asksToCancel,
  readGermanRegister,
  saysAny,
  stripQuotedThread,
} from '../nlu/acts/index.js';
import { countryCode } from '../nlu/acts/countries.js';
import { lexiconClass } from '../nlu/lexicon.js';
import { isVague } from '../nlu/segment.js';
import {
  detectLanguageName,
  detectOrdinal,
  foldText,
  hasWords,
  isForeignScript,
  isQuestionLike,
  looksUnsupported,
  splitClauses,
} from '../nlu/acts/readers.js';
import { startAddress } from './flows/address.js';
import { startBrief } from './flows/brief.js';
import { startCancel } from './flows/cancel.js';
import { startChange } from './flows/change.js';
import { doneOptions, fieldHint, preferenceCut, withoutPlease } from './flows/common.js';
import { closing, recordCsat } from './flows/csat.js';
import { flowRegistry, type FlowOf, type FlowName } from './flows/index.js';
import { startQuality } from './flows/quality.js';
import { answerGift, answerQuestion, knowledgeAnswer, shippingTimes } from './flows/question.js';
import { startReturn } from './flows/return.js';
import {
  askRefundReason,
  deadlineAnswer,
  etaFollowUp,
  ifNotArrived,
  orderStatus,
  refundInTransit,
  refundStatus,
  statusAside,
} from './flows/status.js';
import { askWhichOrder } from './flows/which-order.js';
import { escalate, offerPerson, sayNoted } from './handoff.js';
import {
  askEmail,
  asksWhichOrder,
  changingIntents,
  orderNumberCandidates,
  proveWithHandoff,
  startIdentify,
} from './identity.js';
import { entity, Turn, type Act, type Option } from './kit.js';
import { decodeChoice, intentChoice, langChoice, type ChoiceValue } from './quick-replies.js';
import { priorityFor } from './rules.js';
import type {
  DialogueContext,
  DialogueInput,
  DialogueOutput,
  DialogueState,
  Entity,
  Flow,
  Understanding,
} from './types.js';
import type { ConversationStatus } from '../domain/index.js';

export * from './types.js';
export { detectAffirm, detectOrdinal, extractValue, isQuestionLike } from '../nlu/acts/readers.js';
export { changingIntents, orderNumberCandidates, ownsOrder, proofLevel } from './identity.js';
export { parseAddress } from './flows/address.js';
export { flowRegistry } from './flows/index.js';
export { decodeChoice, type Choice, type ChoiceValue } from './quick-replies.js';

/** Longest customer text the dialogue looks at; the rest is kept in the transcript only. */
export const maxTextLength = 2000;

export function initialState(lang: Language): DialogueState {
  return {
    v: 1,
    turn: 0,
    lang,
    identity: {
      orderId: null,
      failures: 0,
      throttledUntil: null,
      orderNumber: null,
      level: null,
      verifiedFor: null,
    },
    flow: null,
    suspended: [],
    offer: null,
    intent: null,
    status: 'open',
    resolved: 0,
    csat: 'none',
    sentiment: [],
    contacts: {},
    escalated: false,
    attachments: [],
    pendingHandoff: null,
    clarifies: 0,
    invalid: 0,
    notes: [],
  };
}

/** Intents that are about one order and so need proof of ownership first (R2). */
const orderIntents: ReadonlySet<Intent> = new Set([
  'order_status',
  'delivery_problem',
  'change_details',
  'change_address',
  'cancel_order',
  'return_request',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'refund_status',
  'refund_request',
]);

/** Problems whose repetition counts towards "third contact about the same problem" (R9). */
export const repeatIntents: ReadonlySet<Intent> = new Set([
  'delivery_problem',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'refund_status',
  'payment_issue',
  'complaint',
]);

/** Removes control characters and trims; long texts are cut for understanding. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
    .slice(0, maxTextLength);
}

/**
 * The conversation's status follows from its state, never set by hand: escalated once a person
 * has the case, waiting while a question to the customer is open, resolved once something was
 * answered or done, open otherwise.
 */
export function deriveStatus(s: DialogueState): ConversationStatus {
  if (s.escalated) return 'escalated';
  if (s.flow && s.flow.name !== 'csat') return 'waiting_for_customer';
  if (s.resolved > 0) return 'resolved';
  return 'open';
}

/**
 * A deep copy of plain data (what JSON can hold: the dialogue state is read from stored JSON).
 * About ten times cheaper than `structuredClone` on a dialogue state, which serialises and reads
 * back every object; keys keep their order, so copies of one state share its objects' shapes.
 */
export function copyPlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = copyPlain<unknown>(value[i]);
    return list as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyPlain((value as Record<string, unknown>)[key]);
    // JSON.parse makes "__proto__" an own key; assigning it would set the prototype instead.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = v;
  }
  return out as T;
}

/**
 * One customer turn through the dialogue: pure. Returns the next state, the replies, the effects
 * the engine must execute through `actions`, and the events the dialogue itself reports.
 */
export function handleDialogue(
  state: DialogueState,
  input: DialogueInput,
  ctx: DialogueContext,
): DialogueOutput {
  const s = copyPlain(state);
  s.turn += 1;
  const t = new Turn(s, ctx);
  t.route = (intent, entities, text) => route(t, intent, entities, text);
  t.clarify = (choices) => clarify(t, choices, '');
  t.followUp = (also) => followUp(t, also);
  t.readRequest = (u, text) => plainRequest(t, u, text) ?? u.intent;
  run(t, input);
  // The second request of the same message, once the first is done and the order is proven.
  const queued = s.queued;
  if (queued && (s.escalated || input.kind === 'start')) s.queued = null;
  else if (queued && !s.flow && t.order() && s.intent !== queued.intent) {
    s.queued = null;
    // Asked in the same message as the first request: the same order, no need to ask which.
    const id = s.identity.orderId ?? '';
    route(t, queued.intent, [{ type: 'order_number', value: id, start: 0, end: 0 }], queued.text);
  }
  // Offer to come back to an interrupted flow once the detour is done.
  if (
    !s.flow &&
    s.suspended.length > 0 &&
    t.quick.every((q) => q.value !== 'resume') &&
    !s.escalated &&
    input.kind !== 'start'
  ) {
    const last = s.suspended[s.suspended.length - 1];
    if (last) {
      t.say('resume.offer', { topic: t.label(`topic.${last.name}`) });
      t.options([
        { value: 'resume', label: t.label('qr.resume'), yesno: 'yes' },
        { value: 'resume_no', label: t.label('qr.no_thanks'), yesno: 'no' },
      ]);
    }
  }
  if (t.paragraphs.length === 0) {
    t.say('menu.prompt');
    mainMenu(t);
  }
  if (!t.invalidAnswer) s.invalid = 0;
  const options = t.quick.map((q, i) => ({
    id: `${s.turn}.${i + 1}`,
    value: q.value,
    label: q.label,
    ...(q.yesno ? { yesno: q.yesno } : {}),
  }));
  s.offer = options.length > 0 ? { turn: s.turn, options } : null;
  s.status = deriveStatus(s);
  return {
    state: s,
    replies: [
      {
        text: t.paragraphs.join('\n\n'),
        quickReplies: options.map(({ id, label }) => ({ id, label })),
      },
    ],
    effects: t.effects,
    events: t.events,
    meta: t.meta,
  };
}

function mainMenu(t: Turn): void {
  t.options([
    { value: 'intent:order_status', label: t.label('qr.status') },
    { value: 'intent:change_details', label: t.label('qr.change') },
    { value: 'intent:damaged_item', label: t.label('qr.damaged') },
    { value: 'intent:shop_question', label: t.label('qr.question') },
  ]);
}

function greet(t: Turn): void {
  const own = shopText(t.ctx.policy.shop.voice.greeting, t.lang);
  if (own) {
    t.paragraphs.push(escapeText(own));
    const name = t.ctx.policy.shop.voice.assistantName;
    if (!own.toLowerCase().includes(name.toLowerCase()))
      t.say('greeting.intro', { assistant: name, shop: t.ctx.policy.shop.name });
  } else
    t.say('greeting.default', {
      assistant: t.ctx.policy.shop.voice.assistantName,
      shop: t.ctx.policy.shop.name,
    });
  t.say('greeting.offer');
  mainMenu(t);
}

/** The open question takes free text (a value, an address, a brief slot, proof details). */
function takesFreeText(f: Flow): boolean {
  return specFor(f).takesFreeText(f as never);
}

function specFor(f: Flow): (typeof flowRegistry)[FlowName] {
  return flowRegistry[f.name];
}

/** The flow has a yes/no question open (its quick replies carry a yes or a no). */
function yesNoOpen(s: DialogueState): boolean {
  return s.offer?.options.some((o) => o.yesno) ?? false;
}

function run(t: Turn, input: DialogueInput): void {
  const s = t.s;
  if (input.kind === 'start') {
    if (input.lang) s.lang = input.lang;
    if (input.verifiedOrderId && t.ctx.orders[input.verifiedOrderId]) {
      s.identity.orderId = input.verifiedOrderId;
      s.identity.level = 'full';
      t.emit({ type: 'identity.verified', orderId: input.verifiedOrderId, via: 'link' });
    }
    greet(t);
    return;
  }

  // 1. Resolve what the input means: a button of the latest turn, or free text.
  const act: Act = { choice: null, picked: null, text: '', u: null, affirm: null, attachments: [] };
  if (input.kind === 'choice') {
    const opt = s.offer && s.offer.options.find((o) => o.id === input.choice);
    if (!opt) {
      // A button of an older turn: nothing is acted on; the open question is asked again.
      t.say('input.stale_choice');
      reprompt(t);
      return;
    }
    act.choice = opt.value as ChoiceValue;
    act.text = opt.label;
  } else {
    const raw = input.kind === 'text' ? input.text : (input.text ?? '');
    act.text = cleanText(stripQuotedThread(raw));
    t.said = act.text;
    act.u = input.understanding && cancelLeads(input.understanding, act.text);
    if (input.kind === 'attachment') {
      act.attachments = input.attachmentIds;
      s.attachments = [...s.attachments, ...input.attachmentIds].slice(-20);
    }
    if (act.text === '' && act.attachments.length === 0) {
      t.say('input.empty');
      reprompt(t);
      return;
    }
    if (act.text !== '') {
      // Another language mid-conversation; inside a flow that takes free text only a long message counts (an address or a name has few common words).
      const freeText =
        s.flow !== null &&
        takesFreeText(s.flow) &&
        (act.text.split(/\s+/).length < 6 || /\d/.test(act.text));
      // A postal address on its own ("77 Pine Road, Durham, NC 27701") has few common words either.
      const address = act.u?.entities.some(
        (e) => e.type === 'address' && e.end - e.start >= act.text.length * 0.6,
      );
      if (
        isForeignScript(act.text) ||
        (!freeText && !address && looksUnsupported(act.text, act.u?.langConfidence ?? 0))
      ) {
        t.say('input.unsupported_language');
        t.options(languages.map((l) => ({ value: langChoice(l), label: t.label(`lang.${l}`) })));
        return;
      }
      const named = s.offer?.options.some((o) => o.value.startsWith('lang:'))
        ? detectLanguageName(act.text)
        : null;
      if (named) act.choice = langChoice(named);
      else if (
        act.u &&
        act.u.langConfidence >= 0.75 &&
        act.text.split(/\s+/).length >= 3 &&
        act.u.lang !== s.lang
      )
        s.lang = act.u.lang;
      // A yes or no written as a sentence counts when a question is open; otherwise only a short one.
      const answer = readAnswer(act.text, s.lang);
      act.affirm =
        s.flow !== null || yesNoOpen(s) || act.text.split(/\s+/).length <= 4 ? answer : null;
      act.closing = readClosing(act.text, s.lang);
      // "ok it's 1019, sam@example.com": an order number with its proof is not a yes or a goodbye.
      const ents = act.u?.entities ?? [];
      const details =
        (ents.some((e) => e.type === 'order_number') ||
          orderNumberCandidates(act.text).length > 0) &&
        ents.some((e) => e.type === 'email' || e.type === 'postcode');
      if (details) {
        act.affirm = null;
        act.closing = null;
      }
      if (!act.choice && !details) act.choice = matchOption(s, act);
      if (
        !hasWords(act.text) &&
        !act.choice &&
        act.attachments.length === 0 &&
        !act.affirm &&
        !act.closing
      ) {
        t.say('input.emoji_only');
        reprompt(t);
        return;
      }
    }
  }
  act.picked = decodeChoice(act.choice);
  const u = act.u;
  if (u && act.choice === null) s.sentiment = [...s.sentiment, u.sentiment.score].slice(-5);
  // "kannst du…": a customer who says du is answered with du; "Können Sie…" goes back to Sie.
  if (u && act.choice === null && s.lang === 'de') {
    const register = readGermanRegister(act.text);
    if (register) s.familiar = register === 'du';
  }
  // "hi, my email is …" before any order: kept to check the order number against when it comes.
  const givenEmail = u && !s.identity.orderId ? entity(u.entities, 'email') : undefined;
  if (givenEmail) s.identity.given = givenEmail;

  // 2. Global choices that mean the same in every flow.
  if (act.choice && globalChoice(t, act)) return;

  // "Are you a robot?": said honestly, with a person offered; a request in the same message goes on as usual.
  if (
    u &&
    act.choice === null &&
    saysAny(act.text, s.lang, 'askBot') &&
    !saysAny(act.text, s.lang, 'wantsPerson') &&
    u.entities.length === 0 &&
    act.text.split(/\s+/).length <= 10
  ) {
    t.say('bot.honest', {
      assistant: t.ctx.policy.shop.voice.assistantName,
      shop: t.ctx.policy.shop.name,
    });
    s.pendingHandoff = {
      rule: 'escalation.explicit_request',
      reason: 'The customer asked whether they were talking to a bot.',
      desired: null,
    };
    t.options([
      { value: 'person', label: t.label('qr.person') },
      { value: 'menu', label: t.label('qr.something_else') },
    ]);
    return;
  }

  // 3. Escalation triggers (R9) from the policy.
  if (u && act.choice === null) {
    const contacts =
      repeatIntents.has(u.intent) && u.confidence >= t.ctx.clarifyThreshold
        ? (s.contacts[u.intent] ?? 0) + 1
        : 0;
    // "Maia bitte" where the new text was asked for is the answer: a short reply asks for a person only in so many words.
    const answerNotPerson =
      u.intent === 'human_agent' &&
      s.flow !== null &&
      takesFreeText(s.flow) &&
      withoutPlease(act.text).split(/\s+/).length <= 3 &&
      !actWords(act.text).some((w) => lexiconClass(w) === 'person');
    const sure = u.confidence >= t.ctx.clarifyThreshold && !answerNotPerson;
    // "… I want to speak to a real person right now" inside a complaint: asked for in so many words.
    // "C'est inadmissible … je veux parler à quelqu'un": wishing to talk to someone, said in anger, is a demand.
    const demandsPerson =
      !answerNotPerson &&
      (saysAny(act.text, s.lang, 'wantsPerson') ||
        (saysAny(act.text, s.lang, 'talkToSomeone') && u.sentiment.score <= -0.5));
    const d = t.ctx.policy.decideEscalation({
      text: act.text,
      lang: s.lang,
      intent: sure ? u.intent : null,
      explicitRequest: (u.intent === 'human_agent' && sure) || demandsPerson,
      sentimentScores: s.sentiment,
      sameProblemContacts: contacts,
      order: t.order(),
    });
    // "Are your earrings ok for sensitive skin? I'm allergic to nickel": a question the shop's documents answer, not a harm report,
    // also when it is asked in the middle of a change ("before that, is the chain nickel free?").
    const productQuestion =
      d?.rule === 'escalation.safety' &&
      ['shop_question', 'other'].includes(u.intent) &&
      isQuestionLike(act.text) &&
      knowledgeAnswer(t, act.text) !== null;
    if (d && d.outcome === 'escalate' && !productQuestion) {
      proveWithHandoff(t, u.entities);
      s.intent = u.intent;
      s.suspended = [];
      // A yes to the person just offered ("yes please, can someone sort it out?"): the case goes over as offered.
      const p =
        d.rule === 'escalation.explicit_request' &&
        (act.affirm === 'yes' || saysAny(act.text, s.lang, 'yes')) &&
        s.offer?.options.some((o) => o.value === 'person')
          ? s.pendingHandoff
          : null;
      escalate(t, {
        rule: p?.rule ?? d.rule,
        reason: p?.reason ?? d.reason,
        desired: p?.desired ?? null,
        priority: priorityFor(p?.rule ?? d.rule),
        wording: 'progress',
      });
      return;
    }
  }

  // 3b. Asking for an exception only a person can grant.
  if (act.choice === null && act.text !== '' && saysAny(act.text, s.lang, 'exception')) {
    const p = s.pendingHandoff;
    s.flow = null;
    s.suspended = [];
    escalate(t, {
      rule: p?.rule ?? 'escalation.policy_exception',
      reason: p ? p.reason : 'The customer asks for an exception to the shop’s rules.',
      desired: p?.desired ?? act.text.slice(0, 200),
      priority: 2,
      wording: 'progress',
    });
    return;
  }

  // 3c. Thanks, ok, bye: the end of a topic, unless they answer the open question.
  if (
    act.choice === null &&
    act.closing &&
    act.attachments.length === 0 &&
    !(act.affirm && s.flow && yesNoOpen(s))
  ) {
    // "ok" where a value was asked for is left to the flow (it asks for the value again).
    const valueAsked = s.flow !== null && takesFreeText(s.flow) && s.flow.name !== 'question';
    if (
      // "yes thanks" there is a yes to the change, not goodbye: the flow asks for the value again.
      !((act.closing === 'ok' || act.affirm === 'yes') && valueAsked) &&
      (act.closing !== 'ok' || s.resolved > 0 || (s.flow && s.flow.name !== 'csat'))
    ) {
      if (s.flow && s.flow.name !== 'csat') s.flow = null;
      s.suspended = [];
      s.pendingHandoff = null;
      closing(t);
      return;
    }
  }

  // 3d. "That's not what I asked": the last answer missed; say so and let them ask again, with
  // the open question (if any) still open.
  if (
    act.choice === null &&
    act.attachments.length === 0 &&
    saysAny(act.text, s.lang, 'misunderstood') &&
    act.text.split(/\s+/).length <= 8 &&
    !isQuestionLike(act.text.replace(/^[^,.;:!?]*[,.;:!]\s*/u, ''))
  ) {
    t.say('repair.ask');
    t.options([{ value: 'person', label: t.label('qr.person') }]);
    return;
  }

  // 4. The open question comes first: the flow in progress reads the message as an answer.
  const asked = s.flow;
  if (s.flow) {
    const f = s.flow;
    if (continueFlow(t, f, act)) return;
    if (s.flow === f) {
      // Not an answer: a new request. Keep the flow to come back to it.
      if (specFor(f).resumable)
        s.suspended = [...s.suspended.filter((x) => x.name !== f.name), f].slice(-3);
      s.flow = null;
    }
  }

  // 5. No flow: the intent decides.
  if (act.attachments.length > 0 && (!u || act.text === '')) {
    t.say('attachment.thanks');
    t.options([
      { value: 'intent:damaged_item', label: t.label('qr.damaged') },
      { value: 'intent:wrong_item', label: t.label('qr.wrong') },
      { value: 'intent:custom_request', label: t.label('qr.custom') },
    ]);
    return;
  }
  if (!u) {
    t.say('input.not_understood');
    mainMenu(t);
    return;
  }
  // Already with a person: more details ("no tengo número de pedido") or "so what do I do now?"
  // go to the same case; no menu, no article that tells them to start again.
  if (s.escalated && !s.flow && orderNumberCandidates(act.text).length === 0) {
    const words = act.text.split(/\s+/).length;
    const whatNow =
      words <= 5 &&
      isQuestionLike(act.text) &&
      /\b(?:hago|hacemos|faco|faço|fazemos|fazer|do|fais|faire|mache|machen|faccio|facciamo)\b/iu.test(
        act.text,
      );
    // "I'd rather have my money back" after a broken piece went to a person: the remedy they
    // want, for the same case.
    const remedy =
      u.intent === 'refund_request' &&
      ['damaged_item', 'wrong_item', 'missing_item', 'delivery_problem'].includes(s.intent ?? '');
    if (
      whatNow ||
      remedy ||
      u.confidence < t.ctx.clarifyThreshold ||
      ['other', 'greeting', 'complaint'].includes(u.intent)
    ) {
      t.note(`Added after the hand-off: "${act.text.slice(0, 200)}".`);
      sayNoted(t);
      return;
    }
  }
  // A late answer to a question asked before a detour ("Maia" after a shop question).
  if (resumeWithAnswer(t, act)) return;
  // "How long does it take to get here?" right after the status of a shipped order is about that parcel.
  const order = t.order();
  const afterStatus =
    order &&
    s.offer &&
    (s.intent === 'order_status' || s.intent === 'delivery_problem') &&
    orderNumberCandidates(act.text).length === 0 &&
    act.text.split(/\s+/).length <= 16;
  if (afterStatus) {
    // "¿y si no llega qué hago?": what happens should the parcel not come, not the broken-piece article.
    if (saysAny(act.text, s.lang, 'ifNotArrived') && ifNotArrived(t, order)) return;
    // "lo necesito para el sábado", "¿llegará antes del sábado?": that date against the estimate.
    const said = deadlineAnswer(t, order, u.entities, act.text, true);
    if (said === 'yes') {
      doneOptions(t);
      t.resolved();
    }
    if (said) return;
  }
  if (
    order &&
    s.offer &&
    (s.intent === 'order_status' || s.intent === 'delivery_problem') &&
    isQuestionLike(act.text) &&
    act.text.split(/\s+/).length <= 12
  ) {
    if (
      saysAny(act.text, s.lang, 'howLong') &&
      !saysAny(act.text, s.lang, 'refund') &&
      orderNumberCandidates(act.text).length === 0 &&
      etaFollowUp(t, order)
    )
      return;
  }
  // "Ah no, I meant the other one, 1003, chloe@example.com": another order with its proof, for the
  // request in hand, unless the words clearly make another request.
  const named = orderNumberCandidates(act.text);
  const another =
    named.length === 1 &&
    named[0] &&
    named[0] !== s.identity.orderId &&
    u.entities.some((e) => e.type === 'email' || e.type === 'postcode')
      ? named[0]
      : null;
  if (
    another &&
    t.order() &&
    s.intent &&
    orderIntents.has(s.intent) &&
    (u.confidence < t.ctx.clarifyThreshold ||
      !orderIntents.has(u.intent) ||
      u.intent === s.intent ||
      // "me refería al otro" reads like "the wrong item" without naming any problem.
      (Object.values(problemIntent).includes(u.intent as never) && !readProblem(act.text, s.lang)))
  ) {
    startIdentify(t, s.intent, u.entities, act.text);
    return;
    return;
  }
  // "And how long until the money is on my account?" right after a refund's status is about refunds.
  if (
    order &&
    s.intent === 'refund_status' &&
    isQuestionLike(act.text) &&
    act.text.split(/\s+/).length <= 16 &&
    saysAny(act.text, s.lang, 'howLong') &&
    orderNumberCandidates(act.text).length === 0
  ) {
    const about = `${actsLexicons[s.lang].refund[0] ?? ''} ${act.text}`;
    if (knowledgeAnswer(t, about)) {
      s.intent = 'shop_question';
      answerQuestion(t, about);
      return;
    }
  }
  if (act.affirm && !s.flow && asked) {
    // "Yes, I have photos" to "your order number, please": the question was asked; ask it again.
    s.flow = asked;
    s.suspended = s.suspended.filter((x) => x !== asked);
    promptFlow(t, asked);
    return;
  }
  // "yes please do cancel it after all": a yes that brings a request of its own is that request.
  // "ok it's 1019, sam@example.com": details that follow the ok are the answer to an earlier question.
  const yesWithRequest =
    (orderIntents.has(u.intent) &&
      u.confidence >= t.ctx.clarifyThreshold &&
      afterAnswer(act.text, s.lang).split(/\s+/).length >= 3) ||
    (u.entities.some((e) => e.type === 'order_number') &&
      u.entities.some((e) => e.type === 'email' || e.type === 'postcode'));
  if (act.affirm && !s.flow && !yesWithRequest) {
    t.say('input.unasked_yesno');
    mainMenu(t);
    return;
  }
  const numbers = orderNumberCandidates(act.text);
  const hasNumber = u.entities.some((e) => e.type === 'order_number') || numbers.length > 0;
  // Another order's number on its own ("1001"): the same request, about that order.
  // With its proof ("sorry, I meant 1001, ana@example.com"), another order than the proven one is that too.
  const withProof = u.entities.some((e) => e.type === 'email' || e.type === 'postcode');
  const only =
    numbers.length === 1 &&
    numbers[0] &&
    act.text.split(/\s+/).length <= (withProof ? 8 : 6) &&
    (!withProof || (s.identity.orderId !== null && numbers[0] !== s.identity.orderId))
      ? numbers[0]
      : null;
  if (
    only &&
    s.intent &&
    orderIntents.has(s.intent) &&
    only !== s.identity.orderId &&
    (u.confidence < t.ctx.clarifyThreshold || !orderIntents.has(u.intent) || u.intent === s.intent)
  ) {
    s.identity.orderNumber = only;
    startIdentify(
      t,
      s.intent,
      [
        { type: 'order_number', value: only, start: 0, end: only.length },
        ...u.entities.filter((e) => e.type === 'email' || e.type === 'postcode'),
      ],
      act.text,
    );
    return;
  }
  // Proof sent late ("ana@example.com" after the request): the request it was for.
  const proofOnly =
    !hasNumber && u.entities.some((e) => e.type === 'email') && act.text.split(/\s+/).length <= 6;
  if (proofOnly && s.intent && orderIntents.has(s.intent) && !t.order()) {
    startIdentify(t, s.intent, u.entities, act.text);
    return;
  }
  // "Are you hiring? I make ceramics…", "we offer wholesale packaging": a job or a business offer is
  // out of scope, even where its words ("make", "packaging") would find a document.
  if (
    ['other', 'shop_question'].includes(u.intent) &&
    !hasNumber &&
    !t.order() &&
    !u.entities.some((e) => e.type === 'email') &&
    (actWords(act.text).some((w) => ['job', 'business'].includes(lexiconClass(w))) ||
      pitchWords.test(foldText(act.text)))
  ) {
    sayOutOfScope(t, act.text);
    return;
  }
  // "I want to buy a necklace as a gift", "je voudrais offrir un portrait à ma mère": buying from
  // the shop (how to order, gift options), not a bespoke commission nor an order to look up.
  if (
    !hasNumber &&
    !order &&
    !s.flow &&
    // Read as a question already, the documents answer it ("… as a gift, do you ship to Australia?").
    ['custom_request', 'order_status'].includes(u.intent) &&
    asksGiftPurchase(act.text, s.lang, u.intent === 'custom_request')
  ) {
    answerGift(t, act.text);
    return;
  }
  // "How long till I have one if I order today?": a piece not yet ordered, so the making time and
  // the shipping from the documents, not a status that needs an order number.
  if (
    !hasNumber &&
    !order &&
    !s.flow &&
    asksArrival(act.text, s.lang) &&
    notYetOrdered.test(foldText(act.text))
  ) {
    s.intent = 'shop_question';
    answerQuestion(t, act.text);
    return;
  }
  // "And if she doesn't like it, can I return it?": a what-if about the rules, not a request to
  // start one; the documents answer it and no order number is asked for.
  if (
    !hasNumber &&
    !order &&
    !s.flow &&
    isQuestionLike(act.text) &&
    hypothetical.test(foldText(act.text)) &&
    knowledgeAnswer(t, act.text)
  ) {
    s.intent = 'shop_question';
    answerQuestion(t, act.text);
    return;
  }
  // A general question the shop's documents answer beats a weak guess at an order request, unless
  // the words name that request too ("I bought a necklace… can I send it back for a refund?").
  const plainOrder = orderIntents.has(u.intent) ? plainRequest(t, u, act.text) : null;
  // A question in the middle of that same request ("who pays the postage when I send it back?")
  // is about it: the documents answer it.
  const namedRequest =
    plainOrder !== null && orderIntents.has(plainOrder) && s.intent !== plainOrder;
  if (
    u.intent !== 'shop_question' &&
    !namedRequest &&
    // "como limpo?" among questions about the shop is one more, however sure "other" reads.
    (u.confidence < 0.8 || (u.intent === 'other' && s.intent === 'shop_question')) &&
    !hasNumber &&
    isQuestionLike(act.text)
  ) {
    if (knowledgeAnswer(t, act.text)) {
      s.intent = 'shop_question';
      answerQuestion(t, act.text);
      answerOtherRequests(t, u, act.text);
      return;
    }
  }
  // A login, a password, the app: outside what this chat can reach; said so, with a person offered.
  if (
    !['human_agent', 'payment_issue'].includes(u.intent) &&
    !hasNumber &&
    accountWords.test(foldText(act.text))
  ) {
    s.intent = 'other';
    t.say('scope.account');
    s.pendingHandoff = {
      rule: 'escalation.explicit_request',
      reason:
        'The customer asks about an account, a password or the app, which the assistant cannot reach.',
      desired: act.text.slice(0, 200),
    };
    t.options([
      { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
      { value: 'menu', label: t.label('qr.something_else') },
    ]);
    return;
  }
  // A new address on its own, about the proven order: the address change it was sent for.
  const addressOnly = u.entities.find(
    (e) => e.type === 'address' && e.end - e.start >= act.text.trim().length * 0.6,
  );
  if (addressOnly && order && u.confidence < 0.8 && !hasNumber) {
    route(t, 'change_address', u.entities, act.text);
    return;
  }
  // Only an e-mail address ("hola, mi correo es tomas@example.com"), before any order number: the
  // start of the proof; the number is asked for and the address kept.
  const bareEmail =
    u.entities.some((e) => e.type === 'email') &&
    (u.confidence < t.ctx.clarifyThreshold || unhelpfulIntents.includes(u.intent));
  if (bareEmail && !hasNumber && !order && !s.flow) {
    startIdentify(t, null, u.entities, act.text, clarifyChoices(u));
    return;
  }
  // "I want my money back, now" right after a person was offered for a late order not yet sent:
  // the demand goes to that person with the case, rather than a new form about what went wrong.
  const p = s.pendingHandoff;
  if (
    p &&
    order &&
    !s.flow &&
    order.fulfillment.status === 'unfulfilled' &&
    s.offer?.options.some((o) => o.value === 'person') &&
    ['refund_request', 'cancel_order'].includes(u.intent) &&
    u.confidence >= t.ctx.clarifyThreshold &&
    orderNumberCandidates(act.text).every((n) => n === order.id)
  ) {
    s.intent = u.intent;
    escalate(t, {
      rule: p.rule,
      reason: `${p.reason} The customer then asked for their money back.`,
      desired: act.text.slice(0, 200),
      priority: priorityFor(p.rule),
      wording: 'progress',
    });
    return;
  }
  // The words say plainly what an unsure reading only guesses at.
  const plain = plainRequest(t, u, act.text);
  if (plain) {
    route(t, plain, u.entities, act.text);
    otherActions(t, u, act.text);
    answerOtherRequests(t, u, act.text);
    return;
  }
  // A problem the message describes in so many words ("die Schale ist kaputt angekommen") beats an unsure guess.
  const problem =
    u.confidence < t.ctx.clarifyThreshold ||
    ['other', 'refund_request', 'complaint'].includes(u.intent)
      ? readProblem(act.text, s.lang)
      : null;
  if (problem) {
    route(t, problemIntent[problem], u.entities, act.text);
    return;
  }
  // "ok sorry, never mind, how do I look after a silver necklace?": a question the shop's
  // documents answer by its topic is not out of scope, however sure the lead-in makes that reading.
  if (
    u.intent === 'other' &&
    !hasNumber &&
    !s.flow &&
    isQuestionLike(act.text) &&
    t.ctx.knowledge.answer(act.text, s.lang)?.byTopic === true
  ) {
    s.intent = 'shop_question';
    answerQuestion(t, act.text);
    answerOtherRequests(t, u, act.text);
    return;
  }
  // Plainly out of scope ("are you hiring?", "we'd like to offer you our packaging"): said so,
  // with a person offered for what is meant for the team; no menu of order requests.
  if (
    u.intent === 'other' &&
    u.confidence >= outOfScopeConfidence &&
    !hasNumber &&
    !order &&
    !u.entities.some((e) => e.type === 'email') &&
    act.text.split(/\s+/).length >= 5
  ) {
    sayOutOfScope(t, act.text);
    return;
  }
  // "ok its 1019, sam@example.com" read as thanks: the details are what was said.
  const detailsOnly =
    ['thanks', 'greeting'].includes(u.intent) &&
    hasNumber &&
    u.entities.some((e) => e.type === 'email' || e.type === 'postcode');
  if (u.confidence < t.ctx.clarifyThreshold || u.intent === 'other' || detailsOnly) {
    const proof =
      u.entities.some((e) => e.type === 'email' || e.type === 'postcode') || numbers.length >= 2;
    if (hasNumber && proof && !t.order()) {
      // Details first (they were given); the request is asked right after.
      const choices = clarifyChoices(u);
      // Only details ("1001 ana@example.com"): the status. Vague words with them: ask after the proof.
      // An unsure "where is it?" is still read as one: the status only reads the order, and a
      // wrong guess costs the customer nothing.
      const then =
        (u.intent === 'other' && u.confidence >= t.ctx.clarifyThreshold) ||
        (u.intent === 'order_status' && u.confidence >= unsureStatus)
          ? 'order_status'
          : null;
      startIdentify(t, then, u.entities, act.text, choices);
      return;
    }
    if (u.intent === 'other' && u.confidence >= t.ctx.clarifyThreshold) {
      route(t, 'other', u.entities, act.text);
      return;
    }
    // "my order 1024 nd arrived yet": the number is kept for whichever request they then pick.
    const named = u.entities.find((e) => e.type === 'order_number')?.value ?? numbers[0];
    if (named && !t.order() && !t.s.identity.orderNumber)
      t.s.identity.orderNumber = named.replace(/^#/, '');
    clarify(t, u, act.text);
    return;
  }
  // "Quando verrà spedita?" once the order is proven (after a change, say): when that order ships,
  // its status and ship window, not the shop's article on shipping.
  if (
    u.intent === 'shop_question' &&
    order &&
    !s.flow &&
    !hasNumber &&
    isQuestionLike(act.text) &&
    act.text.split(/\s+/).length <= 10 &&
    whenWords.test(foldText(act.text)) &&
    shipVerbs.test(foldText(act.text)) &&
    !foldText(act.text)
      .split(/\s+/)
      .some((w) => countryCode(w) !== null)
  ) {
    route(t, 'order_status', u.entities, act.text);
    return;
  }
  // "Tengo el pedido 1001, correo …. Quería saber cuándo lo envían y si la plata se pone negra": a
  // question about when, brought with the order and its proof, is about that order: its status
  // first, then the shop's answer to the rest.
  if (
    u.intent === 'shop_question' &&
    hasNumber &&
    withProof &&
    !order &&
    !s.flow &&
    (saysAny(act.text, s.lang, 'howLong') || whenWords.test(foldText(act.text)))
  ) {
    startIdentify(t, 'order_status', u.entities, act.text);
    if (t.order()) answerOtherRequests(t, u, act.text);
    return;
  }
  route(t, u.intent, u.entities, act.text);
  otherActions(t, u, act.text);
  answerOtherRequests(t, u, act.text);
}

/**
 * "I ordered by mistake, can I cancel it? they already charged me": a cancellation asked for in
 * a clause of its own leads over a payment reading of the story around it (the charge is refunded
 * with the cancellation), unless the payment itself went wrong (charged twice, declined).
 */
function cancelLeads(u: Understanding, text: string): Understanding {
  const cancel = u.requests?.find((r) => r.intent === 'cancel_order' && r.confidence >= 0.9);
  if (u.intent !== 'payment_issue' || !cancel || paymentFault.test(foldText(text))) return u;
  return {
    ...u,
    intent: 'cancel_order',
    confidence: cancel.confidence,
    alternatives: [
      { intent: u.intent, confidence: u.confidence },
      ...(u.alternatives ?? []),
    ].filter((a) => a.intent !== 'cancel_order'),
    requests: [cancel, ...(u.requests ?? []).filter((r) => r !== cancel && r.intent !== u.intent)],
  };
}

/** A payment that went wrong in itself, in the six languages (folded). */
const paymentFault =
  /\b(?:twice|double|duplicate|two times|declined|dos veces|doble|duplicad[oa]s?|rechazad[oa]|duas vezes|em dobro|recusad[oa]|deux fois|en double|refuse|zweimal|doppelt|abgelehnt|due volte|doppio|rifiutat[oa])\b/u;

/** Verbs of sending an order off, in the six languages (folded). */
const shipVerbs =
  /\b(?:ship\w*|dispatch\w*|sent|spedit\w*|sped\w*|invia\w*|envoy\w*|expedi\w*|verschick\w*|versend\w*|versandt|verschickt|envia\w*|enviad\w*|despach\w*|mandad\w*)\b/u;

/** "Will it make it in time?" in the six languages (folded). */
const inTimeRe =
  /\b(?:in time|on time|make it|a tiempo|llegara|llega|a tempo|in tempo|arrivera|arriva|a temps|arrivera-t-il|rechtzeitig|punktlich|ankommt|chegara|chega|chegar|llegar|arrivare|arriver)\b/u;

/** "If I order (it) now", in the six languages (folded): a piece not ordered yet. */
const notYetOrdered =
  /\b(?:if i (?:order|buy|place)|were i to order|wenn ich (?:\S+ ){0,5}(?:bestelle|kaufe)|falls ich (?:\S+ ){0,5}(?:bestelle|kaufe)|si je (?:\S+ ){0,3}(?:commande|achete)|si (?:lo |la |los |las )?(?:pido|compro|encargo)|se (?:lo |la )?(?:ordino|compro)|se (?:eu )?(?:encomendar|comprar))\b/u;

/** A what-if about something that has not happened ("and if it doesn't fit…"), folded text. */
const hypothetical =
  /(?:(?:^|[\s,.¿¡])(?:what if|and if|y si|e si|e se|et si|und wenn|und falls)|^(?:if|si|se|wenn|falls))(?: \S+){0,3} (?:no|nao|non|not|doesn t|don t|won t|ne|n|nicht|kein|keine)\b/u;

/** When it ships or where it is, in the six languages (folded). */
const whenWords =
  /\b(?:cuando|quando|qdo|when|quand|wann|donde esta|onde esta|onde anda|where is|ou est|wo ist|dove si trova)\b/u;

/**
 * The order requests of a message besides the one served first ("can I change the name to
 * Maia? and when will it ship?"): served now when the order is proven, else once it is.
 */
function otherActions(t: Turn, u: Understanding, text: string): void {
  const s = t.s;
  const also: { intent: Intent; text: string }[] = [];
  for (const r of u.requests ?? []) {
    if (
      r.intent === s.intent ||
      !orderIntents.has(r.intent) ||
      r.confidence < t.ctx.clarifyThreshold ||
      also.some((a) => a.intent === r.intent)
    )
      continue;
    const part = text.slice(r.span.start, r.span.end);
    // "…y al final no le gustó. ¿Puedo devolverlo?": the story of a return names no fault of ours.
    if (
      s.intent === 'return_request' &&
      Object.values(problemIntent).includes(r.intent as never) &&
      !readProblem(part, s.lang)
    )
      continue;
    // A clause whose words name the request already served ("can you put Maia instead of Mia…",
    // read as a status question) is that request.
    const inside = u.entities.filter((e) => e.start >= r.span.start && e.end <= r.span.end);
    if (
      plainRequest(
        t,
        { ...u, intent: r.intent, confidence: r.confidence, entities: inside },
        part,
      ) === s.intent
    )
      continue;
    also.push({ intent: r.intent, text: part });
  }
  if (also.length === 0 || s.escalated) return;
  if (t.order()) followUp(t, also);
  else if (s.flow?.name === 'identify') s.flow.also = also;
  else if (!s.flow && s.intent === 'shop_question' && also[0]) {
    // "is the silver real? also has order 1010 shipped yet, jade@example.com": the question is
    // answered, then the order request is taken up with the details given.
    const [next, ...rest] = also;
    startIdentify(t, next.intent, u.entities, next.text);
    const f = t.s.flow;
    if (rest.length > 0 && f?.name === 'identify') f.also = rest;
  }
}

function followUp(t: Turn, also: { intent: Intent; text: string }[]): void {
  const s = t.s;
  const order = t.order();
  if (!order || s.escalated) return;
  for (const a of also.slice(0, 1)) {
    if (a.intent === s.intent) continue;
    if (a.intent === 'order_status' || a.intent === 'delivery_problem') {
      if (s.intent === 'order_status' || s.intent === 'delivery_problem') continue;
      // The answer goes before the question the first request left open, so that question stays last.
      const mark = t.paragraphs.length;
      statusAside(t, order);
      const aside = t.paragraphs.splice(mark);
      const at = s.flow && t.paragraphs.length > 1 ? t.paragraphs.length - 1 : t.paragraphs.length;
      t.paragraphs.splice(at, 0, ...aside);
      continue;
    }
    // Another request about the order: taken up now when the first one asked nothing. Named in
    // the message that proved the order, it is about that order: no "which order?".
    if (!s.flow) {
      s.identity.verifiedFor = a.intent;
      route(t, a.intent, [], a.text);
    } else if (!s.queued && queueable.has(a.intent) && !s.suspended.length && asksItself(t, a.text))
      // The first request asked something: this one waits in the same queue as the second request
      // read after it ("…change the name, and also the delivery address"), taken up once it is done.
      s.queued = { intent: a.intent, text: a.text };
  }
}

/**
 * "I asked for my money back and still nothing" asks where a refund is; "I paid and still nothing,
 * I want my money back" does not: "still nothing" is about what was named before it, so the
 * refund must be named up to the end of the phrase (within its part of the sentence).
 */
function refundNamedBeforeDone(text: string, lang: Language): boolean {
  for (const m of text.matchAll(/[^,;.!?]+[,;.!?]*/gu)) {
    const upTo = text.slice(0, (m.index ?? 0) + m[0].length);
    if (saysAny(m[0], lang, 'refundDone')) return saysAny(upTo, lang, 'refund');
  }
  return false;
}

/**
 * A clause that makes its request in its own words: not the one that only carries the proof
 * ("mon adresse mail : camille@…" reads like an address), unless a verb of changing is in it too.
 */
function asksItself(t: Turn, text: string): boolean {
  if (!/@/.test(text)) return true;
  const words = text.replace(/[^\s@]+@[^\s@]+/gu, ' ');
  return saysAny(words, t.s.lang, 'changeWords') || saysAny(words, t.s.lang, 'returnItem');
}

/**
 * A request the message names in so many words, when the reading of it is unsure: "did my refund
 * go through?" after the story of the damage, "send it back and get my money back" in a long
 * opening, "fix the engraving" read as a status question.
 */
/** The NLU's own clarify threshold: an order-status reading this sure is acted on once the order is proven. */
const unsureStatus = 0.5;

function plainRequest(t: Turn, u: Understanding, text: string): Intent | null {
  const lang = t.s.lang;
  // "I'm really angry, order 1015 is weeks late, omar@example.com": anger that names an order asks
  // about that order; its status (late, with a person offered) answers it, or the order request
  // the message also makes.
  if (
    u.intent === 'complaint' &&
    u.entities.some((e) => e.type === 'order_number') &&
    !readProblem(text, lang)
  ) {
    const also = (u.requests ?? []).find(
      (r) => r.intent !== 'complaint' && orderIntents.has(r.intent) && r.confidence >= 0.5,
    );
    return also?.intent ?? 'order_status';
  }
  // "Stornieren Sie das und geben Sie mir mein Geld zurück", "annulez et remboursez-moi": the money
  // back is what a cancellation brings, so a cancellation asked for leads over a refund reading
  // (unless the refund asked about was promised already: "I cancelled, where is my refund?").
  if (
    ['refund_status', 'refund_request'].includes(u.intent) &&
    asksToCancel(text, lang) &&
    !saysAny(text, lang, 'refundDone') &&
    !readProblem(text, lang)
  )
    return 'cancel_order';
  // "I misspelled the name": their own slip in a personalisation is a change, not a wrong item, however sure the reading.
  if (
    ['wrong_item', 'change_details', 'order_status', 'other'].includes(u.intent) &&
    saysAny(text, lang, 'ownMistake') &&
    fieldHint(text, u.entities, []) !== undefined
  )
    return 'change_details';
  // "Can I change what's engraved on it?" is not a status question, however sure that reading is;
  // and an unsure reading of the change itself is sure when the words name the change and the detail.
  if (
    (['order_status', 'other', 'change_details'].includes(u.intent) ||
      (u.intent === 'wrong_item' && u.confidence < t.ctx.clarifyThreshold)) &&
    saysAny(text, lang, 'changeWords') &&
    fieldHint(text, u.entities, []) !== undefined &&
    !readProblem(text, lang)
  )
    return 'change_details';
  // "I ordered a necklace with the name Mia but she wants it spelt Mya, order 1001": a detail of an
  // order already placed, not a new made-to-order piece.
  // A new commission comes without an order number: with one, and no word of changing or new
  // value, it is about the order placed ("first time ordering a custom portrait… did you get my
  // photo? Order 1005"), and its status tells where it stands.
  const ordered =
    u.intent === 'custom_request' && u.entities.some((e) => e.type === 'order_number');
  const asksChange =
    saysAny(text, lang, 'changeWords') ||
    saysAny(text, lang, 'ownMistake') ||
    u.entities.some((e) => e.type === 'value_change' || e.type === 'quoted_text') ||
    readNewValue(text, lang) !== null ||
    namesSomething(text);
  if (ordered && fieldHint(text, u.entities, []) !== undefined && !readProblem(text, lang))
    return asksChange ? 'change_details' : 'order_status';
  // "can you put Maia instead of Mia on my necklace?": an old and a new value name a change, before anything is made or sent.
  const order = t.order();
  if (
    u.entities.some((e) => e.type === 'value_change' && e.old) &&
    (['order_status', 'other', 'complaint', 'custom_request'].includes(u.intent) ||
      (u.intent === 'wrong_item' && u.confidence < 0.8)) &&
    !readProblem(text, lang) &&
    (!order || order.fulfillment.status === 'unfulfilled')
  )
    return 'change_details';
  // "she spells her name Mila, not Mia. Could you change it?": asking to change a detail of a piece not
  // yet sent is a change, however sure the wrong-item reading.
  if (
    u.intent === 'wrong_item' &&
    saysAny(text, lang, 'changeWords') &&
    (u.entities.some((e) => e.type === 'value_change' && e.old) || readValueChange(text, lang)) &&
    !readProblem(text, lang) &&
    (!order || order.fulfillment.status === 'unfulfilled')
  )
    return 'change_details';
  // "quiero poner Lola en lugar de Mia": the old value and the new one name a change, whatever
  // else the reading guesses (a cancellation, a status question).
  if (
    // A wrong engraving that arrived ("it says Zofie instead of Zofia") stays the shop's mistake.
    ['cancel_order', 'order_status', 'other'].includes(u.intent) &&
    (u.entities.some((e) => e.type === 'value_change' && e.old) || readValueChange(text, lang)) &&
    !readProblem(text, lang)
  )
    return 'change_details';
  // "the necklace should say Maia": a new name for the piece, before it is made or sent.
  const named = readNewValue(text, lang);
  if (
    named &&
    /^["“‘]?[\p{Lu}\p{N}]/u.test(named) &&
    ['order_status', 'other', 'complaint', 'custom_request'].includes(u.intent) &&
    !readProblem(text, lang) &&
    (!order || order.fulfillment.status === 'unfulfilled')
  )
    return 'change_details';
  // "They said they'd give my money back and I still don't see it": however sure a refund request
  // reads, a refund already promised or made asks for its status.
  if (u.intent === 'refund_request' && refundNamedBeforeDone(text, lang)) return 'refund_status';
  // "no le gustó, ¿puedo devolverlo?": sending a piece back with no fault named is a return, however
  // sure the wrong-item reading.
  if (
    ['wrong_item', 'refund_request'].includes(u.intent) &&
    saysAny(text, lang, 'returnItem') &&
    !readProblem(text, lang)
  )
    return 'return_request';
  if (u.confidence >= 0.8 && u.intent !== 'other') return null;
  if (
    saysAny(text, lang, 'refundDone') &&
    (saysAny(text, lang, 'refund') || u.intent === 'refund_status')
  )
    return 'refund_status';
  if (readProblem(text, lang)) return null;
  if (saysAny(text, lang, 'returnItem') && u.intent !== 'cancel_order') return 'return_request';
  // Torn only between "where is it?" and "it hasn't arrived": both are answered by the order's status.
  const second = u.alternatives?.[0];
  const statusLike: readonly Intent[] = ['order_status', 'delivery_problem'];
  if (
    statusLike.includes(u.intent) &&
    second &&
    statusLike.includes(second.intent) &&
    second.confidence >= 0.2 &&
    u.confidence + second.confidence >= t.ctx.clarifyThreshold
  )
    return u.intent;
  return null;
}

/**
 * A word written with a capital inside a sentence ("… the name Mia but she wants Mya"): a name or
 * a value, the stuff of a change. "I", the start of a sentence and order words don't count.
 */
function namesSomething(text: string): boolean {
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}'’-]*/gu)) {
    if (!/^(?:I|I['’](?:m|ve|d|ll)|Order|Pedido|Commande|Bestellung|Ordine|Encomenda)$/u.test(m[0]))
      return true;
  }
  return false;
}

/** An out-of-scope reading this sure is answered as such (below it, a clarifying question). */
const outOfScopeConfidence = 0.7;

/** A seller's pitch to the shop ("we offer wholesale packaging", "we are a manufacturer of …"). */
const pitchWords =
  /\b(?:we (?:offer|provide|supply|sell|manufacture|produce)\b.*\b(?:wholesale|bulk|prices|rates|b2b)|wholesale (?:prices|packaging|supplies|supply)|(?:packaging|printing) (?:manufacturer|company|supplier))\b/;

/** Out of scope, said so, with a person offered for what is meant for the team. */
function sayOutOfScope(t: Turn, text: string): void {
  t.s.intent = 'other';
  t.say('scope.other');
  t.s.pendingHandoff = {
    rule: 'escalation.explicit_request',
    reason:
      'The customer writes about something outside orders and the shop (a job, a business offer).',
    desired: text.slice(0, 200),
  };
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    { value: 'menu', label: t.label('qr.something_else') },
  ]);
}

const lookupIntents: readonly Intent[] = [
  'shop_question',
  'other',
  'greeting',
  'thanks',
  'complaint',
];

/** A request of its own that the documents don't answer: an action read with confidence. */
function isActionRequest(r: { intent: Intent; confidence: number }, threshold: number): boolean {
  return !lookupIntents.includes(r.intent) && r.confidence >= threshold;
}

/** Logins, passwords and apps, in the six languages (folded): nothing this chat can reach. */
const accountWords =
  /\b(?:password|passwords|passwort|passworter|contrasena|contrasenas|senha|senhas|palavra[- ]passe|mot de passe|log ?in|sign ?in|iniciar sesion|fazer login|logar|einloggen|anmelden|accedere all'account|app|apps|aplicacion|aplicativo|aplicacao|appli|application mobile)\b/u;

/** The words that open a second request: "y además", "otra cosa", "e também", "and also", "außerdem". */
const anotherRequest =
  /^(?:y\s+además|y\s+ademas|y\s+también|y\s+tambien|además|ademas|otra\s+cosa|e\s+também|e\s+tambem|além\s+disso|alem\s+disso|outra\s+coisa|and\s+also|also|one\s+more\s+thing|et\s+aussi|autre\s+chose|und\s+auch|außerdem|ausserdem|e\s+anche|inoltre|un'altra\s+cosa)\b/iu;

/**
 * Every request of a message is answered, in order: after the first, the shop questions among
 * the rest are answered from the documents in the same reply.
 */
/** Requests asked for in so many words, worth taking up after the first one of the message (not backstory). */
const queueable: ReadonlySet<Intent> = new Set([
  'change_details',
  'change_address',
  'cancel_order',
  'return_request',
]);

function answerOtherRequests(t: Turn, u: Understanding, text: string): void {
  if (t.s.escalated) return;
  // A second request about the order ("…and, if possible, change the delivery address") waits its turn.
  const second = (u.requests ?? []).slice(1).find(
    (r) =>
      // Sure of itself, and not the clause that carries the proof ("mon adresse mail : …").
      r.confidence >= 0.9 &&
      asksItself(t, text.slice(r.span.start, r.span.end)) &&
      u.intent !== 'cancel_order' &&
      queueable.has(r.intent) &&
      r.intent !== u.intent &&
      r.intent !== t.s.intent,
  );
  if (second)
    t.s.queued = { intent: second.intent, text: text.slice(second.span.start, second.span.end) };
  // One request read: the clauses outside it may still hold a question; those inside an action's
  // span are that action ("… can I still change the name to Maia?"), while a shop question's span
  // may hold a second question ("do you ship to Australia and are the glazes food safe?").
  const first = u.intent === 'shop_question' ? undefined : u.requests?.[0]?.span;
  const spans =
    u.requests && u.requests.length > 1
      ? // A clause read as an action ("… can I still change the name?") is that request, kept for
        // after the order is proven; only the questions among the rest are looked up.
        u.requests
          .slice(1)
          .filter((r) => !isActionRequest(r, t.ctx.clarifyThreshold))
          .map((r) => r.span)
      : splitClauses(text)
          .slice(1)
          // A clause mostly inside the request's span ("Hi! My order 1010 should have shipped by now")
          // is part of it, unless it is a general question tacked on ("… and do u do gift wrapping").
          .filter(
            (c) =>
              !first ||
              Math.min(c.end, first.end) - Math.max(c.start, first.start) < (c.end - c.start) / 2 ||
              tackedOnQuestion(t, text.slice(c.start, c.end), c.start > first.start) ||
              // "… y además quería saber si…", "… e também…": a request of its own inside the span.
              anotherRequest.test(text.slice(c.start, c.end).trim()),
          );
  // "do you ship to canada, do you do gift wrap, and where is my order 1019?": general questions
  // that open an order request's span are answered too, when they name a topic of the shop.
  const leading =
    first && spans.length === 0 && (u.requests?.length ?? 0) <= 1
      ? splitClauses(text)
          .flatMap((c) => questionParts(text, c))
          .filter((c) => c.end < first.end && tackedOnQuestion(t, text.slice(c.start, c.end), true))
      : [];
  const hits: { section: string; text: string }[] = [];
  // "What can we do?" after a problem asks for help with it: no question of its own. Three
  // questions at most, however many sentences of story come before them.
  const asked = [...leading, ...spans]
    .map((span) => ({ span, part: withoutContactDetails(text, span, u.entities) }))
    .filter(({ span, part }) => {
      // "it's a gift, it has to be there by Saturday": the status already weighs the date; the
      // clause that carries it is no shop question (not gift wrapping, not breakage).
      if (
        t.s.intent === 'order_status' &&
        u.entities.some((e) => e.type === 'date' && e.start >= span.start && e.end <= span.end)
      )
        return false;
      // "… el cumple es el sábado, ¿llegará a tiempo?": with a date in the message, asking whether
      // it makes it is the status question, which already weighed that date.
      if (
        t.s.intent === 'order_status' &&
        u.entities.some((e) => e.type === 'date') &&
        inTimeRe.test(foldText(part))
      )
        return false;
      // "when does the necklace arrive? order 1010 …": the question that opens a status request is it.
      if (
        leading.includes(span) &&
        t.s.intent === 'order_status' &&
        saysAny(part, t.s.lang, 'howLong')
      )
        return false;
      return part.split(/\s+/).length >= 3 && isQuestionLike(part) && !isVague(part);
    })
    .slice(0, 3);
  for (const { span, part } of asked) {
    const lead = leading.includes(span);
    let hit = t.ctx.knowledge.answer(part, t.lang);
    const shown = (section: string): boolean =>
      hits.some((h) => h.section === section) ||
      t.paragraphs.some((p) => p.includes(`**${section}**`));
    // "… do you ship to Australia and how long does it take?": a short question that, read with
    // the words before it, lands on what was already answered is about that answer.
    const before = text.slice(0, span.start).trim();
    // A question with a topic of its own ("y lo mandan a Canadá?") is answered for itself.
    if (hit && hit.byTopic !== true && part.split(/\s+/).length <= 7 && before !== '') {
      const together = t.ctx.knowledge.answer(`${before} ${part}`, t.lang);
      if (together && together.section !== hit.section && shown(together.section)) continue;
      // "… do you ship to Australia and how long does it take?": the time of that shipping.
      if (together?.byTopic && together.section !== hit.section) hit = together;
    }
    if (
      !hit ||
      (lead && hit.byTopic !== true) ||
      hits.some((h) => h.section === hit.section) ||
      t.paragraphs.some((p) => p.includes(hit.text.slice(0, 40)))
    )
      continue;
    hits.push(hit);
  }
  if (hits.length === 0) return;
  t.say('answer.also', { count: hits.length });
  for (const hit of hits) {
    t.say('knowledge.answer_more', { section: hit.section, mdText: hit.text });
    t.note(`Answered a question from the shop documents ("${hit.section}").`);
  }
}

/** A clause cut before each question joined to it by a comma ("do you ship to canada, do you do gift wrap"). */
function questionParts(
  text: string,
  c: { start: number; end: number },
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const clause = text.slice(c.start, c.end);
  const cut =
    /,\s*(?:and\s+)?(?=(?:do|does|are|is|can|could|will|would|how|what|when|where|which)\b)/giu;
  let from = 0;
  for (const m of clause.matchAll(cut)) {
    out.push({ start: c.start + from, end: c.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: c.start + from, end: c.end });
  return out;
}

/**
 * A span's text without the e-mail addresses and order numbers in it: "… si hacéis envolver para
 * regalo. jade@example.com" asks about gift wrapping, and the address would only blur the search.
 */
function withoutContactDetails(
  text: string,
  span: { start: number; end: number },
  entities: readonly Entity[],
): string {
  let part = '';
  let at = span.start;
  for (const e of entities) {
    if ((e.type !== 'email' && e.type !== 'order_number') || e.start < at || e.end > span.end)
      continue;
    part += `${text.slice(at, e.start)} `;
    at = e.end;
  }
  return (part + text.slice(at, span.end)).replace(/\s+/g, ' ').trim();
}

/** "will it arrive in time?", "when will they ship?": a question about when the order itself comes. */
const orderArrivalRe =
  /\b(?:it|they|them|these|this|that|those)\b.*\b(?:arriv\w*|get (?:here|there)|in time|on time|be here|be there|make it|ship(?:ped|s)?|dispatch\w*|deliver\w*|ready)\b|\b(?:arriv\w*|ship(?:ped|s)?|deliver\w*|ready)\b.*\b(?:it|they|them)\b/iu;

/** A later clause of a request that asks about the shop, not about the customer's order or its change. */
function tackedOnQuestion(t: Turn, clause: string, later: boolean): boolean {
  const lang = t.s.lang;
  return (
    later &&
    isQuestionLike(clause) &&
    orderNumberCandidates(clause).length === 0 &&
    !/@|\b(?:my|mine|me|i)\b/i.test(clause) &&
    // "… will they arrive in time?" next to a status request asks when that order comes: the status answers it.
    !(
      ['order_status', 'delivery_problem'].includes(t.s.intent ?? '') && orderArrivalRe.test(clause)
    ) &&
    !(
      [
        'changeWords',
        'returnItem',
        'refund',
        'refundDone',
        'damaged',
        'missing',
        'wrongItem',
        // "do you need a photo?" with a damage report: the reply asks for one anyway.
        'photo',
      ] as const
    ).some((k) => saysAny(clause, lang, k))
  );
}

/** A flow put aside by a detour takes the message if it answers its question (a value, a choice). */
function resumeWithAnswer(t: Turn, act: Act): boolean {
  const s = t.s;
  const last = s.suspended[s.suspended.length - 1];
  const u = act.u;
  if (!last || s.flow || !u) return false;
  // "ok, the new address is …" after a detour: the request set aside, with its answer.
  const same = u.intent === specFor(last).intent(last as never) && u.entities.length > 0;
  if (
    !same &&
    u.confidence >= t.ctx.clarifyThreshold &&
    !['other', 'greeting', 'thanks'].includes(u.intent)
  )
    return false;
  if ((act.affirm || act.closing) && !same) return false;
  s.flow = last;
  s.suspended = s.suspended.slice(0, -1);
  const before = t.paragraphs.length;
  if (continueFlow(t, last, act)) {
    if (t.paragraphs.length > before)
      t.paragraphs.splice(
        before,
        0,
        t.label('resume.back', { topic: t.label(`topic.${last.name}`) }),
      );
    return true;
  }
  s.flow = null;
  s.suspended = [...s.suspended, last];
  return false;
}

const problemIntent = {
  damaged: 'damaged_item',
  wrong: 'wrong_item',
  missing: 'missing_item',
} as const satisfies Record<string, Intent>;

const unhelpfulIntents: readonly Intent[] = ['other', 'greeting', 'thanks', 'complaint'];

/** What a clarifying question offers: the best guess and the NLU's next best, without the unhelpful ones. */
function clarifyChoices(u: Understanding): Intent[] {
  const out: Intent[] = [];
  for (const i of [
    u.intent,
    ...(u.alternatives ?? []).filter((a) => a.confidence >= 0.05).map((a) => a.intent),
  ]) {
    if (!unhelpfulIntents.includes(i) && !out.includes(i)) out.push(i);
  }
  return out.slice(0, 3);
}

/** Option values and the words that name them ("the store credit then", "un avoir", "a new one"). */
const optionWords: {
  test: (v: ChoiceValue) => boolean;
  key: 'credit' | 'refund' | 'remake' | 'exchange' | 'returnItem';
}[] = [
  { test: (v) => /^alt:.*credit/i.test(v), key: 'credit' },
  { test: (v) => v === 'remedy:refund' || v === 'kind:return', key: 'refund' },
  // "allora procediamo con il reso": the return itself, to "return it for a refund or exchange it?".
  { test: (v) => v === 'kind:return', key: 'returnItem' },
  { test: (v) => v === 'remedy:remake', key: 'remake' },
  { test: (v) => v === 'kind:exchange' || v === 'alt:exchange', key: 'exchange' },
];

/** Matches typed text to the buttons of the latest turn: yes/no, "the second one", a word that names one, or the label itself. */
function matchOption(s: DialogueState, act: Act): ChoiceValue | null {
  const opts = s.offer?.options ?? [];
  if (opts.length === 0) return null;
  if (act.affirm) {
    const o = opts.find((x) => x.yesno === act.affirm);
    // "ok gracias", "vale, entiendo, obrigado": thanks for the answer, not a yes to going back to
    // the earlier topic or to a person; a plain yes ("sí, gracias") still takes the offer.
    const thanksOnly =
      act.affirm === 'yes' &&
      act.closing === 'thanks' &&
      (o?.value === 'resume' || o?.value === 'person') &&
      acknowledgesOnly(act.text, s.lang);
    // "ah no, me refería al otro, el 1003": a no that names another order is about that order.
    const otherOrder =
      act.text.split(/\s+/).length > 3 &&
      orderNumberCandidates(act.text).some((n) => n !== s.identity.orderId);
    if (o && !thanksOnly && !otherOrder) return o.value as ChoiceValue;
  }
  // "already, how long does the refund take?" asks about an option, it does not pick it.
  if (isQuestionLike(act.text) && saysAny(act.text, s.lang, 'howLong')) return null;
  const ord = detectOrdinal(act.text, s.lang);
  if (ord !== null) {
    const o = ord === -1 ? opts[opts.length - 1] : opts[ord - 1];
    if (o && !o.value.startsWith('csat:')) return o.value as ChoiceValue;
    if (o && o.value.startsWith('csat:')) return null;
  }
  const f = foldText(act.text);
  if (f.length >= 2) {
    const o = opts.find((x) => foldText(x.label) === f);
    if (o) return o.value as ChoiceValue;
  }
  // Named in words (short answers only; menus of requests are left to the NLU).
  if (act.text.split(/\s+/).length > 8) return null;
  const named = opts.filter((o) =>
    optionWords.some((w) => w.test(o.value as ChoiceValue) && saysAny(act.text, s.lang, w.key)),
  );
  if (named.length === 1 && named[0]) return named[0].value as ChoiceValue;
  // "Mir wäre eine neue Vase lieber als das Geld zurück", "un avoir plutôt qu'un remboursement":
  // two options named, the one before "rather than" is the one wanted.
  if (named.length > 1) {
    const cut = preferenceCut(act.text);
    const wanted =
      cut === null
        ? []
        : named.filter((o) =>
            optionWords.some((w) => w.test(o.value as ChoiceValue) && saysAny(cut, s.lang, w.key)),
          );
    if (wanted.length === 1 && wanted[0]) return wanted[0].value as ChoiceValue;
  }
  // "¿y si me lo cambiáis por otro nombre?", "e trocar por outro nome?": engraving it again.
  const engrave = opts.find((o) => o.value === 'alt:engrave_again');
  if (
    engrave &&
    (saysAny(act.text, s.lang, 'changeWords') || saysAny(act.text, s.lang, 'exchange')) &&
    fieldHint(act.text, [], []) === 'engraving'
  )
    return engrave.value as ChoiceValue;
  // Or all the meaningful words of one option's label appear in the text.
  const words = new Set(f.split(' '));
  if (words.size > 5) return null;
  const byLabel = opts.filter((o) => {
    if (o.value.startsWith('intent:')) return false;
    const lw = foldText(o.label)
      .split(' ')
      .filter((w) => w.length >= 4);
    return lw.length > 0 && lw.every((w) => words.has(w));
  });
  if (byLabel.length === 1 && byLabel[0] && !byLabel[0].value.startsWith('csat:'))
    return byLabel[0].value as ChoiceValue;
  return null;
}

function globalChoice(t: Turn, act: Act): boolean {
  const s = t.s;
  const c = act.picked;
  if (!c) return false;
  switch (c.kind) {
    case 'intent':
      s.flow = null;
      route(t, c.intent, [], '');
      return true;
    case 'lang':
      s.lang = c.lang;
      t.say('lang.switched');
      mainMenu(t);
      return true;
    case 'csat':
      recordCsat(t, c.score);
      return true;
    case 'person': {
      const p = s.pendingHandoff;
      const d = p
        ? null
        : t.ctx.policy.decideEscalation(
            t.signals({ text: act.text, intent: 'human_agent', explicitRequest: true }),
          );
      escalate(t, {
        rule: p?.rule ?? d?.rule ?? 'escalation.explicit_request',
        reason: p?.reason ?? d?.reason ?? 'The customer asked for a person.',
        desired: p?.desired ?? null,
        priority: 2,
        wording: 'progress',
      });
      return true;
    }
    case 'done':
      s.flow = null;
      s.pendingHandoff = null;
      closing(t);
      return true;
    case 'menu':
      s.flow = null;
      t.say('menu.prompt');
      mainMenu(t);
      return true;
    case 'resume': {
      const f = s.suspended.pop();
      if (!f) return false;
      s.flow = f;
      t.say('resume.back', { topic: t.label(`topic.${f.name}`) });
      // "ok super. Dann bitte Maia": the yes comes with the answer to the flow's question.
      const rest = act.u ? afterAnswer(act.text, s.lang) : '';
      if (
        rest !== '' &&
        readAnswer(rest, s.lang) === null &&
        !readClosing(rest, s.lang) &&
        // "ok, a refund then": the choice the flow was asking for, named with the yes.
        (takesFreeText(f) || optionWords.some((w) => saysAny(rest, s.lang, w.key))) &&
        continueFlow(t, f, {
          ...act,
          choice: null,
          picked: null,
          affirm: null,
          closing: null,
          text: rest,
        })
      )
        return true;
      promptFlow(t, f);
      return true;
    }
    case 'resume_no':
      s.suspended = [];
      closing(t);
      return true;
    // Answers that only mean something inside their flow.
    case 'yes':
    case 'no':
    case 'cancel_flow':
    case 'nophoto':
    case 'skip':
    case 'order:this':
    case 'order:other':
    case 'sku':
    case 'field':
    case 'return_kind':
    case 'alt':
    case 'remedy':
      return false;
  }
}

/** Asks which request the customer means, with quick replies that fit: never a guess, never an empty list. */
export function clarify(t: Turn, u: Understanding | Intent[] | null, text: string): void {
  // A question we might answer from the shop's documents beats a clarifying question.
  if (
    u &&
    !Array.isArray(u) &&
    ['shop_question', 'other'].includes(u.intent) &&
    text.split(/\s+/).length >= 3 &&
    knowledgeAnswer(t, text)
  ) {
    t.s.intent = 'shop_question';
    answerQuestion(t, text);
    return;
  }
  t.s.clarifies = (t.s.clarifies ?? 0) + 1;
  if (t.s.clarifies > 2) {
    // Two clarifying questions did not land: a person, rather than a third guess.
    t.s.clarifies = 0;
    t.say('clarify.offer_person');
    offerPerson(
      t,
      {
        rule: 'escalation.explicit_request',
        reason: 'The assistant could not understand the request after two clarifying questions.',
        desired: text.slice(0, 200) || null,
      },
      [{ value: 'menu', label: t.label('qr.something_else') }],
    );
    return;
  }
  // The menu always ends with "Talk to a person": the intent that names it is not listed again.
  const choices: Intent[] = (Array.isArray(u) ? u : u ? clarifyChoices(u) : []).filter(
    (i) => i !== 'human_agent',
  );
  t.say('clarify.ask');
  const opts: Option[] = choices.map((i, n) => ({
    value: intentChoice(i),
    label: t.label(`intent.${i}`),
    ...(n === 0 && choices.length === 1 ? { yesno: 'yes' as const } : {}),
  }));
  // Fill up with what fits the conversation: about a proven order, its requests; else the main ones.
  const order = t.order();
  const fill: Intent[] = order
    ? order.fulfillment.status === 'delivered'
      ? ['damaged_item', 'return_request', 'order_status', 'shop_question']
      : ['order_status', 'change_details', 'cancel_order', 'shop_question']
    : ['order_status', 'change_details', 'damaged_item', 'shop_question'];
  for (const i of fill) {
    if (opts.length >= 5) break;
    if (!choices.includes(i)) opts.push({ value: intentChoice(i), label: t.label(`intent.${i}`) });
  }
  opts.push({ value: 'person', label: t.label('qr.person') });
  t.options(opts);
}

function reprompt(t: Turn): void {
  const f = t.s.flow;
  if (f) promptFlow(t, f);
  else {
    t.say('menu.prompt');
    mainMenu(t);
  }
}

/** Asks a flow's open question again (an order flow without a proven order proves it first). */
function promptFlow(t: Turn, f: Flow): void {
  const spec = specFor(f);
  const order = t.order();
  if (spec.needsOrder && !order) {
    startIdentify(t, spec.intent(f as never), [], '');
    return;
  }
  spec.prompt(t, f as never, order);
}

function continueFlow<N extends FlowName>(t: Turn, f: FlowOf<N>, act: Act): boolean {
  const spec = flowRegistry[f.name];
  const order = t.order();
  if (spec.needsOrder && !order) return false;
  if (
    f.name === 'identify' &&
    act.u &&
    act.u.confidence >= t.ctx.clarifyThreshold &&
    ['shop_question', 'custom_request', 'human_agent'].includes(act.u.intent) &&
    looksLikeRequest(act, t) &&
    !asksWhichOrder(act.text)
  )
    return false;
  // "perdón, me equivoqué, es el 1004 con dev@example.com": the same request, for another order.
  const intent = spec.intent(f);
  if (spec.needsOrder && order && intent && act.u && namesAnotherOrder(act, order.id, t.s.lang)) {
    t.s.flow = null;
    t.route(intent, act.u.entities, act.text);
    return true;
  }
  return spec.handle(t, f, act, order);
}

/** A message that names an order other than `current` with its proof, or says it is another order. */
function namesAnotherOrder(act: Act, current: string, lang: Language): boolean {
  const ents = act.u?.entities ?? [];
  const named = entity(ents, 'order_number')?.replace(/^#/, '');
  if (!named || named === current) return false;
  return ents.some((e) => e.type === 'email') || saysAny(act.text, lang, 'another');
}

function looksLikeRequest(act: Act, t: Turn): boolean {
  const u = act.u;
  if (!u) return false;
  const words = act.text.trim().split(/\s+/).length;
  return (u.confidence >= t.ctx.clarifyThreshold && words > 5) || /[?¿]/.test(act.text);
}

/** "and if I don't like it, can I return it?": a conjunction that carries on from the order just talked about. */
const carryOnRe =
  /^(?:and|also|y|e|et|und|ed|ademas|inoltre|tambem|aussi|auch|entonces|allora|entao|alors|dann)\b/;

/**
 * A follow-up about the order just checked ("y si no me gusta la puedo devolver?", "e se eu não
 * gostar posso devolver?"): a short question, or a message carrying on with "and…", that names no
 * other order. It is about the order in context, so "this order or another?" is not asked.
 */
function followsUpOnOrder(text: string, lang: Language): boolean {
  const words = text.trim().split(/\s+/).length;
  if (words > 16 || saysAny(text, lang, 'another')) return false;
  return isQuestionLike(text) || carryOnRe.test(foldText(text).trim());
}

/** Starts what an intent asks for; order intents first need proof of ownership (R2). */
function route(t: Turn, intent: Intent, entities: Entity[], text: string): void {
  const s = t.s;
  s.intent = intent;
  if (!['other', 'greeting'].includes(intent)) s.clarifies = 0;
  let order = null;
  if (orderIntents.has(intent)) {
    const named = entity(entities, 'order_number')?.replace(/^#/, '');
    // Another order than the proven one needs its own proof.
    if (named && s.identity.orderId && named !== s.identity.orderId) {
      s.identity.orderId = null;
      s.identity.level = null;
    }
    order = t.order();
    if (!order) {
      startIdentify(t, intent, entities, text);
      return;
    }
    if (!changingIntents.has(intent)) s.identity.verifiedFor ??= intent;
    if (changingIntents.has(intent)) {
      // A postcode proves enough to read; changing the order needs its e-mail address (R2).
      if (s.identity.level !== 'full') {
        askEmail(t, intent, entities, text);
        return;
      }
      // Proven earlier for something else: this order, or another one?
      const earlier = s.identity.verifiedFor ?? null;
      if (
        !named &&
        earlier &&
        earlier !== intent &&
        !changingIntents.has(earlier) &&
        !followsUpOnOrder(text, s.lang)
      ) {
        askWhichOrder(t, intent, entities, text);
        return;
      }
      s.identity.verifiedFor = intent;
    }
  }
  if (repeatIntents.has(intent)) {
    s.contacts[intent] = (s.contacts[intent] ?? 0) + 1;
    // A problem raised again in a new chat about the same order counts as another contact (R9).
    const prior = order ? (t.ctx.priorContacts?.[order.id] ?? 0) : 0;
    const contacts = Math.max(s.contacts[intent] ?? 0, prior + 1);
    if (prior > 0 && s.contacts[intent] === 1) {
      const d = t.ctx.policy.decideEscalation(
        t.signals({ text, intent, sameProblemContacts: contacts }),
      );
      if (d && d.outcome === 'escalate') {
        escalate(t, { rule: d.rule, reason: d.reason, desired: null, priority: 2 });
        return;
      }
    }
  }
  switch (intent) {
    case 'order_status':
      if (!order) return;
      orderStatus(t, order, false);
      // "How long till I get it?": after the ship window, the shipping time on top.
      if (
        order.fulfillment.status === 'unfulfilled' &&
        !order.cancelledAt &&
        asksArrival(text, s.lang)
      ) {
        const shipping = shippingTimes(t);
        if (shipping) t.say('status.then_shipping', { mdText: shipping.text });
      }
      deadlineAnswer(t, order, entities, text);
      return;
    case 'delivery_problem':
      if (!order) return;
      orderStatus(t, order, true);
      // "I'm getting married in ten days, will it arrive in time?" about a piece not sent yet:
      // the estimate weighed against that date, as for a status question.
      if (order.fulfillment.status === 'unfulfilled') deadlineAnswer(t, order, entities, text);
      return;
    case 'change_details':
      return order ? startChange(t, order, entities, text) : undefined;
    case 'change_address':
      return order ? startAddress(t, order, entities, text) : undefined;
    case 'cancel_order':
      return order ? startCancel(t, order) : undefined;
    case 'return_request':
      return order ? startReturn(t, order, text) : undefined;
    case 'damaged_item':
      return order ? startQuality(t, order, 'damaged', text) : undefined;
    case 'wrong_item':
      return order ? startQuality(t, order, 'wrong', text) : undefined;
    case 'missing_item':
      return order ? startQuality(t, order, 'missing', text) : undefined;
    case 'refund_status':
      // "how long does a refund take?" about an order with no refund yet (in the middle of a
      // return): how refunds work, from the shop's own words, not "no refund yet".
      if (
        order &&
        order.payment.refundedMinor === 0 &&
        !t.ctx.refunds.some((r) => r.orderId === order.id) &&
        saysAny(text, s.lang, 'howLong') &&
        knowledgeAnswer(t, text) !== null
      ) {
        answerQuestion(t, text);
        return;
      }
      return order ? refundStatus(t, order) : undefined;
    case 'refund_request': {
      // The problem already described ("the portrait arrived damaged, I want my money back"): no "what happened?".
      const problem = readProblem(text, s.lang);
      if (problem) return route(t, problemIntent[problem], entities, text);
      // Money back for a parcel still on its way: where it is, and what can be done.
      if (order && !order.cancelledAt && order.fulfillment.status === 'shipped')
        return refundInTransit(t, order);
      return askRefundReason(t);
    }
    case 'shop_question':
      if (text.trim() === '') {
        s.flow = { name: 'question' };
        t.say('knowledge.ask');
        return;
      }
      answerQuestion(t, text);
      return;
    case 'custom_request':
      startBrief(t, text);
      return;
    case 'human_agent': {
      const d = t.ctx.policy.decideEscalation(t.signals({ text, intent, explicitRequest: true }));
      escalate(t, {
        rule: d?.rule ?? 'escalation.explicit_request',
        reason: d?.reason ?? 'The customer asked for a person.',
        desired: null,
        priority: 2,
        wording: 'explicit',
      });
      return;
    }
    case 'payment_issue': {
      const d = t.ctx.policy.decideEscalation(
        t.signals({ text, intent, sentimentScores: s.sentiment }),
      );
      escalate(t, {
        rule: d?.rule ?? 'escalation.payment_issue',
        reason: d?.reason ?? 'Payment questions are handled by a person.',
        desired: null,
        priority: priorityFor('escalation.payment_issue'),
      });
      return;
    }
    case 'complaint':
      t.say('complaint.sorry');
      t.options([
        { value: 'intent:order_status', label: t.label('qr.status') },
        { value: 'intent:damaged_item', label: t.label('qr.damaged') },
        { value: 'person', label: t.label('qr.person') },
      ]);
      s.pendingHandoff = {
        rule: 'escalation.complaint',
        reason: 'The customer is unhappy.',
        desired: null,
      };
      return;
    case 'greeting':
      greet(t);
      return;
    case 'thanks':
      closing(t);
      return;
    case 'other':
      clarify(t, null, text);
      return;
  }
}
