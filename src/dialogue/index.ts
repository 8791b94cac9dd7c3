import type { Intent, Language } from '../domain/index.js';
import { languages } from '../domain/index.js';
import { escapeText, shopText } from '../voice/index.js';
import { detectAffirm, detectLanguageName, detectOrdinal, detectScore, foldText, hasWords, isForeignScript, looksUnsupported } from './acts.js';
import {
  answerQuestion,
  askRefundReason,
  continueAddress,
  continueBrief,
  continueCancel,
  continueChange,
  continueQuality,
  continueReturn,
  looksLikeNewRequest,
  orderStatus,
  promptAddress,
  promptBrief,
  promptCancel,
  promptChange,
  promptQuality,
  promptReturn,
  refundStatus,
  startAddress,
  startBrief,
  startCancel,
  startChange,
  startQuality,
  startReturn,
} from './flows.js';
import { escalate } from './handoff.js';
import { continueIdentify, orderNumberCandidates, promptIdentify, startIdentify } from './identity.js';
import { entity, Turn, type Act, type Option } from './kit.js';
import type { DialogueContext, DialogueInput, DialogueOutput, DialogueState, Entity, Flow, Understanding } from './types.js';

export * from './types.js';
export { detectAffirm, detectOrdinal, extractValue } from './acts.js';
export { orderNumberCandidates, ownsOrder } from './identity.js';
export { isQuestionLike };
export { parseAddress } from './flows.js';

/** Longest customer text the dialogue looks at; the rest is kept in the transcript only. */
export const maxTextLength = 2000;

