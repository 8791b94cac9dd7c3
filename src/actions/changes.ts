import { z } from 'zod';
import type { Decision } from '../domain/decision.js';
import { AppError } from '../domain/errors.js';
import type { TurnEvent } from '../domain/events.js';
import { orderInputSchema, type Address, type Order } from '../domain/order.js';
import type { ChangeRequest } from '../domain/store.js';
import { lockedOrder } from './refunds.js';
import {
  decisionSchema,
  defineAction,
  idempotencyKeySchema,
  type ActionContext,
  type ActionOutput,
} from './run-action.js';

const conversationId = z.string().min(1).nullable().default(null);

export const changeRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId,
  itemSku: z.string().trim().min(1),
  field: z.string().trim().min(1).max(100),
  /** What the customer believes it says now; the stored value is what gets recorded as "before". */
  before: z.unknown().optional(),
  after: z
    .unknown()
    .refine(
      (v) => typeof v === 'string' && v.length <= 2000,
      'must be text of at most 2000 characters',
    )
    .transform((v) => String(v)),
  decision: decisionSchema,
  idempotencyKey: idempotencyKeySchema,
});

export const addressSchema = orderInputSchema.shape.shippingAddress.unwrap();

export const addressChangeSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId,
  address: addressSchema,
  decision: decisionSchema,
  idempotencyKey: idempotencyKeySchema,
});

export type ChangeResult = { changeRequest: ChangeRequest; order: Order | null };

function insideWindow(decision: Decision): boolean {
  const v = decision.facts['insideWindow'];
  return typeof v === 'boolean' ? v : decision.outcome === 'allow';
}

function assertChangeable(order: Order): void {
  if (order.cancelledAt !== undefined)
    throw new AppError('conflict', `order ${order.id} was cancelled`);
  if (order.fulfillment.status !== 'unfulfilled')
    throw new AppError('conflict', `order ${order.id} has already shipped`);
}

function changeRecord(
  ctx: ActionContext,
  input: { orderId: string; conversationId: string | null; idempotencyKey: string },
  kind: ChangeRequest['kind'],
  target: Record<string, string>,
  before: unknown,
  after: unknown,
  decision: Decision,
): ChangeRequest {
  return {
    id: ctx.newId(),
    orderId: input.orderId,
    conversationId: input.conversationId,
    kind,
    target,
    before: before ?? null,
    after,
    status: decision.outcome === 'allow' ? 'recorded' : 'refused',
    rule: decision.rule,
    reason: decision.reason,
    insideWindow: insideWindow(decision),
    idempotencyKey: input.idempotencyKey,
    createdAt: ctx.now,
  };
}

function changeEvent(
  type: TurnEvent['type'],
  cr: ChangeRequest,
  extra: Record<string, unknown>,
): TurnEvent {
  return {
    type,
    orderId: cr.orderId,
    changeRequestId: cr.id,
    rule: cr.rule,
    reason: cr.reason,
    ...extra,
  };
}

/** A personalisation change the customer confirmed: applied to the item when allowed, recorded either way. */
export const recordChangeAction = defineAction<typeof changeRequestSchema, ChangeResult>({
  name: 'recordChange',
  permission: 'support.act',
  input: changeRequestSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    assertChangeable(order);
    const index = order.items.findIndex((i) => i.sku === input.itemSku);
    const item = order.items[index];
    if (!item) throw new AppError('not_found', `order ${order.id} has no item ${input.itemSku}`);
    const before = item.personalization[input.field] ?? null;
    const items = order.items.map((it, i) =>
      i === index
        ? { ...it, personalization: { ...it.personalization, [input.field]: input.after } }
        : it,
    );
    const after: Order = { ...order, items };
    await ctx.tx.orders.upsert(after);
    const cr = changeRecord(
      ctx,
      input,
      'personalization',
      { itemSku: input.itemSku, field: input.field },
      before,
      input.after,
      input.decision,
    );
    await ctx.tx.changeRequests.create(cr);
    return {
      value: { changeRequest: cr, order: after },
      events: [
        changeEvent('change.recorded', cr, {
          itemSku: input.itemSku,
          field: input.field,
          before,
          after: input.after,
        }),
      ],
      audit: [
        {
          subjectType: 'order',
          subjectId: order.id,
          before: { sku: item.sku, personalization: item.personalization },
          after: { sku: item.sku, personalization: items[index]?.personalization },
        },
      ],
    };
  },
  async refuse(ctx, input, decision) {
    return refusedChange(
      ctx,
      input,
      'personalization',
      { itemSku: input.itemSku, field: input.field },
      input.before,
      input.after,
      decision,
      'change.refused',
    );
  },
});

async function refusedChange(
  ctx: ActionContext,
  input: { orderId: string; conversationId: string | null; idempotencyKey: string },
  kind: ChangeRequest['kind'],
  target: Record<string, string>,
  before: unknown,
  after: unknown,
  decision: Decision,
  type: 'change.refused' | 'address.refused',
): Promise<ActionOutput<ChangeResult>> {
  await lockedOrder(ctx.tx, input.orderId);
  const cr = changeRecord(ctx, input, kind, target, before, after, decision);
  await ctx.tx.changeRequests.create(cr);
  return {
    value: { changeRequest: cr, order: null },
    events: [changeEvent(type, cr, { ...target, outcome: decision.outcome })],
    audit: [{ subjectType: 'change_request', subjectId: cr.id, before: null, after: cr }],
  };
}

/** A new shipping address for an unshipped order. */
export const changeAddressAction = defineAction<typeof addressChangeSchema, ChangeResult>({
  name: 'changeAddress',
  permission: 'support.act',
  input: addressChangeSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    assertChangeable(order);
    const address: Address = input.address;
    const after: Order = { ...order, shippingAddress: address };
    await ctx.tx.orders.upsert(after);
    const cr = changeRecord(
      ctx,
      input,
      'address',
      { field: 'shippingAddress' },
      order.shippingAddress ?? null,
      address,
      input.decision,
    );
    await ctx.tx.changeRequests.create(cr);
    return {
      value: { changeRequest: cr, order: after },
      events: [changeEvent('address.changed', cr, { address })],
      audit: [
        {
          subjectType: 'order',
          subjectId: order.id,
          before: { shippingAddress: order.shippingAddress ?? null },
          after: { shippingAddress: address },
        },
      ],
    };
  },
  async refuse(ctx, input, decision) {
    return refusedChange(
      ctx,
      input,
      'address',
      { field: 'shippingAddress' },
      null,
      input.address,
      decision,
      'address.refused',
    );
  },
});
