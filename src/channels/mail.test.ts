import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer, { type Transporter } from 'nodemailer';
import { startCatcher } from '../../test/support/smtp-catcher.js';
import sharp from 'sharp';
import { integrationRuntime, type TestRuntime } from '../../test/support/integration-runtime.js';
import { stripQuotedAndSignature } from './strip.js';
import { automatedReason } from './automated.js';
import { pickChoice } from './compose.js';

async function until<T>(get: () => T | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('e-mail channel over real SMTP', () => {
  let t: TestRuntime;
  let catcher: Awaited<ReturnType<typeof startCatcher>>;
  let client: Transporter;
  const shop = 'help@oak-and-ember.example';
  const repliesTo = (addr: string) =>
    catcher.mails.filter(
      (m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === addr),
    );

  beforeAll(async () => {
    catcher = await startCatcher();
    t = await integrationRuntime('sqlite', {
      MAKERDESK_SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      MAKERDESK_MAIL_FROM: `Oak & Ember <${shop}>`,
      MAKERDESK_INBOUND_SMTP_PORT: '0',
      MAKERDESK_INBOUND_SMTP_HOST: '127.0.0.1',
    });
    await t.runtime.app.ready();
    await t.runtime.integrations.start();
    client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: t.runtime.integrations.inboundPort() ?? 0,
      secure: false,
      ignoreTLS: true,
    });
    for (const [id, email, language] of [
      ['5001', 'ana.lima@example.com', 'en'],
      ['5002', 'lucia.gomez@example.es', 'es'],
    ] as const) {
      const res = await t.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: 'Bearer test-api-key' },
        payload: {
          id,
          createdAt: new Date(Date.now() - 5 * 86400_000).toISOString(),
          currency: 'EUR',
          customer: { email, name: 'Ana', postcode: '1000-001', language },
          items: [
            {
              sku: 'RING',
              title: 'Name ring',
              sellerId: 'oak',
              quantity: 1,
              unitPrice: 40,
              personalized: true,
              personalization: { engraving: 'Rui' },
            },
          ],
          stage: 'making',
          payment: { total: 40 },
        },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    client.close();
    await t.close();
    await catcher.close();
  });

  it('answers a customer from the order e-mail in the thread, text + HTML, marked as an automatic reply', async () => {
    const info = await client.sendMail({
      from: 'Ana Lima <ana.lima@example.com>',
      to: shop,
      subject: 'My ring',
      text: 'Hello, where is my order 5001? Has it shipped yet?\n\n-- \nAna Lima\nLisbon',
    });
    const reply = await until(() => repliesTo('ana.lima@example.com')[0]);
    expect(reply.inReplyTo).toBe(info.messageId);
    expect(reply.subject).toBe('Re: My ring');
    expect(reply.text?.length).toBeGreaterThan(10);
    expect(reply.html).toContain('<p>');
    expect(reply.headers.get('auto-submitted')).toBe('auto-replied');
    const conversations = await t.runtime.store.conversations.list();
    const conv = conversations.find((c) => c.channel === 'email' && c.orderId === '5001');
    expect(conv).toBeDefined();
    const messages = await t.runtime.store.messages.list(conv?.id ?? '');
    const fromCustomer = messages.filter((m) => m.sender === 'customer').map((m) => m.text);
    expect(fromCustomer).toEqual(['Hello, where is my order 5001? Has it shipped yet?']);

    // The customer answers in the thread, quoting everything: same conversation, quote cut off.
    const quoted = `Thanks! And can I still change the engraving?\n\nOn Mon, 7 Dec 2026 at 10:00, Oak & Ember <${shop}> wrote:\n> ${reply.text?.split('\n')[0] ?? ''}\n> more`;
    await client.sendMail({
      from: 'ana.lima@example.com',
      to: shop,
      subject: 'Re: My ring',
      text: quoted,
      inReplyTo: reply.messageId ?? '',
      references: [info.messageId, reply.messageId ?? ''],
    });
    const second = await until(() => repliesTo('ana.lima@example.com')[1]);
    expect(second.references).toContain(info.messageId);
    const after = (await t.runtime.store.messages.list(conv?.id ?? ''))
      .filter((m) => m.sender === 'customer')
      .map((m) => m.text);
    expect(after).toEqual([
      'Hello, where is my order 5001? Has it shipped yet?',
      'Thanks! And can I still change the engraving?',
    ]);
    const emailConversations = (await t.runtime.store.conversations.list()).filter(
      (c) => c.channel === 'email' && c.orderId === '5001',
    );
    expect(emailConversations).toHaveLength(1);
  });

  it('keeps the customer’s language', async () => {
    await client.sendMail({
      from: 'lucia.gomez@example.es',
      to: shop,
      subject: 'Mi pedido',
      text: 'Hola, ¿dónde está mi pedido 5002? ¿Ya lo habéis enviado?',
    });
    const reply = await until(() => repliesTo('lucia.gomez@example.es')[0]);
    const conv = (await t.runtime.store.conversations.list()).find((c) => c.orderId === '5002');
    expect(conv?.lang).toBe('es');
    expect(reply.text).toMatch(/pedido/i);
  });

  it('does not prove identity from an address that is not the order’s', async () => {
    await client.sendMail({
      from: 'someone.else@example.org',
      to: shop,
      subject: 'Order',
      text: 'Where is order 5001?',
    });
    await until(() => repliesTo('someone.else@example.org')[0]);
    const conv = (await t.runtime.store.conversations.list()).filter(
      (c) => c.channel === 'email' && c.orderId === null,
    );
    expect(conv.length).toBeGreaterThan(0);
  });

  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, 'ooo1@example.com'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'news@example.com'],
    ['X-Autoreply', { 'X-Autoreply': 'yes' }, 'ooo2@example.com'],
  ])('never answers mail with %s', async (_what, headers, from) => {
    const outcome = await t.runtime.integrations.receiveMail(
      await rawMail({ from, headers, text: 'I am out of the office until Monday.' }),
    );
    expect(outcome).toMatchObject({ result: 'ignored' });
    expect(repliesTo(from)).toHaveLength(0);
  });

  it('never answers a bounce from MAILER-DAEMON', async () => {
    const outcome = await t.runtime.integrations.receiveMail(
      await rawMail({ from: 'MAILER-DAEMON@mx.example.net', text: 'Delivery failed' }),
    );
    expect(outcome).toMatchObject({
      result: 'ignored',
      reason: expect.stringContaining('mailer-daemon') as unknown,
    });
  });

  it('stops a mail loop: an auto-responder without the headers gets at most 10 replies an hour', async () => {
    for (let i = 0; i < 14; i++)
      await t.runtime.integrations.receiveMail(
        await rawMail({
          from: 'robot@loop.example',
          text: `Thank you for your message ${i}. We will get back to you.`,
        }),
      );
    const queued = await t.runtime.store.integrations.outbox.list({ kind: 'mail' });
    const toRobot = queued.filter((q) =>
      JSON.stringify(q.payload['to']).includes('robot@loop.example'),
    );
    expect(toRobot).toHaveLength(10);
  });

  it('reads an e-mail with no text part (HTML only) and one with no body at all', async () => {
    await client.sendMail({
      from: 'html.only@example.com',
      to: shop,
      subject: 'Question',
      html: '<p>Do you ship to <b>Canada</b>?</p>',
    });
    await until(() => repliesTo('html.only@example.com')[0]);
    const conv = (await t.runtime.store.conversations.list()).find(
      (c) => c.channel === 'email' && c.updatedAt && c.orderId === null,
    );
    expect(conv).toBeDefined();
    const empty = await t.runtime.integrations.receiveMail(
      await rawMail({ from: 'empty@example.com', text: '' }),
    );
    expect(empty.result).toBe('answered');
  });

  it('keeps a photo as evidence and says so plainly when an attachment is 25 MB', async () => {
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#a33' },
    })
      .jpeg()
      .toBuffer();
    await client.sendMail({
      from: 'ana.lima@example.com',
      to: shop,
      subject: 'Broken',
      text: 'My ring from order 5001 arrived broken, photo attached.',
      attachments: [{ filename: 'ring.jpg', content: photo }],
    });
    await until(() => repliesTo('ana.lima@example.com')[2]);
    const withPhoto = (await t.runtime.store.conversations.list()).filter(
      (c) => c.channel === 'email',
    );
    let found = 0;
    for (const c of withPhoto)
      found += (await t.runtime.store.attachments.listForConversation(c.id)).length;
    expect(found).toBe(1);

    const big = Buffer.alloc(25 * 1024 * 1024, 7);
    await client.sendMail({
      from: 'big.file@example.com',
      to: shop,
      subject: 'Video',
      text: 'Here is a video of the problem.',
      attachments: [{ filename: 'clip.mov', content: big }],
    });
    const reply = await until(() => repliesTo('big.file@example.com')[0], 30_000);
    expect(reply.text).toContain('too big');
  }, 60_000);

  it('breaks a loop between two auto-responders: an out-of-office answering our reply gets nothing back', async () => {
    // Robot one writes without any header; robot two is an out-of-office that answers our reply.
    const first = await t.runtime.integrations.receiveMail(
      await rawMail({
        from: 'orders@robot-one.example',
        text: 'Your message has been received. Ticket #5521.',
      }),
    );
    expect(first.result).toBe('answered');
    const ooo = await t.runtime.integrations.receiveMail(
      await rawMail({
        from: 'orders@robot-one.example',
        text: 'I am out of the office until Monday.',
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
      }),
    );
    expect(ooo).toMatchObject({
      result: 'ignored',
      reason: expect.stringContaining('automated') as unknown,
    });
    const queued = await t.runtime.store.integrations.outbox.list({ kind: 'mail' });
    expect(
      queued.filter((q) => JSON.stringify(q.payload['to']).includes('robot-one.example')),
    ).toHaveLength(1);
  });

  it('a redelivered message (same Message-ID) is not answered twice', async () => {
    const raw = await rawMail({
      from: 'twice@example.com',
      text: 'Do you make custom rings?',
      messageId: '<same-1@example.com>',
    });
    expect((await t.runtime.integrations.receiveMail(raw)).result).toBe('answered');
    expect(await t.runtime.integrations.receiveMail(raw)).toMatchObject({ result: 'ignored' });
  });
});

