import { effectivePolicy, type Policy, type ResolvedPolicy } from '../policy/index.js';

/** The rules for one seller and/or product type, in plain words, with whose rule each one is. */
export type EffectiveRules = {
  scope: { sellerId: string | null; productType: string | null; label: string };
  lines: { section: string; text: string; source: 'shop' | 'seller' | 'productType' }[];
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

function stageName(r: ResolvedPolicy, id: string): string {
  return `"${r.pipeline.stages.find((s) => s.id === id)?.label ?? id}"`;
}

/** Plain sentences for the rules that apply to one scope; a shop owner reads these next to the YAML. */
export function describeRules(r: ResolvedPolicy): EffectiveRules['lines'] {
  const currency = r.shop.currencyDefault ?? 'in the order currency';
  const money = (amount: string): string => `${amount} ${currency}`;
  const c = r.cancellation;
  const ret = r.returns;
  const q = r.quality;
  const e = r.escalation;
  const lines: EffectiveRules['lines'] = [
    {
      section: 'leadTime',
      text: `Pieces ship ${r.leadTime.minBusinessDays}–${r.leadTime.maxBusinessDays} business days after the order.`,
      source: r.sources.leadTime,
    },
    {
      section: 'changeWindowHours',
      text: `Customers can change personalisation for ${plural(r.changeWindowHours, 'hour')} after ordering${r.lockPersonalizationFrom ? `, and not once the piece reaches ${stageName(r, r.lockPersonalizationFrom)}` : ''}.`,
      source: r.sources.changeWindowHours,
    },
    {
      section: 'cancellation',
      text: `Cancelling gives a full refund while the order is in ${list(c.allowedStages.map((s) => stageName(r, s)))}${c.requireChangeWindow ? ' and inside the change window' : ''}; after that ${c.afterwards === 'fee' ? `it costs a fee of ${c.feePercent}%` : 'it is refused and a person may grant an exception'}.`,
      source: r.sources.cancellation,
    },
    {
      section: 'addressChange',
      text: r.addressChange.lockedFromStage
        ? `The address can change until the order reaches ${stageName(r, r.addressChange.lockedFromStage)}.`
        : 'The address can change until the order ships.',
      source: r.sources.addressChange,
    },
    {
      section: 'returns',
      text: `Returns within ${plural(ret.windowDays, 'day')} of delivery; ${ret.buyerPaysShipping ? 'the customer pays return shipping' : 'the shop pays return shipping'}. Personalised items ${ret.personalizedReturnable ? 'can' : 'cannot'} be returned, final-sale items ${ret.finalSaleReturnable ? 'can' : 'cannot'}; exchanges ${ret.exchangesAllowed ? 'are offered' : 'are not offered'}.`,
      source: r.sources.returns,
    },
    {
      section: 'quality',
      text: `For a damaged, wrong or missing piece the customer may choose ${list(q.remedies.map((m) => m.replace('_', ' ')))}${q.evidenceRequired ? `; a photo is needed first${q.evidenceNotNeededFor.length > 0 ? ` (not for ${list(q.evidenceNotNeededFor)})` : ''}` : ''}${q.reportWindowDays !== null ? `; problems are reported within ${plural(q.reportWindowDays, 'day')} of delivery` : ''}.`,
      source: r.sources.quality,
    },
    {
      section: 'refunds',
      text: `Refunds up to ${money(r.refunds.autoLimit)} per order are issued automatically; above that a person approves.`,
      source: r.sources.refunds,
    },
    {
      section: 'escalation',
      text: `A person takes over when the customer asks${e.repeatContactThreshold !== null ? `, on contact number ${e.repeatContactThreshold} about the same problem` : ''}${e.negativeSentimentStreak !== null ? `, after ${plural(e.negativeSentimentStreak, 'very unhappy message')} in a row` : ''}${e.safety ? ', on safety words' : ''}${e.chargeback ? ', on a chargeback' : ''}${e.delayThresholdBusinessDays !== null ? `, and when an order is more than ${plural(e.delayThresholdBusinessDays, 'business day')} late` : ''}.`,
      source: r.sources.escalation,
    },
  ];
  return lines;
}

/** The shop's rules, then every seller's and product type's own, each resolved as the assistant resolves them. */
export function describePolicy(policy: Policy): EffectiveRules[] {
  const scopes: { sellerId: string | null; productType: string | null; label: string }[] = [
    { sellerId: null, productType: null, label: `${policy.shop.name} (all pieces)` },
  ];
  for (const [id, s] of Object.entries(policy.sellers))
    scopes.push({ sellerId: id, productType: null, label: `Seller ${s.displayName ?? id}` });
  for (const id of Object.keys(policy.productTypes))
    scopes.push({ sellerId: null, productType: id, label: `Product type ${id}` });
  return scopes.map((scope) => ({ scope, lines: describeRules(effectivePolicy(policy, scope)) }));
}
