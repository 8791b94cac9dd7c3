import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { HandoffPackage } from '../domain/records.js';
import type { Order } from '../domain/order.js';
import { conversationStatuses, intents } from '../domain/conversation.js';
import { eventTypes } from '../domain/events.js';
import { grammaticalGenders, languages } from '../domain/order.js';

/** Schemas for JSON read back from the database: what comes out is checked, not trusted. */

const str = z.string();
const nullableStr = z.string().nullable();

export const storedOrderSchema = z.object({
  id: str,
  createdAt: str,
  currency: str,
  customer: z.object({
    email: str,
    name: str.optional(),
    postcode: str.optional(),
    language: z.enum(languages).optional(),
  }),
  shippingAddress: z
    .object({
      line1: str,
      line2: str.optional(),
      city: str,
      region: str.optional(),
      postcode: str,
      country: str,
    })
    .exactOptional(),
  items: z.array(
    z.object({
      sku: str,
      title: str,
      titles: z
        .partialRecord(
          z.enum(languages),
          z.object({ title: str, gender: z.enum(grammaticalGenders).exactOptional() }),
        )
        .exactOptional(),
      sellerId: str,
      productType: str.exactOptional(),
      quantity: z.number().int().positive(),
      unitPriceMinor: z.number().int().nonnegative(),
      personalized: z.boolean(),
      personalization: z.record(str, str),
      finalSale: z.boolean(),
    }),
  ),
  stage: str,
  stageUpdatedAt: str.exactOptional(),
  fulfillment: z.object({
    status: z.enum(['unfulfilled', 'shipped', 'delivered']),
    carrier: nullableStr,
    trackingNumber: nullableStr,
    trackingUrl: nullableStr,
    shippedAt: nullableStr,
    deliveredAt: nullableStr,
    estimatedDeliveryAt: nullableStr,
    trackingStatus: z
      .enum(['in_transit', 'out_for_delivery', 'delivered', 'exception'])
      .exactOptional(),
    trackingUpdatedAt: str.exactOptional(),
    deliveryProblem: z
      .object({ reportedAt: str, carrier: nullableStr, detail: str.exactOptional() })
      .exactOptional(),
  }),
  payment: z.object({
    totalMinor: z.number().int().nonnegative(),
    refundedMinor: z.number().int().nonnegative(),
  }),
  delayed: z.boolean(),
  expectedShipDate: str.exactOptional(),
  cancelledAt: str.exactOptional(),
  note: str.exactOptional(),
});
// Compile-time check that the stored shape is exactly the domain type.
const _orderCheck: z.ZodType<Order> = storedOrderSchema;
void _orderCheck;

export const handoffSchema = z.object({
  orderId: nullableStr,
  customer: z.object({ email: str.exactOptional(), name: str.exactOptional() }).nullable(),
  lang: z.enum(languages),
  rule: str,
  reason: str,
  summary: str,
  facts: z.record(str, z.unknown()),
  attachmentIds: z.array(str),
  desiredResolution: nullableStr,
  suggestedNextStep: str,
});
const _handoffCheck: z.ZodType<HandoffPackage> = handoffSchema;
void _handoffCheck;

export const recordSchema = z.record(str, z.unknown());
export const stringArraySchema = z.array(str);
export const quickRepliesSchema = z.array(z.object({ id: str, label: str }));
export const handledBySchema = z.union([z.literal('assistant'), z.object({ userId: str })]);
export const turnEventSchema = z.looseObject({ type: z.enum(eventTypes) });
export const intentSchema = z.enum(intents);
export const conversationStatusSchema = z.enum(conversationStatuses);

/** Parses a JSON column and validates it; a mismatch is a corrupt row, reported as `internal`. */
export function readJson<S extends z.ZodType>(schema: S, text: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e: unknown) {
    throw new AppError('internal', `stored ${where} is not valid JSON`, undefined, { cause: e });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'internal',
      `stored ${where} does not match its schema: ${parsed.error.issues[0]?.message ?? ''}`,
      undefined,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

/**
 * `readJson(recordSchema, …)` without the schema pass: a JSON object is all a record needs, and
 * JSON.parse only makes plain objects, so the check is the same and the copy the schema makes is
 * saved (about half the cost of reading a conversation's state).
 */
export function readRecord(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e: unknown) {
    throw new AppError('internal', `stored ${where} is not valid JSON`, undefined, { cause: e });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppError(
      'internal',
      `stored ${where} does not match its schema: expected an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
    );
  return value as Record<string, unknown>;
}

/** For columns that hold arbitrary JSON (`before`/`after`, idempotent results). */
export function readAnyJson(text: string | null, where: string): unknown {
  if (text === null) return null;
  return readJson(z.unknown(), text, where);
}

/** Whether two JSON values are equal, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
