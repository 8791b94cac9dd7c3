import { z } from 'zod';
import { languages, type Language } from './languages.js';
import { currencySchema, toMinor } from './money.js';

export { languages, type Language } from './languages.js';
export const languageSchema = z.enum(languages);

/** ISO-8601 instant that names its offset ("Z" or "+02:00"); a bare local time is ambiguous. */
export const instantSchema = z.iso.datetime({
  offset: true,
  message: 'must be an ISO-8601 date-time with a time zone, like "2026-11-20T14:03:00Z"',
});

export const fulfillmentStatuses = ['unfulfilled', 'shipped', 'delivered'] as const;
export type FulfillmentStatus = (typeof fulfillmentStatuses)[number];

const stageIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a stage id such as "design"');

const decimalAmount = z.union([z.number(), z.string()]);

const customerSchema = z.object({
  email: z.email('must be an e-mail address'),
  name: z.string().trim().min(1).max(200).optional(),
  postcode: z.string().trim().min(1).max(20).optional(),
  language: languageSchema.optional(),
});

const addressSchema = z.object({
  line1: z.string().trim().min(1).max(300),
  line2: z.string().trim().max(300).optional(),
  city: z.string().trim().min(1).max(200),
  region: z.string().trim().max(200).optional(),
  postcode: z.string().trim().min(1).max(20),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 country code'),
});

const personalizationSchema = z.record(z.string(), z.string().max(2000));

/** Grammatical gender of a product name, so replies agree with it ("la tua collana", "Ihre Kette"). */
export const grammaticalGenders = ['m', 'f', 'n'] as const;
export type GrammaticalGender = (typeof grammaticalGenders)[number];
/** A product's own name in one language. */
export type LocalTitle = { title: string; gender?: GrammaticalGender };

const titleText = z.string().trim().min(1).max(300);
/** The shop's own product names per language: a name, or a name with its grammatical gender. */
const localTitlesSchema = z.partialRecord(
  languageSchema,
  z.union([
    titleText,
    z.object({ title: titleText, gender: z.enum(grammaticalGenders).optional() }),
  ]),
);

const itemInputSchema = z.object({
  sku: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(300),
  titles: localTitlesSchema.optional(),
  sellerId: z.string().trim().min(1).max(100),
  productType: z.string().trim().min(1).max(100).optional(),
  quantity: z.number().int().positive(),
  unitPrice: decimalAmount,
  personalized: z.boolean().default(false),
  personalization: personalizationSchema.default({}),
  finalSale: z.boolean().default(false),
});

const fulfillmentSchema = z.object({
  status: z.enum(fulfillmentStatuses),
  carrier: z.string().max(100).nullable().default(null),
  trackingNumber: z.string().max(100).nullable().default(null),
  // Shown to customers as a link: web addresses only, never javascript:, data: or the like.
  trackingUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .nullable()
    .default(null),
  shippedAt: instantSchema.nullable().default(null),
  deliveredAt: instantSchema.nullable().default(null),
  estimatedDeliveryAt: instantSchema.nullable().default(null),
  /** The carrier's latest word (tracking webhook): in_transit, out_for_delivery, delivered, exception. */
  trackingStatus: z.enum(['in_transit', 'out_for_delivery', 'delivered', 'exception']).optional(),
  trackingUpdatedAt: instantSchema.optional(),
  /** A delivery problem the carrier reported (`exception`) and not yet resolved by a delivery. */
  deliveryProblem: z
    .object({
      reportedAt: instantSchema,
      carrier: z.string().max(100).nullable(),
      detail: z.string().max(500).optional(),
    })
    .optional(),
});

/** An order as shops send it (contracts.md §5): decimal money, validated at the edge. */
export const orderInputSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "-" and "_"'),
  createdAt: instantSchema,
  currency: currencySchema,
  customer: customerSchema,
  shippingAddress: addressSchema.optional(),
  items: z.array(itemInputSchema).min(1, 'must list at least one item'),
  stage: stageIdSchema.default('received'),
  stageUpdatedAt: instantSchema.optional(),
  fulfillment: fulfillmentSchema.default({
    status: 'unfulfilled',
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    shippedAt: null,
    deliveredAt: null,
    estimatedDeliveryAt: null,
  }),
  payment: z.object({ total: decimalAmount, refunded: decimalAmount.default(0) }),
  delayed: z.boolean().default(false),
  note: z.string().max(2000).optional(),
});

