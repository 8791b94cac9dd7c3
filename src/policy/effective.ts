import type { ShopCalendar } from '../calendar/index.js';
import type { Policy, PolicyOverride } from './schema.js';

/** Sections a seller or product type may override. */
export const overridableSections = [
  'leadTime',
  'changeWindowHours',
  'cancellation',
  'addressChange',
  'returns',
  'quality',
  'refunds',
  'escalation',
  'lockPersonalizationFrom',
] as const;
export type OverridableSection = (typeof overridableSections)[number];

export type PolicySource = 'shop' | 'seller' | 'productType';

/** The rules that apply to one item: shop defaults, then the seller's overrides, then the product type's. */
export type ResolvedPolicy = Omit<Policy, 'sellers' | 'productTypes'> & {
  sellerId: string | null;
  productType: string | null;
  sellerName: string | null;
  /** First stage (in pipeline order) from which personalisation is locked; null: never locked by stage. */
  lockPersonalizationFrom: string | null;
  /** Which level set each section, so replies can say when a rule is the seller's own (R12). */
  sources: Record<OverridableSection, PolicySource>;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: objects merge key by key, arrays and scalars replace; `undefined` leaves the base. */
function merge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out as T;
}

/**
 * Resolves the policy for an item: product type over seller over shop (apis.md). Pure; an unknown
 * seller or product type simply has no overrides.
 */
export function effectivePolicy(
  policy: Policy,
  who: { sellerId?: string | null | undefined; productType?: string | null | undefined } = {},
): ResolvedPolicy {
  const sellerId = who.sellerId ?? null;
  const productType = who.productType ?? null;
  // A loaded policy is never changed, so each seller/product-type pair is resolved once.
  let byKey = resolved.get(policy);
  if (byKey === undefined) {
    byKey = new Map();
    resolved.set(policy, byKey);
  }
  const key = `${sellerId ?? ''}\u0000${productType ?? ''}`;
  const hit = byKey.get(key);
  if (hit !== undefined) return hit;
  const out = resolve(policy, sellerId, productType);
  if (byKey.size >= maxResolvedPerPolicy) byKey.delete(byKey.keys().next().value ?? '');
  byKey.set(key, out);
  return out;
}

/** Resolved policies kept per policy object (pairs of seller and product type); the oldest goes first. */
export const maxResolvedPerPolicy = 512;
const resolved = new WeakMap<Policy, Map<string, ResolvedPolicy>>();

function resolve(
  policy: Policy,
  sellerId: string | null,
  productType: string | null,
): ResolvedPolicy {
  const { sellers, productTypes, ...shop } = policy;
  const layers: [PolicySource, PolicyOverride | undefined][] = [
    ['seller', sellerId === null ? undefined : own(sellers, sellerId)],
    ['productType', productType === null ? undefined : own(productTypes, productType)],
  ];
  const flagged = shop.pipeline.stages.find((s) => s.lockPersonalization);
  let resolved: ResolvedPolicy = {
    ...shop,
    sellerId,
    productType,
    sellerName: (sellerId !== null ? own(sellers, sellerId)?.displayName : undefined) ?? null,
    lockPersonalizationFrom: flagged?.id ?? null,
    sources: Object.fromEntries(overridableSections.map((s) => [s, 'shop'])) as Record<
      OverridableSection,
      PolicySource
    >,
  };
  for (const [source, override] of layers) {
    if (!override) continue;
    const sources = { ...resolved.sources };
    const next: ResolvedPolicy = { ...resolved, sources };
    for (const section of overridableSections) {
      const value = override[section];
      if (value === undefined) continue;
      (next as Record<string, unknown>)[section] = merge(resolved[section], value);
      sources[section] = source;
    }
    resolved = next;
  }
  // A seller may widen the lower bound past the shop's upper bound; keep the range a range.
  if (resolved.leadTime.maxBusinessDays < resolved.leadTime.minBusinessDays) {
    resolved = {
      ...resolved,
      leadTime: { ...resolved.leadTime, maxBusinessDays: resolved.leadTime.minBusinessDays },
    };
  }
  return resolved;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The shop calendar for business-day maths. */
export function calendarOf(policy: Pick<Policy, 'shop'>): ShopCalendar {
  return {
    timeZone: policy.shop.timeZone,
    holidays: policy.shop.holidays,
    businessDays: policy.shop.businessDays,
  };
}

/** True when a seller or product type (not the shop) set any of these sections. */
export function isSellerSpecific(
  resolved: ResolvedPolicy,
  sections: readonly OverridableSection[],
): boolean {
  return sections.some((s) => resolved.sources[s] !== 'shop');
}
