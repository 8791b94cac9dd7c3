import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { TurnEvent } from '../domain/events.js';
import { fromMinor } from '../domain/money.js';
import type { Order } from '../domain/order.js';
import type { Case, Refund } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import {
  decisionSchema,
  defineAction,
  idempotencyKeySchema,
  orderRefusal,
  type ActionContext,
  type AuditDraft,
} from './run-action.js';
import { assertNoPriorRemedy } from './remedies.js';

export const refundRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId: z.string().min(1).nullable().default(null),
  amountMinor: z.number().int().positive('must be more than zero'),
  reason: z.string().trim().min(1).max(2000),
  decision: decisionSchema,
  /** The policy's automatic limit for this order, in the order currency's minor units. */
  autoLimitMinor: z.number().int().nonnegative(),
  /** The items the refund is for: recorded in the remedy ledger; each may have one remedy without a person. */
  itemSkus: z.array(z.string().trim().min(1)).min(1).optional(),
  idempotencyKey: idempotencyKeySchema,
});

export async function lockedOrder(tx: Store, orderId: string): Promise<Order> {
  const order = await tx.orders.getForUpdate(orderId);
  if (!order) throw new AppError('not_found', `order ${orderId} does not exist`);
  return order;
}

/** Money still refundable: paid − refunded − what waits for approval. */
export async function refundableMinor(
  tx: Store,
  order: Order,
): Promise<{ available: number; pending: number }> {
  const pending = (await tx.refunds.listForOrder(order.id))
    .filter((r) => r.status === 'pending_approval')
    .reduce((sum, r) => sum + r.amountMinor, 0);
  return { available: order.payment.totalMinor - order.payment.refundedMinor - pending, pending };
}

export function refundEvent(
  type: 'refund.issued' | 'refund.pending_approval' | 'refund.declined',
  refund: Refund,
  extra: Record<string, unknown> = {},
): TurnEvent {
  return {
    type,
    orderId: refund.orderId,
    refundId: refund.id,
    rule: refund.rule,
    reason: refund.reason,
    amount: fromMinor(refund.amountMinor, refund.currency),
    currency: refund.currency,
    ...(refund.itemSkus !== undefined && { itemSkus: refund.itemSkus }),
    ...extra,
  };
}

/** Adds an issued refund to the order's refunded total; the caller holds the order's lock. */
async function addRefunded(
  ctx: ActionContext,
  order: Order,
  amountMinor: number,
): Promise<{ audit: AuditDraft; order: Order }> {
  const after: Order = {
    ...order,
    payment: { ...order.payment, refundedMinor: order.payment.refundedMinor + amountMinor },
  };
  if (after.payment.refundedMinor > after.payment.totalMinor) {
    throw new AppError('conflict', `refund would exceed what was paid for order ${order.id}`);
  }
  await ctx.tx.orders.upsert(after);
  return {
    order: after,
    audit: {
      subjectType: 'order',
      subjectId: order.id,
      before: { payment: order.payment },
      after: { payment: after.payment },
    },
  };
}

/**
 * A refund: issued at once when the decision allows it and it is within the automatic limit,
 * otherwise queued for approval (with an approval case). Never more than paid − refunded −
 * pending, checked under the order's lock.
 */
export type RefundResult = { refund: Refund; case: Case | null };
export type CancelResult = { order: Order | null; refund: Refund | null };

