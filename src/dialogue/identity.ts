import type { Intent, Order } from '../domain/index.js';
import { isQuestionLike } from '../nlu/acts/readers.js';
import { correctedEntity, entity, type Act, type Turn } from './kit.js';
import type { Entity, Flow } from './types.js';

/** Failed proofs allowed before look-ups pause (R2). */
export const maxIdentityFailures = 3;
/** How long look-ups stay paused after the last failure. */
export const throttleMinutes = 15;

/**
 * Requests that change an order (or pay money out): a postcode proves enough to read an order's
 * status, these need the e-mail address on the order or a signed link (R2).
 */
export const changingIntents: ReadonlySet<Intent> = new Set([
  'change_details',
  'change_address',
  'cancel_order',
  'return_request',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'refund_request',
]);

const normPostcode = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
const normEmail = (s: string): string => s.trim().toLowerCase();

/** Proof of ownership: the order exists and the e-mail or postcode matches it. */
export function ownsOrder(
  order: Order | null,
  proof: { email?: string | undefined; postcode?: string | undefined },
): boolean {
  return proofLevel(order, proof) !== null;
}

/** What a proof allows on an order: `full` (its e-mail), `read` (its postcode) or null (no match). */
export function proofLevel(
  order: Order | null,
  proof: { email?: string | undefined; postcode?: string | undefined },
): 'full' | 'read' | null {
  if (!order) return null;
  if (proof.email && normEmail(proof.email) === normEmail(order.customer.email)) return 'full';
  if (proof.postcode) {
    const p = normPostcode(proof.postcode);
    if (p.length < 3) return null;
    const known = [order.customer.postcode, order.shippingAddress?.postcode]
      .filter((x): x is string => !!x)
      .map(normPostcode);
    return known.includes(p) ? 'read' : null;
  }
  return null;
}

const orderNumberLikeRe = /#?\b([A-Za-z]{0,6}[-_]?\d[\w-]{1,22})\b/g;

/** Order-number-looking tokens in free text ("#1042", "MD-2041"): digits, 3–24 characters. */
export function orderNumberCandidates(text: string): string[] {
  const out = new Set<string>();
  // One pattern, walked with `exec` (`matchAll` compiles a copy of its pattern on every call).
  orderNumberLikeRe.lastIndex = 0;
  for (let m = orderNumberLikeRe.exec(text); m !== null; m = orderNumberLikeRe.exec(text)) {
    const v = m[1];
    if (v && v.length >= 3 && v.length <= 24 && !v.includes('@')) out.add(v.replace(/^#/, ''));
  }
  return [...out].slice(0, 5);
}

const emailRe = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/;

export function isThrottled(t: Turn): boolean {
  const until = t.s.identity.throttledUntil;
  return until !== null && new Date(until).getTime() > t.now.getTime();
}

/** The order's self-service look-ups are paused by the shop's cross-conversation counter. */
function isLocked(t: Turn, orderNumber: string | null): boolean {
  return orderNumber !== null && (t.ctx.lockedOrders ?? []).includes(orderNumber);
}

function throttledReply(t: Turn): void {
  t.say('identity.throttled');
  t.s.pendingHandoff = {
    rule: 'identity.throttled',
    reason: 'Customer could not prove ownership of an order three times.',
    desired: null,
  };
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    { value: 'intent:shop_question', label: t.label('qr.question') },
  ]);
  t.s.flow = null;
}

type IdentifyFlow = Extract<Flow, { name: 'identify' }>;

