import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../domain/store.js';
import { aCase, aConversation, anItem, anOrder, aRefund, t0 } from '../../test/support/fixtures.js';
import { postgresSkipReason, testDatabases, type TestStore } from '../../test/support/databases.js';
import { memoryStore } from '../../test/helpers/memory-store.js';

const at = (minutes: number): string => new Date(Date.parse(t0) + minutes * 60_000).toISOString();
const day = 24 * 60;

/** Writes a small history: three conversations over three days and records around them. */
async function seed(store: Store): Promise<void> {
  await store.orders.upsert(anOrder({ id: 'o1', items: [anItem({ sku: 'RING', title: 'Ring' })] }));
  await store.orders.upsert(anOrder({ id: 'o2' }));
  await store.orders.upsert(anOrder({ id: 'o3' }));
  await store.orders.upsert(anOrder({ id: 'unrelated' }));
  const convs = [
    aConversation({ id: 'c-before', createdAt: at(-day), orderId: 'o3' }),
    aConversation({
      id: 'c-in',
      createdAt: at(0),
      orderId: 'o1',
      state: { big: 'x'.repeat(1000) },
    }),
    aConversation({ id: 'c-in-2', createdAt: at(day), status: 'escalated' }),
    aConversation({ id: 'c-after', createdAt: at(2 * day) }),
  ];
  for (const c of convs) {
    await store.conversations.create(c);
    await store.messages.append({
      id: `${c.id}-m1`,
      conversationId: c.id,
      sender: 'customer',
      text: 'where is my order',
      createdAt: c.createdAt,
      meta: { intent: 'order_status', confidence: 0.9, sentiment: { label: 'neutral', score: 0 } },
    });
    await store.messages.append({
      id: `${c.id}-m2`,
      conversationId: c.id,
      sender: 'assistant',
      text: 'It is in **design**.',
      createdAt: c.createdAt,
    });
    await store.events.append({
      type: 'csat.recorded',
      score: 4,
      id: `${c.id}-e1`,
      conversationId: c.id,
      at: c.createdAt,
    });
  }
  await store.events.append({
    type: 'case.escalated',
    rule: 'escalation.explicit_request',
    reason: 'asked',
    id: 'e-esc',
    conversationId: 'c-in-2',
    at: at(day + 1),
  });
  await store.events.append({
    type: 'refund.issued',
    orderId: 'o2',
    amount: '1.00',
    id: 'e-loose',
    conversationId: null,
    at: at(5),
  });
  // A CSAT answer today in a conversation begun yesterday counts today; other events follow their conversation.
  await store.events.append({
    type: 'csat.recorded',
    score: 2,
    id: 'e-late-csat',
    conversationId: 'c-before',
    at: at(30),
  });
  await store.events.append({
    type: 'identity.verified',
    id: 'e-late-other',
    conversationId: 'c-before',
    at: at(31),
  });
  await store.cases.create(aCase({ id: 'case-in', conversationId: 'c-in-2' }));
  await store.cases.create(aCase({ id: 'case-out', conversationId: 'c-after' }));
  await store.refunds.create(
    aRefund({ id: 'r-in', orderId: 'o2', idempotencyKey: 'k-in', createdAt: at(10) }),
  );
  await store.refunds.create(
    aRefund({ id: 'r-out', orderId: 'unrelated', idempotencyKey: 'k-out', createdAt: at(3 * day) }),
  );
  await store.changeRequests.create({
    id: 'ch-in',
    orderId: 'o1',
    conversationId: 'c-in',
    kind: 'personalization',
    target: { itemSku: 'RING', field: 'engraving' },
    before: 'A',
    after: 'B',
    status: 'recorded',
    rule: 'change.inside_window',
    reason: 'ok',
    insideWindow: true,
    idempotencyKey: 'ch-in',
    createdAt: at(1),
  });
  await store.remakes.create({
    id: 'rm-in',
    orderId: 'o1',
    conversationId: 'c-in',
    itemSkus: ['RING'],
    reason: 'damaged',
    rule: 'quality.remake',
    rush: true,
    idempotencyKey: 'rm-in',
    createdAt: at(2),
  });
  await store.returns.create({
    id: 'rt-out',
    orderId: 'o1',
    conversationId: null,
    kind: 'return',
    itemSkus: ['RING'],
    reason: 'fit',
    rule: 'returns.window',
    returnShippingPaidBy: 'buyer',
    status: 'created',
    idempotencyKey: 'rt-out',
    createdAt: at(-5),
  });
}

