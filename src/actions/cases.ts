import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { languageSchema, type Order } from '../domain/order.js';
import type { Case, HandoffPackage } from '../domain/records.js';
import type { CustomBrief, Remake, ReturnRecord } from '../domain/store.js';
import { lockedOrder } from './refunds.js';
import { assertNoPriorRemedy } from './remedies.js';
import { decisionSchema, defineAction, idempotencyKeySchema, orderRefusal } from './run-action.js';

const conversationId = z.string().min(1).nullable().default(null);
const skus = z.array(z.string().trim().min(1)).min(1, 'name at least one item');

function assertItems(order: Order, itemSkus: string[]): void {
  const known = new Set(order.items.map((i) => i.sku));
  const missing = itemSkus.filter((s) => !known.has(s));
  if (missing.length > 0)
    throw new AppError('not_found', `order ${order.id} has no item ${missing.join(', ')}`);
}

export const returnRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId,
  kind: z.enum(['return', 'exchange']).default('return'),
  itemSkus: skus,
  reason: z.string().trim().min(1).max(2000),
  decision: decisionSchema,
  /** Defaults from the decision's facts (`buyerPaysShipping`), else the buyer. */
  returnShippingPaidBy: z.enum(['buyer', 'shop']).optional(),
  idempotencyKey: idempotencyKeySchema,
});

export type ReturnResult = { return: ReturnRecord | null };

export const createReturnAction = defineAction<typeof returnRequestSchema, ReturnResult>({
  name: 'createReturn',
  permission: 'support.act',
  input: returnRequestSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    assertItems(order, input.itemSkus);
    await assertNoPriorRemedy(ctx.tx, order, input.itemSkus, ctx.actor, input.kind);
    const buyerPays = input.decision.facts['buyerPaysShipping'];
    const record: ReturnRecord = {
      id: ctx.newId(),
      orderId: order.id,
      conversationId: input.conversationId,
      kind: input.kind,
      itemSkus: input.itemSkus,
      reason: input.reason,
      rule: input.decision.rule,
      returnShippingPaidBy: input.returnShippingPaidBy ?? (buyerPays === false ? 'shop' : 'buyer'),
      status: 'created',
      idempotencyKey: input.idempotencyKey,
      createdAt: ctx.now,
    };
    await ctx.tx.returns.create(record);
    return {
      value: { return: record },
      events: [
        {
          type: 'return.created',
          orderId: order.id,
          returnId: record.id,
          kind: record.kind,
          itemSkus: record.itemSkus,
          returnShippingPaidBy: record.returnShippingPaidBy,
          rule: input.decision.rule,
          reason: input.decision.reason,
        },
      ],
      audit: [{ subjectType: 'return', subjectId: record.id, before: null, after: record }],
    };
  },
  refuse(_ctx, input, decision) {
    return orderRefusal({
      value: { return: null },
      type: 'return.refused',
      orderId: input.orderId,
      decision,
      detail: { itemSkus: input.itemSkus },
      after: { refused: 'return', itemSkus: input.itemSkus },
    });
  },
});

export const remakeRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  conversationId,
  itemSkus: skus,
  reason: z.string().trim().min(1).max(2000),
  decision: decisionSchema,
  rush: z.boolean().default(true),
  idempotencyKey: idempotencyKeySchema,
});

/** A remake (rush by default) of items that arrived damaged, wrong or misspelled. */
export const createRemakeAction = defineAction<typeof remakeRequestSchema, { remake: Remake }>({
  name: 'createRemake',
  permission: 'support.act',
  input: remakeRequestSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  lockOrder: (i) => i.orderId,
  decision: (i) => i.decision,
  async run(ctx, input) {
    const order = await lockedOrder(ctx.tx, input.orderId);
    assertItems(order, input.itemSkus);
    await assertNoPriorRemedy(ctx.tx, order, input.itemSkus, ctx.actor, 'remake');
    const remake: Remake = {
      id: ctx.newId(),
      orderId: order.id,
      conversationId: input.conversationId,
      itemSkus: input.itemSkus,
      reason: input.reason,
      rule: input.decision.rule,
      rush: input.rush,
      idempotencyKey: input.idempotencyKey,
      createdAt: ctx.now,
    };
    await ctx.tx.remakes.create(remake);
    return {
      value: { remake },
      events: [
        {
          type: 'remake.created',
          orderId: order.id,
          remakeId: remake.id,
          itemSkus: remake.itemSkus,
          rush: remake.rush,
          rule: input.decision.rule,
          reason: input.decision.reason,
        },
      ],
      audit: [{ subjectType: 'remake', subjectId: remake.id, before: null, after: remake }],
    };
  },
});

