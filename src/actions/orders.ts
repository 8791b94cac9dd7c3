import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { instantSchema, parseOrder, zodIssues, type Order } from '../domain/order.js';
import { storedOrderSchema } from '../store/json.js';
import { defineAction } from './run-action.js';

/**
 * Creates or replaces an order from a shop's payload (contracts.md §5), validated here so the
 * HTTP API and `makerdesk import` share one path. What Makerdesk itself did to the order is
 * kept: refunds already recorded never shrink (the larger of stored and sent wins) and a
 * cancellation stays.
 */
export const upsertOrderAction = defineAction({
  name: 'upsertOrder',
  permission: 'orders.write',
  input: z.unknown(),
  lockOrder: (input) => orderIdOf(input),
  async run(ctx, input) {
    const incoming = readOrder(input);
    const before = await ctx.tx.orders.get(incoming.id);
    const order: Order = { ...incoming, payment: { ...incoming.payment } };
    if (before) {
      order.payment.refundedMinor = Math.max(
        incoming.payment.refundedMinor,
        before.payment.refundedMinor,
      );
      if (before.cancelledAt !== undefined) order.cancelledAt = before.cancelledAt;
      // A delay the workshop marked stays until the order ships or an order event clears it:
      // a platform's order update knows nothing of it.
      if (before.delayed && order.fulfillment.status === 'unfulfilled') {
        order.delayed = true;
        if (before.expectedShipDate !== undefined && order.expectedShipDate === undefined)
          order.expectedShipDate = before.expectedShipDate;
      }
      if (order.payment.refundedMinor > order.payment.totalMinor) {
        throw new AppError('validation_failed', 'order is not valid', [
          {
            path: ['payment', 'total'],
            code: 'too_small',
            message: 'is less than what was already refunded',
          },
        ]);
      }
    }
    const status = await ctx.tx.orders.upsert(order);
    return {
      value: { status, order },
      events: [],
      audit: [
        {
          subjectType: 'order',
          subjectId: order.id,
          rule: null,
          reason: status === 'created' ? 'order created' : 'order updated',
          before,
          after: order,
        },
      ],
    };
  },
});

/** A shop's payload (decimal money), or an `Order` that was already parsed (minor units). */
function readOrder(input: unknown): Order {
  const payment =
    typeof input === 'object' && input !== null && 'payment' in input ? input.payment : null;
  if (typeof payment === 'object' && payment !== null && 'totalMinor' in payment) {
    const checked = storedOrderSchema.safeParse(input);
    if (!checked.success)
      throw new AppError('validation_failed', 'order is not valid', zodIssues(checked.error));
    return checked.data;
  }
  const parsed = parseOrder(input);
  if (!parsed.ok) throw new AppError('validation_failed', 'order is not valid', parsed.issues);
  const f = parsed.value.fulfillment;
  // Instants are kept as UTC ISO strings everywhere, so they compare and sort as text.
  const utc = (v: string | null): string | null => (v === null ? null : new Date(v).toISOString());
  return {
    ...parsed.value,
    fulfillment: {
      ...f,
      shippedAt: utc(f.shippedAt),
      deliveredAt: utc(f.deliveredAt),
      estimatedDeliveryAt: utc(f.estimatedDeliveryAt),
    },
  };
}

function orderIdOf(input: unknown): string | null {
  if (typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string')
    return input.id.trim();
  return null;
}

const stageId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a stage id such as "making"');

/** Body of `POST /api/v1/orders/{id}/events`: what happened to an order in the workshop or on the road. */
export const orderEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('stage_changed'),
    stage: stageId,
    at: instantSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('shipped'),
    carrier: z.string().trim().min(1).max(100),
    trackingNumber: z.string().trim().min(1).max(100),
    trackingUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
    estimatedDeliveryAt: instantSchema.optional(),
    at: instantSchema.optional(),
  }),
  z.strictObject({ type: z.literal('delivered'), at: instantSchema.optional() }),
  z.strictObject({
    type: z.literal('delayed'),
    delayed: z.boolean().default(true),
    note: z.string().max(2000).optional(),
    at: instantSchema.optional(),
  }),
]);
export type OrderEvent = z.infer<typeof orderEventSchema>;

const iso = (s: string | undefined, fallback: string): string =>
  s === undefined ? fallback : new Date(s).toISOString();

export const applyOrderEventAction = defineAction({
  name: 'applyOrderEvent',
  permission: 'orders.write',
  input: z.object({ orderId: z.string().trim().min(1), event: orderEventSchema }),
  lockOrder: (input) => input.orderId,
  async run(ctx, { orderId, event }) {
    const before = await ctx.tx.orders.get(orderId);
    if (!before) throw new AppError('not_found', `order ${orderId} does not exist`);
    if (before.cancelledAt !== undefined)
      throw new AppError('conflict', `order ${orderId} was cancelled`);
    const order: Order = { ...before, fulfillment: { ...before.fulfillment } };
    switch (event.type) {
      case 'stage_changed':
        if (order.fulfillment.status !== 'unfulfilled')
          throw new AppError(
            'conflict',
            `order ${orderId} has already shipped; its stage no longer changes`,
          );
        order.stage = event.stage;
        order.stageUpdatedAt = iso(event.at, ctx.now);
        break;
      case 'shipped':
        if (order.fulfillment.status === 'delivered')
          throw new AppError('conflict', `order ${orderId} was already delivered`);
        order.fulfillment = {
          ...order.fulfillment,
          status: 'shipped',
          carrier: event.carrier,
          trackingNumber: event.trackingNumber,
          trackingUrl: event.trackingUrl ?? null,
          shippedAt: iso(event.at, ctx.now),
          estimatedDeliveryAt:
            event.estimatedDeliveryAt === undefined
              ? order.fulfillment.estimatedDeliveryAt
              : iso(event.estimatedDeliveryAt, ctx.now),
        };
        break;
      case 'delivered':
        order.fulfillment = {
          ...order.fulfillment,
          status: 'delivered',
          shippedAt: order.fulfillment.shippedAt ?? iso(event.at, ctx.now),
          deliveredAt: iso(event.at, ctx.now),
        };
        order.delayed = false;
        delete order.expectedShipDate;
        break;
      case 'delayed':
        order.delayed = event.delayed;
        if (!event.delayed) delete order.expectedShipDate;
        if (event.note !== undefined) order.note = event.note;
        break;
    }
    await ctx.tx.orders.upsert(order);
    return {
      value: { order },
      events: [],
      audit: [
        {
          subjectType: 'order',
          subjectId: orderId,
          rule: null,
          reason: `order event: ${event.type}`,
          before,
          after: order,
        },
      ],
    };
  },
});
