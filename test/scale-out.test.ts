// Two `makerdesk serve` processes on one PostgreSQL database, as behind a load balancer: the
// customer talks to one, the rep works on the other.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makerdeskSignature } from '../src/integrations/signatures.js';
import { openStore } from '../src/store/index.js';
import { passwords, seedConsole, spanishOrder } from './helpers/console-fixture.js';
import { postgresSkipReason } from './support/databases.js';
import { eventually, openEvents, startServe, type ServerProcess } from './support/serve-process.js';

const databaseUrl = process.env['DATABASE_URL'];
const apiKey = 'scale-out-shop-key-0123456789abcdef';
const webhookSecret = 'scale-out-webhook-secret-0123456789';

type Who = { cookie: string; csrf: string };

async function login(base: string, email: string, password: string): Promise<Who> {
  const r = await fetch(`${base}/api/console/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  const cookie =
    (r.headers.getSetCookie().find((c) => c.startsWith('md_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

function scaleOut(url: string): void {
  const schema = `scale_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const dbUrl = (() => {
    const u = new URL(url);
    u.searchParams.set('schema', schema);
    return u.toString();
  })();
  const uploads = mkdtempSync(join(tmpdir(), 'md-scale-'));
  const received: { id: string; type: string }[] = [];
  let receiver: Server;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const e = JSON.parse(body) as { type: string };
        received.push({ id: String(req.headers['x-makerdesk-event-id']), type: e.type });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const address = receiver.address();
    const eventsUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/events`;
    const store = await openStore(dbUrl);
    let n = 0;
    await seedConsole(
      store,
      () => new Date(),
      () => `seed-${++n}`,
    );
    await store.close();
    const env = {
      MAKERDESK_API_KEY: apiKey,
      MAKERDESK_EVENTS_URL: eventsUrl,
      MAKERDESK_WEBHOOK_SECRET: webhookSecret,
      MAKERDESK_UPLOADS: uploads,
    };
    [a, b] = await Promise.all([
      startServe(['--db', dbUrl], env),
      startServe(['--db', dbUrl], env),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await new Promise((r) => receiver?.close(r));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
    rmSync(uploads, { recursive: true, force: true });
  });

  it('carries live updates both ways: the customer on one instance, the rep on the other', async () => {
    const started = await post(a.base, '/api/v1/conversations', { channel: 'web', lang: 'en' });
    expect(started.status).toBe(201);
    const c = (await started.json()) as { id: string; token: string };
    const customer = await openEvents(
      `${a.base}/api/v1/conversations/${c.id}/stream?token=${c.token}`,
    );
    const rep = await login(b.base, 'rep@shop.example', passwords.rep);
    const console_ = await openEvents(`${b.base}/api/console/conversations/${c.id}/stream`, {
      cookie: rep.cookie,
    });
    try {
      const said = await post(
        a.base,
        `/api/v1/conversations/${c.id}/messages`,
        { text: 'Hello, can I speak to a person about my mug?' },
        { authorization: `Bearer ${c.token}` },
      );
      expect(said.status).toBe(200);
      await eventually(
        () => console_.events.length > 0,
        10_000,
        "the rep's console to hear the customer",
      );

      const took = await post(
        b.base,
        `/api/console/conversations/${c.id}/take-over`,
        {},
        { cookie: rep.cookie, 'x-csrf-token': rep.csrf },
      );
      expect(took.status, await took.clone().text()).toBe(200);
      const replied = await post(
        b.base,
        `/api/console/conversations/${c.id}/reply`,
        { text: 'Hi, I am Sam from the workshop. Which mug is it?' },
        { cookie: rep.cookie, 'x-csrf-token': rep.csrf },
      );
      expect(replied.status, await replied.clone().text()).toBe(201);
      const hasReply = (): boolean =>
        customer.events.some(
          (e) =>
            (e as { messages?: { sender: string; text: string }[] }).messages?.some(
              (m) => m.sender === 'agent' && m.text.includes('Which mug is it?'),
            ) === true,
        );
      await eventually(hasReply, 10_000, "the customer's widget to show the rep's reply");
    } finally {
      customer.close();
      console_.close();
    }
  });

  it('issues a refund exactly once when approvers press approve on both instances at the same time', async () => {
    const [onA, onB] = await Promise.all([
      login(a.base, 'approver@shop.example', passwords.approver),
      login(b.base, 'admin@shop.example', passwords.admin),
    ]);
    const presses = Array.from({ length: 8 }, (_, i) => {
      const [base, who] = i % 2 === 0 ? [a.base, onA] : [b.base, onB];
      return post(
        base,
        '/api/console/cases/case-approval/decision',
        { approve: true, why: `photo shows the mug broken (press ${i})` },
        { cookie: who.cookie, 'x-csrf-token': who.csrf },
      );
    });
    const statuses = (await Promise.all(presses)).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const store = await openStore(dbUrl);
    try {
      expect((await store.refunds.get('ref-1'))?.status).toBe('issued');
      expect(
        (await store.audit.list({ subjectType: 'refund', subjectId: 'ref-1' })).filter(
          (e) => e.rule === 'refunds.approved',
        ),
      ).toHaveLength(1);
      const told = (await store.messages.list('conv-es')).filter(
        (m) => m.sender !== 'customer' && m.text.includes('reembolso'),
      );
      expect(told.length).toBeGreaterThanOrEqual(1);
      expect(new Set(told.map((m) => m.text)).size).toBe(told.length);
      expect(
        (await store.messages.list('conv-es')).filter((m) =>
          m.text.includes('Hemos aprobado tu reembolso'),
        ),
      ).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('sends each outgoing event once although both instances run the outbox', async () => {
    const fulfillment = {
      status: 'unfulfilled',
      carrier: 'DHL',
      trackingNumber: 'TRK-2001',
      trackingUrl: null,
      shippedAt: null,
      deliveredAt: null,
      estimatedDeliveryAt: null,
    };
    const created = await post(
      a.base,
      '/api/v1/orders',
      { ...spanishOrder, id: 'MD-2001', fulfillment },
      { authorization: `Bearer ${apiKey}` },
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const track = (base: string, status: string, occurredAt: string) => {
      const body = JSON.stringify({
        tracking_number: 'TRK-2001',
        carrier: 'DHL',
        status,
        occurred_at: occurredAt,
      });
      return fetch(`${base}/api/v1/integrations/tracking/webhooks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-makerdesk-signature': makerdeskSignature(body, webhookSecret),
        },
        body,
      });
    };
    // The carrier sends the same update to both instances, then the next one to the second.
    const first = await Promise.all([
      track(a.base, 'in_transit', '2026-11-21T08:00:00Z'),
      track(b.base, 'in_transit', '2026-11-21T08:00:00Z'),
    ]);
    expect(first.map((r) => r.status)).toEqual([200, 200]);
    expect((await track(b.base, 'delivered', '2026-11-23T15:00:00Z')).status).toBe(200);
    const shipments = () => received.filter((e) => e.type === 'shipment.updated');
    await eventually(() => shipments().length >= 2, 15_000, 'both shipment events');
    // Two more polling rounds of both outboxes: nothing is sent twice.
    await new Promise((r) => setTimeout(r, 5000));
    expect(shipments()).toHaveLength(2);
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
  });
}

if (databaseUrl === undefined || postgresSkipReason !== null) {
  describe.skip(`two instances on one PostgreSQL (skipped: ${postgresSkipReason})`, () => {
    it('needs DATABASE_URL', () => undefined);
  });
} else {
  describe('two makerdesk serve instances on one PostgreSQL', () => scaleOut(databaseUrl));
}
