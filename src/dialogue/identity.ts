import type { Intent, Order } from '../domain/index.js';
import { entity, type Act, type Turn } from './kit.js';
import type { Entity, Flow } from './types.js';

/** Failed proofs allowed before look-ups pause (R2). */
export const maxIdentityFailures = 3;
/** How long look-ups stay paused after the last failure. */
export const throttleMinutes = 15;

const normPostcode = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
const normEmail = (s: string): string => s.trim().toLowerCase();

/** Proof of ownership: the order exists and the e-mail or postcode matches it. */
export function ownsOrder(order: Order | null, proof: { email?: string | undefined; postcode?: string | undefined }): boolean {
  if (!order) return false;
  if (proof.email && normEmail(proof.email) === normEmail(order.customer.email)) return true;
  if (proof.postcode) {
    const p = normPostcode(proof.postcode);
    if (p.length < 3) return false;
    const known = [order.customer.postcode, order.shippingAddress?.postcode].filter((x): x is string => !!x).map(normPostcode);
    return known.includes(p);
  }
  return false;
}

/** Order-number-looking tokens in free text ("#1042", "MD-2041"): digits, 3–24 characters. */
export function orderNumberCandidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/#?\b([A-Za-z]{0,6}[-_]?\d[\w-]{1,22})\b/g)) {
    const v = m[1];
    if (v && v.length >= 3 && v.length <= 24 && !/@/.test(v)) out.add(v.replace(/^#/, ''));
  }
  return [...out].slice(0, 5);
}

const emailRe = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/;

export function isThrottled(t: Turn): boolean {
  const until = t.s.identity.throttledUntil;
  return until !== null && new Date(until).getTime() > t.now.getTime();
}