export const handoffInputSchema = z.object({
  orderId: z.string().min(1).nullable().default(null),
  customer: z
    .object({ email: z.string().exactOptional(), name: z.string().exactOptional() })
    .nullable()
    .default(null),
  lang: languageSchema,
  rule: z.string().min(1),
  reason: z.string(),
  summary: z.string().max(5000),
  facts: z.record(z.string(), z.unknown()).default({}),
  attachmentIds: z.array(z.string()).default([]),
  desiredResolution: z.string().nullable().default(null),
  suggestedNextStep: z.string(),
});
const _handoffCheck: z.ZodType<HandoffPackage> = handoffInputSchema;
void _handoffCheck;

export const escalationSchema = z.object({
  conversationId,
  orderId: z.string().min(1).nullable().default(null),
  handoff: handoffInputSchema,
  /** Higher first in the queue. */
  priority: z.number().int().min(0).max(10).default(1),
  idempotencyKey: idempotencyKeySchema,
});

/** Hands a conversation to a person with everything gathered (R9). */
export const escalateAction = defineAction<typeof escalationSchema, { case: Case }>({
  name: 'escalate',
  permission: 'support.act',
  input: escalationSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  async run(ctx, input) {
    const c: Case = {
      id: ctx.newId(),
      kind: 'escalation',
      status: 'open',
      priority: input.priority,
      conversationId: input.conversationId,
      orderId: input.orderId ?? input.handoff.orderId,
      handoff: input.handoff,
      subject: {},
      createdAt: ctx.now,
      updatedAt: ctx.now,
      assignedTo: null,
    };
    await ctx.tx.cases.create(c);
    return {
      value: { case: c },
      events: [
        {
          type: 'case.escalated',
          ...(c.orderId !== null && { orderId: c.orderId }),
          caseId: c.id,
          priority: c.priority,
          rule: input.handoff.rule,
          reason: input.handoff.reason,
        },
      ],
      audit: [
        {
          subjectType: 'case',
          subjectId: c.id,
          rule: input.handoff.rule,
          reason: input.handoff.reason,
          before: null,
          after: c,
        },
      ],
    };
  },
});

export const briefSchema = z.object({
  conversationId: z.string().min(1),
  brief: z.record(z.string(), z.unknown()),
  priority: z.number().int().min(0).max(10).default(1),
  idempotencyKey: idempotencyKeySchema,
});

/** A bespoke commission brief (R15), queued as a case for the maker. */
export const createBriefAction = defineAction<
  typeof briefSchema,
  { brief: CustomBrief; case: Case }
>({
  name: 'createBrief',
  permission: 'support.act',
  input: briefSchema,
  idempotencyKey: (i) => i.idempotencyKey,
  async run(ctx, input) {
    const brief: CustomBrief = {
      id: ctx.newId(),
      conversationId: input.conversationId,
      brief: input.brief,
      createdAt: ctx.now,
    };
    await ctx.tx.briefs.create(brief);
    const c: Case = {
      id: ctx.newId(),
      kind: 'custom_brief',
      status: 'open',
      priority: input.priority,
      conversationId: input.conversationId,
      orderId: null,
      handoff: null,
      subject: { briefId: brief.id },
      createdAt: ctx.now,
      updatedAt: ctx.now,
      assignedTo: null,
    };
    await ctx.tx.cases.create(c);
    const rule = 'custom.brief';
    const reason = 'a bespoke request goes to the maker with the brief';
    return {
      value: { brief, case: c },
      events: [{ type: 'brief.created', briefId: brief.id, caseId: c.id, rule, reason }],
      audit: [
        { subjectType: 'brief', subjectId: brief.id, rule, reason, before: null, after: brief },
      ],
    };
  },
});