/** Starts (or continues) proving ownership before an order-specific request. */
export function startIdentify(
  t: Turn,
  then: Intent | null,
  entities: Entity[],
  text: string,
  choices: Intent[] = [],
): void {
  if (isThrottled(t)) return throttledReply(t);
  const flow: IdentifyFlow = { name: 'identify', then, step: 'order', entities, text, choices };
  const number = correctedEntity(entities, 'order_number', text) ?? t.s.identity.orderNumber;
  if (number) t.s.identity.orderNumber = number.replace(/^#/, '');
  if (isLocked(t, t.s.identity.orderNumber)) return throttledReply(t);
  let email = correctedEntity(entities, 'email', text) ?? emailRe.exec(text)?.[0];
  // The postcode of a new address ("send it to 42 Oak Street, Denver CO 80205") proves nothing.
  const addresses = entities.filter((e) => e.type === 'address');
  const inAddress = (value: string): boolean =>
    addresses.some((a) => text.slice(a.start, a.end).includes(value) || a.value.includes(value));
  let postcode = entities.find((e) => e.type === 'postcode' && !inAddress(e.value))?.value;
  // Another order under the e-mail address already proven here ("my other order, 1126") is theirs too.
  const proven = t.s.identity.email;
  const named = t.s.identity.orderNumber ? t.ctx.orders[t.s.identity.orderNumber] : null;
  if (!email && !postcode && proven && named && proofLevel(named, { email: proven }) === 'full')
    email = proven;
  if (!email && !postcode && t.s.identity.orderNumber) {
    // "1042 94110": the token that is not the order number may be the postcode.
    postcode = orderNumberCandidates(text).find(
      (x) => x !== t.s.identity.orderNumber && !inAddress(x),
    );
  }
  // The e-mail typed earlier in the conversation, before any order number.
  const given = t.s.identity.given ?? undefined;
  if (!email && !postcode && given) {
    if (t.s.identity.orderNumber) email = given;
    else flow.tried = { email: given };
  }
  t.s.flow = flow;
  // "I don't have the order number, my email is …": where to find it, and a person who can look it up.
  if (!t.s.identity.orderNumber && noOrderNumber.test(text)) {
    if (email) flow.tried = { email };
    t.say('identity.no_number');
    t.options([{ value: 'person', label: t.label('qr.person') }]);
    return;
  }
  if (t.s.identity.orderNumber && (email || postcode)) {
    verify(t, flow, { email, postcode });
    return;
  }
  if (t.s.identity.orderNumber) {
    flow.step = 'secret';
    t.say('identity.ask_secret', { orderNumber: t.s.identity.orderNumber });
  } else if (email || postcode) {
    // "mi correo es ana@example.com" before the number: kept, checked once the number comes.
    flow.tried = proofOf(email, postcode);
    t.say('identity.ask_number');
  } else {
    t.say(flow.tried ? 'identity.ask_number' : 'identity.ask_both');
  }
  t.options([]);
}

function proofOf(
  email: string | undefined,
  postcode: string | undefined,
): { email?: string; postcode?: string } {
  const proof: { email?: string; postcode?: string } = {};
  if (email) proof.email = email;
  if (postcode) proof.postcode = postcode;
  return proof;
}

/** The order is proven by postcode only: a change needs its e-mail address too. */
export function askEmail(t: Turn, then: Intent, entities: Entity[], text: string): void {
  const id = t.s.identity.orderId ?? t.s.identity.orderNumber;
  if (!id) return startIdentify(t, then, entities, text);
  t.s.identity.orderNumber = id;
  t.s.flow = { name: 'identify', then, step: 'email', entities, text };
  t.say('identity.ask_email', { orderNumber: id });
  t.options([]);
}

export function promptIdentify(t: Turn, flow: IdentifyFlow): void {
  const n = t.s.identity.orderNumber;
  if (flow.step === 'email' && n) t.say('identity.ask_email', { orderNumber: n });
  else if (flow.step === 'secret' && n) t.say('identity.ask_secret', { orderNumber: n });
  else t.say('identity.ask_both');
}

/** Saying the order number is not at hand ("I don't have the order number", "lost the confirmation email"). */
const noOrderNumber =
  /\b(?:(?:don'?t|do not|dont|can'?t|cannot|can not)\s+(?:have|know|find|remember)\s+(?:the|my|an?)\s+(?:order\s+)?(?:number|confirmation)|lost\s+(?:the|my)\s+(?:order\s+number|confirmation)|no\s+(?:order\s+)?number|(?:no\s+tengo|no\s+encuentro|no\s+s[eé])\s+el\s+n[uú]mero|perd[ií]\s+el\s+(?:correo|n[uú]mero)|(?:je\s+n'?ai\s+pas|j'?ai\s+perdu|je\s+ne\s+trouve\s+pas)\s+(?:le|mon)\s+num[eé]ro|(?:habe|weiß|finde)\s+(?:die\s+)?bestellnummer\s+nicht|keine\s+bestellnummer|non\s+(?:ho|trovo|ricordo)\s+il\s+numero|(?:n[aã]o\s+tenho|n[aã]o\s+encontro|n[aã]o\s+sei)\s+o\s+n[uú]mero)\b/iu;

/** "which order do you mean, I have a few?": a short question back about the order asked for. */
export function asksWhichOrder(text: string): boolean {
  return (
    isQuestionLike(text) &&
    text.split(/\s+/).length <= 15 &&
    orderNumberCandidates(text).length === 0 &&
    !/@/.test(text) &&
    /\b(?:which|what|where|wh?ich|cual|cuál|quel|quelle|welche|welcher|quale|qual)\b/iu.test(
      text,
    ) &&
    /\b(?:order|orders|pedido|pedidos|commande|commandes|bestellung|bestellungen|bestellnummer|ordine|ordini|encomenda|encomendas)\b/iu.test(
      text,
    )
  );
}

/** Handles an answer while proving ownership; false when the message is about something else. */
export function continueIdentify(t: Turn, flow: IdentifyFlow, act: Act): boolean {
  if (isThrottled(t)) {
    throttledReply(t);
    return true;
  }
  const ents = act.u?.entities ?? [];
  const text = act.text.trim();
  const current = t.s.identity.orderNumber;
  let number = correctedEntity(ents, 'order_number', text)?.replace(/^#/, '');
  const email = correctedEntity(ents, 'email', text) ?? emailRe.exec(text)?.[0];
  let postcode = entity(ents, 'postcode');
  const candidates = orderNumberCandidates(text);
  if (!number && (flow.step === 'order' || !current)) {
    if (candidates.length > 0 && (candidates.length === 1 || !email)) number = candidates[0];
  }
  if (current && !email && !postcode && candidates.length === 1 && /^\S{3,12}$/.test(text)) {
    // One token while the e-mail or postcode is asked for: another order of theirs (a known
    // order number) or the postcode.
    const token = candidates[0] ?? '';
    if (token !== current && t.ctx.orders[token]) number = token;
    else {
      postcode = text;
      number = undefined;
    }
  }
  if (number === current) number = undefined;
  if (number) {
    t.s.identity.orderNumber = number;
    if (isLocked(t, number)) {
      throttledReply(t);
      return true;
    }
    if (flow.step === 'email') flow.step = 'secret';
  }
  if (flow.step === 'order' && t.s.identity.orderNumber && !email && !postcode) {
    // Second token of "1042 94110" may be the postcode.
    const rest = candidates.filter((x) => x !== t.s.identity.orderNumber);
    if (rest[0]) postcode = rest[0];
  }
  if (
    flow.step === 'secret' &&
    !email &&
    !postcode &&
    !number &&
    text.length > 0 &&
    text.length <= 12 &&
    /\d/.test(text)
  )
    postcode = text;
  // "which order do you mean, I have a few?": a question back about the order asked for.
  if (!number && !email && !postcode && candidates.length === 0 && asksWhichOrder(text)) {
    t.say('identity.which_order');
    t.options([]);
    return true;
  }
  if (!t.s.identity.orderNumber && !email && !postcode) return false;
  if (!t.s.identity.orderNumber) {
    flow.step = 'order';
    // The e-mail or postcode given before the number is kept for when the number comes.
    flow.tried = proofOf(email, postcode);
    t.say('identity.ask_number');
    return true;
  }
  // The request came with the number, after the bare e-mail that opened the conversation
  // ("el pedido es el 1020, ¿ya me devolvieron el dinero?"): it is what the order is proven for.
  const u = act.u;
  const asked = number && !flow.then && u ? t.readRequest(u, act.text) : null;
  if (
    u &&
    asked &&
    (asked !== u.intent || u.confidence >= t.ctx.clarifyThreshold) &&
    !['other', 'greeting', 'thanks'].includes(asked)
  ) {
    flow.then = asked;
    flow.entities = ents;
    flow.text = act.text;
  }
  // "pardon, je voulais dire 1021": a corrected number is checked with the proof already given.
  if (number && !email && !postcode && flow.tried) {
    verify(t, flow, flow.tried);
    return true;
  }
  if (!email && !postcode) {
    if (flow.step === 'email' && !number) return false;
    if (flow.step !== 'email') flow.step = 'secret';
    promptIdentify(t, flow);
    return true;
  }
  verify(t, flow, { email, postcode });
  return true;
}

/**
 * An order number and its e-mail given in the message that goes straight to a person ("… order
 * 1015, omar@example.com. I want to speak to someone now!"): the order is proven first, so the
 * case carries it. A mismatch changes nothing here (no failure counted): the case goes without it.
 */
export function proveWithHandoff(t: Turn, entities: Entity[]): void {
  if (t.order() || isThrottled(t)) return;
  const numbers = [
    ...new Set(
      entities.filter((e) => e.type === 'order_number').map((e) => e.value.replace(/^#/, '')),
    ),
  ];
  const email = entities.find((e) => e.type === 'email')?.value;
  const order = numbers.length === 1 ? (t.ctx.orders[numbers[0] ?? ''] ?? null) : null;
  if (!order || !email || proofLevel(order, { email }) !== 'full') return;
  t.s.identity = {
    ...t.s.identity,
    orderId: order.id,
    failures: 0,
    orderNumber: null,
    level: 'full',
    email: normEmail(email),
  };
  t.emit({ type: 'identity.verified', orderId: order.id });
  t.note(`Verified ownership of order ${order.id} (e-mail).`);
}

function verify(
  t: Turn,
  flow: IdentifyFlow,
  proof: { email?: string | undefined; postcode?: string | undefined },
): void {
  const number = t.s.identity.orderNumber ?? '';
  const order = t.ctx.orders[number] ?? null;
  const level = proofLevel(order, proof);
  if (order && level) {
    const wasProven = t.s.identity.orderId === order.id;
    const best = level === 'full' || (wasProven && t.s.identity.level === 'full') ? 'full' : 'read';
    const email =
      level === 'full' && proof.email ? normEmail(proof.email) : (t.s.identity.email ?? null);
    t.s.identity = {
      ...t.s.identity,
      orderId: order.id,
      failures: 0,
      throttledUntil: null,
      orderNumber: null,
      level: best,
      verifiedFor: flow.then,
      email,
    };
    t.s.flow = null;
    if (!wasProven) {
      t.emit({ type: 'identity.verified', orderId: order.id });
      t.note(
        `Verified ownership of order ${order.id} (${best === 'full' ? 'e-mail' : 'postcode'}).`,
      );
      t.say('identity.ok', { orderNumber: order.id });
    } else t.note(`Confirmed the e-mail of order ${order.id}.`);
    // A number corrected since the request was made ("I meant 1021") replaces the one it named.
    const entities = flow.entities.filter(
      (e) => e.type !== 'order_number' || e.value.replace(/^#/, '') === order.id,
    );
    if (flow.then) {
      t.route(flow.then, entities, flow.text);
      if (flow.also) t.followUp(flow.also);
    } else t.clarify(flow.choices ?? []);
    return;
  }
  // Same words whether the order does not exist or the details do not match: nothing leaks.
  t.s.identity.failures += 1;
  t.emit({ type: 'identity.failed', attempt: t.s.identity.failures, orderNumber: number });
  t.note(`Ownership check failed (attempt ${t.s.identity.failures}).`);
  if (t.s.identity.failures >= maxIdentityFailures) {
    t.s.identity.throttledUntil = new Date(
      t.now.getTime() + throttleMinutes * 60_000,
    ).toISOString();
    t.s.identity.orderNumber = null;
    t.say('identity.no_match');
    throttledReply(t);
    return;
  }
  // The order number is kept: only the proof is asked for again (or a corrected number).
  const tried: { email?: string; postcode?: string } = {};
  if (proof.email) tried.email = proof.email;
  if (proof.postcode) tried.postcode = proof.postcode;
  flow.tried = tried;
  t.s.flow = flow;
  if (flow.step !== 'email') flow.step = 'secret';
  t.say('identity.no_match');
  t.say('identity.retry_kept', { orderNumber: number });
  t.options([]);
}
