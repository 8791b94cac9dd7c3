import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../domain/decision.js';
import { AppError } from '../domain/errors.js';
import type { TurnEvent } from '../domain/events.js';
import type { OrderInput } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import { postgresSkipReason, testDatabases, type TestStore } from '../../test/support/databases.js';
import { actors, createActions, type Actions } from './index.js';

const now = new Date('2026-11-21T10:00:00Z');
const allow = (rule = 'refunds.auto', reason = 'within the automatic limit'): Decision => ({
  outcome: 'allow',
  rule,
  reason,
  facts: {},
});
const deny = (rule = 'changes.locked', reason = 'the piece is already being made'): Decision => ({
  outcome: 'deny',
  rule,
  reason,
  facts: { insideWindow: false },
});
const needsApproval: Decision = {
  outcome: 'needs_approval',
  rule: 'refunds.above_limit',
  reason: 'above the automatic limit',
  facts: {},
};
const approver = actors.user('u-approver', 'approver');
const rep = actors.user('u-rep', 'rep');

function orderInput(id: string, overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    id,
    createdAt: '2026-11-20T14:03:00Z',
    currency: 'USD',
    customer: { email: 'ana@example.com', name: 'Ana', postcode: '94110' },
    shippingAddress: {
      line1: '1 Main St',
      city: 'San Francisco',
      postcode: '94110',
      country: 'US',
    },
    items: [
      {
        sku: 'NECK-NAME',
        title: 'Name necklace',
        sellerId: 'lunastudio',
        quantity: 1,
        unitPrice: '48.00',
        personalized: true,
        personalization: { engraving: 'Mia' },
      },
      { sku: 'MUG', title: 'Mug', sellerId: 'claywork', quantity: 1, unitPrice: 4 },
    ],
    stage: 'design',
    payment: { total: '52.00', refunded: 0 },
    ...overrides,
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e.code;
}

/** contracts.md §4: policy events carry rule + reason; money events a decimal amount. */
function expectContract(events: TurnEvent[]): void {
  for (const e of events) {
    if (!e.type.startsWith('identity.') && !e.type.startsWith('evidence.')) {
      expect(typeof e.rule, `${e.type} rule`).toBe('string');
      expect(typeof e.reason, `${e.type} reason`).toBe('string');
    }
    if (e.type.startsWith('refund.')) {
      expect(e.amount).toMatch(/^\d+\.\d{2}$/);
      expect(e.currency).toBe('USD');
    }
  }
}

