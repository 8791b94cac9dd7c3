import { z } from 'zod';
import { isValidLocalDate } from '../calendar/index.js';
import { AppError } from '../domain/errors.js';
import type { TurnEvent } from '../domain/events.js';
import type { Order } from '../domain/order.js';
import { defineAction, type ActionContext } from './run-action.js';

const stageId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a stage id such as "making"');
const note = z.string().trim().min(1).max(2000);
const photoId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not a valid photo id');

/** Whether a seller has a piece in this order (what a maker account may see and move). */
export function orderHasSeller(order: Order, sellerId: string): boolean {
  return order.items.some((i) => i.sellerId === sellerId);
}

/**
 * The order as the actor may touch it: a maker only their own seller's orders; another seller's
 * order is "not found", so its existence is not revealed. Cancelled or shipped orders don't move.
 */
async function movableOrder(ctx: ActionContext, orderId: string): Promise<Order> {
  const order = await ctx.tx.orders.get(orderId);
  let visible = order !== null;
  if (order && ctx.actor.type === 'user' && ctx.actor.role === 'maker') {
    const user = await ctx.tx.users.get(ctx.actor.userId);
    visible = user?.sellerId !== undefined && orderHasSeller(order, user.sellerId);
  }
  if (!order || !visible)
    throw new AppError('not_found', `order ${orderId} is not one of your orders`);
  if (order.cancelledAt !== undefined)
    throw new AppError('conflict', `order ${orderId} was cancelled`);
  if (order.fulfillment.status !== 'unfulfilled')
    throw new AppError('conflict', `order ${orderId} has already shipped`);
  return order;
}

async function record(ctx: ActionContext, event: TurnEvent): Promise<void> {
  await ctx.tx.events.append({ ...event, id: ctx.newId(), conversationId: null, at: ctx.now });
}

export const advanceStageSchema = z.object({
  orderId: z.string().trim().min(1),
  /** The stage the maker saw; if the order moved meanwhile, nothing changes (409). */
  from: stageId,
  to: stageId,
  note: note.optional(),
  photoId: photoId.optional(),
});

/** A maker moves an order to its next production stage, with an optional note or progress photo. */
export const advanceStageAction = defineAction({
  name: 'advanceStage',
  permission: 'orders.progress',
  input: advanceStageSchema,
  lockOrder: (input) => input.orderId,
  async run(ctx, input) {
    const before = await movableOrder(ctx, input.orderId);
    if (before.stage !== input.from)
      throw new AppError(
        'conflict',
        `order ${input.orderId} is already at "${before.stage}"; reload to see where it is`,
      );
    const order: Order = { ...before, stage: input.to, stageUpdatedAt: ctx.now };
    await ctx.tx.orders.upsert(order);
    const event: TurnEvent = {
      type: 'order.stage_changed',
      orderId: order.id,
      from: input.from,
      to: input.to,
      by: ctx.actorLabel,
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.photoId !== undefined ? { photoId: input.photoId } : {}),
    };
    await record(ctx, event);
    return {
      value: { order },
      events: [event],
      audit: [
        {
          subjectType: 'order',
          subjectId: order.id,
          rule: null,
          reason: `stage ${input.from} → ${input.to}`,
          before,
          after: order,
        },
      ],
    };
  },
});

export const markDelaySchema = z.object({
  orderId: z.string().trim().min(1),
  /** The new ship date, a shop-local calendar day; the caller checks it is not in the past. */
  expectedShipDate: z.string().refine(isValidLocalDate, 'must be a date such as 2026-12-24'),
  note: note.optional(),
});

/** A maker marks an order delayed with a new expected ship date; the customer is told (R16). */
export const markDelayAction = defineAction({
  name: 'markDelay',
  permission: 'orders.progress',
  input: markDelaySchema,
  lockOrder: (input) => input.orderId,
  async run(ctx, input) {
    const before = await movableOrder(ctx, input.orderId);
    if (before.delayed && before.expectedShipDate === input.expectedShipDate)
      throw new AppError(
        'conflict',
        `order ${input.orderId} is already delayed to ${input.expectedShipDate}`,
      );
    const order: Order = { ...before, delayed: true, expectedShipDate: input.expectedShipDate };
    await ctx.tx.orders.upsert(order);
    const event: TurnEvent = {
      type: 'order.delayed',
      orderId: order.id,
      expectedShipDate: input.expectedShipDate,
      by: ctx.actorLabel,
      ...(before.expectedShipDate !== undefined
        ? { previousExpectedShipDate: before.expectedShipDate }
        : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    await record(ctx, event);
    return {
      value: { order },
      events: [event],
      audit: [
        {
          subjectType: 'order',
          subjectId: order.id,
          rule: null,
          reason: `delayed, now expected to ship by ${input.expectedShipDate}`,
          before,
          after: order,
        },
      ],
    };
  },
});