export function initialState(lang: Language): DialogueState {
  return {
    v: 1,
    turn: 0,
    lang,
    identity: { orderId: null, failures: 0, throttledUntil: null, orderNumber: null },
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
export const repeatIntents: ReadonlySet<Intent> = new Set(['delivery_problem', 'damaged_item', 'wrong_item', 'missing_item', 'refund_status', 'payment_issue', 'complaint']);

/** Removes control characters and trims; long texts are cut for understanding. */
export function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim().slice(0, maxTextLength);
}

/**
 * One customer turn through the dialogue: pure. Returns the next state, the replies, the effects
 * the engine must execute through `actions`, and the events the dialogue itself reports.
 */
export function handleDialogue(state: DialogueState, input: DialogueInput, ctx: DialogueContext): DialogueOutput {
  const s: DialogueState = structuredClone(state);
  s.turn += 1;
  const t = new Turn(s, ctx);
  t.route = (intent, entities, text) => route(t, intent, entities, text);
  t.clarify = (choices) => clarify(t, choices, '');
  run(t, input);
  // Offer to come back to an interrupted flow once the detour is done.
  if (!s.flow && s.suspended.length > 0 && t.quick.every((q) => q.value !== 'resume') && !s.escalated && input.kind !== 'start') {
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
  const options = t.quick.map((q, i) => ({ id: `${s.turn}.${i + 1}`, value: q.value, label: q.label, ...(q.yesno ? { yesno: q.yesno } : {}) }));
  s.offer = options.length > 0 ? { turn: s.turn, options } : null;
  return {
    state: s,
    replies: [{ text: t.paragraphs.join('\n\n'), quickReplies: options.map(({ id, label }) => ({ id, label })) }],
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
    if (!own.toLowerCase().includes(name.toLowerCase())) t.say('greeting.intro', { assistant: name, shop: t.ctx.policy.shop.name });
  } else t.say('greeting.default', { assistant: t.ctx.policy.shop.voice.assistantName, shop: t.ctx.policy.shop.name });
  t.say('greeting.offer');
  mainMenu(t);
}

function run(t: Turn, input: DialogueInput): void {
  const s = t.s;
  if (input.kind === 'start') {
    if (input.lang) s.lang = input.lang;
    if (input.verifiedOrderId && t.ctx.orders[input.verifiedOrderId]) {
      s.identity.orderId = input.verifiedOrderId;
      t.emit({ type: 'identity.verified', orderId: input.verifiedOrderId, via: 'link' });
    }
    greet(t);
    return;
  }

  // 1. Resolve what the input means: a button of the latest turn, or free text.
  const act: Act = { choice: null, text: '', u: null, affirm: null, attachments: [] };
  if (input.kind === 'choice') {
    const opt = s.offer && s.offer.options.find((o) => o.id === input.choice);
    if (!opt) {
      t.say('input.stale_choice');
      reprompt(t);
      return;
    }
    act.choice = opt.value;
    act.text = opt.label;
  } else {
    const raw = input.kind === 'text' ? input.text : (input.text ?? '');
    act.text = cleanText(raw);
    act.u = input.understanding;
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
      if (isForeignScript(act.text) || (!s.flow && looksUnsupported(act.text, act.u?.langConfidence ?? 0))) {
        t.say('input.unsupported_language');
        t.options(languages.map((l) => ({ value: `lang:${l}`, label: t.label(`lang.${l}`) })));
        return;
      }
      const named = s.offer?.options.some((o) => o.value.startsWith('lang:')) ? detectLanguageName(act.text) : null;
      if (named) act.choice = `lang:${named}`;
      else if (act.u && act.u.langConfidence >= 0.75 && act.text.split(/\s+/).length >= 3 && act.u.lang !== s.lang) s.lang = act.u.lang;
      act.affirm = detectAffirm(act.text, s.lang);
      if (!act.choice) act.choice = matchOption(s, act);
      if (!hasWords(act.text) && !act.choice && act.attachments.length === 0 && !act.affirm) {
        t.say('input.emoji_only');
        reprompt(t);
        return;
      }
    }
  }
  const u = act.u;
  if (u && act.choice === null) s.sentiment = [...s.sentiment, u.sentiment.score].slice(-5);

  // 2. Global choices that mean the same in every flow.
  if (act.choice && globalChoice(t, act)) return;

  // 3. Escalation triggers (R9) from the policy.
  if (u && act.choice === null) {
    const contacts = repeatIntents.has(u.intent) && u.confidence >= t.ctx.clarifyThreshold ? (s.contacts[u.intent] ?? 0) + 1 : 0;
    const d = t.ctx.policy.decideEscalation({
      text: act.text,
      lang: s.lang,
      intent: u.confidence >= t.ctx.clarifyThreshold ? u.intent : null,
      explicitRequest: u.intent === 'human_agent' && u.confidence >= t.ctx.clarifyThreshold,
      sentimentScores: s.sentiment,
      sameProblemContacts: contacts,
      order: t.order(),
    });
    if (d && d.outcome === 'escalate') {
      s.intent = u.intent;
      s.suspended = [];
      escalate(t, { rule: d.rule, reason: d.reason, desired: null, priority: /safety|dispute|chargeback/.test(d.rule) ? 1 : 2, wording: 'progress' });
      return;
    }
  }

  // 4. The flow in progress gets the first say.
  if (s.flow) {
    if (s.csat === 'asked' && s.flow.name === 'csat') {
      const score = act.choice?.startsWith('csat:') ? Number(act.choice.slice(5)) : detectScore(act.text);
      if (score) {
        recordCsat(t, score);
        return;
      }
      s.flow = null;
    } else if (continueFlow(t, s.flow, act)) {
      return;
    } else if (s.flow) {
      // Something else: keep the flow to come back to it.
      if (s.flow.name !== 'identify' && s.flow.name !== 'question') s.suspended = [...s.suspended.filter((f) => f.name !== s.flow?.name), s.flow].slice(-3);
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
  if (act.affirm && !s.flow) {
    t.say('input.unasked_yesno');
    mainMenu(t);
    return;
  }
  const hasNumber = u.entities.some((e) => e.type === 'order_number') || orderNumberCandidates(act.text).length > 0;
  // A general question the shop's documents answer beats a weak guess at an order request.
  if (u.intent !== 'shop_question' && u.confidence < 0.8 && !hasNumber && isQuestionLike(act.text)) {
    if (t.ctx.knowledge.answer(act.text, s.lang)) {
      s.intent = 'shop_question';
      answerQuestion(t, act.text);
      return;
    }
  }
  if (u.confidence < t.ctx.clarifyThreshold || u.intent === 'other') {
    const proof = u.entities.some((e) => e.type === 'email' || e.type === 'postcode') || orderNumberCandidates(act.text).length >= 2;
    if (hasNumber && proof && !t.order()) {
      // Details first (they were given); the request is asked right after.
      const choices = clarifyChoices(u);
      // Only details ("1001 ana@example.com"): the status. Vague words with them: ask after the proof.
      const then = u.intent === 'other' && u.confidence >= t.ctx.clarifyThreshold ? 'order_status' : null;
      startIdentify(t, then, u.entities, act.text, choices);
      return;
    }
    if (u.intent === 'other' && u.confidence >= t.ctx.clarifyThreshold) {
      route(t, 'other', u.entities, act.text);
      return;
    }
    clarify(t, u, act.text);
    return;
  }
  route(t, u.intent, u.entities, act.text);
}

const questionStart = /^(how|what|which|where|when|why|is|are|do|does|can|could|will|would|should|cómo|como|qué|que|cuál|cual|dónde|donde|es|son|hay|puedo|puede|tienen|comment|quel|quelle|quels|est-ce|pouvez|faites|wie|was|welche|welcher|ist|sind|gibt|kann|können|haben|come|cosa|quale|quali|è|sono|posso|avete|qual|quais|é|são|tem|têm|vocês)\b/i;

/** "How do I…", "Is the…", "…?" — the shape of a general question. */
function isQuestionLike(text: string): boolean {
  const t = text.trim().replace(/^(wait|hi|hello|hey|ok|so|also|and|btw|hola|bonjour|hallo|ciao|olá)[,!.\s]+/i, '');
  return /[?¿]/.test(t) || questionStart.test(t);
}

const unhelpfulIntents: readonly Intent[] = ['other', 'greeting', 'thanks', 'complaint'];

/** What a clarifying question offers: the best guess and the NLU's next best, without the unhelpful ones. */
function clarifyChoices(u: Understanding): Intent[] {
  const out: Intent[] = [];
  for (const i of [u.intent, ...(u.alternatives ?? []).filter((a) => a.confidence >= 0.05).map((a) => a.intent)]) {
    if (!unhelpfulIntents.includes(i) && !out.includes(i)) out.push(i);
  }
  return out.slice(0, 3);
}

/** Matches typed text to the buttons of the latest turn: yes/no, "the second one", or the label itself. */
function matchOption(s: DialogueState, act: Act): string | null {
  const opts = s.offer?.options ?? [];
  if (opts.length === 0) return null;
  if (act.affirm) {
    const o = opts.find((x) => x.yesno === act.affirm);
    if (o) return o.value;
  }
  const ord = detectOrdinal(act.text, s.lang);
  if (ord !== null) {
    const o = ord === -1 ? opts[opts.length - 1] : opts[ord - 1];
    if (o && !o.value.startsWith('csat:')) return o.value;
    if (o && o.value.startsWith('csat:')) return null;
  }
  const f = foldText(act.text);
  if (f.length >= 2) {
    const o = opts.find((x) => foldText(x.label) === f);
    if (o) return o.value;
  }
  return null;
}

function globalChoice(t: Turn, act: Act): boolean {
  const s = t.s;
  const c = act.choice ?? '';
  if (c.startsWith('intent:')) {
    const intent = c.slice(7) as Intent;
    s.flow = null;
    route(t, intent, [], '');
    return true;
  }
  if (c.startsWith('lang:')) {
    const l = c.slice(5) as Language;
    if ((languages as readonly string[]).includes(l)) s.lang = l;
    t.say('lang.switched');
    mainMenu(t);
    return true;
  }
  if (c.startsWith('csat:')) {
    recordCsat(t, Number(c.slice(5)));
    return true;
  }
  switch (c) {
    case 'person': {
      const p = s.pendingHandoff;
      const d = p ? null : t.ctx.policy.decideEscalation(t.signals({ text: act.text, intent: 'human_agent', explicitRequest: true }));
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
      promptFlow(t, f);
      return true;
    }
    case 'resume_no':
      s.suspended = [];
      closing(t);
      return true;
    default:
      return false;
  }
}

function closing(t: Turn): void {
  const s = t.s;
  if (s.resolved > 0 && s.csat === 'none') {
    s.csat = 'asked';
    s.flow = { name: 'csat' };
    t.say('csat.ask');
    t.options([1, 2, 3, 4, 5].map((n) => ({ value: `csat:${n}`, label: '★'.repeat(n) })));
    return;
  }
  t.say('thanks.reply');
  const signOff = shopText(t.ctx.policy.shop.voice.signOff, t.lang);
  if (signOff) t.paragraphs.push(escapeText(signOff));
  t.options([]);
}

function recordCsat(t: Turn, score: number): void {
  if (!Number.isInteger(score) || score < 1 || score > 5) return;
  t.s.csat = 'done';
  t.s.flow = null;
  t.emit({ type: 'csat.recorded', score });
  t.say(score >= 4 ? 'csat.thanks' : 'csat.thanks_low');
  const signOff = shopText(t.ctx.policy.shop.voice.signOff, t.lang);
  if (signOff) t.paragraphs.push(escapeText(signOff));
  t.options([]);
  if (!t.s.escalated) t.s.status = 'resolved';
}

/** Asks which request the customer means, with quick replies: never a guess (design.md, Understanding). */
export function clarify(t: Turn, u: Understanding | Intent[] | null, text: string): void {
  // A question we might answer from the shop's documents beats a clarifying question.
  if (u && !Array.isArray(u) && ['shop_question', 'other'].includes(u.intent) && text.split(/\s+/).length >= 3 && t.ctx.knowledge.answer(text, t.lang)) {
    t.s.intent = 'shop_question';
    answerQuestion(t, text);
    return;
  }
  const choices = Array.isArray(u) ? u : u ? clarifyChoices(u) : [];
  t.say('clarify.ask');
  const opts: Option[] = choices.map((i, n) => ({ value: `intent:${i}`, label: t.label(`intent.${i}`), ...(n === 0 && choices.length === 1 ? { yesno: 'yes' as const } : {}) }));
  for (const i of ['order_status', 'change_details', 'damaged_item', 'shop_question'] as const) {
    if (opts.length >= 5) break;
    if (!choices.includes(i)) opts.push({ value: `intent:${i}`, label: t.label(`intent.${i}`) });
  }
  opts.push({ value: 'person', label: t.label('qr.person') });
  t.options(opts);
}

function reprompt(t: Turn): void {
  const f = t.s.flow;
  if (f) promptFlow(t, f);
  else if (t.s.offer && t.s.offer.options.length > 0) {
    t.say('menu.prompt');
    mainMenu(t);
  } else {
    t.say('menu.prompt');
    mainMenu(t);
  }
}

function promptFlow(t: Turn, f: Flow): void {
  const order = t.order();
  switch (f.name) {
    case 'identify':
      return promptIdentify(t, f);
    case 'change':
      return order ? promptChange(t, order, f) : startIdentify(t, 'change_details', [], '');
    case 'address':
      return order ? promptAddress(t, order, f) : startIdentify(t, 'change_address', [], '');
    case 'cancel':
      return order ? promptCancel(t, order) : startIdentify(t, 'cancel_order', [], '');
    case 'return':
      return order ? promptReturn(t, order, f) : startIdentify(t, 'return_request', [], '');
    case 'quality':
      return order ? promptQuality(t, order, f) : startIdentify(t, `${f.problem === 'damaged' ? 'damaged' : f.problem === 'wrong' ? 'wrong' : 'missing'}_item`, [], '');
    case 'brief':
      return promptBrief(t, f);
    case 'question':
      t.say('knowledge.ask');
      return;
    case 'csat':
      t.say('csat.ask');
      t.options([1, 2, 3, 4, 5].map((n) => ({ value: `csat:${n}`, label: '★'.repeat(n) })));
      return;
  }
}

function continueFlow(t: Turn, f: Flow, act: Act): boolean {
  const order = t.order();
  switch (f.name) {
    case 'identify':
      if (act.u && act.u.confidence >= t.ctx.clarifyThreshold && ['shop_question', 'custom_request', 'human_agent'].includes(act.u.intent) && looksLikeNewRequest(act, t)) return false;
      return continueIdentify(t, f, act);
    case 'change':
      return order ? continueChange(t, order, f, act) : false;
    case 'address':
      return order ? continueAddress(t, order, f, act) : false;
    case 'cancel':
      return order ? continueCancel(t, order, act) : false;
    case 'return':
      return order ? continueReturn(t, order, f, act) : false;
    case 'quality':
      return order ? continueQuality(t, order, f, act) : false;
    case 'brief':
      return continueBrief(t, f, act);
    case 'question':
      t.s.flow = null;
      if (act.text === '') return false;
      t.s.intent = 'shop_question';
      answerQuestion(t, act.text);
      return true;
    case 'csat':
      return false;
  }
}

/** Starts what an intent asks for; order intents first need proof of ownership (R2). */
function route(t: Turn, intent: Intent, entities: Entity[], text: string): void {
  const s = t.s;
  s.intent = intent;
  let order = null;
  if (orderIntents.has(intent)) {
    const named = entity(entities, 'order_number')?.replace(/^#/, '');
    // Another order than the proven one needs its own proof.
    if (named && s.identity.orderId && named !== s.identity.orderId) s.identity.orderId = null;
    order = t.order();
    if (!order) {
      startIdentify(t, intent, entities, text);
      return;
    }
  }
  if (repeatIntents.has(intent)) {
    s.contacts[intent] = (s.contacts[intent] ?? 0) + 1;
    // A problem raised again in a new chat about the same order counts as another contact (R9).
    const prior = order ? (t.ctx.priorContacts?.[order.id] ?? 0) : 0;
    const contacts = Math.max(s.contacts[intent] ?? 0, prior + 1);
    if (prior > 0 && s.contacts[intent] === 1) {
      const d = t.ctx.policy.decideEscalation(t.signals({ text, intent, sameProblemContacts: contacts }));
      if (d && d.outcome === 'escalate') {
        escalate(t, { rule: d.rule, reason: d.reason, desired: null, priority: 2 });
        return;
      }
    }
  }
  switch (intent) {
    case 'order_status':
      return order ? orderStatus(t, order, false) : undefined;
    case 'delivery_problem':
      return order ? orderStatus(t, order, true) : undefined;
    case 'change_details':
      return order ? startChange(t, order, entities, text) : undefined;
    case 'change_address':
      return order ? startAddress(t, order) : undefined;
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
      return order ? refundStatus(t, order) : undefined;
    case 'refund_request':
      return askRefundReason(t);
    case 'shop_question':
      if (text.trim() === '') {
        s.flow = { name: 'question' };
        t.say('knowledge.ask');
        s.status = 'waiting_for_customer';
        return;
      }
      answerQuestion(t, text);
      return;
    case 'custom_request':
      startBrief(t, text);
      return;
    case 'human_agent': {
      const d = t.ctx.policy.decideEscalation(t.signals({ text, intent, explicitRequest: true }));
      escalate(t, { rule: d?.rule ?? 'escalation.explicit_request', reason: d?.reason ?? 'The customer asked for a person.', desired: null, priority: 2, wording: 'explicit' });
      return;
    }
    case 'payment_issue': {
      const d = t.ctx.policy.decideEscalation(t.signals({ text, intent, sentimentScores: s.sentiment }));
      escalate(t, { rule: d?.rule ?? 'escalation.payment_issue', reason: d?.reason ?? 'Payment questions are handled by a person.', desired: null, priority: 1 });
      return;
    }
    case 'complaint':
      t.say('complaint.sorry');
      t.options([
        { value: 'intent:order_status', label: t.label('qr.status') },
        { value: 'intent:damaged_item', label: t.label('qr.damaged') },
        { value: 'person', label: t.label('qr.person') },
      ]);
      s.pendingHandoff = { rule: 'escalation.complaint', reason: 'The customer is unhappy.', desired: null };
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