function actionsSuite(name: string, open: () => Promise<TestStore>): void {
  describe(`actions on ${name}`, () => {
    let t: TestStore;
    let store: Store;
    let actions: Actions;
    beforeAll(async () => {
      t = await open();
      store = t.store;
      actions = createActions({ store, clock: () => now, newId: () => randomUUID() });
    });
    afterAll(async () => {
      await t.drop();
    });
    const seed = async (id: string, overrides: Partial<OrderInput> = {}) =>
      actions.upsertOrder(orderInput(id, overrides), actors.integration);
    const refund = (
      orderId: string,
      amountMinor: number,
      key: string,
      decision: Decision = allow(),
      autoLimitMinor = 7500,
    ) =>
      actions.requestRefund({
        orderId,
        conversationId: null,
        amountMinor,
        reason: 'arrived cracked',
        decision,
        autoLimitMinor,
        idempotencyKey: key,
        actor: actors.assistant,
      });

    describe('gates', () => {
      it('checks permissions before anything else', async () => {
        await seed('g-1');
        expect(await codeOf(actions.upsertOrder(orderInput('g-2'), actors.assistant))).toBe(
          'forbidden',
        );
        expect(
          await codeOf(
            refund('g-1', 100, 'g-k1').then(() =>
              actions.decideApproval({ refundId: 'x', approve: true, why: 'ok', actor: rep }),
            ),
          ),
        ).toBe('forbidden');
        expect(
          await codeOf(
            actions.decideApproval({
              refundId: 'x',
              approve: true,
              why: 'ok',
              actor: actors.assistant,
            }),
          ),
        ).toBe('forbidden');
        expect(
          await codeOf(
            actions.requestRefund({
              orderId: 'g-1',
              conversationId: null,
              amountMinor: 1,
              reason: 'r',
              decision: allow(),
              autoLimitMinor: 1,
              idempotencyKey: 'g-k2',
              actor: actors.integration,
            }),
          ),
        ).toBe('forbidden');
        expect(await store.orders.get('g-2')).toBeNull();
      });
      it('validates input and reports the field', async () => {
        const e: unknown = await refund('g-1', -5, 'g-k3').catch((err: unknown) => err);
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('validation_failed');
        expect((e as AppError).issues?.[0]?.path).toEqual(['amountMinor']);
        expect(
          await codeOf(
            actions.requestRefund({ actor: { type: 'user', userId: 'u', role: 'king' } } as never),
          ),
        ).toBe('validation_failed');
      });
      it('refuses to move money without an allowing decision', async () => {
        expect(await codeOf(refund('g-1', 100, 'g-k4', deny('refunds.not_eligible', 'no')))).toBe(
          'forbidden',
        );
        expect((await store.refunds.listForOrder('g-1')).map((r) => r.idempotencyKey)).toEqual([
          'g-k1',
        ]);
        const audit = await store.audit.list({ subjectType: 'refusal' });
        expect(
          audit.some(
            (a) => a.action === 'requestRefund' && a.reason?.includes('refunds.not_eligible'),
          ),
        ).toBe(true);
      });
    });

    describe('actors named by string', () => {
      it('knows the assistant, the API and users by id (with their stored role)', async () => {
        await store.users.create({
          id: 'u-str-approver',
          email: 'appr@example.com',
          role: 'approver',
          passwordHash: 'h',
          failedLogins: 0,
          lockedUntil: null,
          createdAt: now.toISOString(),
        });
        await store.users.create({
          id: 'u-str-rep',
          email: 'rep2@example.com',
          role: 'rep',
          passwordHash: 'h',
          failedLogins: 0,
          lockedUntil: null,
          createdAt: now.toISOString(),
        });
        expect((await actions.upsertOrder(orderInput('s-1'), 'api')).status).toBe('created');
        const pending = await actions.requestRefund({
          orderId: 's-1',
          conversationId: 'conv-s',
          amountMinor: 9000 - 3800,
          reason: 'r',
          decision: needsApproval,
          autoLimitMinor: 100,
          idempotencyKey: 's-k1',
          actor: 'assistant',
        });
        expect(
          await codeOf(
            actions.decideApproval({
              refundId: pending.refund.id,
              approve: true,
              why: 'ok',
              actor: 'u-str-rep',
            }),
          ),
        ).toBe('forbidden');
        expect(
          await codeOf(
            actions.decideApproval({
              refundId: pending.refund.id,
              approve: true,
              why: 'ok',
              actor: 'nobody',
            }),
          ),
        ).toBe('forbidden');
        const ok = await actions.decideApproval({
          refundId: pending.refund.id,
          approve: true,
          why: 'ok',
          actor: 'u-str-approver',
        });
        expect(ok.refund.decidedBy).toBe('u-str-approver');
        expect((await store.audit.list({ subjectId: pending.refund.id })).at(-1)?.actor).toBe(
          'user:u-str-approver',
        );
      });
    });

    describe('calls from the conversation engine', () => {
      it('treat a missing actor as the assistant and require text for a personalisation', async () => {
        await seed('eng-1');
        const r = await actions.recordChange({
          orderId: 'eng-1',
          conversationId: 'conv-eng',
          itemSku: 'NECK-NAME',
          field: 'engraving',
          before: 'Mia',
          after: 'Lea',
          decision: allow('changes.window', 'inside'),
          idempotencyKey: 'eng-k1',
        });
        expect(r.changeRequest.after).toBe('Lea');
        expect((await store.audit.list({ subjectId: 'eng-1' })).at(-1)?.actor).toBe('assistant');
        expect(
          await codeOf(
            actions.recordChange({
              orderId: 'eng-1',
              conversationId: 'conv-eng',
              itemSku: 'NECK-NAME',
              field: 'engraving',
              before: 'Lea',
              after: 42,
              decision: allow(),
              idempotencyKey: 'eng-k2',
            }),
          ),
        ).toBe('validation_failed');
        expect(
          await codeOf(actions.decideApproval({ refundId: 'x', approve: true, why: 'no actor' })),
        ).toBe('forbidden');
      });
    });

    describe('orders', () => {
      it('accepts an already parsed order (minor units) as well as a shop payload', async () => {
        const parsed = (await seed('p-1')).order;
        const again = await actions.upsertOrder({ ...parsed, stage: 'making' }, 'api');
        expect(again.status).toBe('updated');
        expect(again.order).toEqual({ ...parsed, stage: 'making' });
        expect(
          await codeOf(
            actions.upsertOrder(
              { ...parsed, payment: { totalMinor: -1, refundedMinor: 0 } },
              'api',
            ),
          ),
        ).toBe('validation_failed');
      });
      it('creates and updates, never shrinking what was refunded here, and audits both', async () => {
        expect((await seed('o-1')).status).toBe('created');
        await refund('o-1', 1000, 'o-k1');
        const updated = await actions.upsertOrder(
          orderInput('o-1', { stage: 'making', payment: { total: '52.00', refunded: 0 } }),
          actors.integration,
        );
        expect(updated.status).toBe('updated');
        expect(updated.order.payment.refundedMinor).toBe(1000);
        expect((await store.orders.get('o-1'))?.stage).toBe('making');
        const audit = await store.audit.list({ subjectType: 'order', subjectId: 'o-1' });
        expect(audit.map((a) => a.action)).toEqual(['upsertOrder', 'requestRefund', 'upsertOrder']);
        expect(audit[0]?.actor).toBe('integration');
      });
      it('reports every bad field of an order', async () => {
        const e: unknown = await actions
          .upsertOrder(
            { ...orderInput('o-bad'), currency: 'XYZ', createdAt: '2026-11-20T14:03:00' },
            actors.integration,
          )
          .catch((err: unknown) => err);
        expect((e as AppError).code).toBe('validation_failed');
        expect((e as AppError).issues?.map((i) => i.path.join('.')).sort()).toEqual([
          'createdAt',
          'currency',
        ]);
        expect(await store.orders.get('o-bad')).toBeNull();
      });
      it('applies stage, shipped, delivered and delayed events', async () => {
        await seed('o-2');
        let r = await actions.applyOrderEvent(
          'o-2',
          { type: 'stage_changed', stage: 'finishing', at: '2026-11-21T09:00:00+01:00' },
          actors.integration,
        );
        expect(r.order.stage).toBe('finishing');
        expect(r.order.stageUpdatedAt).toBe('2026-11-21T08:00:00.000Z');
        r = await actions.applyOrderEvent(
          'o-2',
          { type: 'delayed', delayed: true },
          actors.integration,
        );
        expect(r.order.delayed).toBe(true);
        r = await actions.applyOrderEvent(
          'o-2',
          {
            type: 'shipped',
            carrier: 'UPS',
            trackingNumber: '1Z999',
            trackingUrl: 'https://track.example/1Z999',
          },
          actors.integration,
        );
        expect(r.order.fulfillment).toMatchObject({
          status: 'shipped',
          carrier: 'UPS',
          trackingNumber: '1Z999',
          shippedAt: now.toISOString(),
        });
        expect(
          await codeOf(
            actions.applyOrderEvent(
              'o-2',
              { type: 'stage_changed', stage: 'making' },
              actors.integration,
            ),
          ),
        ).toBe('conflict');
        r = await actions.applyOrderEvent('o-2', { type: 'delivered' }, actors.integration);
        expect(r.order.fulfillment.status).toBe('delivered');
        expect((await store.orders.get('o-2'))?.fulfillment.deliveredAt).toBe(now.toISOString());
      });
      it('rejects bad order events with the field, and unknown orders', async () => {
        const e: unknown = await actions
          .applyOrderEvent('o-2', { type: 'shipped', carrier: 'UPS' }, actors.integration)
          .catch((err: unknown) => err);
        expect((e as AppError).code).toBe('validation_failed');
        expect((e as AppError).issues?.[0]?.path).toEqual(['event', 'trackingNumber']);
        expect(
          await codeOf(actions.applyOrderEvent('o-2', { type: 'teleported' }, actors.integration)),
        ).toBe('validation_failed');
        expect(
          await codeOf(
            actions.applyOrderEvent(
              'o-2',
              { type: 'stage_changed', stage: 'Bad Stage' },
              actors.integration,
            ),
          ),
        ).toBe('validation_failed');
        expect(
          await codeOf(actions.applyOrderEvent('ghost', { type: 'delivered' }, actors.integration)),
        ).toBe('not_found');
      });
    });

    describe('refunds', () => {
      it('issues a refund within the limit and says so in the event', async () => {
        await seed('r-1');
        const r = await refund('r-1', 1250, 'r-k1');
        expect(r.refund).toMatchObject({
          status: 'issued',
          amountMinor: 1250,
          currency: 'USD',
          rule: 'refunds.auto',
        });
        expect(r.event).toEqual({
          type: 'refund.issued',
          orderId: 'r-1',
          refundId: r.refund.id,
          rule: 'refunds.auto',
          reason: 'within the automatic limit',
          amount: '12.50',
          currency: 'USD',
        });
        expectContract(r.events);
        expect((await store.orders.get('r-1'))?.payment.refundedMinor).toBe(1250);
      });
      it('queues a refund above the limit for approval, with a case', async () => {
        const r = await refund('r-1', 3000, 'r-k2', allow(), 2000);
        expect(r.refund.status).toBe('pending_approval');
        expect(r.refund.rule).toBe('refunds.auto_limit');
        expect(r.event).toMatchObject({
          type: 'refund.pending_approval',
          amount: '30.00',
          caseId: r.case?.id,
        });
        expect(r.case).toMatchObject({
          kind: 'approval',
          status: 'open',
          subject: { refundId: r.refund.id },
        });
        expect((await store.orders.get('r-1'))?.payment.refundedMinor).toBe(1250);
        const pending = await refund('r-1', 100, 'r-k3', needsApproval);
        expect(pending.refund.status).toBe('pending_approval');
        expect(pending.refund.rule).toBe('refunds.above_limit');
        expectContract([r.event, pending.event]);
      });
      it('refuses a refund above what is left (paid − refunded − pending) and writes nothing', async () => {
        // 52.00 paid, 12.50 refunded, 31.00 pending → 8.50 left.
        expect(await codeOf(refund('r-1', 851, 'r-k4'))).toBe('conflict');
        expect((await store.refunds.listForOrder('r-1')).length).toBe(3);
        expect((await refund('r-1', 850, 'r-k5')).refund.status).toBe('issued');
      });
      it('returns the first result for a repeated key, with no second effect', async () => {
        await seed('r-2');
        const first = await refund('r-2', 500, 'r2-k');
        const again = await refund('r-2', 500, 'r2-k');
        expect(again).toEqual(first);
        expect(await store.refunds.listForOrder('r-2')).toHaveLength(1);
        expect((await store.orders.get('r-2'))?.payment.refundedMinor).toBe(500);
        expect(await codeOf(refund('r-2', 600, 'r2-k'))).toBe('conflict');
      });
      it('refuses refunds for unknown orders', async () => {
        expect(await codeOf(refund('ghost', 100, 'ghost-k'))).toBe('not_found');
      });
    });

    describe('concurrency', () => {
      it('50 concurrent identical requests make exactly one refund', async () => {
        await seed('c-1');
        const results = await Promise.all(
          Array.from({ length: 50 }, () => refund('c-1', 1000, 'same-key')),
        );
        const refunds = await store.refunds.listForOrder('c-1');
        expect(refunds).toHaveLength(1);
        expect(new Set(results.map((r) => r.refund.id))).toEqual(new Set([refunds[0]?.id]));
        expect((await store.orders.get('c-1'))?.payment.refundedMinor).toBe(1000);
        expect(
          (await store.audit.list({ subjectType: 'refund' })).filter(
            (a) => a.subjectId === refunds[0]?.id,
          ),
        ).toHaveLength(1);
      });
      it('50 concurrent different requests never refund more than was paid', async () => {
        await seed('c-2');
        const settled = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) => refund('c-2', 1000, `diff-${i}`)),
        );
        const ok = settled.filter((s) => s.status === 'fulfilled');
        const refused = settled.filter((s) => s.status === 'rejected');
        expect(ok).toHaveLength(5);
        for (const r of refused) expect((r.reason as AppError).code).toBe('conflict');
        const refunds = await store.refunds.listForOrder('c-2');
        const total = refunds
          .filter((r) => r.status === 'issued')
          .reduce((s, r) => s + r.amountMinor, 0);
        expect(total).toBe(5000);
        expect((await store.orders.get('c-2'))?.payment.refundedMinor).toBe(5000);
      });
    });

    describe('approvals', () => {
      it('lets an approver approve; the refund then counts, the case closes, the event is stored', async () => {
        await seed('a-1');
        const pending = await refund('a-1', 4000, 'a-k1', needsApproval);
        const decided = await actions.decideApproval({
          caseId: pending.case?.id ?? '',
          approve: true,
          why: 'long-standing customer',
          actor: approver,
        });
        expect(decided.refund).toMatchObject({
          status: 'issued',
          decidedBy: 'u-approver',
          decidedAt: now.toISOString(),
          reason: 'long-standing customer',
        });
        expect(decided.events[0]).toMatchObject({
          type: 'refund.issued',
          amount: '40.00',
          approvedBy: 'u-approver',
          rule: 'refunds.approved',
        });
        expect((await store.orders.get('a-1'))?.payment.refundedMinor).toBe(4000);
        expect((await store.cases.get(pending.case?.id ?? ''))?.status).toBe('closed');
        expect((await store.events.list({ orderId: 'a-1' })).map((e) => e.type)).toEqual([
          'refund.issued',
        ]);
        const audit = await store.audit.list({
          subjectType: 'refund',
          subjectId: pending.refund.id,
        });
        expect(audit.at(-1)).toMatchObject({
          actor: 'user:u-approver',
          action: 'decideApproval',
          reason: 'long-standing customer',
        });
        expect(
          await codeOf(
            actions.decideApproval({
              refundId: pending.refund.id,
              approve: false,
              why: 'changed my mind',
              actor: approver,
            }),
          ),
        ).toBe('conflict');
      });
      it('declined refunds do not count as refunded', async () => {
        await seed('a-2');
        const pending = await refund('a-2', 5000, 'a-k2', needsApproval);
        const decided = await actions.decideApproval({
          refundId: pending.refund.id,
          approve: false,
          why: 'outside policy',
          actor: actors.user('u-admin', 'admin'),
        });
        expect(decided.refund.status).toBe('declined');
        expect(decided.events[0]?.type).toBe('refund.declined');
        expectContract(decided.events);
        expect((await store.orders.get('a-2'))?.payment.refundedMinor).toBe(0);
        expect((await refund('a-2', 5200, 'a-k3', allow(), 10_000)).refund.status).toBe('issued');
      });
      it('re-checks paid − refunded when approving', async () => {
        await seed('a-3');
        const pending = await refund('a-3', 4000, 'a-k4', needsApproval);
        // The shop refunded 20.00 by itself meanwhile.
        await actions.upsertOrder(
          orderInput('a-3', { payment: { total: '52.00', refunded: '20.00' } }),
          actors.integration,
        );
        expect(
          await codeOf(
            actions.decideApproval({
              refundId: pending.refund.id,
              approve: true,
              why: 'ok',
              actor: approver,
            }),
          ),
        ).toBe('conflict');
        expect((await store.refunds.get(pending.refund.id))?.status).toBe('pending_approval');
        expect(
          await codeOf(
            actions.decideApproval({ refundId: 'nope', approve: true, why: 'ok', actor: approver }),
          ),
        ).toBe('not_found');
        expect(
          await codeOf(actions.decideApproval({ approve: true, why: 'ok', actor: approver })),
        ).toBe('validation_failed');
      });
    });

    describe('changes, cancellations, returns, remakes, cases', () => {
      it('records an allowed personalisation change on the item', async () => {
        await seed('ch-1');
        const r = await actions.recordChange({
          orderId: 'ch-1',
          conversationId: null,
          itemSku: 'NECK-NAME',
          field: 'engraving',
          after: 'Mía',
          decision: allow('changes.window', 'inside the 24-hour window'),
          idempotencyKey: 'ch-k1',
          actor: actors.assistant,
        });
        expect(r.changeRequest).toMatchObject({
          status: 'recorded',
          before: 'Mia',
          after: 'Mía',
          insideWindow: true,
        });
        expect(r.events[0]).toMatchObject({
          type: 'change.recorded',
          rule: 'changes.window',
          before: 'Mia',
          after: 'Mía',
        });
        expect((await store.orders.get('ch-1'))?.items[0]?.personalization).toEqual({
          engraving: 'Mía',
        });
      });
      it('records a refused change without touching the order', async () => {
        const r = await actions.recordChange({
          orderId: 'ch-1',
          conversationId: null,
          itemSku: 'NECK-NAME',
          field: 'engraving',
          after: 'Zoe',
          decision: deny(),
          idempotencyKey: 'ch-k2',
          actor: actors.assistant,
        });
        expect(r.changeRequest).toMatchObject({ status: 'refused', insideWindow: false });
        expect(r.events[0]).toMatchObject({ type: 'change.refused', rule: 'changes.locked' });
        expect((await store.orders.get('ch-1'))?.items[0]?.personalization).toEqual({
          engraving: 'Mía',
        });
        expect(await store.changeRequests.listForOrder('ch-1')).toHaveLength(2);
        expect(
          await codeOf(
            actions.recordChange({
              orderId: 'ch-1',
              conversationId: null,
              itemSku: 'NOPE',
              field: 'engraving',
              after: 'x',
              decision: allow(),
              idempotencyKey: 'ch-k3',
              actor: actors.assistant,
            }),
          ),
        ).toBe('not_found');
      });
      it('changes the address of an unshipped order', async () => {
        const address = { line1: '9 New Rd', city: 'Oakland', postcode: '94601', country: 'US' };
        const r = await actions.changeAddress({
          orderId: 'ch-1',
          conversationId: null,
          address,
          decision: allow('address.unfulfilled', 'not shipped yet'),
          idempotencyKey: 'ad-k1',
          actor: actors.assistant,
        });
        expect(r.events[0]).toMatchObject({ type: 'address.changed', rule: 'address.unfulfilled' });
        expect((await store.orders.get('ch-1'))?.shippingAddress).toEqual(address);
        const bad: unknown = await actions
          .changeAddress({
            orderId: 'ch-1',
            conversationId: null,
            address: { ...address, country: 'usa' },
            decision: allow(),
            idempotencyKey: 'ad-k2',
            actor: actors.assistant,
          })
          .catch((e: unknown) => e);
        expect((bad as AppError).issues?.[0]?.path).toEqual(['address', 'country']);
        const refused = await actions.changeAddress({
          orderId: 'ch-1',
          conversationId: null,
          address,
          decision: deny('address.shipped', 'already on its way'),
          idempotencyKey: 'ad-k3',
          actor: actors.assistant,
        });
        expect(refused.events[0]?.type).toBe('address.refused');
      });
      it('cancels with a full refund of what is left; pending refunds lapse; refusal changes nothing', async () => {
        await seed('x-1');
        await refund('x-1', 1000, 'x-k1');
        const pending = await refund('x-1', 2000, 'x-k2', needsApproval);
        const refused = await actions.cancelOrder({
          orderId: 'x-1',
          conversationId: null,
          decision: deny('cancel.making', 'already being made'),
          idempotencyKey: 'x-k3',
          actor: actors.assistant,
        });
        expect(refused.events).toEqual([
          {
            type: 'cancel.refused',
            orderId: 'x-1',
            rule: 'cancel.making',
            reason: 'already being made',
            outcome: 'deny',
          },
        ]);
        expect((await store.orders.get('x-1'))?.cancelledAt).toBeUndefined();
        const r = await actions.cancelOrder({
          orderId: 'x-1',
          conversationId: 'conv',
          decision: allow('cancel.window', 'inside the change window'),
          idempotencyKey: 'x-k4',
          actor: actors.assistant,
        });
        expect(r.events.map((e) => e.type)).toEqual(['order.cancelled', 'refund.issued']);
        expect(r.events[0]).toMatchObject({ amount: '42.00', rule: 'cancel.window' });
        expectContract(r.events);
        const order = await store.orders.get('x-1');
        expect(order?.cancelledAt).toBe(now.toISOString());
        expect(order?.payment.refundedMinor).toBe(5200);
        expect((await store.refunds.get(pending.refund.id))?.status).toBe('declined');
        expect(
          await codeOf(
            actions.cancelOrder({
              orderId: 'x-1',
              conversationId: null,
              decision: allow(),
              idempotencyKey: 'x-k5',
              actor: actors.assistant,
            }),
          ),
        ).toBe('conflict');
        expect(await codeOf(refund('x-1', 1, 'x-k6'))).toBe('conflict');
      });
      it('creates returns and records refused ones', async () => {
        await seed('rt-1');
        const r = await actions.createReturn({
          orderId: 'rt-1',
          conversationId: null,
          itemSkus: ['MUG'],
          reason: 'does not fit',
          decision: {
            ...allow('returns.standard', 'within 30 days'),
            facts: { buyerPaysShipping: true },
          },
          idempotencyKey: 'rt-k1',
          actor: actors.assistant,
        });
        expect(r.return).toMatchObject({
          kind: 'return',
          returnShippingPaidBy: 'buyer',
          status: 'created',
        });
        expect(r.events[0]).toMatchObject({ type: 'return.created', rule: 'returns.standard' });
        const no = await actions.createReturn({
          orderId: 'rt-1',
          conversationId: null,
          itemSkus: ['NECK-NAME'],
          reason: 'changed mind',
          decision: deny('returns.personalized', 'personalised pieces cannot be returned'),
          idempotencyKey: 'rt-k2',
          actor: actors.assistant,
        });
        expect(no.return).toBeNull();
        expect(no.events[0]).toMatchObject({
          type: 'return.refused',
          rule: 'returns.personalized',
        });
        expect(await store.returns.listForOrder('rt-1')).toHaveLength(1);
        expect(
          await codeOf(
            actions.createReturn({
              orderId: 'rt-1',
              conversationId: null,
              itemSkus: ['GHOST'],
              reason: 'x',
              decision: allow(),
              idempotencyKey: 'rt-k3',
              actor: actors.assistant,
            }),
          ),
        ).toBe('not_found');
      });
      it('creates remakes, escalations and briefs, each once per key', async () => {
        const remake = await actions.createRemake({
          orderId: 'rt-1',
          conversationId: null,
          itemSkus: ['NECK-NAME'],
          reason: 'cracked',
          decision: allow('quality.damaged', 'photo shows a crack'),
          idempotencyKey: 'rm-k1',
          actor: actors.assistant,
        });
        expect(remake.remake.rush).toBe(true);
        expect(remake.events[0]).toMatchObject({ type: 'remake.created', rule: 'quality.damaged' });
        const handoff = {
          orderId: 'rt-1',
          lang: 'en' as const,
          rule: 'escalation.explicit',
          reason: 'asked for a person',
          summary: 'wants a person',
          suggestedNextStep: 'reply',
        };
        const esc = await actions.escalate({
          conversationId: 'conv-e',
          orderId: 'rt-1',
          handoff,
          priority: 3,
          idempotencyKey: 'e-k1',
          actor: actors.assistant,
        });
        const escAgain = await actions.escalate({
          conversationId: 'conv-e',
          orderId: 'rt-1',
          handoff,
          priority: 3,
          idempotencyKey: 'e-k1',
          actor: actors.assistant,
        });
        expect(escAgain.case.id).toBe(esc.case.id);
        expect(await store.cases.list({ kind: 'escalation' })).toHaveLength(1);
        expect(esc.events[0]).toMatchObject({
          type: 'case.escalated',
          caseId: esc.case.id,
          rule: 'escalation.explicit',
        });
        expect((await store.cases.get(esc.case.id))?.handoff).toMatchObject({
          facts: {},
          attachmentIds: [],
          desiredResolution: null,
          customer: null,
        });
        const brief = await actions.createBrief({
          conversationId: 'conv-b',
          brief: { pets: 2 },
          idempotencyKey: 'b-k1',
          actor: actors.assistant,
        });
        expect(brief.case.subject).toEqual({ briefId: brief.brief.id });
        expectContract([...remake.events, ...esc.events, ...brief.events]);
      });
      it('runs 20 concurrent escalations with one key into exactly one case', async () => {
        const handoff = {
          orderId: null,
          lang: 'fr' as const,
          rule: 'escalation.safety',
          reason: 'safety word',
          summary: 's',
          suggestedNextStep: 'call',
        };
        const results = await Promise.all(
          Array.from({ length: 20 }, () =>
            actions.escalate({
              conversationId: 'conv-z',
              orderId: null,
              handoff,
              idempotencyKey: 'z-k',
              actor: actors.assistant,
            }),
          ),
        );
        expect(new Set(results.map((r) => r.case.id)).size).toBe(1);
        expect(await store.cases.list({ conversationId: 'conv-z' })).toHaveLength(1);
      });
    });
  });
}

for (const db of testDatabases()) actionsSuite(db.name, () => db.open());
if (postgresSkipReason !== null)
  describe.skip(`actions on postgres (skipped: ${postgresSkipReason})`, () =>
    it('runs on PostgreSQL', () => undefined));
