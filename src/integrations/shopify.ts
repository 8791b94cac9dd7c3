import { z } from 'zod';
import {
  languages,
  parseOrder,
  zodIssues,
  type Issue,
  type Language,
  type Order,
  type OrderInput,
  type Parsed,
} from '../domain/order.js';
import { fromMinor, toMinor } from '../domain/money.js';

/** The Shopify webhook topics Makerdesk applies (contracts.md §4). */
export const shopifyTopics = [
  'orders/create',
  'orders/updated',
  'orders/cancelled',
  'fulfillments/create',
  'fulfillments/update',
] as const;
export type ShopifyTopic = (typeof shopifyTopics)[number];

export function isShopifyTopic(topic: string): topic is ShopifyTopic {
  return (shopifyTopics as readonly string[]).includes(topic);
}

const idSchema = z.union([z.number(), z.string()]).transform((v) => String(v));
const text = z.string().nullish();
const money = z.union([z.string(), z.number()]);

const addressSchema = z.looseObject({
  first_name: text,
  last_name: text,
  name: text,
  address1: text,
  address2: text,
  city: text,
  province: text,
  province_code: text,
  zip: text,
  country: text,
  country_code: text,
});

const propertySchema = z.looseObject({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
});

const lineItemSchema = z.looseObject({
  id: idSchema,
  variant_id: idSchema.nullish(),
  product_id: idSchema.nullish(),
  title: z.string(),
  variant_title: text,
  name: text,
  sku: text,
  vendor: text,
  quantity: z.number().int(),
  price: money,
  properties: z.array(propertySchema).nullish(),
});

/** A fulfillment as Shopify sends it: inside an order, or alone on the fulfillments/* topics. */
export const shopifyFulfillmentSchema = z.looseObject({
  id: idSchema,
  order_id: idSchema,
  name: text,
  status: z.string(),
  created_at: z.string(),
  updated_at: text,
  tracking_company: text,
  tracking_number: text,
  tracking_numbers: z.array(z.string()).nullish(),
  tracking_url: text,
  tracking_urls: z.array(z.string()).nullish(),
  shipment_status: text,
});
export type ShopifyFulfillment = z.infer<typeof shopifyFulfillmentSchema>;

const refundSchema = z.looseObject({
  transactions: z.array(z.looseObject({ amount: money, kind: text, status: text })).nullish(),
});

/** The order payload of the orders/* topics (the REST Admin API order resource). */
export const shopifyOrderSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  order_number: z.number().int().nullish(),
  email: text,
  contact_email: text,
  created_at: z.string(),
  updated_at: text,
  cancelled_at: text,
  currency: z.string(),
  total_price: money,
  customer_locale: text,
  note: text,
  customer: z
    .looseObject({ id: idSchema.nullish(), email: text, first_name: text, last_name: text })
    .nullish(),
  shipping_address: addressSchema.nullish(),
  billing_address: addressSchema.nullish(),
  line_items: z.array(lineItemSchema),
  fulfillments: z.array(shopifyFulfillmentSchema).nullish(),
  refunds: z.array(refundSchema).nullish(),
});
export type ShopifyOrder = z.infer<typeof shopifyOrderSchema>;

/** Our order id for a Shopify order: its name as customers quote it ("#1001" → "1001"). */
export function shopifyOrderId(name: string, orderNumber?: number | null): string {
  const cleaned = name.replace(/^#/, '').replace(/[^A-Za-z0-9_-]/g, '');
  if (cleaned !== '') return cleaned.slice(0, 64);
  return String(orderNumber ?? '');
}

/** "#1001.2" (a fulfillment's name) → "1001". */
export function orderIdFromFulfillmentName(name: string | null | undefined): string | null {
  if (!name) return null;
  const id = shopifyOrderId(name.replace(/\.\d+$/, ''));
  return id === '' ? null : id;
}

function language(locale: string | null | undefined): Language | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return languages.find((l) => l === code);
}

const clean = (v: string | null | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};

function personalization(
  props: z.infer<typeof propertySchema>[] | null | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of props ?? []) {
    const name = p.name.trim();
    // Shopify's convention: properties whose name starts with "_" are the theme's, not the buyer's.
    if (name === '' || name.startsWith('_') || p.value === null || p.value === undefined) continue;
    const value = String(p.value).trim();
    if (value !== '') out[name.toLowerCase()] = value;
  }
  return out;
}

