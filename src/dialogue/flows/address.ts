import type { Address, Order } from '../../domain/index.js';
import { cityCountry, countryCode, postcodeCountry } from '../../nlu/acts/countries.js';
import { foldText } from '../../nlu/acts/readers.js';
import { offerPerson } from '../handoff.js';
import type { Act, Turn } from '../kit.js';
import type { Entity, Flow } from '../types.js';
import { doneOptions, escapeAddress, looksLikeNewRequest } from './common.js';
import type { FlowSpec } from './spec.js';

export function startAddress(t: Turn, order: Order, entities: Entity[] = [], text = ''): void {
  const d = t.ctx.policy.decideAddressChange(order, t.now);
  if (d.outcome !== 'allow') {
    t.emit({ type: 'address.refused', orderId: order.id, rule: d.rule, reason: d.reason });
    t.note(`Address change refused: ${d.rule} (${d.reason}).`);
    const f = order.fulfillment;
    t.say('address.refused_shipped', {
      carrier: f.carrier ?? '',
      hasCarrier: f.carrier ? 'yes' : 'no',
    });
    if (f.trackingNumber) t.say('status.tracking_number', { trackingNumber: f.trackingNumber });
    offerPerson(t, {
      rule: d.rule,
      reason: d.reason,
      desired: 'Redirect the parcel to a new address',
    });
    return;
  }
  const flow: Extract<Flow, { name: 'address' }> = { name: 'address', step: 'value' };
  t.s.flow = flow;
  // The new address already in the first message: read it back at once.
  const given = addressFrom(entities, text, order, false);
  if (given) return confirmAddress(t, order, flow, given);
  t.say('address.ask', { orderNumber: order.id });
  t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
}

/**
 * The address in a message: the NLU's `address` entity when it has street, city and postcode,
 * else the whole message parsed as an address (only when the message is the answer).
 */
function addressFrom(
  entities: Entity[],
  text: string,
  order: Order,
  whole: boolean,
): Address | null {
  const fallback = order.shippingAddress?.country ?? 'US';
  const e = entities.find((x) => x.type === 'address' && x.parts);
  if (e?.parts?.line1 && e.parts.city && e.parts.postcode) {
    const country =
      e.parts.country && /^[A-Z]{2}$/.test(e.parts.country)
        ? e.parts.country
        : (countryCode(foldText(e.parts.country ?? '')) ??
          postcodeCountry(e.parts.postcode) ??
          cityCountry(foldText(e.parts.city)) ??
          fallback);
    const a: Address = {
      line1: unstop(e.parts.line1).slice(0, 300),
      city: unstop(e.parts.city).slice(0, 200),
      postcode: e.parts.postcode.slice(0, 20),
      country,
    };
    if (e.parts.line2) a.line2 = unstop(e.parts.line2).slice(0, 300);
    if (e.parts.region) a.region = unstop(e.parts.region).slice(0, 100);
    return a;
  }
  if (e && !whole) return parseAddress(e.value, fallback);
  return whole ? parseAddress(text, fallback) : null;
}

