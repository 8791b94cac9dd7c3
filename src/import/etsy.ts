import { z } from 'zod';
import { parseOrder, zodIssues, type Issue, type OrderInput } from '../domain/order.js';
import type { OrderRow, ReadOrders } from './orders-file.js';

/** Etsy's Money: an integer amount over a divisor (`{amount: 4800, divisor: 100}` is 48.00). */
const moneySchema = z.looseObject({
  amount: z.number().int(),
  divisor: z.number().int().positive(),
  currency_code: z.string(),
});
type Money = z.infer<typeof moneySchema>;

const variationSchema = z.looseObject({
  property_id: z.number().int().nullish(),
  value_id: z.number().int().nullish(),
  formatted_name: z.string(),
  formatted_value: z.string(),
});

const transactionSchema = z.looseObject({
  transaction_id: z.number().int(),
  title: z.string().nullish(),
  seller_user_id: z.number().int().nullish(),
  quantity: z.number().int(),
  listing_id: z.number().int().nullish(),
  product_id: z.number().int().nullish(),
  sku: z.string().nullish(),
  price: moneySchema,
  shipped_timestamp: z.number().int().nullish(),
  variations: z.array(variationSchema).nullish(),
});

const shipmentSchema = z.looseObject({
  receipt_shipping_id: z.number().int().nullish(),
  shipment_notification_timestamp: z.number().int().nullish(),
  carrier_name: z.string().nullish(),
  tracking_code: z.string().nullish(),
});

/** One receipt of `getShopReceipts` (Etsy Open API v3). */
export const etsyReceiptSchema = z.looseObject({
  receipt_id: z.number().int(),
  seller_user_id: z.number().int().nullish(),
  buyer_email: z.string().nullish(),
  name: z.string().nullish(),
  first_line: z.string().nullish(),
  second_line: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  zip: z.string().nullish(),
  country_iso: z.string().nullish(),
  status: z.string().nullish(),
  is_shipped: z.boolean().nullish(),
  create_timestamp: z.number().int().nullish(),
  created_timestamp: z.number().int().nullish(),
  update_timestamp: z.number().int().nullish(),
  message_from_buyer: z.string().nullish(),
  grandtotal: moneySchema,
  shipments: z.array(shipmentSchema).nullish(),
  transactions: z.array(transactionSchema),
  refunds: z.array(z.looseObject({ amount: moneySchema })).nullish(),
});

const personalizationName = /personali[sz]|individuali|personnali|personaliz|gravur|engrav/i;

/** Money as the decimal string our order schema reads ("48.00"), exact for any power-of-ten divisor. */
function decimal(m: Money): string {
  const places = Math.round(Math.log10(m.divisor));
  if (10 ** places !== m.divisor) return String(m.amount / m.divisor);
  const sign = m.amount < 0 ? '-' : '';
  const digits = String(Math.abs(m.amount)).padStart(places + 1, '0');
  return places === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

const iso = (seconds: number | null | undefined): string | null =>
  typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : null;
const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};