/** Shopify's shipment_status words that mean the parcel is on its way, delivered or in trouble. */
const deliveredWords = new Set(['delivered']);
const problemWords = new Set(['failure', 'attempted_delivery']);

/** The most advanced successful fulfillment; cancelled or failed ones do not count. */
function activeFulfillment(fulfillments: ShopifyFulfillment[]): ShopifyFulfillment | null {
  const good = fulfillments.filter(
    (f) => f.status === 'success' || f.status === 'open' || f.status === 'pending',
  );
  return good.at(-1) ?? null;
}

/** Applies a Shopify fulfillment to an order's fulfilment: shipped, delivered, tracking, problems. */
export function applyShopifyFulfillment(order: Order, f: ShopifyFulfillment): Order {
  const next: Order = { ...order, fulfillment: { ...order.fulfillment } };
  const ff = next.fulfillment;
  if (f.status === 'cancelled' || f.status === 'error' || f.status === 'failure') {
    // A withdrawn shipment: only if it is the one we know about.
    const tn = f.tracking_number ?? f.tracking_numbers?.[0] ?? null;
    if (ff.status === 'shipped' && (tn === null || tn === ff.trackingNumber)) {
      next.fulfillment = {
        status: 'unfulfilled',
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
        shippedAt: null,
        deliveredAt: null,
        estimatedDeliveryAt: null,
      };
    }
    return next;
  }
  if (f.status !== 'success') return next;
  const shippedAt = new Date(f.created_at).toISOString();
  if (ff.status === 'unfulfilled') {
    ff.status = 'shipped';
    ff.shippedAt = shippedAt;
  }
  ff.carrier = clean(f.tracking_company) ?? ff.carrier;
  ff.trackingNumber =
    clean(f.tracking_number) ?? clean(f.tracking_numbers?.[0]) ?? ff.trackingNumber;
  const url = clean(f.tracking_url) ?? clean(f.tracking_urls?.[0]);
  if (url !== undefined && z.url().safeParse(url).success) ff.trackingUrl = url;
  const status = f.shipment_status ?? '';
  const at = new Date(f.updated_at ?? f.created_at).toISOString();
  if (deliveredWords.has(status) && ff.status !== 'delivered') {
    ff.status = 'delivered';
    ff.deliveredAt = at;
    ff.trackingStatus = 'delivered';
    delete ff.deliveryProblem;
    next.delayed = false;
  } else if (problemWords.has(status) && ff.status !== 'delivered') {
    ff.trackingStatus = 'exception';
    ff.deliveryProblem = {
      reportedAt: at,
      carrier: ff.carrier,
      detail: status === 'failure' ? 'delivery failed' : 'delivery attempted',
    };
  } else if (status === 'in_transit' || status === 'out_for_delivery') {
    ff.trackingStatus = status;
  }
  return next;
}

function refundedTotal(o: ShopifyOrder): { value: number | string; issues: Issue[] } {
  let minor = 0;
  const issues: Issue[] = [];
  (o.refunds ?? []).forEach((r, i) =>
    (r.transactions ?? []).forEach((t, j) => {
      if (
        t.kind !== 'refund' ||
        (t.status !== undefined && t.status !== null && t.status !== 'success')
      )
        return;
      const m = toMinor(t.amount, o.currency);
      if (m.ok) minor += m.value;
      else
        issues.push({
          path: ['refunds', i, 'transactions', j, 'amount'],
          code: 'invalid_amount',
          message: m.message,
        });
    }),
  );
  return { value: fromMinor(minor, o.currency), issues };
}

/** Reads a Shopify order payload; issues name Shopify's own fields. */
export function readShopifyOrder(payload: unknown): Parsed<ShopifyOrder> {
  const r = shopifyOrderSchema.safeParse(payload);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error) };
}

/**
 * A Shopify order as our order (contracts.md §5): line items → items (sku, vendor as seller,
 * `properties` as personalisation), customer, shipping address, money, fulfilment and tracking.
 * `existing` keeps what the workshop owns: stage, delay, notes and carrier news already known.
 */