function throttledReply(t: Turn): void {
  t.say('identity.throttled');
  t.s.pendingHandoff = { rule: 'identity.throttled', reason: 'Customer could not prove ownership of an order three times.', desired: null };
  t.options([
    { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
    { value: 'intent:shop_question', label: t.label('qr.question') },
  ]);
  t.s.flow = null;
  t.s.status = 'open';
}

/** Starts (or continues) proving ownership before an order-specific request. */
export function startIdentify(t: Turn, then: Intent | null, entities: Entity[], text: string, choices: Intent[] = []): void {
  if (isThrottled(t)) return throttledReply(t);
  const flow: Extract<Flow, { name: 'identify' }> = { name: 'identify', then, step: 'order', entities, text, choices };
  const number = entity(entities, 'order_number') ?? t.s.identity.orderNumber;
  if (number) t.s.identity.orderNumber = number.replace(/^#/, '');
  const email = entity(entities, 'email') ?? emailRe.exec(text)?.[0];
  let postcode = entity(entities, 'postcode');
  if (!email && !postcode && t.s.identity.orderNumber) {
    // "1042 94110": the token that is not the order number may be the postcode.
    postcode = orderNumberCandidates(text).find((x) => x !== t.s.identity.orderNumber);
  }
  if (t.s.identity.orderNumber && (email || postcode)) {
    t.s.flow = flow;
    verify(t, flow, { email, postcode });
    return;
  }
  t.s.flow = flow;
  if (t.s.identity.orderNumber) {
    flow.step = 'secret';
    t.say('identity.ask_secret', { orderNumber: t.s.identity.orderNumber });
  } else {
    t.say('identity.ask_both');
  }
  t.options([]);
  t.s.status = 'waiting_for_customer';
}

export function promptIdentify(t: Turn, flow: Extract<Flow, { name: 'identify' }>): void {
  if (flow.step === 'secret' && t.s.identity.orderNumber) t.say('identity.ask_secret', { orderNumber: t.s.identity.orderNumber });
  else t.say('identity.ask_both');
}

/** Handles an answer while proving ownership; false when the message is about something else. */
export function continueIdentify(t: Turn, flow: Extract<Flow, { name: 'identify' }>, act: Act): boolean {
  if (isThrottled(t)) {
    throttledReply(t);
    return true;
  }
  const ents = act.u?.entities ?? [];
  const text = act.text.trim();
  let number = entity(ents, 'order_number');
  let email = entity(ents, 'email') ?? emailRe.exec(text)?.[0];
  let postcode = entity(ents, 'postcode');
  if (!number && (flow.step === 'order' || !t.s.identity.orderNumber)) {
    const c = orderNumberCandidates(text);
    if (c.length > 0 && (c.length === 1 || !email)) number = c[0];
  }
  if (flow.step === 'secret' && t.s.identity.orderNumber && !email && !postcode && /^\S{3,12}$/.test(text) && /\d/.test(text)) {
    // Asked for the e-mail or postcode, the customer sent one token: it is the postcode.
    postcode = text;
    number = undefined;
  }
  if (number) t.s.identity.orderNumber = number.replace(/^#/, '');
  if (flow.step === 'secret' && !email && !postcode && !number && text.length > 0 && text.length <= 12 && /\d/.test(text)) {
    postcode = text;
  }
  if (flow.step === 'order' && t.s.identity.orderNumber && !email && !postcode) {
    // Second token of "1042 94110" may be the postcode.
    const rest = orderNumberCandidates(text).filter((x) => x !== t.s.identity.orderNumber);
    if (rest[0]) postcode = rest[0];
  }
  if (!t.s.identity.orderNumber && !email && !postcode) return false;
  if (!t.s.identity.orderNumber) {
    flow.step = 'order';
    t.say('identity.ask_number');
    t.s.status = 'waiting_for_customer';
    if (email) email = undefined;
    return true;
  }
  if (!email && !postcode) {
    flow.step = 'secret';
    t.say('identity.ask_secret', { orderNumber: t.s.identity.orderNumber });
    t.s.status = 'waiting_for_customer';
    return true;
  }
  verify(t, flow, { email, postcode });
  return true;
}

function verify(t: Turn, flow: Extract<Flow, { name: 'identify' }>, proof: { email?: string | undefined; postcode?: string | undefined }): void {
  const number = t.s.identity.orderNumber ?? '';
  if ((t.ctx.lockedOrders ?? []).includes(number)) {
    // Too many failed proofs for this order from any conversation: no look-up, and no new count.
    t.s.identity.orderNumber = null;
    t.note(`Look-ups of order ${number} are paused after repeated failed proofs.`);
    throttledReply(t);
    return;
  }
  const order = t.ctx.orders[number] ?? null;
  if (ownsOrder(order, proof) && order) {
    t.s.identity = { ...t.s.identity, orderId: order.id, failures: 0, throttledUntil: null, orderNumber: null };
    t.emit({ type: 'identity.verified', orderId: order.id });
    t.note(`Verified ownership of order ${order.id}.`);
    t.s.flow = null;
    t.say('identity.ok', { orderNumber: order.id });
    if (flow.then) t.route(flow.then, flow.entities, flow.text);
    else t.clarify(flow.choices ?? []);
    return;
  }
  // Same words whether the order does not exist or the details do not match: nothing leaks.
  t.s.identity.failures += 1;
  t.s.identity.orderNumber = null;
  t.emit({ type: 'identity.failed', attempt: t.s.identity.failures, orderNumber: number });
  t.note(`Ownership check failed (attempt ${t.s.identity.failures}).`);
  if (t.s.identity.failures >= maxIdentityFailures) {
    t.s.identity.throttledUntil = new Date(t.now.getTime() + throttleMinutes * 60_000).toISOString();
    t.say('identity.no_match');
    throttledReply(t);
    return;
  }
  flow.step = 'order';
  t.s.flow = flow;
  t.say('identity.no_match');
  t.say('identity.ask_both');
  t.options([]);
  t.s.status = 'waiting_for_customer';
}