async function rawMail(o: {
  from: string;
  text: string;
  headers?: Record<string, string>;
  messageId?: string;
}): Promise<Buffer> {
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await t.sendMail({
    from: o.from,
    to: 'help@oak-and-ember.example',
    subject: 'Hi',
    text: o.text,
    headers: o.headers ?? {},
    ...(o.messageId ? { messageId: o.messageId } : {}),
  });
  return info.message as Buffer;
}

describe('reading a message', () => {
  it.each([
    [
      'Can I change the name?\n\nOn Tue, Dec 1, 2026 at 9:12 AM Oak <help@x.example> wrote:\n> Your order shipped',
      'Can I change the name?',
    ],
    [
      '¿Puedo cambiar el nombre?\n\nEl mar, 1 dic 2026 a las 9:12, Oak <help@x.example> escribió:\n> Hola',
      '¿Puedo cambiar el nombre?',
    ],
    [
      'Merci !\n\nLe mar. 1 déc. 2026 à 09:12, Oak <help@x.example> a écrit :\n> Bonjour',
      'Merci !',
    ],
    ['Danke\n\nAm 01.12.2026 um 09:12 schrieb Oak <help@x.example>:\n> Hallo', 'Danke'],
    ['Where is it?\n\n-----Original Message-----\nFrom: Oak\nSent: Monday', 'Where is it?'],
    [
      'Where is it?\n\nFrom: Oak <help@x.example>\nSent: Monday, 1 December\nTo: me',
      'Where is it?',
    ],
    ['Where is it?\n--\nAna\n+351 900', 'Where is it?'],
    ['Where is it?\n\nSent from my iPhone', 'Where is it?'],
    ['> old line\nMy answer is yes\n> old again', 'My answer is yes'],
    ['From: Lisbon, I want to ask about shipping', 'From: Lisbon, I want to ask about shipping'],
  ])('strips quotes and signatures: %#', (input, expected) => {
    expect(stripQuotedAndSignature(input)).toBe(expected);
  });

  it('recognises machine mail', () => {
    const h = (pairs: [string, string][]) =>
      pairs.map(([k, v]) => ({ key: k.toLowerCase(), line: `${k}: ${v}` }));
    expect(automatedReason(h([['Auto-Submitted', 'no']]), 'a@b.c')).toBeNull();
    expect(automatedReason(h([['Precedence', 'junk']]), 'a@b.c')).toMatch(/junk/);
    expect(automatedReason(h([['Precedence', 'list']]), 'a@b.c')).toMatch(/list/);
    expect(automatedReason(h([['Return-Path', '<>']]), 'a@b.c')).toMatch(/bounce/);
    expect(
      automatedReason(
        h([['Content-Type', 'multipart/report; report-type=delivery-status']]),
        'a@b.c',
      ),
    ).toMatch(/report/);
    expect(automatedReason([], 'postmaster@b.c')).toMatch(/postmaster/);
    expect(automatedReason([], 'ana@b.c')).toBeNull();
  });

  it('reads a numbered answer as a quick reply', () => {
    const choices = [
      { id: 'yes', label: 'Yes, change it' },
      { id: 'no', label: 'No, keep it' },
    ];
    expect(pickChoice('2', choices)).toBe('no');
    expect(pickChoice(' 1. ', choices)).toBe('yes');
    expect(pickChoice('no, keep it', choices)).toBe('no');
    expect(pickChoice('3', choices)).toBeNull();
    expect(pickChoice('I have 2 questions', choices)).toBeNull();
  });
});