export const requestRefundAction = defineAction<typeof refundRequestSchema, RefundResult>({
  name: 'requestRefund',
  permission: 'support.act',
  input: refundRequestSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  accepts: ['allow', 'needs_approval'],
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    if (order.cancelledAt !== undefined)
      throw new AppError('conflict', `order ${order.id} was cancelled and refunded`);
    if (input.itemSkus !== undefined) {
      const known = new Set(order.items.map((i) => i.sku));
      const missing = input.itemSkus.filter((sku) => !known.has(sku));
      if (missing.length > 0)
        throw new AppError('not_found', `order ${order.id} has no item ${missing.join(', ')}`);
      await assertNoPriorRemedy(ctx.tx, order, input.itemSkus, ctx.actor, 'refund');
      const itemsTotal = order.items
        .filter((i) => input.itemSkus?.includes(i.sku))
        .reduce((sum, i) => sum + i.unitPriceMinor * i.quantity, 0);
      if (input.amountMinor > itemsTotal) {
        throw new AppError(
          'conflict',
          `a refund of ${fromMinor(input.amountMinor, order.currency)} ${order.currency} is more than the items cost (${fromMinor(itemsTotal, order.currency)} ${order.currency})`,
        );
      }
    }
    const { available } = await refundableMinor(ctx.tx, order);
    if (input.amountMinor > available) {
      throw new AppError(
        'conflict',
        `a refund of ${fromMinor(input.amountMinor, order.currency)} ${order.currency} would exceed what is left to refund on order ${order.id} (${fromMinor(Math.max(0, available), order.currency)} ${order.currency})`,
      );
    }
    const overLimit = input.amountMinor > input.autoLimitMinor;
    const automatic = input.decision.outcome === 'allow' && !overLimit;
    const refund: Refund = {
      id: ctx.newId(),
      orderId: order.id,
      conversationId: input.conversationId,
      amountMinor: input.amountMinor,
      currency: order.currency,
      reason:
        input.decision.outcome === 'allow' && overLimit
          ? `above the automatic limit of ${fromMinor(input.autoLimitMinor, order.currency)} ${order.currency}`
          : input.decision.reason,
      rule:
        input.decision.outcome === 'allow' && overLimit
          ? 'refunds.auto_limit'
          : input.decision.rule,
      status: automatic ? 'issued' : 'pending_approval',
      idempotencyKey: input.idempotencyKey,
      createdAt: ctx.now,
      decidedAt: automatic ? ctx.now : null,
      decidedBy: automatic ? ctx.actorLabel : null,
      ...(input.itemSkus !== undefined && { itemSkus: input.itemSkus }),
    };
    await ctx.tx.refunds.create(refund);
    const audit: AuditDraft[] = [
      {
        subjectType: 'refund',
        subjectId: refund.id,
        rule: refund.rule,
        reason: refund.reason,
        before: null,
        after: { ...refund, customerReason: input.reason },
      },
    ];
    if (automatic) {
      audit.push((await addRefunded(ctx, order, refund.amountMinor)).audit);
      return {
        value: { refund, case: null },
        events: [refundEvent('refund.issued', refund)],
        audit,
      };
    }
    const approval: Case = {
      id: ctx.newId(),
      kind: 'approval',
      status: 'open',
      priority: 2,
      conversationId: input.conversationId,
      orderId: order.id,
      handoff: null,
      subject: {
        refundId: refund.id,
        amount: fromMinor(refund.amountMinor, refund.currency),
        currency: refund.currency,
        customerReason: input.reason,
        rule: refund.rule,
        reason: refund.reason,
      },
      createdAt: ctx.now,
      updatedAt: ctx.now,
      assignedTo: null,
    };
    await ctx.tx.cases.create(approval);
    audit.push({
      subjectType: 'case',
      subjectId: approval.id,
      rule: refund.rule,
      reason: refund.reason,
      before: null,
      after: approval,
    });
    return {
      value: { refund, case: approval },
      events: [refundEvent('refund.pending_approval', refund, { caseId: approval.id })],
      audit,
    };
  },
});

export const approvalDecisionSchema = z
  .object({
    refundId: z.string().min(1).optional(),
    caseId: z.string().min(1).optional(),
    approve: z.boolean(),
    why: z.string().trim().min(1, 'say why').max(2000),
  })
  .refine((v) => v.refundId !== undefined || v.caseId !== undefined, {
    message: 'give refundId or caseId',
    path: ['refundId'],
  });

/**
 * An approver's yes or no on a refund waiting for approval. Approving re-checks paid − refunded
 * under the order's lock; declined refunds never count as refunded. The events it produces are
 * also stored (there is no customer turn around an approval).
 */
