import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, createActions } from '../../src/actions/index.js';
import { createAuth } from '../../src/auth/auth.js';
import type { QuickReply, TurnResult } from '../../src/domain/conversation.js';
import type { Decision } from '../../src/domain/decision.js';
import { AppError } from '../../src/domain/errors.js';
import type { EngineAssistant } from '../../src/engine.js';
import { createLocalRuntime, manualClock, type LocalRuntime } from '../../src/engine/runtime.js';
import { createNlu } from '../../src/nlu/index.js';
import { buildApp } from '../../src/http/index.js';
import { buildQueue } from '../../src/http/console/view.js';
import { postgresSkipReason } from '../support/databases.js';

/**
 * Races across conversations and server processes, on SQLite and PostgreSQL: the lock-out,
 * failed proofs per order, repeat contacts and the remedy ledger must hold under 50 parallel
 * attempts (docs/security.md).
 */
const databaseUrl = process.env['DATABASE_URL'];
const nlu = createNlu();
/** The rule of the shop's alert when an order's look-ups are paused. */
const orderPausedRule = 'identity.order_paused';
const start = new Date('2026-12-01T15:00:00Z');

type Db = { name: string; url(): { url: string; drop(): Promise<void> } };
const dbs: Db[] = [
  { name: 'sqlite', url: () => ({ url: 'sqlite::memory:', drop: () => Promise.resolve() }) },
];
if (databaseUrl) {
  dbs.push({
    name: 'postgres',
    url: () => {
      const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
      return {
        url: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}schema=${schema}`,
        async drop() {
          const c = new pg.Client({ connectionString: databaseUrl });
          await c.connect();
          try {
            await c.query(`drop schema if exists "${schema}" cascade`);
          } finally {
            await c.end();
          }
        },
      };
    },
  });
}

const allow: Decision = {
  outcome: 'allow',
  rule: 'quality.damaged',
  reason: 'photo shows the flaw',
  facts: {},
};

function pick(r: TurnResult, label: RegExp): QuickReply {
  const q = r.replies.flatMap((x) => x.quickReplies).find((x) => label.test(x.label));
  if (!q) throw new Error(`no quick reply like ${String(label)} in ${JSON.stringify(r.replies)}`);
  return q;
}

/** A conversation about order 1017 (one $28 tumbler, $34 paid) brought to the remedy offer. */
async function toRemedyOffer(
  a: EngineAssistant,
  orderId = '1017',
): Promise<{ id: string; offer: TurnResult }> {
  const s = await a.start({ channel: 'web', lang: 'en' });
  const id = s.conversation.id;
  await a.turn(id, {
    kind: 'text',
    text: `My order ${orderId} arrived broken, my email is quinn@example.com`,
  });
  const offer = await a.turn(id, { kind: 'attachment', attachmentIds: [randomUUID()] });
  return { id, offer };
}

for (const db of dbs) {
  describe(`races on ${db.name}`, () => {
    let rt: LocalRuntime;
    let target: { url: string; drop(): Promise<void> };
    const clock = manualClock(start);
    beforeAll(async () => {
      target = db.url();
      rt = await createLocalRuntime({ dbUrl: target.url, clock: clock.now, nlu });
    });
    afterAll(async () => {
      await rt.close();
      await target.drop();
    });

    // 62 scrypt checks (cheap in tests: vitest.config.ts sets MAKERDESK_TEST_SCRYPT_N).
    it(
      'console lock-out holds under 12 and under 50 concurrent wrong passwords',
      { timeout: 180_000 },
      async () => {
        const auth = createAuth({ store: rt.store, clock: clock.now, newId: randomUUID });
        for (const [email, n] of [
          ['twelve@shop.example', 12],
          ['fifty@shop.example', 50],
        ] as const) {
          await auth.addUser({ email, role: 'rep', password: 'the-right-password' });
          const results = await Promise.all(
            Array.from({ length: n }, () => auth.login(email, 'a-wrong-password')),
          );
          expect(results.every((r) => !r.ok)).toBe(true);
          const user = await rt.store.users.byEmail(email);
          // Every wrong password that got past the lock check was counted (a late one may meet the lock first).
          expect(user?.failedLogins).toBeGreaterThanOrEqual(5);
          expect(user?.failedLogins).toBeLessThanOrEqual(n);
          expect(user?.lockedUntil).toBe(new Date(start.getTime() + 15 * 60_000).toISOString());
          expect(
            results.filter((r) => !r.ok && r.code === 'invalid_credentials').length,
          ).toBeLessThanOrEqual(4);
          expect(
            (await rt.store.audit.list({ subjectType: 'user', subjectId: user?.id ?? '' })).filter(
              (e) => e.action === 'user.locked',
            ),
          ).toHaveLength(1);
          // Locked means locked: the right password is refused too.
          expect(await auth.login(email, 'the-right-password')).toMatchObject({
            ok: false,
            code: 'locked',
          });
        }
      },
    );

    it('counts 50 parallel failed proofs for one order exactly, pausing it once', async () => {
      const at = clock.now().toISOString();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          rt.store.guards.recordProofFailure({
            orderKey: 'race-1',
            conversationId: `c${i}`,
            at,
            windowMs: 3600_000,
            max: 5,
            pauseMs: 3600_000,
          }),
        ),
      );
      expect(results.map((r) => r.failures).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      expect(results.filter((r) => r.newlyPaused)).toHaveLength(1);
      expect(await rt.store.guards.pausedUntil('race-1', at)).toBe(
        new Date(start.getTime() + 3600_000).toISOString(),
      );
    });

    it('numbers 50 parallel contacts about one order one after the other', async () => {
      const at = clock.now().toISOString();
      const seen = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          rt.store.guards.claimContact('race-2', `conv-${i}`, at),
        ),
      );
      expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      // A conversation claims once, however often it asks.
      expect(await rt.store.guards.claimContact('race-2', 'conv-7', at)).toBe(seen[7]);
    });

    it('50 conversations asking to refund one item in parallel make exactly one refund', async () => {
      const actions = createActions({ store: rt.store, clock: clock.now, newId: randomUUID });
      await actions.upsertOrder(
        {
          id: 'race-3',
          createdAt: '2026-11-20T10:00:00Z',
          currency: 'USD',
          customer: { email: 'quinn@example.com', postcode: '37203' },
          items: [{ sku: 'TUMBLER', title: 'Tumbler', sellerId: 's', quantity: 1, unitPrice: 28 }],
          stage: 'ready_to_ship',
          payment: { total: 34, refunded: 0 },
        },
        actors.system('test'),
      );
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          actions.requestRefund({
            orderId: 'race-3',
            conversationId: `conv-${i}`,
            amountMinor: 2800,
            itemSkus: ['TUMBLER'],
            reason: 'arrived broken',
            decision: allow,
            autoLimitMinor: 7500,
            idempotencyKey: `conv-${i}:refund`,
            actor: actors.assistant,
          }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes)
        if (o.status === 'rejected') expect((o.reason as AppError).code).toBe('conflict');
      const refunds = await rt.store.refunds.listForOrder('race-3');
      expect(refunds.map((r) => [r.amountMinor, r.status, r.itemSkus])).toEqual([
        [2800, 'issued', ['TUMBLER']],
      ]);
      expect((await rt.store.orders.get('race-3'))?.payment.refundedMinor).toBe(2800);
      // No remake either, and a person may still decide otherwise.
      await expect(
        actions.createRemake({
          orderId: 'race-3',
          conversationId: 'late',
          itemSkus: ['TUMBLER'],
          reason: 'x',
          decision: allow,
          idempotencyKey: 'late:remake',
          actor: actors.assistant,
        }),
      ).rejects.toMatchObject({ code: 'conflict' });
    });

    it('order 1017: two conversations pressing "Refund of $28.00" together make one refund; the other goes to a person', async () => {
      const a = await toRemedyOffer(rt.assistant);
      const b = await toRemedyOffer(rt.assistant);
      const [ra, rb] = await Promise.all([
        rt.assistant.turn(a.id, {
          kind: 'choice',
          choice: pick(a.offer, /^Refund of \$28\.00$/).id,
        }),
        rt.assistant.turn(b.id, {
          kind: 'choice',
          choice: pick(b.offer, /^Refund of \$28\.00$/).id,
        }),
      ]);
      const refunds = (await rt.store.refunds.listForOrder('1017')).filter(
        (r) => r.status !== 'declined',
      );
      expect(refunds.map((r) => r.amountMinor)).toEqual([2800]);
      expect((await rt.store.orders.get('1017'))?.payment.refundedMinor).toBe(2800);
      const types = [ra, rb].map((r) => r.events.map((e) => e.type));
      expect(types.filter((t) => t.includes('refund.issued'))).toHaveLength(1);
      expect(types.filter((t) => t.includes('case.escalated'))).toHaveLength(1);
    });

    it('finding 7: a double press of the refund answers 200 and 409, the same on every database, with one refund', async () => {
      const orderId = '8017';
      const demo = await rt.store.orders.get('1017');
      if (!demo) throw new Error('demo order 1017 is missing');
      const actions = createActions({ store: rt.store, clock: clock.now, newId: randomUUID });
      await actions.upsertOrder(
        { ...demo, id: orderId, payment: { ...demo.payment, refundedMinor: 0 } },
        actors.system('test'),
      );
      const app = await buildApp({
        store: rt.store,
        assistant: rt.assistant,
        actions,
        apiKey: null,
        uploadsDir: tmpdir(),
        clock: clock.now,
        logger: false,
      });
      try {
        const started = await app.inject({
          method: 'POST',
          url: '/api/v1/conversations',
          payload: { channel: 'web' },
        });
        const { id, token } = started.json<{ id: string; token: string }>();
        const headers = { authorization: `Bearer ${token}` };
        await app.inject({
          method: 'POST',
          url: `/api/v1/conversations/${id}/messages`,
          headers,
          payload: { text: `My order ${orderId} arrived broken, my email is quinn@example.com` },
        });
        const offer = await rt.assistant.turn(id, {
          kind: 'attachment',
          attachmentIds: [randomUUID()],
        });
        const choice = pick(offer, /^Refund of \$28\.00$/).id;
        const press = () =>
          app.inject({
            method: 'POST',
            url: `/api/v1/conversations/${id}/messages`,
            headers,
            payload: { choice },
          });
        const both = await Promise.all([press(), press()]);
        expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const again = await press();
        expect(again.statusCode).toBe(409);
        expect(again.json<{ error: { code: string } }>().error.code).toBe('conflict');
        expect((await rt.store.refunds.listForOrder(orderId)).map((r) => r.amountMinor)).toEqual([
          2800,
        ]);
      } finally {
        await app.close();
      }
    });

    it('finding 3, order 1017: after one conversation refunds the $28 item, another is offered no refund of the $6 left, and a remake goes to a person', async () => {
      const orderId = '7017';
      const demo = await rt.store.orders.get('1017');
      if (!demo) throw new Error('demo order 1017 is missing');
      expect([
        demo.payment.totalMinor,
        demo.items.map((i) => i.unitPriceMinor * i.quantity),
      ]).toEqual([3400, [2800]]);
      await createActions({ store: rt.store, clock: clock.now, newId: randomUUID }).upsertOrder(
        { ...demo, id: orderId, payment: { ...demo.payment, refundedMinor: 0 } },
        actors.system('test'),
      );
      const first = await toRemedyOffer(rt.assistant, orderId);
      const done = await rt.assistant.turn(first.id, {
        kind: 'choice',
        choice: pick(first.offer, /^Refund of \$28\.00$/).id,
      });
      expect(done.events.map((e) => e.type)).toContain('refund.issued');
      const second = await toRemedyOffer(rt.assistant, orderId);
      const labels = second.offer.replies.flatMap((r) => r.quickReplies.map((q) => q.label));
      expect(labels.filter((l) => /^Refund of/.test(l))).toEqual([]);
      const remake = await rt.assistant.turn(second.id, {
        kind: 'choice',
        choice: pick(second.offer, /remake/i).id,
      });
      expect(remake.events.map((e) => e.type)).toEqual(['case.escalated']);
      expect(await rt.store.remakes.listForOrder(orderId)).toEqual([]);
      const refunds = await rt.store.refunds.listForOrder(orderId);
      expect(refunds.map((r) => r.amountMinor)).toEqual([2800]);
      expect((await rt.store.orders.get(orderId))?.payment.refundedMinor).toBe(2800);
    });
  });
}

for (const db of dbs) {
  describe(`guessing and repeat contacts across conversations on ${db.name}`, () => {
    let rt: LocalRuntime;
    let target: { url: string; drop(): Promise<void> };
    const clock = manualClock(start);
    beforeAll(async () => {
      target = db.url();
      rt = await createLocalRuntime({ dbUrl: target.url, clock: clock.now, nlu });
    });
    afterAll(async () => {
      await rt.close();
      await target.drop();
    });

    it('finding 1: guessing postcodes for order 1001 over many conversations stops after five, and the shop is alerted', async () => {
      const verified: string[] = [];
      let guesses = 0;
      // Three guesses per conversation (its own pause), new conversations for more: 94102 … 94110.
      for (let postcode = 94102; postcode <= 94110;) {
        const s = await rt.assistant.start({ channel: 'web', lang: 'en' });
        for (let i = 0; i < 3 && postcode <= 94110; i++, postcode++) {
          guesses++;
          const r = await rt.assistant.turn(s.conversation.id, {
            kind: 'text',
            text: `Where is my order 1001? My postcode is ${postcode}`,
          });
          if (r.events.some((e) => e.type === 'identity.verified')) verified.push(String(postcode));
        }
      }
      expect(guesses).toBe(9);
      expect(verified).toEqual([]);
      const alerts = (await rt.store.cases.list({ kind: 'escalation' })).filter(
        (c) => c.handoff?.rule === orderPausedRule,
      );
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ orderId: '1001', status: 'open' });
      const queued = (await buildQueue(rt.store, clock.now())).find(
        (q) => q.caseId === alerts[0]?.id,
      );
      expect(queued?.reason).toMatch(/^identity\.order_paused: 5 failed proofs/);
      // The pause covers the right e-mail too, for an hour; then the owner gets in.
      const owner = await rt.assistant.start({ channel: 'web', lang: 'en' });
      const during = await rt.assistant.turn(owner.conversation.id, {
        kind: 'text',
        text: 'Where is my order 1001? ana@example.com',
      });
      expect(during.events.map((e) => e.type)).not.toContain('identity.verified');
      clock.advance(61 * 60_000);
      const later = await rt.assistant.start({ channel: 'web', lang: 'en' });
      const after = await rt.assistant.turn(later.conversation.id, {
        kind: 'text',
        text: 'Where is my order 1001? ana@example.com',
      });
      expect(after.events.map((e) => e.type)).toContain('identity.verified');
    });

    it('20 conversations failing a proof for one order at once raise exactly one alert', async () => {
      const starts = await Promise.all(
        Array.from({ length: 20 }, () => rt.assistant.start({ channel: 'web', lang: 'en' })),
      );
      await Promise.all(
        starts.map((s) =>
          rt.assistant.turn(s.conversation.id, {
            kind: 'text',
            text: 'Status of order 1003 please, my email is nobody@example.com',
          }),
        ),
      );
      const alerts = (await rt.store.cases.list({ kind: 'escalation' })).filter(
        (c) => c.handoff?.rule === orderPausedRule && c.orderId === '1003',
      );
      expect(alerts).toHaveLength(1);
    });

    it('five conversations reporting one damaged order at once: the third and later contacts go to a person', async () => {
      const starts = await Promise.all(
        Array.from({ length: 5 }, () => rt.assistant.start({ channel: 'web', lang: 'en' })),
      );
      const results = await Promise.all(
        starts.map((s) =>
          rt.assistant.turn(s.conversation.id, {
            kind: 'text',
            text: 'My order 1012 arrived damaged, my email is lena@example.com',
          }),
        ),
      );
      const escalated = results.filter((r) => r.events.some((e) => e.type === 'case.escalated'));
      const asked = results.filter((r) => r.events.some((e) => e.type === 'evidence.requested'));
      expect([asked.length, escalated.length]).toEqual([2, 3]);
    });
  });
}

if (postgresSkipReason !== null) {
  describe.skip(`races on postgres (skipped: ${postgresSkipReason})`, () => {
    it('runs when DATABASE_URL is set', () => undefined);
  });
}
