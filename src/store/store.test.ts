import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import type { Message } from '../domain/conversation.js';
import type { Store } from '../domain/store.js';
import { aCase, aConversation, anItem, anOrder, aRefund, t0 } from '../../test/support/fixtures.js';
import { postgresSkipReason, testDatabases, type TestStore } from '../../test/support/databases.js';

const at = (minutes: number): string => new Date(Date.parse(t0) + minutes * 60_000).toISOString();

async function expectCode(p: Promise<unknown>, code: AppError['code']): Promise<void> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

/** The one repository suite; every database runs all of it. */
export function storeSuite(name: string, open: () => Promise<TestStore>): void {
  describe(`store suite: ${name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeAll(async () => {
      t = await open();
      store = t.store;
    });
    afterAll(async () => {
      await t.drop();
    });

    it('reports its dialect', () => {
      expect(store.dialect).toBe(name);
    });

    describe('orders', () => {
      it('creates, then updates, and reads back exactly what was written', async () => {
        const order = anOrder({
          id: 'o-1',
          stageUpdatedAt: at(5),
          note: 'gift',
          items: [
            anItem(),
            anItem({
              sku: 'MUG',
              titles: { de: { title: 'Becher', gender: 'm' }, it: { title: 'Tazza' } },
              productType: 'ceramics',
              personalized: false,
              personalization: {},
            }),
          ],
        });
        expect(await store.orders.upsert(order)).toBe('created');
        expect(await store.orders.get('o-1')).toEqual(order);
        const changed = anOrder({
          id: 'o-1',
          stage: 'making',
          payment: { totalMinor: 5200, refundedMinor: 200 },
        });
        expect(await store.orders.upsert(changed)).toBe('updated');
        expect(await store.orders.get('o-1')).toEqual(changed);
        expect(await store.orders.getForUpdate('o-1')).toEqual(changed);
      });
      it('keeps optional fields absent rather than undefined', async () => {
        const noAddress = anOrder({ id: 'o-2' });
        delete noAddress.shippingAddress;
        await store.orders.upsert(noAddress);
        const back = await store.orders.get('o-2');
        expect(back).not.toBeNull();
        expect(back && 'shippingAddress' in back).toBe(false);
      });
      it('returns null for an unknown order', async () => {
        expect(await store.orders.get('nope')).toBeNull();
        expect(await store.orders.getForUpdate('nope')).toBeNull();
      });
      it('lists newest first, pages, and counts', async () => {
        await store.orders.upsert(anOrder({ id: 'o-old', createdAt: at(-100) }));
        await store.orders.upsert(anOrder({ id: 'o-new', createdAt: at(100) }));
        const all = await store.orders.list();
        expect(all[0]?.id).toBe('o-new');
        expect(all.at(-1)?.id).toBe('o-old');
        expect(await store.orders.count()).toBe(all.length);
        const page = await store.orders.list({ limit: 1, offset: 1 });
        expect(page).toHaveLength(1);
        expect(page[0]?.id).toBe(all[1]?.id);
        expect(await store.orders.list({ offset: all.length - 1 })).toHaveLength(1);
      });
    });

    describe('conversations and messages', () => {
      it('round-trips a conversation, with state and the rep who took over', async () => {
        const c = aConversation({
          id: 'conv-1',
          orderId: 'o-1',
          intent: 'order_status',
          handledBy: { userId: 'u1' },
        });
        await store.conversations.create(c);
        expect(await store.conversations.get('conv-1')).toEqual(c);
        expect(await store.conversations.get('missing')).toBeNull();
      });
      it('refuses a second conversation with the same id (conflict)', async () => {
        await expectCode(store.conversations.create(aConversation({ id: 'conv-1' })), 'conflict');
      });
      it('saves only when the expected version matches, and increments it', async () => {
        const c = aConversation({ id: 'conv-2' });
        await store.conversations.create(c);
        expect(
          await store.conversations.save({ ...c, status: 'resolved', updatedAt: at(1) }, 1),
        ).toBe(true);
        const back = await store.conversations.get('conv-2');
        expect(back?.status).toBe('resolved');
        expect(back?.version).toBe(2);
        expect(await store.conversations.save({ ...c, status: 'escalated' }, 1)).toBe(false);
        expect((await store.conversations.get('conv-2'))?.status).toBe('resolved');
      });
      it('lists conversations by status', async () => {
        const resolved = await store.conversations.list({ status: 'resolved' });
        expect(resolved.map((c) => c.id)).toEqual(['conv-2']);
        expect((await store.conversations.list()).length).toBeGreaterThanOrEqual(2);
      });
      it('keeps messages in append order even with equal timestamps', async () => {
        for (let i = 0; i < 5; i++) {
          await store.messages.append({
            id: `m-${i}`,
            conversationId: 'conv-1',
            sender: i % 2 ? 'assistant' : 'customer',
            text: `t${i}`,
            createdAt: t0,
          });
        }
        await store.messages.append({
          id: 'm-rich',
          conversationId: 'conv-1',
          sender: 'assistant',
          text: '**Hi**',
          lang: 'es',
          quickReplies: [{ id: 'yes', label: 'Sí' }],
          attachmentIds: ['a1'],
          meta: { intent: 'greeting', confidence: 0.9 },
          createdAt: t0,
        });
        const list = await store.messages.list('conv-1');
        expect(list.map((m) => m.id)).toEqual(['m-0', 'm-1', 'm-2', 'm-3', 'm-4', 'm-rich']);
        expect(list[0]).toEqual({
          id: 'm-0',
          conversationId: 'conv-1',
          sender: 'customer',
          text: 't0',
          createdAt: t0,
        });
        expect(list[5]?.quickReplies).toEqual([{ id: 'yes', label: 'Sí' }]);
        expect(list[5]?.meta).toEqual({ intent: 'greeting', confidence: 0.9 });
        expect(list[5]?.lang).toBe('es');
      });
      it('appends several messages at once in the order given', async () => {
        const m = (i: number): Message => ({
          id: `many-${i}`,
          conversationId: 'conv-2',
          sender: i % 2 ? 'assistant' : 'customer',
          text: `many ${i}`,
          createdAt: t0,
        });
        await store.messages.appendMany([]);
        await store.messages.appendMany([
          m(0),
          { ...m(1), lang: 'fr', quickReplies: [{ id: 'ok', label: 'Oui' }], meta: { x: 1 } },
        ]);
        await store.messages.appendMany([m(2), m(3), { ...m(4), attachmentIds: ['a1', 'a2'] }]);
        const list = await store.messages.list('conv-2');
        expect(list.map((x) => x.id)).toEqual(['many-0', 'many-1', 'many-2', 'many-3', 'many-4']);
        expect(list[0]).toEqual(m(0));
        expect(list[1]).toEqual({
          ...m(1),
          lang: 'fr',
          quickReplies: [{ id: 'ok', label: 'Oui' }],
          meta: { x: 1 },
        });
        expect(list[4]?.attachmentIds).toEqual(['a1', 'a2']);
      });
      it('appends neither of two messages when one is for an unknown conversation', async () => {
        const ok: Message = {
          id: 'pair-ok',
          conversationId: 'conv-2',
          sender: 'customer',
          text: 'x',
          createdAt: t0,
        };
        await expectCode(
          store.messages.appendMany([ok, { ...ok, id: 'pair-ghost', conversationId: 'ghost' }]),
          'not_found',
        );
        expect((await store.messages.list('conv-2')).map((x) => x.id)).not.toContain('pair-ok');
      });
      it('refuses a message for an unknown conversation (not_found)', async () => {
        await expectCode(
          store.messages.append({
            id: 'm-x',
            conversationId: 'ghost',
            sender: 'customer',
            text: 'x',
            createdAt: t0,
          }),
          'not_found',
        );
      });
    });

    describe('events', () => {
      it('appends and filters by conversation, order, type and time', async () => {
        await store.events.append({
          id: 'e1',
          conversationId: 'conv-1',
          at: at(1),
          type: 'refund.issued',
          orderId: 'o-1',
          rule: 'refunds.auto',
          reason: 'under limit',
          amount: '10.00',
          currency: 'USD',
        });
        await store.events.append({
          id: 'e2',
          conversationId: null,
          at: at(2),
          type: 'case.escalated',
          orderId: 'o-2',
        });
        await store.events.append({
          id: 'e3',
          conversationId: 'conv-1',
          at: at(3),
          type: 'identity.verified',
        });
        expect((await store.events.list()).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
        expect((await store.events.list({ conversationId: 'conv-1' })).map((e) => e.id)).toEqual([
          'e1',
          'e3',
        ]);
        expect((await store.events.list({ orderId: 'o-2' })).map((e) => e.id)).toEqual(['e2']);
        expect((await store.events.list({ type: 'refund.issued' }))[0]).toEqual({
          id: 'e1',
          conversationId: 'conv-1',
          at: at(1),
          type: 'refund.issued',
          orderId: 'o-1',
          rule: 'refunds.auto',
          reason: 'under limit',
          amount: '10.00',
          currency: 'USD',
        });
        expect((await store.events.list({ since: at(2) })).map((e) => e.id)).toEqual(['e2', 'e3']);
        expect((await store.events.list({ limit: 1, offset: 1 })).map((e) => e.id)).toEqual(['e2']);
      });
    });

    describe('cases', () => {
      it('creates, updates and lists by priority', async () => {
        const handoff = {
          orderId: 'o-1',
          customer: { email: 'ana@example.com' },
          lang: 'en' as const,
          rule: 'escalation.explicit',
          reason: 'asked',
          summary: 's',
          facts: { a: 1 },
          attachmentIds: [],
          desiredResolution: null,
          suggestedNextStep: 'call',
        };
        await store.cases.create(
          aCase({ id: 'k1', priority: 1, conversationId: 'conv-1', handoff }),
        );
        await store.cases.create(
          aCase({ id: 'k2', priority: 5, kind: 'approval', subject: { refundId: 'r9' } }),
        );
        expect(await store.cases.get('k1')).toEqual(
          aCase({ id: 'k1', priority: 1, conversationId: 'conv-1', handoff }),
        );
        expect((await store.cases.list()).map((c) => c.id)).toEqual(['k2', 'k1']);
        await store.cases.update('k1', {
          status: 'in_progress',
          assignedTo: 'u1',
          updatedAt: at(9),
        });
        const k1 = await store.cases.get('k1');
        expect(k1?.status).toBe('in_progress');
        expect(k1?.assignedTo).toBe('u1');
        expect(k1?.updatedAt).toBe(at(9));
        expect(k1?.handoff).toEqual(handoff);
        expect((await store.cases.list({ status: 'open' })).map((c) => c.id)).toEqual(['k2']);
        expect((await store.cases.list({ kind: 'approval' })).map((c) => c.id)).toEqual(['k2']);
        expect((await store.cases.list({ conversationId: 'conv-1' })).map((c) => c.id)).toEqual([
          'k1',
        ]);
        expect(await store.cases.get('none')).toBeNull();
      });
      it('says not_found when updating a case that does not exist', async () => {
        await expectCode(
          store.cases.update('none', { status: 'closed', updatedAt: at(1) }),
          'not_found',
        );
      });
    });

    describe('refunds, returns, change requests, remakes, briefs', () => {
      it('stores refunds with unique idempotency keys', async () => {
        await store.refunds.create(aRefund({ id: 'r1', orderId: 'o-1', idempotencyKey: 'key-1' }));
        await store.refunds.create(
          aRefund({
            id: 'r2',
            orderId: 'o-1',
            idempotencyKey: 'key-2',
            status: 'pending_approval',
            amountMinor: 9000,
          }),
        );
        expect(await store.refunds.get('r1')).toEqual(
          aRefund({ id: 'r1', orderId: 'o-1', idempotencyKey: 'key-1' }),
        );
        expect((await store.refunds.byIdempotencyKey('key-2'))?.id).toBe('r2');
        expect(await store.refunds.byIdempotencyKey('key-3')).toBeNull();
        await expectCode(
          store.refunds.create(aRefund({ id: 'r3', orderId: 'o-1', idempotencyKey: 'key-1' })),
          'conflict',
        );
        await expectCode(
          store.refunds.create(aRefund({ id: 'r4', orderId: 'ghost', idempotencyKey: 'key-4' })),
          'not_found',
        );
        await store.refunds.setStatus('r2', 'declined', 'u-approver', at(30));
        const r2 = await store.refunds.get('r2');
        expect(r2).toMatchObject({
          status: 'declined',
          decidedBy: 'u-approver',
          decidedAt: at(30),
          amountMinor: 9000,
        });
        expect((await store.refunds.listForOrder('o-1')).map((r) => r.id)).toEqual(['r1', 'r2']);
        await expectCode(store.refunds.setStatus('ghost', 'issued', 'u', at(1)), 'not_found');
      });
      it('stores returns, change requests, remakes and briefs', async () => {
        const ret = {
          id: 'ret1',
          orderId: 'o-1',
          conversationId: null,
          kind: 'exchange' as const,
          itemSkus: ['NECK-NAME'],
          reason: 'size',
          rule: 'returns.standard',
          returnShippingPaidBy: 'buyer' as const,
          status: 'created' as const,
          idempotencyKey: 'rk',
          createdAt: t0,
        };
        await store.returns.create(ret);
        expect(await store.returns.listForOrder('o-1')).toEqual([ret]);
        const cr = {
          id: 'cr1',
          orderId: 'o-1',
          conversationId: 'conv-1',
          kind: 'personalization' as const,
          target: { itemSku: 'NECK-NAME', field: 'engraving' },
          before: 'Mia',
          after: 'Mía',
          status: 'recorded' as const,
          rule: 'changes.window',
          reason: 'inside',
          insideWindow: true,
          idempotencyKey: 'ck',
          createdAt: t0,
        };
        await store.changeRequests.create(cr);
        expect(await store.changeRequests.listForOrder('o-1')).toEqual([cr]);
        const rm = {
          id: 'rm1',
          orderId: 'o-1',
          conversationId: null,
          itemSkus: ['MUG'],
          reason: 'cracked',
          rule: 'quality.remake',
          rush: true,
          idempotencyKey: 'mk',
          createdAt: t0,
        };
        await store.remakes.create(rm);
        expect(await store.remakes.listForOrder('o-1')).toEqual([rm]);
        expect(await store.remakes.listForOrder('o-2')).toEqual([]);
        const b = {
          id: 'b1',
          conversationId: 'conv-1',
          brief: { pets: 2, style: 'watercolour' },
          createdAt: t0,
        };
        await store.briefs.create(b);
        expect(await store.briefs.list()).toEqual([b]);
      });
    });

    describe('users and sessions', () => {
      it('finds users by e-mail without regard to case, and refuses duplicates', async () => {
        const u = {
          id: 'u1',
          email: 'Rep@Example.com',
          role: 'rep' as const,
          passwordHash: 'h',
          failedLogins: 0,
          lockedUntil: null,
          createdAt: t0,
        };
        await store.users.create(u);
        expect(await store.users.byEmail('rep@example.COM')).toEqual(u);
        expect(await store.users.get('u1')).toEqual(u);
        await expectCode(
          store.users.create({ ...u, id: 'u2', email: 'rep@example.com' }),
          'conflict',
        );
        await store.users.update('u1', { failedLogins: 3, lockedUntil: at(15), role: 'approver' });
        expect(await store.users.get('u1')).toEqual({
          ...u,
          failedLogins: 3,
          lockedUntil: at(15),
          role: 'approver',
        });
        await store.users.update('u1', {});
        await expectCode(store.users.update('ghost', { failedLogins: 1 }), 'not_found');
        await expectCode(store.users.update('ghost', {}), 'not_found');
        expect((await store.users.list()).map((x) => x.id)).toEqual(['u1']);
        expect(await store.users.byEmail('nobody@example.com')).toBeNull();
      });
      it('creates, reads and deletes sessions', async () => {
        const s = { id: 's1', userId: 'u1', csrfToken: 'csrf', expiresAt: at(60) };
        await store.sessions.create(s);
        expect(await store.sessions.get('s1')).toEqual(s);
        await store.sessions.delete('s1');
        expect(await store.sessions.get('s1')).toBeNull();
        await expectCode(store.sessions.create({ ...s, id: 's2', userId: 'ghost' }), 'not_found');
      });
    });

    describe('attachments and audit', () => {
      it('stores attachments per conversation', async () => {
        const a = {
          id: 'a1',
          conversationId: 'conv-1',
          path: 'uploads/a1.jpg',
          mime: 'image/jpeg',
          bytes: 1234,
          width: 640,
          height: 480,
          createdAt: t0,
        };
        await store.attachments.create(a);
        expect(await store.attachments.get('a1')).toEqual(a);
        expect(await store.attachments.listForConversation('conv-1')).toEqual([a]);
        expect(await store.attachments.get('a2')).toBeNull();
      });
      it('appends audit entries with before/after and filters by subject', async () => {
        const e = {
          id: 'au1',
          at: t0,
          actor: 'assistant',
          action: 'refund',
          subjectType: 'order',
          subjectId: 'o-1',
          rule: 'refunds.auto',
          reason: 'ok',
          before: { refundedMinor: 0 },
          after: { refundedMinor: 1000 },
        };
        await store.audit.append(e);
        await store.audit.append({
          ...e,
          id: 'au2',
          subjectId: 'o-2',
          before: null,
          after: null,
          rule: null,
          reason: null,
        });
        expect(await store.audit.list({ subjectType: 'order', subjectId: 'o-1' })).toEqual([e]);
        expect((await store.audit.list()).map((x) => x.id)).toEqual(['au1', 'au2']);
      });
    });

    describe('idempotency ledger', () => {
      it('stores the first result and keeps it', async () => {
        expect(await store.idempotency.get('idem-1')).toBeUndefined();
        expect(await store.idempotency.put('idem-1', { refundId: 'r1', n: 1 })).toBe(true);
        expect(await store.idempotency.put('idem-1', { refundId: 'r2' })).toBe(false);
        expect(await store.idempotency.get('idem-1')).toEqual({ refundId: 'r1', n: 1 });
        expect(await store.idempotency.put('idem-null', null)).toBe(true);
        expect(await store.idempotency.get('idem-null')).toBeNull();
      });
    });

    describe('transactions', () => {
      it('commits what the function wrote', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.orders.upsert(anOrder({ id: 'tx-1' }));
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.orders.get('tx-1')).not.toBeNull();
      });
      it('rolls everything back when the function throws', async () => {
        await expect(
          store.transaction(async (tx) => {
            await tx.orders.upsert(anOrder({ id: 'tx-2' }));
            await tx.audit.append({
              id: 'au-tx',
              at: t0,
              actor: 'a',
              action: 'x',
              subjectType: 'order',
              subjectId: 'tx-2',
              rule: null,
              reason: null,
              before: null,
              after: null,
            });
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.orders.get('tx-2')).toBeNull();
        expect(await store.audit.list({ subjectId: 'tx-2' })).toEqual([]);
      });
      it('rolls back when a statement fails, and translates the error', async () => {
        await expectCode(
          store.transaction(async (tx) => {
            await tx.orders.upsert(anOrder({ id: 'tx-3' }));
            await tx.refunds.create(
              aRefund({ id: 'r-tx', orderId: 'tx-3', idempotencyKey: 'key-1' }),
            );
          }),
          'conflict',
        );
        expect(await store.orders.get('tx-3')).toBeNull();
      });
      it('joins an enclosing transaction, also through the outer store handle', async () => {
        await expect(
          store.transaction(async (tx) => {
            await tx.transaction(async (inner) => inner.orders.upsert(anOrder({ id: 'tx-4' })));
            await store.orders.upsert(anOrder({ id: 'tx-5' }));
            expect(await tx.orders.get('tx-5')).not.toBeNull();
            throw new Error('undo both');
          }),
        ).rejects.toThrow('undo both');
        expect(await store.orders.get('tx-4')).toBeNull();
        expect(await store.orders.get('tx-5')).toBeNull();
      });
      it('undoes only the inner part when a nested transaction fails (savepoint)', async () => {
        const got: unknown[] = [];
        const off = await store.subscribe('nested', (p) => got.push(p));
        await store.transaction(async (tx) => {
          await tx.orders.upsert(anOrder({ id: 'tx-outer' }));
          await tx.publish('nested', 'outer');
          await expect(
            tx.transaction(async (inner) => {
              await inner.orders.upsert(anOrder({ id: 'tx-inner' }));
              await inner.publish('nested', 'inner');
              await inner.refunds.create(
                aRefund({ id: 'r-nested', orderId: 'tx-outer', idempotencyKey: 'key-1' }),
              );
            }),
          ).rejects.toMatchObject({ code: 'conflict' });
          await tx.audit.append({
            id: 'au-after',
            at: t0,
            actor: 'a',
            action: 'x',
            subjectType: 'order',
            subjectId: 'tx-outer',
            rule: null,
            reason: null,
            before: null,
            after: null,
          });
        });
        expect(await store.orders.get('tx-outer')).not.toBeNull();
        expect(await store.orders.get('tx-inner')).toBeNull();
        expect((await store.audit.list({ subjectId: 'tx-outer' })).map((a) => a.id)).toEqual([
          'au-after',
        ]);
        await eventually(() => expect(got).toEqual(['outer']));
        await off();
      });
      it('keeps calls made outside an open transaction out of it', async () => {
        const c = aConversation({ id: 'conv-tx-iso' });
        await store.conversations.create(c);
        let wrote = (): void => undefined;
        const written = new Promise<void>((r) => (wrote = r));
        let release = (): void => undefined;
        const gate = new Promise<void>((r) => (release = r));
        const failing = store.transaction(async (tx) => {
          await tx.conversations.save({ ...c, status: 'resolved' }, c.version);
          wrote();
          await gate;
          throw new Error('undo');
        });
        await written;
        // Neither sees the transaction's write nor lands in it (and so is not undone with it).
        const read = store.conversations.get(c.id);
        const appended = store.messages.append({
          id: 'm-tx-iso',
          conversationId: c.id,
          sender: 'customer',
          text: 'hello',
          createdAt: t0,
        });
        release();
        await expect(failing).rejects.toThrow('undo');
        expect(await read).toEqual(c);
        await appended;
        expect((await store.messages.list(c.id)).map((m) => m.id)).toEqual(['m-tx-iso']);
      });
      it('loses no update when 50 transactions read-modify-write one order at once', async () => {
        await store.orders.upsert(
          anOrder({ id: 'counter', payment: { totalMinor: 100_000, refundedMinor: 0 } }),
        );
        await Promise.all(
          Array.from({ length: 50 }, () =>
            store.transaction(async (tx) => {
              const o = await tx.orders.getForUpdate('counter');
              if (!o) throw new Error('missing');
              await tx.orders.upsert({
                ...o,
                payment: { ...o.payment, refundedMinor: o.payment.refundedMinor + 1 },
              });
            }),
          ),
        );
        expect((await store.orders.get('counter'))?.payment.refundedMinor).toBe(50);
      });
    });

    describe('pub/sub', () => {
      it('delivers to subscribers until they unsubscribe', async () => {
        const got: unknown[] = [];
        const off = await store.subscribe('conversation:c1', (p) => got.push(p));
        await store.publish('conversation:c1', { n: 1 });
        await store.publish('conversation:other', { n: 99 });
        await eventually(() => expect(got).toEqual([{ n: 1 }]));
        await off();
        await store.publish('conversation:c1', { n: 2 });
        await new Promise((r) => setTimeout(r, 100));
        expect(got).toEqual([{ n: 1 }]);
      });
      it('publishes from a transaction only after commit, and never after rollback', async () => {
        const got: unknown[] = [];
        const off = await store.subscribe('tx-channel', (p) => got.push(p));
        await store
          .transaction(async (tx) => {
            await tx.publish('tx-channel', 'rolled back');
            throw new Error('no');
          })
          .catch(() => undefined);
        await store.transaction(async (tx) => {
          await tx.publish('tx-channel', 'committed');
          await new Promise((r) => setTimeout(r, 50));
          expect(got).toEqual([]);
        });
        await eventually(() => expect(got).toEqual(['committed']));
        await off();
      });
      if (name === 'postgres')
        it('reaches another Store instance on the same database, both ways', async () => {
          const other = await t.openSibling();
          const gotHere: unknown[] = [];
          const gotThere: unknown[] = [];
          const offHere = await store.subscribe('conversation:shared', (p) => gotHere.push(p));
          const offThere = await other.subscribe('conversation:shared', (p) => gotThere.push(p));
          await store.publish('conversation:shared', { from: 'a' });
          await other.transaction(async (tx) => tx.publish('conversation:shared', { from: 'b' }));
          await eventually(() => {
            expect(gotHere).toEqual([{ from: 'a' }, { from: 'b' }]);
            expect(gotThere).toEqual([{ from: 'a' }, { from: 'b' }]);
          });
          await offHere();
          await offThere();
        });
      it('carries payloads larger than a NOTIFY allows', async () => {
        const big = { text: 'x'.repeat(20_000) };
        const got: unknown[] = [];
        const off = await store.subscribe('big', (p) => got.push(p));
        await store.publish('big', big);
        await eventually(() => expect(got).toEqual([big]));
        await off();
      });
    });
  });
}

export async function eventually(check: () => void, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e: unknown) {
      if (Date.now() - start > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

for (const db of testDatabases()) storeSuite(db.name, () => db.open());
if (postgresSkipReason !== null)
  describe.skip(`store suite: postgres (skipped: ${postgresSkipReason})`, () =>
    it('runs on PostgreSQL', () => undefined));