/** A receipt as an order (contracts.md §5); a cancelled receipt comes as a parsed order with `cancelledAt`. */
export function mapEtsyReceipt(receipt: unknown): {
  input: Record<string, unknown>;
  issues: Issue[];
} {
  const parsed = etsyReceiptSchema.safeParse(receipt);
  if (!parsed.success) return { input: {}, issues: zodIssues(parsed.error) };
  const r = parsed.data;
  const items = r.transactions.map((t) => {
    const personalization: Record<string, string> = {};
    const options: string[] = [];
    for (const v of t.variations ?? []) {
      const value = v.formatted_value.trim();
      if (value === '' || /^not requested on this item\.?$/i.test(value)) continue;
      if (personalizationName.test(v.formatted_name)) personalization['personalization'] = value;
      else options.push(`${v.formatted_name}: ${value}`);
    }
    const title = clean(t.title) ?? `Etsy listing ${t.listing_id ?? t.transaction_id}`;
    return {
      sku:
        clean(t.sku) ??
        `etsy-${t.listing_id ?? t.transaction_id}${t.product_id ? `-${t.product_id}` : ''}`,
      title: (options.length > 0 ? `${title} (${options.join(', ')})` : title).slice(0, 300),
      sellerId: String(t.seller_user_id ?? r.seller_user_id ?? 'shop'),
      quantity: t.quantity,
      unitPrice: decimal(t.price),
      personalized: Object.keys(personalization).length > 0,
      personalization,
    };
  });
  let refunded = 0;
  for (const f of r.refunds ?? [])
    refunded += Math.round((f.amount.amount * r.grandtotal.divisor) / f.amount.divisor);
  const shipment = (r.shipments ?? []).at(-1);
  const shippedAt =
    iso(shipment?.shipment_notification_timestamp) ??
    iso(r.transactions.find((t) => t.shipped_timestamp)?.shipped_timestamp) ??
    iso(r.update_timestamp ?? null);
  const input: OrderInput = {
    id: String(r.receipt_id),
    createdAt: iso(r.created_timestamp ?? r.create_timestamp) ?? '',
    currency: r.grandtotal.currency_code,
    customer: {
      email: clean(r.buyer_email) ?? '',
      ...(clean(r.name) ? { name: clean(r.name) } : {}),
      ...(clean(r.zip) ? { postcode: clean(r.zip) } : {}),
    },
    items,
    payment: {
      total: decimal(r.grandtotal),
      refunded: decimal({
        amount: refunded,
        divisor: r.grandtotal.divisor,
        currency_code: r.grandtotal.currency_code,
      }),
    },
  };
  if (clean(r.first_line) && clean(r.city) && clean(r.zip) && clean(r.country_iso)) {
    input.shippingAddress = {
      line1: clean(r.first_line) ?? '',
      ...(clean(r.second_line) ? { line2: clean(r.second_line) } : {}),
      city: clean(r.city) ?? '',
      ...(clean(r.state) ? { region: clean(r.state) } : {}),
      postcode: clean(r.zip) ?? '',
      country: (r.country_iso ?? '').toUpperCase(),
    };
  }
  if (r.is_shipped === true) {
    input.fulfillment = {
      status: 'shipped',
      carrier: clean(shipment?.carrier_name) ?? null,
      trackingNumber: clean(shipment?.tracking_code) ?? null,
      trackingUrl: null,
      shippedAt,
      deliveredAt: null,
      estimatedDeliveryAt: null,
    };
    input.stage = 'ready_to_ship';
  }
  const message = clean(r.message_from_buyer);
  if (message) input.note = message.slice(0, 2000);
  const status = (r.status ?? '').toLowerCase();
  if (status === 'canceled' || status === 'cancelled') {
    const order = parseOrder(input);
    if (order.ok)
      return {
        input: {
          ...order.value,
          cancelledAt: iso(r.update_timestamp ?? null) ?? order.value.createdAt,
        },
        issues: [],
      };
  }
  return { input: input, issues: [] };
}

/** Reads a `getShopReceipts` answer: `{"count", "results": [receipt…]}`; row n is results[n-1]. */
export function readEtsyText(text: string): ReadOrders {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e: unknown) {
    return {
      ok: false,
      problem: { message: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
  const shape = z
    .object({ count: z.number().int().nonnegative(), results: z.array(z.unknown()) })
    .safeParse(value);
  if (!shape.success) {
    return {
      ok: false,
      problem: {
        message:
          'not an Etsy receipts file: expected the getShopReceipts answer {"count": N, "results": [receipt, …]}',
      },
    };
  }
  const rows = shape.data.results.map((receipt, i): OrderRow => {
    if (typeof receipt !== 'object' || receipt === null || !('receipt_id' in receipt)) {
      return {
        row: i + 1,
        input: {},
        itemRows: [],
        issues: [
          { path: [], code: 'invalid_type', message: 'is not an Etsy receipt (no receipt_id)' },
        ],
      };
    }
    const mapped = mapEtsyReceipt(receipt);
    return { row: i + 1, input: mapped.input, itemRows: [], issues: mapped.issues };
  });
  return { ok: true, rows };
}