export function mapShopifyOrder(o: ShopifyOrder, existing: Order | null): Parsed<Order> {
  const email = clean(o.email) ?? clean(o.contact_email) ?? clean(o.customer?.email);
  const ship = o.shipping_address;
  const name =
    [clean(o.customer?.first_name), clean(o.customer?.last_name)].filter(Boolean).join(' ') ||
    clean(ship?.name);
  const postcode = clean(ship?.zip) ?? clean(o.billing_address?.zip);
  const refunded = refundedTotal(o);
  const input: OrderInput = {
    id: shopifyOrderId(o.name, o.order_number),
    createdAt: o.created_at,
    currency: o.currency,
    customer: {
      email: email ?? '',
      ...(name ? { name } : {}),
      ...(postcode ? { postcode } : {}),
      ...(language(o.customer_locale) ? { language: language(o.customer_locale) } : {}),
    },
    items: o.line_items.map((li) => {
      const p = personalization(li.properties);
      return {
        sku: clean(li.sku) ?? `shopify-${li.variant_id ?? li.id}`,
        title: clean(li.variant_title) ? `${li.title} (${li.variant_title})` : li.title,
        sellerId: clean(li.vendor) ?? 'shop',
        quantity: li.quantity,
        unitPrice: li.price,
        personalized: Object.keys(p).length > 0,
        personalization: p,
      };
    }),
    payment: { total: o.total_price, refunded: refunded.value },
  };
  if (
    ship &&
    clean(ship.address1) &&
    clean(ship.city) &&
    clean(ship.zip) &&
    clean(ship.country_code)
  ) {
    input.shippingAddress = {
      line1: clean(ship.address1) ?? '',
      ...(clean(ship.address2) ? { line2: clean(ship.address2) } : {}),
      city: clean(ship.city) ?? '',
      ...(clean(ship.province) ? { region: clean(ship.province) } : {}),
      postcode: clean(ship.zip) ?? '',
      country: (ship.country_code ?? '').toUpperCase(),
    };
  }
  if (email === undefined)
    return {
      ok: false,
      issues: [
        {
          path: ['email'],
          code: 'invalid_type',
          message: 'is required: the order has no customer e-mail',
        },
      ],
    };
  const parsed = parseOrder(input);
  if (!parsed.ok)
    return { ok: false, issues: [...refunded.issues, ...parsed.issues.map(shopifyPath)] };
  if (refunded.issues.length > 0) return { ok: false, issues: refunded.issues };
  let order: Order = parsed.value;
  if (existing) {
    order.stage = existing.stage;
    if (existing.stageUpdatedAt !== undefined) order.stageUpdatedAt = existing.stageUpdatedAt;
    order.delayed = existing.delayed;
    if (existing.note !== undefined) order.note = existing.note;
    order.fulfillment = { ...existing.fulfillment };
    if (existing.cancelledAt !== undefined) order.cancelledAt = existing.cancelledAt;
  }
  const note = clean(o.note);
  if (note !== undefined && order.note === undefined) order.note = note.slice(0, 2000);
  const f = activeFulfillment(o.fulfillments ?? []);
  if (f) order = applyShopifyFulfillment(order, f);
  if (clean(o.cancelled_at) !== undefined && order.cancelledAt === undefined)
    order.cancelledAt = new Date(o.cancelled_at ?? '').toISOString();
  return { ok: true, value: order };
}

/** Our field names back to Shopify's, so a shop sees which part of its payload was wrong. */
function shopifyPath(i: Issue): Issue {
  const [head, idx, field] = i.path;
  const itemFields: Record<string, string> = {
    unitPrice: 'price',
    sellerId: 'vendor',
    sku: 'sku',
    title: 'title',
    quantity: 'quantity',
  };
  if (head === 'items' && typeof idx === 'number')
    return {
      ...i,
      path: ['line_items', idx, ...(typeof field === 'string' ? [itemFields[field] ?? field] : [])],
    };
  if (head === 'customer' && idx === 'email') return { ...i, path: ['email'] };
  if (head === 'createdAt') return { ...i, path: ['created_at'] };
  if (head === 'payment') return { ...i, path: ['total_price'] };
  if (head === 'shippingAddress')
    return { ...i, path: ['shipping_address', ...(typeof idx === 'string' ? [idx] : [])] };
  return i;
}
