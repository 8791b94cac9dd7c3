import type { Address, Decision, Order, OrderItem, Refund } from '../domain/index.js';
import { hasMessage } from '../voice/index.js';
import { extractValue, foldText } from './acts.js';
import { escalate, offerPerson } from './handoff.js';
import { entity, type Act, type Turn } from './kit.js';
import { briefSlots, type BriefSlot, type ChangeFlow, type Entity, type Flow, type QualityProblem, type Remedy } from './types.js';

/* ───────────────────────── helpers ───────────────────────── */

export function stageName(t: Turn, stage: string): string {
  const key = `stage.${stage}`;
  if (hasMessage(key)) return t.label(key);
  return t.ctx.policy.shop.stages.find((s) => s.id === stage)?.label ?? stage.replace(/_/g, ' ');
}

function itemName(order: Order, sku?: string): string {
  const item = sku ? order.items.find((i) => i.sku === sku) : order.items[0];
  return item?.title ?? order.items[0]?.title ?? '';
}

function doneOptions(t: Turn): void {
  t.options([
    { value: 'done', label: t.label('qr.done'), yesno: 'no' },
    { value: 'menu', label: t.label('qr.something_else') },
  ]);
}

function itemOptions(t: Turn, items: OrderItem[]): void {
  t.options(items.map((i) => ({ value: `sku:${i.sku}`, label: i.title })));
}

/** Picks the item the customer means: by button, by position, or by naming it. */
function pickItem(act: Act, items: OrderItem[]): OrderItem | null {
  if (act.choice?.startsWith('sku:')) return items.find((i) => `sku:${i.sku}` === act.choice) ?? null;
  return guessItem(act.text, items);
}