export const decideApprovalAction = defineAction({
  name: 'decideApproval',
  permission: 'refunds.approve',
  input: approvalDecisionSchema,
  async run(ctx, input) {
    let refundId = input.refundId;
    let approval: Case | null = null;
    if (input.caseId !== undefined) {
      approval = await ctx.tx.cases.get(input.caseId);
      if (!approval || approval.kind !== 'approval')
        throw new AppError('not_found', `approval case ${input.caseId} does not exist`);
      const subjectRefund = approval.subject['refundId'];
      if (typeof subjectRefund !== 'string')
        throw new AppError('conflict', `case ${approval.id} has no refund to decide`);
      if (refundId !== undefined && refundId !== subjectRefund)
        throw new AppError(
          'bad_request',
          `case ${approval.id} is about refund ${subjectRefund}, not ${refundId}`,
        );
      refundId = subjectRefund;
    }
    if (refundId === undefined) throw new AppError('bad_request', 'give refundId or caseId');
    const first = await ctx.tx.refunds.get(refundId);
    if (!first) throw new AppError('not_found', `refund ${refundId} does not exist`);
    const order = await lockedOrder(ctx.tx, first.orderId);
    // Read again under the lock: another approver may have been quicker.
    const refund = (await ctx.tx.refunds.get(refundId)) ?? first;
    if (refund.status !== 'pending_approval') {
      throw new AppError(
        'conflict',
        `refund ${refund.id} was already ${refund.status === 'issued' ? 'approved' : 'declined'} by ${refund.decidedBy ?? 'someone'} at ${refund.decidedAt ?? '?'}`,
      );
    }
    const decidedBy = ctx.actor.type === 'user' ? ctx.actor.userId : ctx.actorLabel;
    const audit: AuditDraft[] = [];
    let decided: Refund;
    let event: TurnEvent;
    if (input.approve) {
      const left = order.payment.totalMinor - order.payment.refundedMinor;
      if (order.cancelledAt !== undefined || refund.amountMinor > left) {
        throw new AppError(
          'conflict',
          `approving ${fromMinor(refund.amountMinor, refund.currency)} ${refund.currency} would exceed what is left to refund on order ${order.id} (${fromMinor(Math.max(0, order.cancelledAt !== undefined ? 0 : left), refund.currency)} ${refund.currency}); decline it instead`,
        );
      }
      decided = {
        ...refund,
        status: 'issued',
        decidedBy,
        decidedAt: ctx.now,
        rule: 'refunds.approved',
        reason: input.why,
      };
      audit.push((await addRefunded(ctx, order, refund.amountMinor)).audit);
      event = refundEvent('refund.issued', decided, { approvedBy: decidedBy });
    } else {
      decided = {
        ...refund,
        status: 'declined',
        decidedBy,
        decidedAt: ctx.now,
        rule: 'refunds.declined',
        reason: input.why,
      };
      event = refundEvent('refund.declined', decided, { declinedBy: decidedBy });
    }
    await ctx.tx.refunds.setStatus(refund.id, decided.status, decidedBy, ctx.now);
    audit.push({
      subjectType: 'refund',
      subjectId: refund.id,
      rule: decided.rule,
      reason: input.why,
      before: refund,
      after: decided,
    });
    const cases = approval
      ? [approval]
      : (await ctx.tx.cases.list({ kind: 'approval' })).filter(
          (c) => c.subject['refundId'] === refund.id,
        );
    for (const c of cases) {
      if (c.status === 'closed') continue;
      await ctx.tx.cases.update(c.id, { status: 'closed', updatedAt: ctx.now });
      audit.push({
        subjectType: 'case',
        subjectId: c.id,
        rule: decided.rule,
        reason: input.why,
        before: { status: c.status },
        after: { status: 'closed' },
      });
    }
    await ctx.tx.events.append({
      ...event,
      id: ctx.newId(),
      conversationId: refund.conversationId,
      at: ctx.now,
    });
    return { value: { refund: decided }, events: [event], audit };
  },
});

export const cancelRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId: z.string().min(1).nullable().default(null),
  decision: decisionSchema,
  idempotencyKey: idempotencyKeySchema,
});

/** Cancels an unshipped order and refunds what is left of it in full; pending refunds lapse. */
export const cancelOrderAction = defineAction<typeof cancelRequestSchema, CancelResult>({
  name: 'cancelOrder',
  permission: 'support.act',
  input: cancelRequestSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    if (order.cancelledAt !== undefined)
      throw new AppError('conflict', `order ${order.id} is already cancelled`);
    if (order.fulfillment.status !== 'unfulfilled')
      throw new AppError(
        'conflict',
        `order ${order.id} has already shipped and cannot be cancelled`,
      );
    const audit: AuditDraft[] = [];
    const events: TurnEvent[] = [];
    for (const pending of (await ctx.tx.refunds.listForOrder(order.id)).filter(
      (r) => r.status === 'pending_approval',
    )) {
      await ctx.tx.refunds.setStatus(pending.id, 'declined', ctx.actorLabel, ctx.now);
      audit.push({
        subjectType: 'refund',
        subjectId: pending.id,
        reason: 'order cancelled and refunded in full',
        before: pending,
        after: { ...pending, status: 'declined' },
      });
    }
    const amountMinor = order.payment.totalMinor - order.payment.refundedMinor;
    let refund: Refund | null = null;
    if (amountMinor > 0) {
      refund = {
        id: ctx.newId(),
        orderId: order.id,
        conversationId: input.conversationId,
        amountMinor,
        currency: order.currency,
        reason: input.decision.reason,
        rule: input.decision.rule,
        status: 'issued',
        idempotencyKey: `cancel:${input.idempotencyKey}`,
        createdAt: ctx.now,
        decidedAt: ctx.now,
        decidedBy: ctx.actorLabel,
      };
      await ctx.tx.refunds.create(refund);
      audit.push({ subjectType: 'refund', subjectId: refund.id, before: null, after: refund });
    }
    const after: Order = {
      ...order,
      cancelledAt: ctx.now,
      payment: { ...order.payment, refundedMinor: order.payment.totalMinor },
    };
    await ctx.tx.orders.upsert(after);
    audit.push({ subjectType: 'order', subjectId: order.id, before: order, after });
    events.push({
      type: 'order.cancelled',
      orderId: order.id,
      rule: input.decision.rule,
      reason: input.decision.reason,
      amount: fromMinor(amountMinor, order.currency),
      currency: order.currency,
    });
    if (refund) events.push(refundEvent('refund.issued', refund));
    return { value: { order: after, refund }, events, audit };
  },
  refuse(_ctx, input, decision) {
    return orderRefusal({
      value: { order: null, refund: null },
      type: 'cancel.refused',
      orderId: input.orderId,
      decision,
      after: { refused: decision.outcome },
    });
  },
});