export type OrderInput = z.input<typeof orderInputSchema>;

export type OrderItem = {
  sku: string;
  title: string;
  /** The shop's own names per language; replies use them instead of `title` when present. */
  titles?: Partial<Record<Language, LocalTitle>>;
  sellerId: string;
  productType?: string;
  quantity: number;
  unitPriceMinor: number;
  personalized: boolean;
  personalization: Record<string, string>;
  finalSale: boolean;
};

export type Address = z.infer<typeof addressSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type Fulfillment = z.infer<typeof fulfillmentSchema>;

/** The order as the core works with it: integer minor units throughout. */
export type Order = {
  id: string;
  createdAt: string;
  currency: string;
  customer: Customer;
  shippingAddress?: Address;
  items: OrderItem[];
  stage: string;
  stageUpdatedAt?: string;
  fulfillment: Fulfillment;
  payment: { totalMinor: number; refundedMinor: number };
  delayed: boolean;
  /** The new ship date (shop-local `YYYY-MM-DD`) the maker gave when marking the order delayed. */
  expectedShipDate?: string;
  cancelledAt?: string;
  note?: string;
};

export type Issue = { path: (string | number)[]; code: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
}

/** Validates an order from outside and converts its money exactly to minor units. */
export function parseOrder(input: unknown): Parsed<Order> {
  const parsed = orderInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const o = parsed.data;
  const issues: Issue[] = [];
  const minor = (value: number | string, path: (string | number)[]): number => {
    const r = toMinor(value, o.currency);
    if (r.ok) return r.value;
    issues.push({ path, code: 'invalid_amount', message: r.message });
    return 0;
  };
  const items: OrderItem[] = o.items.map((it, idx) => {
    const item: OrderItem = {
      sku: it.sku,
      title: it.title,
      sellerId: it.sellerId,
      quantity: it.quantity,
      unitPriceMinor: minor(it.unitPrice, ['items', idx, 'unitPrice']),
      personalized: it.personalized,
      personalization: it.personalization,
      finalSale: it.finalSale,
    };
    if (it.productType !== undefined) item.productType = it.productType;
    if (it.titles !== undefined) {
      const titles: Partial<Record<Language, LocalTitle>> = {};
      for (const [lang, t] of Object.entries(it.titles) as [
        Language,
        string | { title: string; gender?: GrammaticalGender | undefined },
      ][]) {
        titles[lang] =
          typeof t === 'string'
            ? { title: t }
            : t.gender
              ? { title: t.title, gender: t.gender }
              : { title: t.title };
      }
      item.titles = titles;
    }
    return item;
  });
  const totalMinor = minor(o.payment.total, ['payment', 'total']);
  const refundedMinor = minor(o.payment.refunded, ['payment', 'refunded']);
  if (issues.length === 0 && refundedMinor > totalMinor) {
    issues.push({
      path: ['payment', 'refunded'],
      code: 'too_big',
      message: 'must not exceed payment.total',
    });
  }
  const f = o.fulfillment;
  if (f.status !== 'unfulfilled' && !f.shippedAt) {
    issues.push({
      path: ['fulfillment', 'shippedAt'],
      code: 'invalid_type',
      message: `is required when status is "${f.status}"`,
    });
  }
  if (f.status === 'delivered' && !f.deliveredAt) {
    issues.push({
      path: ['fulfillment', 'deliveredAt'],
      code: 'invalid_type',
      message: 'is required when status is "delivered"',
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const order: Order = {
    id: o.id,
    createdAt: new Date(o.createdAt).toISOString(),
    currency: o.currency,
    customer: o.customer,
    items,
    stage: o.stage,
    fulfillment: f,
    payment: { totalMinor, refundedMinor },
    delayed: o.delayed,
  };
  if (o.shippingAddress) order.shippingAddress = o.shippingAddress;
  if (o.stageUpdatedAt) order.stageUpdatedAt = new Date(o.stageUpdatedAt).toISOString();
  if (o.note !== undefined) order.note = o.note;
  return { ok: true, value: order };
}

export function isPersonalized(order: Order): boolean {
  return order.items.some((i) => i.personalized);
}
