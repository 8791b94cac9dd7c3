import { createHash } from 'node:crypto';
import { z } from 'zod';
import { actors, type Actions } from '../actions/index.js';
import { AppError } from '../domain/errors.js';
import { zodIssues, type Order } from '../domain/order.js';
import type { OpenedStore } from '../store/index.js';
import { queueEvent, type EventsConfig } from './events-out.js';
import {
  applyShopifyFulfillment,
  isShopifyTopic,
  mapShopifyOrder,
  orderIdFromFulfillmentName,
  readShopifyOrder,
  shopifyFulfillmentSchema,
  shopifyOrderId,
} from './shopify.js';

export type WebhookDeps = {
  store: OpenedStore;
  actions: Actions;
  clock: () => Date;
  newId: () => string;
  events: EventsConfig;
};

export type WebhookOutcome =
  | {
      result: 'applied';
      orderId: string;
      change: 'created' | 'updated' | 'cancelled' | 'fulfillment' | 'tracking';
    }
  | { result: 'duplicate' }
  | { result: 'ignored'; reason: string };

/** Raw body → JSON; a truncated or malformed body is the sender's error (400). */
export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0)
    throw new AppError('bad_request', 'The request body is empty; send the JSON payload.');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e: unknown) {
    throw new AppError(
      'bad_request',
      'The request body is not valid JSON (is it cut short?).',
      undefined,
      { cause: e },
    );
  }
}

function invalid(what: string, issues: ReturnType<typeof zodIssues>): AppError {
  const first = issues[0];
  return new AppError(
    'validation_failed',
    `Invalid ${what} — ${first ? `${first.path.join('.') || 'payload'}: ${first.message}` : 'invalid'}`,
    issues,
  );
}

async function saveOrder(deps: WebhookDeps, order: Order): Promise<'created' | 'updated'> {
  const { status } = await deps.actions.upsertOrder(order, actors.integration);
  return status;
}

/**
 * Applies one Shopify webhook (already authenticated): records its id first, so a repeat is a
 * no-op, and applies it in the same transaction — a failure leaves neither.
 */
export async function applyShopifyWebhook(
  deps: WebhookDeps,
  input: { topic: string; webhookId: string | undefined; raw: Buffer },
): Promise<WebhookOutcome> {
  const payload = parseJsonBody(input.raw);
  if (!isShopifyTopic(input.topic))
    return { result: 'ignored', reason: `topic "${input.topic}" is not one Makerdesk applies` };
  const topic = input.topic;
  const deliveryId =
    input.webhookId?.trim() || `sha256:${createHash('sha256').update(input.raw).digest('hex')}`;
  const { store } = deps;
  return store.transaction(async () => {
    const at = deps.clock().toISOString();
    if (!(await store.integrations.claimDelivery({ source: 'shopify', deliveryId, topic, at })))
      return { result: 'duplicate' } as const;
    let outcome: WebhookOutcome;
    if (topic === 'fulfillments/create' || topic === 'fulfillments/update') {
      const f = shopifyFulfillmentSchema.safeParse(payload);
      if (!f.success) throw invalid(`${topic} payload`, zodIssues(f.error));
      const orderId =
        (await store.integrations.externalOrder('shopify', f.data.order_id)) ??
        orderIdFromFulfillmentName(f.data.name);
      const existing = orderId === null ? null : await store.orders.get(orderId);
      if (!existing)
        throw new AppError(
          'not_found',
          `No order for Shopify order ${f.data.order_id}; send orders/create first (Shopify retries this delivery).`,
        );
      if (existing.cancelledAt !== undefined) {
        outcome = { result: 'ignored', reason: `order ${existing.id} was cancelled` };
      } else {
        const next = applyShopifyFulfillment(existing, f.data);
        await saveOrder(deps, next);
        outcome = { result: 'applied', orderId: existing.id, change: 'fulfillment' };
        await queueEvent(deps, 'shipment.updated', `shopify:${deliveryId}`, {
          orderId: existing.id,
          source: 'shopify',
          fulfillment: next.fulfillment,
        });
      }
    } else {
      const read = readShopifyOrder(payload);
      if (!read.ok) throw invalid(`${topic} payload`, read.issues);
      const orderId = shopifyOrderId(read.value.name, read.value.order_number);
      const existing = await store.orders.get(orderId);
      if (topic === 'orders/cancelled' && !read.value.cancelled_at)
        throw invalid('orders/cancelled payload', [
          {
            path: ['cancelled_at'],
            code: 'invalid_type',
            message: 'is required for orders/cancelled',
          },
        ]);
      const mapped = mapShopifyOrder(read.value, existing);
      if (!mapped.ok) throw invalid(`${topic} payload`, mapped.issues);
      const status = await saveOrder(deps, mapped.value);
      await store.integrations.linkExternalOrder('shopify', read.value.id, orderId);
      const change =
        mapped.value.cancelledAt !== undefined && existing?.cancelledAt === undefined
          ? 'cancelled'
          : status;
      outcome = { result: 'applied', orderId, change };
      await queueEvent(
        deps,
        change === 'cancelled'
          ? 'order.cancelled'
          : change === 'created'
            ? 'order.created'
            : 'order.updated',
        `shopify:${deliveryId}`,
        { orderId, source: 'shopify' },
      );
    }
    await store.integrations.setDeliveryResult(
      'shopify',
      deliveryId,
      outcome.result === 'applied' ? `applied:${outcome.change}` : outcome.result,
    );
    return outcome;
  });
}

const dateOrInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** Body of the tracking webhook (contracts.md §4). */
export const trackingUpdateSchema = z.object({
  tracking_number: z.string().trim().min(1).max(100),
  carrier: z.string().trim().min(1).max(100),
  status: z.enum(['in_transit', 'out_for_delivery', 'delivered', 'exception']),
  occurred_at: z.iso.datetime({
    offset: true,
    message: 'must be an ISO-8601 date-time with a time zone',
  }),
  estimated_delivery: dateOrInstant.nullish(),
  detail: z.string().max(500).optional(),
});
export type TrackingUpdate = z.infer<typeof trackingUpdateSchema>;

const instant = (v: string): string => new Date(/T/.test(v) ? v : `${v}T12:00:00Z`).toISOString();

/** What a tracking update does to an order's fulfilment; older news than the last applied is kept out. */
export function applyTracking(order: Order, u: TrackingUpdate): Order | null {
  const at = instant(u.occurred_at);
  const ff = { ...order.fulfillment };
  if (ff.trackingUpdatedAt !== undefined && ff.trackingUpdatedAt > at) return null;
  if (ff.status === 'delivered' && u.status !== 'delivered') return null;
  ff.trackingStatus = u.status;
  ff.trackingUpdatedAt = at;
  ff.carrier = ff.carrier ?? u.carrier;
  if (u.estimated_delivery) ff.estimatedDeliveryAt = instant(u.estimated_delivery);
  const next: Order = { ...order, fulfillment: ff };
  switch (u.status) {
    case 'in_transit':
    case 'out_for_delivery':
      if (ff.status === 'unfulfilled') {
        ff.status = 'shipped';
        ff.shippedAt = at;
      }
      delete ff.deliveryProblem;
      break;
    case 'delivered':
      ff.status = 'delivered';
      ff.shippedAt = ff.shippedAt ?? at;
      ff.deliveredAt = at;
      delete ff.deliveryProblem;
      next.delayed = false;
      break;
    case 'exception':
      if (ff.status === 'unfulfilled') {
        ff.status = 'shipped';
        ff.shippedAt = at;
      }
      ff.deliveryProblem = {
        reportedAt: at,
        carrier: u.carrier,
        ...(u.detail ? { detail: u.detail } : {}),
      };
      break;
  }
  return next;
}

/** Applies a carrier tracking update to every order with that tracking number. */
export async function applyTrackingWebhook(
  deps: WebhookDeps,
  raw: Buffer,
): Promise<WebhookOutcome> {
  const payload = parseJsonBody(raw);
  const parsed = trackingUpdateSchema.safeParse(payload);
  if (!parsed.success) throw invalid('tracking update', zodIssues(parsed.error));
  const u = parsed.data;
  const deliveryId = `sha256:${createHash('sha256')
    .update(
      `${u.tracking_number}|${u.status}|${instant(u.occurred_at)}|${u.estimated_delivery ?? ''}`,
    )
    .digest('hex')}`;
  const { store } = deps;
  return store.transaction(async () => {
    const orders = await store.integrations.ordersByTrackingNumber(u.tracking_number);
    if (orders.length === 0)
      throw new AppError('not_found', `No order has tracking number ${u.tracking_number}.`);
    if (
      !(await store.integrations.claimDelivery({
        source: 'tracking',
        deliveryId,
        topic: u.status,
        at: deps.clock().toISOString(),
      }))
    )
      return { result: 'duplicate' } as const;
    let applied: string | null = null;
    for (const order of orders) {
      const next = applyTracking(order, u);
      if (!next) continue;
      await saveOrder(deps, next);
      applied ??= order.id;
      await queueEvent(
        deps,
        u.status === 'exception' ? 'delivery.exception' : 'shipment.updated',
        `tracking:${deliveryId}:${order.id}`,
        {
          orderId: order.id,
          source: 'tracking',
          trackingNumber: u.tracking_number,
          status: u.status,
          occurredAt: instant(u.occurred_at),
          estimatedDeliveryAt: next.fulfillment.estimatedDeliveryAt,
        },
      );
    }
    const outcome: WebhookOutcome =
      applied === null
        ? { result: 'ignored', reason: 'older than the news already applied' }
        : { result: 'applied', orderId: applied, change: 'tracking' };
    await store.integrations.setDeliveryResult('tracking', deliveryId, outcome.result);
    return outcome;
  });
}