/** The one item whose title shares a meaningful word with the text ("the bowl" → "Serving bowl, ash glaze"). */
export function guessItem(text: string, items: OrderItem[]): OrderItem | null {
  const t = foldText(text);
  if (t === '') return null;
  const exact = items.find((i) => t.includes(foldText(i.title)) || foldText(i.title) === t);
  if (exact) return exact;
  const words = new Set(t.split(' ').filter((w) => w.length >= 3).map((w) => w.replace(/s$/, '')));
  const hits = items.filter((i) => foldText(i.title).split(' ').some((w) => w.length >= 3 && words.has(w.replace(/s$/, ''))));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** Words customers use for each personalisation field, all six languages. */
const fieldWords: Record<string, string[]> = {
  engraving: ['engrav', 'inscription', 'grabad', 'gravur', 'graviert', 'gravure', 'incision', 'gravacao', 'gravação', 'name', 'nombre', 'nom', 'nome', 'text', 'texto', 'texte', 'testo', 'typo', 'spelling'],
  photo: ['photo', 'picture', 'image', 'foto', 'bild', 'imagen', 'immagine', 'imagem'],
  size: ['size', 'talla', 'tamano', 'tamaño', 'taille', 'grosse', 'größe', 'taglia', 'misura', 'tamanho', 'length', 'largo'],
  colour: ['colour', 'color', 'couleur', 'farbe', 'colore', 'cor '],
  pet: ['pet', 'name', 'mascota', 'animal', 'haustier', 'tier', 'animale', 'bicho'],
  gift_note: ['gift note', 'note', 'card', 'nota', 'tarjeta', 'carte', 'karte', 'notiz', 'biglietto', 'cartao', 'cartão', 'message', 'mensaje', 'nachricht', 'messaggio', 'mensagem'],
};

function fieldHint(text: string, entities: Entity[], keys: string[]): string | undefined {
  if (entity(entities, 'size') && keys.includes('size')) return 'size';
  if (entity(entities, 'colour') && keys.includes('colour')) return 'colour';
  const low = ` ${text.toLowerCase()} `;
  const direct = keys.find((k) => low.includes(k.replace(/_/g, ' ')));
  if (direct) return direct;
  for (const [field, words] of Object.entries(fieldWords)) {
    if (!words.some((w) => low.includes(w))) continue;
    const match = keys.find((k) => k === field || k.includes(field) || field.includes(k));
    if (match) return match;
    if (keys.length === 0) return field;
  }
  return undefined;
}

function fieldLabel(t: Turn, field: string): string {
  const known = ['engraving', 'photo', 'size', 'colour', 'gift_note', 'text'];
  return known.includes(field) ? t.label(`field.${field}` as 'field.engraving') : field.replace(/_/g, ' ');
}

/* ───────────────────────── R1 status, delivery ───────────────────────── */

export function orderStatus(t: Turn, order: Order, deliveryProblem: boolean): void {
  const f = order.fulfillment;
  const id = order.id;
  const item = itemName(order);
  if (order.cancelledAt) {
    t.say('status.cancelled', { orderNumber: id, date: t.instantDay(order.cancelledAt) });
    doneOptions(t);
    t.resolved();
    return;
  }
  if (f.status === 'delivered') {
    t.say('status.delivered', { orderNumber: id, item, date: f.deliveredAt ? t.instantDay(f.deliveredAt) : '—' });
    if (deliveryProblem) {
      t.say('delivery.not_received');
      t.s.pendingHandoff = { rule: 'escalation.delivery_dispute', reason: 'Marked delivered but the customer has not received it.', desired: 'Find or replace the parcel' };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'intent:damaged_item', label: t.label('qr.damaged') },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      return;
    }
    t.options([
      { value: 'intent:damaged_item', label: t.label('qr.damaged') },
      { value: 'intent:return_request', label: t.label('qr.return') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    t.resolved();
    return;
  }
  if (f.status === 'shipped') {
    t.say('status.thanks');
    t.say('status.shipped', { orderNumber: id, item, date: f.shippedAt ? t.instantDay(f.shippedAt) : '—', carrier: f.carrier ?? '' , hasCarrier: f.carrier ? 'yes' : 'no' });
    if (f.trackingNumber && f.trackingUrl) t.say('status.tracking_link', { trackingNumber: f.trackingNumber, mdUrl: safeUrl(f.trackingUrl) });
    else if (f.trackingNumber) t.say('status.tracking_number', { trackingNumber: f.trackingNumber });
    else t.say('status.tracking_unknown');
    if (f.estimatedDeliveryAt) t.say('status.eta', { date: t.instantDay(f.estimatedDeliveryAt) });
    else t.say('status.eta_unknown');
    if (deliveryProblem) {
      t.say('delivery.in_transit_help');
      t.s.pendingHandoff = { rule: 'escalation.delivery_problem', reason: 'Parcel in transit; customer reports a delivery problem.', desired: 'Trace the parcel' };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      t.resolved();
      return;
    }
    doneOptions(t);
    t.resolved();
    return;
  }
  // Unfulfilled: thank, explain handmade lead time, stage, window (never a single date).
  const lt = t.ctx.policy.leadTime(order);
  const window = t.ctx.policy.shipWindow(order, t.now);
  const late = t.ctx.policy.businessDaysLate(order, t.now);
  const personalized = order.items.some((i) => i.personalized);
  t.say(order.delayed || late > 0 ? 'status.thanks_late' : 'status.thanks');
  t.say(personalized ? 'status.leadtime_personal' : 'status.leadtime_handmade', { item, min: lt.minBusinessDays, max: lt.maxBusinessDays });
  t.say('status.stage', { orderNumber: id, stage: stageName(t, order.stage) });
  if (order.delayed || late > 0) {
    if (window) t.say('status.delayed_window', { start: t.day(window.start), end: t.day(window.end) });
    else t.say('status.delayed_no_window');
    const threshold = t.ctx.policy.delayThresholdBusinessDays(order);
    if (late > threshold) {
      t.say('status.delayed_offer_person', { days: late });
      t.s.pendingHandoff = { rule: 'escalation.delay_threshold', reason: `Order is ${late} business days past its ship window (threshold ${threshold}).`, desired: null };
      t.options([
        { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
        { value: 'done', label: t.label('qr.done'), yesno: 'no' },
      ]);
      t.note(`Order ${id} is late by ${late} business days.`);
      t.resolved();
      return;
    }
  } else if (window) {
    t.say('status.window', { start: t.day(window.start), end: t.day(window.end) });
  } else {
    t.say('status.window_unknown');
  }
  t.say('status.notify');
  if (deliveryProblem) t.say('delivery.not_shipped_yet');
  doneOptions(t);
  t.note(`Told status of order ${id}: stage ${order.stage}${window ? `, window ${window.start}..${window.end}` : ''}.`);
  t.resolved();
}

function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '';
}

/* ───────────────────────── R3 change of custom details ───────────────────────── */

export function startChange(t: Turn, order: Order, entities: Entity[], text: string): void {
  const items = order.items.filter((i) => i.personalized);
  if (items.length === 0) {
    t.say('change.nothing_personal', { orderNumber: order.id });
    offerPerson(t, { rule: 'change.not_personalized', reason: 'Customer asked to change an order with no personalised item.', desired: text.slice(0, 200) });
    return;
  }
  const quoted = entity(entities, 'quoted_text');
  const flow: ChangeFlow = { name: 'change', step: 'item' };
  const first = items.length === 1 ? items[0] : guessItem(text, items);
  if (first) flow.sku = first.sku;
  const keys = first ? Object.keys(first.personalization) : [];
  const hint = fieldHint(text, entities, keys);
  if (hint) flow.field = hint;
  const value = quoted ?? entity(entities, 'size') ?? entity(entities, 'colour');
  if (value && value.trim() !== '') flow.value = value.trim().slice(0, 60);
  t.s.flow = flow;
  advanceChange(t, order, flow, true);
}

function advanceChange(t: Turn, order: Order, flow: ChangeFlow, fresh: boolean): void {
  const items = order.items.filter((i) => i.personalized);
  if (!flow.sku) {
    t.say('change.which_item');
    itemOptions(t, items);
    flow.step = 'item';
    t.s.status = 'waiting_for_customer';
    return;
  }
  const item = items.find((i) => i.sku === flow.sku);
  if (!item) {
    flow.sku = undefined as unknown as string;
    delete flow.sku;
    return advanceChange(t, order, flow, fresh);
  }
  const keys = Object.keys(item.personalization);
  if (!flow.field && keys.length > 1) {
    // Say no before asking which detail, when nothing on the piece can change any more.
    const d = t.ctx.policy.decideChange(order, item.sku, keys[0] ?? 'engraving', t.now);
    if (d.outcome !== 'allow') return refuseChange(t, order, item, keys[0] ?? 'engraving', d);
  }
  if (!flow.field) {
    if (keys.length === 1 && keys[0]) flow.field = keys[0];
    else if (keys.length === 0) flow.field = 'engraving';
    else {
      t.say('change.which_field', { item: item.title });
      t.options(keys.map((k) => ({ value: `field:${k}`, label: fieldLabel(t, k) })));
      flow.step = 'field';
      t.s.status = 'waiting_for_customer';
      return;
    }
  }
  const decision = t.ctx.policy.decideChange(order, item.sku, flow.field, t.now);
  if (decision.outcome !== 'allow') return refuseChange(t, order, item, flow.field, decision);
  if (fresh) t.say('change.allowed', { orderNumber: order.id, item: item.title });
  const current = item.personalization[flow.field];
  if (!flow.value) {
    flow.step = 'value';
    if (flow.field === 'photo') t.say('change.ask_photo');
    else if (current) t.say('change.ask_value_current', { field: fieldLabel(t, flow.field), current });
    else t.say('change.ask_value', { field: fieldLabel(t, flow.field) });
    t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
    t.s.status = 'waiting_for_customer';
    return;
  }
  confirmChange(t, item, flow);
}

function confirmChange(t: Turn, item: OrderItem, flow: ChangeFlow): void {
  flow.step = 'confirm';
  const field = flow.field ?? 'engraving';
  const current = item.personalization[field];
  const value = field === 'photo' ? t.label('change.new_photo') : (flow.value ?? '');
  if (current && field !== 'photo') t.say('change.confirm_from', { field: fieldLabel(t, field), item: item.title, value, current });
  else t.say('change.confirm', { field: fieldLabel(t, field), item: item.title, value });
  t.options([
    { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
  t.s.status = 'waiting_for_customer';
}

function refuseChange(t: Turn, order: Order, item: OrderItem, field: string, d: Decision): void {
  t.emit({ type: 'change.refused', orderId: order.id, rule: d.rule, reason: d.reason, itemSku: item.sku, field });
  t.note(`Change of ${field} on ${item.sku} refused: ${d.rule} (${d.reason}).`);
  t.s.flow = null;
  if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
    escalate(t, { rule: d.rule, reason: d.reason, desired: `Change ${field}`, priority: 2 });
    return;
  }
  const byStage = /stage|lock|production/i.test(d.rule);
  t.say(byStage ? 'change.refused_locked' : 'change.refused_window', { item: item.title, stage: stageName(t, order.stage) });
  if (d.facts['sellerSpecific'] === true) t.say('return.seller_rule');
  t.say('change.refused_options');
  offerPerson(t, { rule: d.rule, reason: `Exception requested: ${d.reason}`, desired: `Change ${field} on ${item.title}` }, [
    { value: 'intent:custom_request', label: t.label('qr.new_order') },
  ]);
}

export function continueChange(t: Turn, order: Order, flow: ChangeFlow, act: Act): boolean {
  const items = order.items.filter((i) => i.personalized);
  if (act.choice === 'cancel_flow') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, items);
      if (!item) return false;
      flow.sku = item.sku;
      advanceChange(t, order, flow, false);
      return true;
    }
    case 'field': {
      const item = items.find((i) => i.sku === flow.sku);
      const keys = item ? Object.keys(item.personalization) : [];
      const f = act.choice?.startsWith('field:') ? act.choice.slice(6) : fieldHint(act.text, act.u?.entities ?? [], keys);
      if (!f || !keys.includes(f)) return false;
      flow.field = f;
      advanceChange(t, order, flow, false);
      return true;
    }
    case 'value': {
      const item = items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      if (flow.field === 'photo') {
        if (act.attachments.length === 0) return false;
        flow.value = act.attachments[0] ?? '';
        confirmChange(t, item, flow);
        return true;
      }
      if (looksLikeNewRequest(act, t)) return false;
      const v = extractValue(act.text, entity(act.u?.entities ?? [], 'quoted_text'));
      if (!v) {
        t.say('change.value_unclear', { field: fieldLabel(t, flow.field ?? 'engraving') });
        t.s.status = 'waiting_for_customer';
        return true;
      }
      flow.value = v;
      confirmChange(t, item, flow);
      return true;
    }
    case 'confirm': {
      const item = items.find((i) => i.sku === flow.sku);
      if (!item || !flow.field) return false;
      if (act.choice === 'yes') {
        // Decide again: the window may have closed since the question was asked.
        const d = t.ctx.policy.decideChange(order, item.sku, flow.field, t.now);
        if (d.outcome !== 'allow') {
          refuseChange(t, order, item, flow.field, d);
          return true;
        }
        const after = flow.value ?? '';
        t.effect({ kind: 'recordChange', orderId: order.id, itemSku: item.sku, field: flow.field, before: item.personalization[flow.field] ?? null, after, decision: d, key: t.key('change') });
        t.note(`Recorded change of ${flow.field} on ${item.sku}: "${item.personalization[flow.field] ?? ''}" → "${after}".`);
        t.say('change.done', { field: fieldLabel(t, flow.field), value: flow.field === 'photo' ? t.label('change.new_photo') : after, orderNumber: order.id });
        t.s.flow = null;
        doneOptions(t);
        t.resolved();
        return true;
      }
      if (act.choice === 'no') {
        flow.step = 'value';
        delete flow.value;
        t.say(flow.field === 'photo' ? 'change.ask_photo' : 'change.ask_value_again', { field: fieldLabel(t, flow.field) });
        t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
        t.s.status = 'waiting_for_customer';
        return true;
      }
      if (flow.field === 'photo' && act.attachments[0]) {
        flow.value = act.attachments[0];
        confirmChange(t, item, flow);
        return true;
      }
      // "actually make it Emma": a new value replaces the old one and is read back again.
      const v = looksLikeNewRequest(act, t) ? null : extractValue(act.text, entity(act.u?.entities ?? [], 'quoted_text'));
      if (!v) return false;
      flow.value = v;
      confirmChange(t, item, flow);
      return true;
    }
  }
}

/** A long or question-like message with a confident intent is a new request, not a slot value. */
export function looksLikeNewRequest(act: Act, t: Turn): boolean {
  const u = act.u;
  if (!u || entity(u.entities, 'quoted_text')) return false;
  const words = act.text.trim().split(/\s+/).length;
  const confident = u.confidence >= t.ctx.clarifyThreshold && !['other', 'greeting', 'thanks', 'change_details'].includes(u.intent);
  const question = /[?¿]/.test(act.text);
  return (confident && (words > 5 || question)) || (question && words > 4);
}

export function promptChange(t: Turn, order: Order, flow: ChangeFlow): void {
  const item = order.items.find((i) => i.sku === flow.sku);
  if (flow.step === 'confirm' && item) return confirmChange(t, item, flow);
  advanceChange(t, order, flow, false);
}

/* ───────────────────────── R4 address ───────────────────────── */

export function startAddress(t: Turn, order: Order): void {
  const d = t.ctx.policy.decideAddressChange(order, t.now);
  if (d.outcome !== 'allow') {
    t.emit({ type: 'address.refused', orderId: order.id, rule: d.rule, reason: d.reason });
    t.note(`Address change refused: ${d.rule} (${d.reason}).`);
    const f = order.fulfillment;
    t.say('address.refused_shipped', { carrier: f.carrier ?? '', hasCarrier: f.carrier ? 'yes' : 'no' });
    if (f.trackingNumber) t.say('status.tracking_number', { trackingNumber: f.trackingNumber });
    offerPerson(t, { rule: d.rule, reason: d.reason, desired: 'Redirect the parcel to a new address' });
    return;
  }
  t.s.flow = { name: 'address', step: 'value' };
  t.say('address.ask', { orderNumber: order.id });
  t.options([{ value: 'cancel_flow', label: t.label('qr.never_mind') }]);
  t.s.status = 'waiting_for_customer';
}

const countryNames: Record<string, string> = {
  'united states': 'US', usa: 'US', us: 'US', 'united kingdom': 'GB', uk: 'GB', england: 'GB', spain: 'ES', espana: 'ES', france: 'FR',
  germany: 'DE', deutschland: 'DE', italy: 'IT', italia: 'IT', portugal: 'PT', canada: 'CA', mexico: 'MX', brasil: 'BR', brazil: 'BR',
  netherlands: 'NL', belgium: 'BE', austria: 'AT', osterreich: 'AT', switzerland: 'CH', schweiz: 'CH', ireland: 'IE', australia: 'AU',
};

/** Reads "12 Oak St, Springfield, 12345, US" into an address; null when street, city or postcode is missing. */
export function parseAddress(text: string, fallbackCountry: string): Address | null {
  const parts = text.split(/[\n,;]+/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || text.length > 400) return null;
  let country = fallbackCountry;
  const last = parts[parts.length - 1] ?? '';
  const lastFold = foldText(last);
  if (/^[A-Z]{2}$/.test(last)) {
    country = last;
    parts.pop();
  } else if (countryNames[lastFold]) {
    country = countryNames[lastFold] ?? country;
    parts.pop();
  }
  const line1 = parts.shift();
  if (!line1 || !/\p{L}/u.test(line1)) return null;
  let postcode: string | undefined;
  let city: string | undefined;
  for (const p of parts) {
    const m = /\b(\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/i.exec(p);
    if (!postcode && m?.[1]) {
      postcode = m[1].toUpperCase();
      const rest = p.replace(m[1], '').trim();
      if (rest && !city) city = rest;
    } else if (!city) city = p;
  }
  if (!postcode || !city) return null;
  return { line1: line1.slice(0, 300), city: city.slice(0, 200), postcode: postcode.slice(0, 20), country };
}

function addressText(a: Address): string {
  return `${a.line1}, ${a.postcode} ${a.city}, ${a.country}`;
}

export function continueAddress(t: Turn, order: Order, flow: Extract<Flow, { name: 'address' }>, act: Act): boolean {
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
    t.effect({ kind: 'changeAddress', orderId: order.id, address: flow.address, decision: d, key: t.key('address') });
    t.note(`Address changed to ${addressText(flow.address)}.`);
    t.say('address.done', { orderNumber: order.id, mdAddress: `**${escapeAddress(addressText(flow.address))}**` });
    t.s.flow = null;
    doneOptions(t);
    t.resolved();
    return true;
  }
  if (flow.step === 'confirm' && act.choice === 'no') {
    flow.step = 'value';
    delete flow.address;
    t.say('address.ask_again');
    t.s.status = 'waiting_for_customer';
    return true;
  }
  if (looksLikeNewRequest(act, t)) return false;
  const a = parseAddress(act.text, order.shippingAddress?.country ?? 'US');
  if (!a) {
    if (act.text.trim() === '') return false;
    t.say('address.unclear');
    t.s.status = 'waiting_for_customer';
    return true;
  }
  flow.address = a;
  flow.step = 'confirm';
  t.say('address.confirm', { mdAddress: `**${escapeAddress(addressText(a))}**`, orderNumber: order.id });
  t.options([
    { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
  t.s.status = 'waiting_for_customer';
  return true;
}

function escapeAddress(s: string): string {
  return s.replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/</g, '‹').replace(/>/g, '›');
}

export function promptAddress(t: Turn, order: Order, flow: Extract<Flow, { name: 'address' }>): void {
  if (flow.step === 'confirm' && flow.address) {
    t.say('address.confirm', { mdAddress: `**${escapeAddress(addressText(flow.address))}**`, orderNumber: order.id });
    t.options([
      { value: 'yes', label: t.label('qr.yes_save'), yesno: 'yes' },
      { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
    ]);
  } else t.say('address.ask', { orderNumber: order.id });
}

/* ───────────────────────── R5 cancellation ───────────────────────── */

export function startCancel(t: Turn, order: Order): void {
  if (order.cancelledAt) {
    t.say('status.cancelled', { orderNumber: order.id, date: t.instantDay(order.cancelledAt) });
    doneOptions(t);
    return;
  }
  const d = t.ctx.policy.decideCancel(order, t.now);
  if (d.outcome === 'allow') {
    t.s.flow = { name: 'cancel', step: 'confirm' };
    promptCancel(t, order);
    return;
  }
  t.emit({ type: 'cancel.refused', orderId: order.id, rule: d.rule, reason: d.reason });
  t.note(`Cancellation refused: ${d.rule} (${d.reason}).`);
  if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
    escalate(t, { rule: d.rule, reason: d.reason, desired: 'Cancel the order', priority: 2 });
    return;
  }
  const shipped = order.fulfillment.status !== 'unfulfilled';
  t.say(shipped ? 'cancel.refused_shipped' : 'cancel.refused_production', { orderNumber: order.id, stage: stageName(t, order.stage) });
  offerPerson(t, { rule: d.rule, reason: `Exception requested: ${d.reason}`, desired: 'Cancel the order' }, shipped ? [{ value: 'intent:return_request', label: t.label('qr.return') }] : []);
}

export function promptCancel(t: Turn, order: Order): void {
  const refundable = order.payment.totalMinor - order.payment.refundedMinor;
  t.say('cancel.confirm', { orderNumber: order.id, amount: t.money(refundable, order.currency) });
  t.options([
    { value: 'yes', label: t.label('qr.yes_cancel'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_keep'), yesno: 'no' },
  ]);
  t.s.status = 'waiting_for_customer';
}

export function continueCancel(t: Turn, order: Order, act: Act): boolean {
  if (act.choice === 'yes') {
    const d = t.ctx.policy.decideCancel(order, t.now);
    t.s.flow = null;
    if (d.outcome !== 'allow') {
      startCancel(t, order);
      return true;
    }
    const refundable = order.payment.totalMinor - order.payment.refundedMinor;
    t.effect({ kind: 'cancelOrder', orderId: order.id, decision: d, key: t.key('cancel') });
    t.note(`Order ${order.id} cancelled with a full refund.`);
    t.say('cancel.done', { orderNumber: order.id, amount: t.money(refundable, order.currency) });
    doneOptions(t);
    t.resolved();
    return true;
  }
  if (act.choice === 'no') {
    t.s.flow = null;
    t.say('cancel.kept', { orderNumber: order.id });
    doneOptions(t);
    return true;
  }
  return false;
}

/* ───────────────────────── R6 returns and exchanges ───────────────────────── */

const exchangeWords = ['exchange', 'swap', 'different size', 'other size', 'bigger', 'smaller', 'cambiar', 'cambio', 'echanger', 'échanger', 'échange', 'umtausch', 'tauschen', 'cambiare', 'sostituire', 'trocar', 'troca'];

export function startReturn(t: Turn, order: Order, text: string): void {
  if (order.fulfillment.status !== 'delivered') {
    t.say('return.not_delivered', { orderNumber: order.id });
    t.options([
      { value: 'intent:cancel_order', label: t.label('qr.cancel') },
      { value: 'intent:order_status', label: t.label('qr.status') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    return;
  }
  const flow: Extract<Flow, { name: 'return' }> = { name: 'return', step: 'item' };
  const low = text.toLowerCase();
  if (exchangeWords.some((w) => low.includes(w))) flow.kind = 'exchange';
  if (order.items.length === 1 && order.items[0]) flow.sku = order.items[0].sku;
  else {
    const named = guessItem(text, order.items);
    if (named) flow.sku = named.sku;
  }
  t.s.flow = flow;
  advanceReturn(t, order, flow);
}

function advanceReturn(t: Turn, order: Order, flow: Extract<Flow, { name: 'return' }>): void {
  if (!flow.sku) {
    flow.step = 'item';
    t.say('return.which_item');
    itemOptions(t, order.items);
    t.s.status = 'waiting_for_customer';
    return;
  }
  const item = order.items.find((i) => i.sku === flow.sku);
  if (!item) return;
  const d = t.ctx.policy.decideReturn(order, [item.sku], flow.kind ?? 'return', t.now);
  if (d.outcome !== 'allow') {
    t.emit({ type: 'return.refused', orderId: order.id, rule: d.rule, reason: d.reason, itemSku: item.sku });
    t.note(`Return of ${item.sku} refused: ${d.rule} (${d.reason}).`);
    if (d.outcome === 'escalate' || d.outcome === 'needs_approval') {
      t.s.flow = null;
      escalate(t, { rule: d.rule, reason: d.reason, desired: flow.kind === 'exchange' ? 'Exchange' : 'Return', priority: 2 });
      return;
    }
    const msg = /personal/i.test(d.rule) ? 'return.refused_personalized' : /final/i.test(d.rule) ? 'return.refused_final_sale' : /window|days|expired/i.test(d.rule) ? 'return.refused_window' : 'return.refused_other';
    t.say(msg, { item: item.title, mdReason: '' });
    if (/seller/i.test(d.rule) || d.facts['sellerSpecific'] === true) t.say('return.seller_rule');
    const alts = t.ctx.policy.returnAlternatives(order, item.sku);
    flow.step = 'alternative';
    if (alts.length > 0) t.say('return.alternatives');
    t.s.pendingHandoff = { rule: d.rule, reason: `Exception requested: ${d.reason}`, desired: `${flow.kind === 'exchange' ? 'Exchange' : 'Return'} ${item.title}` };
    t.options([
      ...alts.map((a) => ({ value: `alt:${a}`, label: altLabel(t, a) })),
      { value: 'person', label: t.label('qr.person') },
      { value: 'done', label: t.label('qr.no_thanks'), yesno: 'no' as const },
    ]);
    t.s.status = 'waiting_for_customer';
    return;
  }
  if (!flow.kind) {
    flow.step = 'kind';
    t.say('return.which_kind', { item: item.title });
    t.options([
      { value: 'kind:return', label: t.label('qr.return_refund') },
      { value: 'kind:exchange', label: t.label('qr.exchange') },
    ]);
    t.s.status = 'waiting_for_customer';
    return;
  }
  flow.step = 'confirm';
  const payer = t.ctx.policy.returnShippingPaidBy(order, item.sku);
  t.say(flow.kind === 'exchange' ? 'return.confirm_exchange' : 'return.confirm_return', { item: item.title, orderNumber: order.id });
  t.say(payer === 'buyer' ? 'return.buyer_pays' : 'return.shop_pays');
  t.options([
    { value: 'yes', label: t.label('qr.yes_go_ahead'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_keep'), yesno: 'no' },
  ]);
  t.s.status = 'waiting_for_customer';
}

function altLabel(t: Turn, alt: string): string {
  const known = ['resize', 'resizing', 'repair', 'store_credit', 'exchange', 'engrave_again'];
  const k = alt.toLowerCase().replace(/[\s-]+/g, '_');
  if (known.includes(k)) return t.label(`alt.${k === 'resizing' ? 'resize' : k}` as 'alt.resize');
  return alt.replace(/_/g, ' ');
}

export function continueReturn(t: Turn, order: Order, flow: Extract<Flow, { name: 'return' }>, act: Act): boolean {
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, order.items);
      if (!item) return false;
      flow.sku = item.sku;
      advanceReturn(t, order, flow);
      return true;
    }
    case 'kind': {
      const low = act.text.toLowerCase();
      const kind = act.choice === 'kind:return' ? 'return' : act.choice === 'kind:exchange' ? 'exchange' : exchangeWords.some((w) => low.includes(w)) ? 'exchange' : /refund|reembols|rembours|erstatt|rimbors|reembolso|money back/.test(low) ? 'return' : null;
      if (!kind) return false;
      flow.kind = kind;
      advanceReturn(t, order, flow);
      return true;
    }
    case 'confirm': {
      const item = order.items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      if (act.choice === 'yes') {
        const kind = flow.kind ?? 'return';
        const d = t.ctx.policy.decideReturn(order, [item.sku], kind, t.now);
        t.s.flow = null;
        if (d.outcome !== 'allow') {
          t.s.flow = flow;
          advanceReturn(t, order, flow);
          return true;
        }
        t.effect({ kind: 'createReturn', orderId: order.id, returnKind: kind, itemSkus: [item.sku], reason: act.text || kind, decision: d, key: t.key('return') });
        t.note(`${kind} created for ${item.sku}.`);
        t.say(kind === 'exchange' ? 'return.done_exchange' : 'return.done_return', { item: item.title, orderNumber: order.id });
        doneOptions(t);
        t.resolved();
        return true;
      }
      if (act.choice === 'no') {
        t.s.flow = null;
        t.say('flow.left_as_is');
        doneOptions(t);
        return true;
      }
      return false;
    }
    case 'alternative': {
      if (act.choice?.startsWith('alt:')) {
        const alt = act.choice.slice(4);
        const item = order.items.find((i) => i.sku === flow.sku);
        t.s.flow = null;
        const pending = t.s.pendingHandoff;
        escalate(t, {
          rule: pending?.rule ?? 'returns.alternative',
          reason: `Customer chose an alternative to a return: ${alt}.`,
          desired: `${alt} for ${item?.title ?? 'the item'}`,
          priority: 3,
          wording: 'alternative',
        });
        return true;
      }
      return false;
    }
  }
}

export function promptReturn(t: Turn, order: Order, flow: Extract<Flow, { name: 'return' }>): void {
  advanceReturn(t, order, flow);
}

/* ───────────────────────── R7 quality problems ───────────────────────── */

export function startQuality(t: Turn, order: Order, problem: QualityProblem, text: string): void {
  t.say(`quality.sorry_${problem}`, { orderNumber: order.id });
  const flow: Extract<Flow, { name: 'quality' }> = { name: 'quality', problem, step: 'item', evidence: [...t.s.attachments], asks: 0 };
  if (order.items.length === 1 && order.items[0]) flow.sku = order.items[0].sku;
  else {
    const named = guessItem(text, order.items);
    if (named) flow.sku = named.sku;
  }
  t.s.flow = flow;
  if (flow.evidence.length > 0) t.emit({ type: 'evidence.received', orderId: order.id, attachmentIds: flow.evidence });
  t.note(`Customer reports a ${problem} problem on order ${order.id}.`);
  advanceQuality(t, order, flow);
}

function advanceQuality(t: Turn, order: Order, flow: Extract<Flow, { name: 'quality' }>): void {
  if (!flow.sku) {
    flow.step = 'item';
    t.say('quality.which_item');
    itemOptions(t, order.items);
    t.s.status = 'waiting_for_customer';
    return;
  }
  const sku = flow.sku;
  const needsPhoto = t.ctx.policy.evidenceRequired(order, flow.problem, sku);
  if (needsPhoto && flow.evidence.length === 0) {
    if (flow.step !== 'evidence') t.emit({ type: 'evidence.requested', orderId: order.id, itemSku: sku });
    flow.step = 'evidence';
    t.say('quality.ask_photo');
    t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
    t.s.status = 'waiting_for_customer';
    return;
  }
  const d = t.ctx.policy.decideQuality(order, flow.problem, [sku], flow.evidence.length > 0, t.now);
  if (d.outcome !== 'allow') {
    t.s.flow = null;
    escalate(t, { rule: d.rule, reason: d.reason, desired: null, priority: 2 });
    return;
  }
  flow.step = 'remedy';
  const item = order.items.find((i) => i.sku === sku);
  const remedies = t.ctx.policy.remedies(order, flow.problem, sku);
  const amount = refundAmount(order, item, t.ctx.refunds);
  t.say('quality.remedies', { item: item?.title ?? '' });
  t.options([
    ...remedies.filter((r: Remedy) => r !== 'refund' || amount > 0).map((r: Remedy) =>
      r === 'remake' ? { value: 'remedy:remake', label: t.label('qr.remake') } : { value: 'remedy:refund', label: t.label('qr.refund_amount', { amount: t.money(amount, order.currency) }) },
    ),
    { value: 'person', label: t.label('qr.person') },
  ]);
  t.s.pendingHandoff = { rule: d.rule, reason: d.reason, desired: null };
  t.s.status = 'waiting_for_customer';
}

/** What is left to refund for an item: its price less what was refunded for it, within what the order has left (less refunds waiting for approval). */
function refundAmount(order: Order, item: OrderItem | undefined, refunds: readonly Refund[]): number {
  const live = refunds.filter((r) => r.orderId === order.id && r.status !== 'declined');
  const pending = live.filter((r) => r.status === 'pending_approval').reduce((sum, r) => sum + r.amountMinor, 0);
  const itemRefunded = item ? live.filter((r) => r.itemSkus?.includes(item.sku)).reduce((sum, r) => sum + r.amountMinor, 0) : 0;
  const itemTotal = item ? item.unitPriceMinor * item.quantity - itemRefunded : order.payment.totalMinor;
  return Math.max(0, Math.min(itemTotal, order.payment.totalMinor - order.payment.refundedMinor - pending));
}

const noPhotoRe = /\b(no|not|can'?t|cannot|don'?t|without|sin|pas|kein|keine|nicht|senza|non|sem|nao|não)\b/i;

export function continueQuality(t: Turn, order: Order, flow: Extract<Flow, { name: 'quality' }>, act: Act): boolean {
  switch (flow.step) {
    case 'item': {
      const item = pickItem(act, order.items);
      if (!item) return false;
      flow.sku = item.sku;
      advanceQuality(t, order, flow);
      return true;
    }
    case 'evidence': {
      if (act.attachments.length > 0) {
        flow.evidence = [...flow.evidence, ...act.attachments];
        t.emit({ type: 'evidence.received', orderId: order.id, attachmentIds: act.attachments });
        t.say('quality.photo_thanks');
        advanceQuality(t, order, flow);
        return true;
      }
      const refuses = act.choice === 'nophoto' || act.affirm === 'no' || (act.text.length < 80 && noPhotoRe.test(act.text) && /photo|foto|picture|bild|image|imag/i.test(act.text));
      if (refuses || act.text.trim() !== '') {
        if (!refuses && looksLikeNewRequest(act, t)) return false;
        flow.asks += 1;
        if (flow.asks >= 2) {
          t.s.flow = null;
          t.note('No photo evidence after being asked twice.');
          const d = t.ctx.policy.decideEscalation(t.signals({ text: act.text, missingEvidence: true }));
          escalate(t, { rule: d?.rule ?? 'escalation.missing_evidence', reason: 'Photo evidence was asked for twice and not provided.', desired: null, priority: 2 });
          return true;
        }
        t.say('quality.photo_why');
        t.options([{ value: 'nophoto', label: t.label('qr.no_photo'), yesno: 'no' }]);
        t.s.status = 'waiting_for_customer';
        return true;
      }
      return false;
    }
    case 'remedy': {
      const item = order.items.find((i) => i.sku === flow.sku);
      if (!item) return false;
      let remedy: Remedy | null = act.choice === 'remedy:remake' ? 'remake' : act.choice === 'remedy:refund' ? 'refund' : null;
      if (!remedy) {
        const low = foldText(act.text);
        if (/remake|new one|replace|reship|rehacer|nuevo|refaire|nouveau|neu|ersatz|rifare|nuovo|refazer|novo/.test(low)) remedy = 'remake';
        else if (/refund|money|reembols|rembours|erstatt|geld|rimbors|soldi|dinheiro|devol/.test(low)) remedy = 'refund';
      }
      if (!remedy) return false;
      t.s.flow = null;
      t.s.pendingHandoff = null;
      const reason = `${flow.problem} item`;
      if (remedy === 'remake') {
        const d = t.ctx.policy.decideQuality(order, flow.problem, [item.sku], flow.evidence.length > 0, t.now);
        t.effect({ kind: 'createRemake', orderId: order.id, itemSkus: [item.sku], reason, decision: d, key: t.key('remake') });
        t.note(`Rush remake of ${item.sku} created.`);
        t.say('quality.remake_done', { item: item.title, orderNumber: order.id });
        doneOptions(t);
        t.resolved();
        return true;
      }
      const amount = refundAmount(order, item, t.ctx.refunds);
      const d = t.ctx.policy.decideRefund(order, amount, t.now);
      const amountText = t.money(amount, order.currency);
      if (d.outcome === 'deny') {
        t.emit({ type: 'refund.declined', orderId: order.id, rule: d.rule, reason: d.reason, amount: t.decimal(amount, order.currency), currency: order.currency });
        t.say('refund.refused', { amount: amountText });
        offerPerson(t, { rule: d.rule, reason: d.reason, desired: `Refund ${t.decimal(amount, order.currency)}` });
        return true;
      }
      t.effect({ kind: 'requestRefund', orderId: order.id, amountMinor: amount, reason, decision: d, autoLimitMinor: t.ctx.policy.autoLimitMinor(order), itemSkus: [item.sku], key: t.key('refund') });
      if (d.outcome === 'allow') {
        t.note(`Refund of ${t.decimal(amount, order.currency)} issued.`);
        t.say('quality.refund_done', { amount: amountText });
        t.say('refund.timing');
      } else {
        t.note(`Refund of ${t.decimal(amount, order.currency)} queued for approval (${d.rule}).`);
        t.say('quality.refund_pending', { amount: amountText });
        expectation(t);
      }
      doneOptions(t);
      t.resolved();
      return true;
    }
  }
}

export function promptQuality(t: Turn, order: Order, flow: Extract<Flow, { name: 'quality' }>): void {
  advanceQuality(t, order, flow);
}

/** R10: when a person will answer, honestly, from the shop's business hours. */
export function expectation(t: Turn): void {
  const e = t.ctx.policy.responseExpectation(t.now);
  if (e.openNow) t.say('handoff.when_open');
  else t.say('handoff.when_closed', { when: t.instant(e.nextOpenAt) });
}

/* ───────────────────────── R8 refund status ───────────────────────── */

export function refundStatus(t: Turn, order: Order): void {
  const refunds = t.ctx.refunds.filter((r) => r.orderId === order.id);
  if (refunds.length === 0) {
    t.say(order.payment.refundedMinor > 0 ? 'refund.status_recorded' : 'refund.status_none', {
      orderNumber: order.id,
      amount: t.money(order.payment.refundedMinor, order.currency),
    });
    t.options([
      { value: 'intent:refund_request', label: t.label('qr.ask_refund') },
      { value: 'person', label: t.label('qr.person') },
      { value: 'done', label: t.label('qr.done') },
    ]);
    t.resolved();
    return;
  }
  for (const r of refunds) {
    const amount = t.money(r.amountMinor, r.currency);
    if (r.status === 'issued') {
      t.say('refund.status_issued', { amount, date: t.instantDay(r.decidedAt ?? r.createdAt) });
    } else if (r.status === 'pending_approval') {
      t.say('refund.status_pending', { amount });
    } else {
      t.say('refund.status_declined', { amount });
      t.s.pendingHandoff = { rule: r.rule, reason: 'Customer asks about a declined refund.', desired: 'Reconsider the refund' };
    }
  }
  if (refunds.some((r) => r.status === 'issued')) t.say('refund.timing');
  doneOptions(t);
  if (refunds.some((r) => r.status === 'declined')) t.addOptions([{ value: 'person', label: t.label('qr.person') }]);
  t.resolved();
}

export function askRefundReason(t: Turn): void {
  t.say('refund.which_reason');
  t.options([
    { value: 'intent:damaged_item', label: t.label('qr.damaged') },
    { value: 'intent:wrong_item', label: t.label('qr.wrong') },
    { value: 'intent:missing_item', label: t.label('qr.missing') },
    { value: 'intent:return_request', label: t.label('qr.changed_mind') },
    { value: 'intent:cancel_order', label: t.label('qr.cancel') },
  ]);
  t.s.status = 'waiting_for_customer';
}

/* ───────────────────────── R14 shop questions ───────────────────────── */

export function answerQuestion(t: Turn, text: string): boolean {
  const hit = t.ctx.knowledge.answer(text, t.lang);
  if (!hit) {
    t.meta['knowledgeGap'] = true;
    t.say('knowledge.unknown');
    t.s.pendingHandoff = { rule: 'knowledge.no_answer', reason: 'The shop documents have no answer to the question.', desired: `Answer: ${text.slice(0, 200)}` };
    t.options([
      { value: 'person', label: t.label('qr.person'), yesno: 'yes' },
      { value: 'menu', label: t.label('qr.something_else') },
    ]);
    return false;
  }
  t.say('knowledge.answer', { section: hit.section, mdText: hit.text });
  t.note(`Answered a question from the shop documents ("${hit.section}").`);
  t.options([
    { value: 'done', label: t.label('qr.helped') },
    { value: 'intent:shop_question', label: t.label('qr.another_question') },
    { value: 'person', label: t.label('qr.person') },
  ]);
  t.resolved();
  return true;
}

/* ───────────────────────── R15 custom-order intake ───────────────────────── */

export function startBrief(t: Turn, text: string): void {
  const flow: Extract<Flow, { name: 'brief' }> = { name: 'brief', step: 'item', brief: {}, photos: [...t.s.attachments] };
  // A long first message already describes the piece.
  if (text.trim().split(/\s+/).length >= 5) flow.brief.item = text.trim().slice(0, 300);
  t.s.flow = flow;
  t.say('brief.intro');
  advanceBrief(t, flow);
}

function nextSlot(flow: Extract<Flow, { name: 'brief' }>): BriefSlot | null {
  for (const s of briefSlots) {
    if (s === 'photos') {
      if (flow.brief.photos === undefined) return s;
    } else if (flow.brief[s] === undefined) return s;
  }
  return null;
}

function advanceBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>): void {
  const slot = nextSlot(flow);
  if (slot) {
    flow.step = slot;
    t.say(`brief.ask_${slot}`);
    t.options(slot === 'item' ? [{ value: 'cancel_flow', label: t.label('qr.never_mind') }] : [{ value: 'skip', label: t.label('qr.skip') }]);
    t.s.status = 'waiting_for_customer';
    return;
  }
  flow.step = 'confirm';
  t.say('brief.confirm', { mdSummary: briefSummary(t, flow) });
  t.options([
    { value: 'yes', label: t.label('qr.yes_send'), yesno: 'yes' },
    { value: 'no', label: t.label('qr.no_change'), yesno: 'no' },
  ]);
  t.s.status = 'waiting_for_customer';
}

function briefSummary(t: Turn, flow: Extract<Flow, { name: 'brief' }>): string {
  const none = t.label('brief.none');
  const colon = t.lang === 'fr' ? '\u00a0:' : ':';
  const row = (slot: BriefSlot, v: string | undefined): string => `- ${t.label(`brief.label_${slot}`)}${colon} **${v ? escapeAddress(v) : none}**`;
  return [
    row('item', flow.brief.item),
    row('size', flow.brief.size),
    row('text', flow.brief.text),
    row('colours', flow.brief.colours),
    row('photos', flow.photos.length > 0 ? String(flow.photos.length) : undefined),
    row('deadline', flow.brief.deadline),
  ].join('\n');
}

export function continueBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>, act: Act): boolean {
  if (act.choice === 'cancel_flow') {
    t.s.flow = null;
    t.say('flow.left_as_is');
    doneOptions(t);
    return true;
  }
  if (flow.step === 'confirm') {
    if (act.choice === 'yes') {
      const brief = { ...flow.brief, photos: flow.photos, lang: t.lang };
      t.effect({ kind: 'createBrief', brief, key: t.key('brief') });
      t.note(`Custom-order brief created: ${flow.brief.item ?? ''}.`);
      t.s.flow = null;
      t.say('brief.done');
      expectation(t);
      doneOptions(t);
      t.resolved();
      return true;
    }
    if (act.choice === 'no') {
      flow.brief = {};
      flow.photos = [];
      t.say('brief.restart');
      advanceBrief(t, flow);
      return true;
    }
    return false;
  }
  const slot = flow.step;
  if (slot === 'photos') {
    if (act.attachments.length > 0) {
      flow.photos = [...flow.photos, ...act.attachments];
      flow.brief.photos = String(flow.photos.length);
      advanceBrief(t, flow);
      return true;
    }
    if (act.choice === 'skip' || act.affirm === 'no' || act.text.trim() !== '') {
      flow.brief.photos = flow.photos.length > 0 ? String(flow.photos.length) : '';
      advanceBrief(t, flow);
      return true;
    }
    return false;
  }
  if (act.choice === 'skip' || (act.affirm === 'no' && slot !== 'item')) {
    flow.brief[slot] = '';
    advanceBrief(t, flow);
    return true;
  }
  if (looksLikeNewRequest(act, t) && slot !== 'item') return false;
  const v = act.text.trim().slice(0, 300);
  if (v === '') return false;
  flow.brief[slot] = v;
  advanceBrief(t, flow);
  return true;
}

export function promptBrief(t: Turn, flow: Extract<Flow, { name: 'brief' }>): void {
  advanceBrief(t, flow);
}
