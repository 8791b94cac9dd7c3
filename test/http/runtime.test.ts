import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { AppError } from '../../src/domain/errors.js';
import { multipartBody } from '../support/multipart.js';

/* The HTTP API over the real engine, NLU, policy, actions and SQLite store, seeded with the demo shop. */

const apiKey = 'integration-key-0123456789';
let dir: string;
let runtime: Runtime;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'makerdesk-runtime-'));
  runtime = await createRuntime({
    dbUrl: `sqlite:${join(dir, 'shop.db')}`,
    demo: true,
    uploadsDir: join(dir, 'uploads'),
    apiKey,
    logger: false,
    webDir: null,
  });
});
afterAll(async () => {
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
});

type Turn = {
  replies: { text: string; quickReplies: { id: string; label: string }[] }[];
  state: { intent: string | null; status: string };
  events: { type: string; rule?: string; reason?: string; amount?: string }[];
};

async function start(): Promise<{
  id: string;
  token: string;
  send: (body: object) => Promise<{ status: number; body: Turn }>;
}> {
  const r = await runtime.app.inject({
    method: 'POST',
    url: '/api/v1/conversations',
    payload: { channel: 'web' },
  });
  expect(r.statusCode).toBe(201);
  const { id, token } = r.json<{ id: string; token: string }>();
  const send = async (body: object) => {
    const res = await runtime.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${id}/messages`,
      payload: body,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.statusCode, body: res.json<Turn>() };
  };
  return { id, token, send };
}
const text = (t: Turn) => t.replies.map((r) => r.text).join('\n');
const quick = (t: Turn) => t.replies.flatMap((r) => r.quickReplies);

describe('the demo shop', () => {
  it('is seeded once with at least 20 orders, and not again on restart', async () => {
    expect(runtime.demo?.seededOrders).toBeGreaterThanOrEqual(20);
    expect(await runtime.store.orders.count()).toBe(runtime.demo?.seededOrders);
    const again = await createRuntime({
      dbUrl: `sqlite:${join(dir, 'shop.db')}`,
      demo: true,
      uploadsDir: join(dir, 'uploads'),
      apiKey,
      logger: false,
      webDir: null,
    });
    expect(again.demo?.seededOrders).toBe(0);
    expect(again.demo?.orders.length).toBeGreaterThan(2);
    await again.close();
  });

  it('serves the rep console and has a demo rep who can sign in', async () => {
    const rep = runtime.demo?.logins.find((l) => l.role === 'rep');
    expect(rep).toBeDefined();
    const page = await runtime.app.inject('/console');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const login = await runtime.app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: rep?.email, password: rep?.password },
    });
    expect(login.statusCode).toBe(200);
  });

  it('answers a status question with a window of business days', async () => {
    const c = await start();
    const r = await c.send({ text: 'Where is my order 1007? My email is gus@example.com' });
    expect(r.status).toBe(200);
    expect(text(r.body)).toContain('**#1007**');
    expect(text(r.body)).toMatch(/between \*\*[^*]+\*\* and \*\*[^*]+\*\*/);
    expect(r.body.events.map((e) => e.type)).toContain('identity.verified');
    expect(r.body.state.intent).toBe('order_status');
    const t = await runtime.app.inject({
      url: `/api/v1/conversations/${c.id}`,
      headers: { authorization: `Bearer ${c.token}` },
    });
    const transcript = t.json<{ messages: { sender: string; text: string }[] }>();
    expect(transcript.messages.map((m) => m.sender)).toEqual([
      'assistant',
      'customer',
      'assistant',
    ]);
    expect(JSON.stringify(transcript)).not.toContain('"meta"');
  });

  it('takes only offered quick replies from the real assistant', async () => {
    const c = await start();
    expect((await c.send({ choice: 'refund_everything' })).status).toBe(400);
    const greeting = await runtime.app.inject({
      url: `/api/v1/conversations/${c.id}`,
      headers: { authorization: `Bearer ${c.token}` },
    });
    const offered =
      greeting.json<{ messages: { quickReplies?: { id: string }[] }[] }>().messages[0]
        ?.quickReplies ?? [];
    expect(offered.length).toBeGreaterThan(0);
    const r = await c.send({ choice: offered[0]?.id ?? '' });
    expect(r.status).toBe(200);
    expect(text(r.body).length).toBeGreaterThan(10);
  });

  it('takes a damage photo and reports evidence.received, then a refund with rule and amount', async () => {
    const c = await start();
    let r = await c.send({
      text: 'My mug from order 1016 arrived cracked. Email priya@example.com',
    });
    const mug = quick(r.body).find((q) => /mug/i.test(q.label));
    if (mug) r = await c.send({ choice: mug.id });
    expect(text(r.body)).toMatch(/photo/i);
    expect(r.body.events.map((e) => e.type)).toContain('evidence.requested');
    const img = await sharp({
      create: { width: 500, height: 400, channels: 3, background: '#ccbbaa' },
    })
      .jpeg()
      .toBuffer();
    const { payload, headers } = multipartBody([
      { name: 'file', filename: 'mug.jpg', type: 'image/jpeg', data: img },
    ]);
    const up = await runtime.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      payload,
      headers: { ...headers, authorization: `Bearer ${c.token}` },
    });
    expect(up.statusCode).toBe(201);
    const uploaded = up.json<Turn & { attachments: { id: string }[] }>();
    expect(uploaded.events.map((e) => e.type)).toContain('evidence.received');
    expect(await readdir(join(dir, 'uploads', c.id))).toHaveLength(1);
    // The transcript shows the photo in the customer's message, and only this token opens it.
    const t = await runtime.app.inject({
      url: `/api/v1/conversations/${c.id}`,
      headers: { authorization: `Bearer ${c.token}` },
    });
    const photoMessage = t
      .json<{ messages: { sender: string; attachmentIds?: string[] }[] }>()
      .messages.find((m) => m.attachmentIds?.length);
    expect(photoMessage?.sender).toBe('customer');
    expect(photoMessage?.attachmentIds).toEqual([uploaded.attachments[0]?.id]);
    const photo = await runtime.app.inject({
      url: `/api/v1/conversations/${c.id}/attachments/${uploaded.attachments[0]?.id ?? ''}?token=${encodeURIComponent(c.token)}`,
    });
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const refund = quick(uploaded).find((q) => /refund/i.test(q.label));
    expect(refund).toBeDefined();
    const done = await c.send({ choice: refund?.id ?? '' });
    const issued = done.body.events.find((e) => e.type === 'refund.issued');
    expect(issued).toMatchObject({ amount: '34.00' });
    expect(issued?.rule).toBeTruthy();
    expect(issued?.reason).toBeTruthy();
  });
});

describe('orders API feeding the assistant', () => {
  const auth = { authorization: `Bearer ${apiKey}` };
  it('imports an order, then a shipment event, and the assistant tells the customer', async () => {
    const order = {
      id: '7701',
      createdAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      currency: 'USD',
      customer: { email: 'kim@example.com', postcode: '10001' },
      items: [
        {
          sku: 'CLAY-MUG-SPECKLE',
          title: 'Speckled stoneware mug',
          sellerId: 'claywork',
          productType: 'mug',
          quantity: 1,
          unitPrice: 34,
        },
      ],
      stage: 'making',
      payment: { total: 34 },
    };
    const created = await runtime.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      payload: order,
      headers: auth,
    });
    expect(created.statusCode).toBe(201);
    const shipped = await runtime.app.inject({
      method: 'POST',
      url: '/api/v1/orders/7701/events',
      payload: {
        type: 'shipped',
        carrier: 'USPS',
        trackingNumber: '9400111899220000007777',
        trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899220000007777',
      },
      headers: auth,
    });
    expect(shipped.statusCode).toBe(200);
    const c = await start();
    const r = await c.send({ text: 'Where is my order 7701? kim@example.com' });
    expect(text(r.body)).toMatch(/USPS/);
    expect(text(r.body)).toContain('9400111899220000007777');
  });

  it('refuses a stage change after shipping with 409, and unknown orders with 404', async () => {
    const late = await runtime.app.inject({
      method: 'POST',
      url: '/api/v1/orders/1010/events',
      payload: { type: 'stage_changed', stage: 'making' },
      headers: auth,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('conflict');
    const none = await runtime.app.inject({
      method: 'POST',
      url: '/api/v1/orders/NOPE/events',
      payload: { type: 'delivered' },
      headers: auth,
    });
    expect(none.statusCode).toBe(404);
  });
});

describe('policy files at start', () => {
  it('stops with the file, line and reason when the policy does not validate', async () => {
    const file = join(dir, 'bad-policy.yaml');
    await writeFile(file, 'shop:\n  name: Test\n  timeZone: Mars/Olympus\nchangeWindowHours: -3\n');
    const err = await createRuntime({
      dbUrl: 'sqlite::memory:',
      demo: false,
      policyFile: file,
      uploadsDir: join(dir, 'u2'),
      apiKey: null,
      logger: false,
      webDir: null,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const message = (err as AppError).message;
    expect(message).toContain(file);
    expect(message).toMatch(/:3:\d+/);
    expect(message).toMatch(/:4:\d+/);
  });

  it('stops with a clear reason when the policy file is missing', async () => {
    const err = await createRuntime({
      dbUrl: 'sqlite::memory:',
      demo: false,
      policyFile: join(dir, 'nope.yaml'),
      uploadsDir: join(dir, 'u3'),
      apiKey: null,
      logger: false,
      webDir: null,
    }).catch((e: unknown) => e);
    expect((err as AppError).message).toMatch(/nope\.yaml.*no such file/);
  });
});

describe('quick replies over HTTP', () => {
  it('answers a button from an older question by asking the current question again, and never acts on it', async () => {
    const chat = await start();
    const offer = await chat.send({ text: 'cancel order 1004 dev@example.com' });
    expect(offer.status).toBe(200);
    const cancel = quick(offer.body).find((q) => /cancel/i.test(q.label));
    expect(cancel).toBeDefined();
    await chat.send({ text: 'actually, when will it ship?' });
    await chat.send({ text: 'and do you ship to Canada?' });
    const stale = await chat.send({ choice: cancel!.id });
    expect(stale.status).toBe(200);
    expect(text(stale.body)).toMatch(/earlier question/);
    expect(stale.body.events.map((e) => e.type)).not.toContain('order.cancelled');
    // A made-up id is still refused as bad input.
    const madeUp = await chat.send({ choice: 'not-a-choice' });
    expect(madeUp.status).toBe(400);
  });

  it('answers a second press of the button just answered with 409', async () => {
    const chat = await start();
    const offer = await chat.send({ text: 'cancel order 1004 dev@example.com' });
    const keep = quick(offer.body).find((q) => /keep/i.test(q.label)) ?? quick(offer.body)[1];
    expect(keep).toBeDefined();
    expect((await chat.send({ choice: keep!.id })).status).toBe(200);
    expect((await chat.send({ choice: keep!.id })).status).toBe(409);
  });
});
