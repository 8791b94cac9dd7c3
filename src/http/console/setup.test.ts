import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createActions } from '../../actions/index.js';
import { parseOrder } from '../../domain/order.js';
import type { OpenedStore } from '../../store/index.js';
import { defaultPolicy } from '../../policy/index.js';
import { openStore } from '../../store/index.js';
import { noTranslator } from '../../translate/none.js';
import { spanishOrder } from '../../../test/helpers/console-fixture.js';
import { setupConsole } from './setup.js';

let store: OpenedStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

describe('setupConsole with the real store and money actions', () => {
  it('creates the env admin and demo accounts, and approves a pending refund through the actions', async () => {
    store = await openStore('sqlite::memory:');
    const s = store;
    const clock = () => new Date('2026-11-20T10:00:00Z');
    const actions = createActions({ store: s, clock, newId: randomUUID });
    const order = parseOrder(spanishOrder);
    if (!order.ok) throw new Error('fixture');
    await actions.upsertOrder(order.value, 'system:test');
    const t = '2026-11-20T09:00:00.000Z';
    await s.conversations.create({
      id: 'c1',
      channel: 'web',
      lang: 'es',
      status: 'escalated',
      intent: 'damaged_item',
      orderId: 'MD-1042',
      tokenHash: 'h',
      state: {},
      handledBy: 'assistant',
      createdAt: t,
      updatedAt: t,
      version: 0,
    });
    const pending = await actions.requestRefund({
      orderId: 'MD-1042',
      conversationId: 'c1',
      amountMinor: 14000,
      reason: 'arrived broken',
      decision: {
        outcome: 'needs_approval',
        rule: 'refund.above_limit',
        reason: '140.00 is above the automatic limit of 75.00',
        facts: {},
      },
      autoLimitMinor: 7500,
      idempotencyKey: 'refund-1',
      actor: 'assistant',
    });
    expect(pending.events[0]?.type).toBe('refund.pending_approval');

    const setup = await setupConsole({
      store: s,
      policy: defaultPolicy,
      actions,
      clock,
      newId: randomUUID,
      uploadsDir: mkdtempSync(join(tmpdir(), 'md-setup-')),
      env: {
        MAKERDESK_ADMIN_EMAIL: 'owner@shop.example',
        MAKERDESK_ADMIN_PASSWORD: 'owner-password-1',
      },
      demo: true,
      translator: noTranslator(),
    });
    expect(setup.logins.map((l) => l.role)).toEqual(['rep', 'approver', 'maker']);
    expect((await s.users.byEmail('owner@shop.example'))?.role).toBe('admin');

    const app = Fastify({ logger: false });
    await setup.plugin(app);
    const login = await app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'sam@demo.makerdesk.test', password: 'demo-approver-password' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const queue = await app.inject({ url: '/api/console/queue', headers: { cookie } });
    const item = queue.json<{ items: { caseId: string; kind: string; title: string }[] }>()
      .items[0];
    expect(item).toMatchObject({ kind: 'approval', title: 'Approval: refund 140.00 EUR' });
    const r = await app.inject({
      method: 'POST',
      url: `/api/console/cases/${item?.caseId ?? ''}/decision`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { approve: true, why: 'photo shows the damage' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<{ events: { type: string }[] }>().events.map((e) => e.type)).toContain(
      'refund.issued',
    );
    const [refund] = await s.refunds.listForOrder('MD-1042');
    expect(refund?.status).toBe('issued');
    expect((await s.orders.get('MD-1042'))?.payment.refundedMinor).toBe(14000);
    const audit = await s.audit.list({ subjectType: 'refund', subjectId: refund?.id ?? '' });
    const samId = (await s.users.byEmail('sam@demo.makerdesk.test'))?.id ?? '?';
    expect(
      audit.some((a) => a.reason === 'photo shows the damage' && a.actor.includes(samId)),
    ).toBe(true);
    expect((await s.messages.list('c1')).at(-1)?.text).toContain('Hemos aprobado tu reembolso');
    await app.close();
  });
});