function confirmAddress(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'address' }>,
  a: Address,
): void {
  flow.address = a;
  flow.step = 'confirm';
  t.say('address.confirm', {
    mdAddress: `**${escapeAddress(addressText(a))}**`,
    orderNumber: order.id,
  });
  t.options([
    { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
}

/** A part of an address without the full stop of the sentence it ended ("… 1100-053 Lisboa."). */
function unstop(part: string): string {
  return part.trim().replace(/\s*[.!?…]+$/u, '');
}

/** Reads "12 Oak St, Springfield, 12345, US" into an address; null when street, city or postcode is missing. */
export function parseAddress(text: string, fallbackCountry: string): Address | null {
  const parts = text
    .split(/[\n,;]+/)
    .map(unstop)
    .filter((p) => p !== '');
  if (parts.length < 2 || text.length > 400) return null;
  let country = fallbackCountry;
  const last = parts[parts.length - 1] ?? '';
  const lastFold = foldText(last);
  if (/^[A-Z]{2}$/.test(last)) {
    country = last;
    parts.pop();
  } else if (countryCode(lastFold)) {
    country = countryCode(lastFold) ?? country;
    parts.pop();
  }
  const line1 = parts.shift();
  if (!line1 || !/\p{L}/u.test(line1)) return null;
  let postcode: string | undefined;
  let city: string | undefined;
  let region: string | undefined;
  for (const p of parts) {
    const m =
      /\b(\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/i.exec(
        p,
      );
    if (!postcode && m?.[1]) {
      postcode = m[1].toUpperCase();
      const rest = p.replace(m[1], '').trim();
      if (rest && !city) city = rest;
      else if (rest && /^[\p{L}]{2,3}$/u.test(rest)) region = rest;
    } else if (!city) city = p;
  }
  if (!postcode || !city) return null;
  // No country written: the postcode's shape ("LS1 4AB") or a large city ("…, 10119 Berlin")
  // names it, else the order's own.
  if (country === fallbackCountry)
    country = postcodeCountry(postcode) ?? cityCountry(foldText(city)) ?? country;
  const a: Address = {
    line1: line1.slice(0, 300),
    city: city.slice(0, 200),
    postcode: postcode.slice(0, 20),
    country,
  };
  if (region) a.region = region.slice(0, 100);
  return a;
}

function addressText(a: Address): string {
  return `${a.line1}, ${a.postcode} ${a.city}${a.region ? ` ${a.region}` : ''}, ${a.country}`;
}

export function continueAddress(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'address' }>,
  act: Act,
): boolean {
  if (act.choice === 'cancel_flow') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  if (flow.step === 'confirm' && act.choice === 'yes' && flow.address) {
    const d = t.ctx.policy.decideAddressChange(order, t.now);
    if (d.outcome !== 'allow') {
      t.s.flow = null;
      startAddress(t, order);
      return true;
    }
    t.effect({
      kind: 'changeAddress',
      orderId: order.id,
      address: flow.address,
      decision: d,
      key: t.key('address'),
    });
    t.note(`Address changed to ${addressText(flow.address)}.`);
    t.say('address.done', {
      orderNumber: order.id,
      mdAddress: `**${escapeAddress(addressText(flow.address))}**`,
    });
    t.s.flow = null;
    doneOptions(t);
    t.resolved();
    return true;
  }
  if (flow.step === 'confirm' && act.choice === 'no') {
    flow.step = 'value';
    delete flow.address;
    t.say('address.ask_again');
    return true;
  }
  if (flow.step === 'value' && act.affirm === 'no') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  // "ok" is not an address; "ok, the new one is 5 Calle Mayor, 28013 Madrid" carries one.
  if (
    flow.step === 'value' &&
    act.affirm === 'yes' &&
    !act.u?.entities.some((e) => e.type === 'address' && e.parts)
  ) {
    t.invalid('address.unclear');
    return true;
  }
  // An address that parses is the answer, whatever else the message looks like.
  const a = addressFrom(act.u?.entities ?? [], act.text, order, true);
  if (!a && looksLikeNewRequest(act, t)) return false;
  if (!a) {
    if (act.text.trim() === '') return false;
    t.invalid('address.unclear');
    return true;
  }
  confirmAddress(t, order, flow, a);
  return true;
}

export function promptAddress(
  t: Turn,
  order: Order,
  flow: Extract<Flow, { name: 'address' }>,
): void {
  if (flow.step === 'confirm' && flow.address) {
    t.say('address.confirm', {
      mdAddress: `**${escapeAddress(addressText(flow.address))}**`,
      orderNumber: order.id,
    });
    t.options([
      { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
      { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
    ]);
  } else t.say('address.ask', { orderNumber: order.id });
}

/** R4: a new delivery address. */
export const addressFlow: FlowSpec<'address'> = {
  intent: () => 'change_address',
  needsOrder: true,
  resumable: true,
  takesFreeText: (f) => f.step === 'value',
  prompt: (t, f, order) => {
    if (order) promptAddress(t, order, f);
  },
  handle: (t, f, act, order) => (order ? continueAddress(t, order, f, act) : false),
};