function loadSuite(name: string, open: () => Promise<TestStore>): void {
  describe(`store.insights.load: ${name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeAll(async () => {
      t = await open();
      store = t.store;
      await seed(store);
    });
    afterAll(async () => {
      await t.drop();
    });

    it('reads conversations started in [since, until) with their messages, events and cases', async () => {
      const s = await store.insights.load({ since: at(0), until: at(2 * day) });
      expect(s.conversations.map((c) => c.id)).toEqual(['c-in', 'c-in-2']);
      expect(s.conversations[0]?.state).toEqual({});
      expect(s.messages.map((m) => m.id)).toEqual(['c-in-m1', 'c-in-m2', 'c-in-2-m1', 'c-in-2-m2']);
      expect(s.messages[0]?.meta).toEqual({
        intent: 'order_status',
        confidence: 0.9,
        sentiment: { label: 'neutral', score: 0 },
      });
      expect(s.events.map((e) => e.id).sort()).toEqual([
        'c-in-2-e1',
        'c-in-e1',
        'e-esc',
        'e-late-csat',
        'e-loose',
      ]);
      expect(s.events.find((e) => e.id === 'c-in-e1')).toMatchObject({
        type: 'csat.recorded',
        score: 4,
      });
      expect(s.cases.map((c) => c.id)).toEqual(['case-in']);
    });

    it('reads records created in the period and the orders they name', async () => {
      const s = await store.insights.load({ since: at(0), until: at(2 * day) });
      expect(s.refunds.map((r) => r.id)).toEqual(['r-in']);
      expect(s.changeRequests.map((r) => [r.id, r.insideWindow])).toEqual([['ch-in', true]]);
      expect(s.remakes.map((r) => [r.id, r.itemSkus, r.rush])).toEqual([['rm-in', ['RING'], true]]);
      expect(s.returns).toEqual([]);
      expect(s.orders.map((o) => o.id)).toEqual(['o1', 'o2']);
      expect(s.orders[0]?.items[0]?.title).toBe('Ring');
    });

    it('with an open period reads everything', async () => {
      const s = await store.insights.load({});
      expect(s.conversations).toHaveLength(4);
      expect(s.returns.map((r) => r.id)).toEqual(['rt-out']);
      expect(s.orders.map((o) => o.id)).toEqual(['o1', 'o2', 'o3', 'unrelated']);
    });

    it('reads an empty period as empty lists', async () => {
      const s = await store.insights.load({ since: at(10 * day), until: at(11 * day) });
      expect(s).toEqual({
        conversations: [],
        messages: [],
        events: [],
        cases: [],
        refunds: [],
        changeRequests: [],
        remakes: [],
        returns: [],
        orders: [],
      });
    });

    it('works inside a transaction too', async () => {
      const n = await store.transaction(
        async (tx) => (await tx.insights.load({ since: at(0), until: at(1) })).conversations.length,
      );
      expect(n).toBe(1);
    });
  });
}

for (const db of testDatabases()) loadSuite(db.name, () => db.open());
if (postgresSkipReason !== null)
  describe.skip(`store.insights.load: postgres (skipped: ${postgresSkipReason})`, () =>
    it('runs on PostgreSQL', () => undefined));

// The in-memory fake used by HTTP tests must select exactly like the real store.
loadSuite('memory fake', () => {
  const store = memoryStore();
  return Promise.resolve({
    store,
    openSibling: () => Promise.reject(new Error('none')),
    drop: () => Promise.resolve(),
  });
});
