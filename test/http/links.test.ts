import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linkTokenOf,
  resolveLinkKey,
  signOrderLink,
  verifyOrderLink,
} from '../../src/auth/links.js';
import { runChat } from '../../src/cli/chat-loop.js';
import { createLocalRuntime } from '../../src/engine/runtime.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';

const now = new Date('2026-12-01T12:00:00Z');
const key = 'a-link-key-that-is-long-enough-0123456789';

describe('signed order links', () => {
  it('verifies its own links and refuses forged, altered, expired and malformed ones', () => {
    const token = signOrderLink(key, '1042', new Date(now.getTime() + 60_000));
    expect(verifyOrderLink(key, token, now)).toEqual({
      ok: true,
      orderId: '1042',
      expiresAt: '2026-12-01T12:01:00.000Z',
    });
    expect(verifyOrderLink(`${key}x`, token, now)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
    const [v, id, exp, sig] = token.split('.');
    expect(
      verifyOrderLink(key, [v, Buffer.from('1043').toString('base64url'), exp, sig].join('.'), now),
    ).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(
      verifyOrderLink(key, [v, id, String(Number(exp) + 86_400), sig].join('.'), now),
    ).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(verifyOrderLink(key, token, new Date(now.getTime() + 60_000))).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    for (const bad of [
      '',
      'v1',
      'v2.a.1.b',
      'v1.a.b.c',
      `v1.${id}.${exp}.${sig}.x`,
      'v1.a.1.!!',
      'x'.repeat(600),
    ]) {
      expect(verifyOrderLink(key, bad, now).ok, bad.slice(0, 20)).toBe(false);
    }
  });

  it('takes the token from a whole URL', () => {
    expect(linkTokenOf('https://shop.example/thanks?x=1&mdlink=v1.abc.1.def')).toBe('v1.abc.1.def');
    expect(linkTokenOf('  v1.abc.1.def ')).toBe('v1.abc.1.def');
    expect(linkTokenOf('https://shop.example/')).toBe('');
  });

  it('keeps one key per database unless MAKERDESK_LINK_SECRET is set, which must be long', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      const first = await resolveLinkKey(store, {});
      expect(first.length).toBeGreaterThanOrEqual(43);
      expect(await resolveLinkKey(store, {})).toBe(first);
      expect(await resolveLinkKey(store, { MAKERDESK_LINK_SECRET: key })).toBe(key);
      await expect(resolveLinkKey(store, { MAKERDESK_LINK_SECRET: 'short' })).rejects.toMatchObject(
        { code: 'bad_request' },
      );
    } finally {
      await store.close();
    }
  });
});

describe('makerdesk link and makerdesk chat --link', () => {
  const db = `sqlite:${join(mkdtempSync(join(tmpdir(), 'md-link-')), 'shop.db')}`;
  beforeAll(async () => {
    const rt = await createLocalRuntime({ dbUrl: db });
    await rt.close();
  });
  afterAll(() => undefined);

  async function chat(args: { link?: string; order?: string }, lines: string[]): Promise<string> {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    await runChat({ ...args, db, lang: 'en' }, Readable.from(lines.map((l) => `${l}\n`)), out, {});
    return text;
  }

  it('prints a link for an order; chat --link starts with that order proven', async () => {
    const made = await runCli([
      'link',
      '--order',
      '1010',
      '--db',
      db,
      '--url',
      'https://shop.example/help',
      '--json',
    ]);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const { url, orderId } = JSON.parse(made.out) as { url: string; orderId: string };
    expect(orderId).toBe('1010');
    expect(url).toMatch(/^https:\/\/shop\.example\/help\?mdlink=v1\./);
    const text = await chat({ link: url }, ['where is my order?']);
    expect(text).toContain('identity.verified');
    expect(text).toMatch(/1010/);
  });

  it('refuses an unknown order, bad --days and a tampered link with one line each', async () => {
    const none = await runCli(['link', '--order', '999999', '--db', db]);
    expect([none.code, none.err]).toEqual([2, 'makerdesk: no order 999999 in this database\n']);
    const days = await runCli(['link', '--order', '1010', '--db', db, '--days', '0']);
    expect(days.code).toBe(2);
    expect(days.err).toContain('--days');
    const made = await runCli(['link', '--order', '1010', '--db', db]);
    // The last character of the signature carries two unused bits: a different spelling of the same bytes is refused too.
    const lastChar = made.out.trim().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const middle = made.out
      .trim()
      .replace(/(.)(.{10})$/, (_m, c: string, rest: string) => `${c === 'x' ? 'y' : 'x'}${rest}`);
    for (const tampered of [lastChar, middle])
      await expect(chat({ link: tampered }, [])).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('POST /api/v1/conversations with a link', () => {
  it('starts with the order proven; refuses forged or expired links with 400 and CORS headers', async () => {
    const { buildApp } = await import('../../src/http/index.js');
    const { createActions } = await import('../../src/actions/index.js');
    const rt = await createLocalRuntime({});
    const app = await buildApp({
      store: rt.store,
      assistant: rt.assistant,
      actions: createActions({
        store: rt.store,
        clock: () => new Date(),
        newId: () => crypto.randomUUID(),
      }),
      apiKey: null,
      uploadsDir: tmpdir(),
      clock: () => new Date(),
      logger: false,
      linkSecret: key,
    });
    try {
      const good = signOrderLink(key, '1010', new Date(Date.now() + 3600_000));
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        payload: { channel: 'web', link: `https://shop.example/?mdlink=${good}` },
      });
      expect(r.statusCode).toBe(201);
      const body = r.json<{
        id: string;
        token: string;
        events: { type: string; orderId?: string }[];
      }>();
      expect(body.events).toContainEqual(
        expect.objectContaining({ type: 'identity.verified', orderId: '1010' }),
      );
      const status = await app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${body.id}/messages`,
        headers: { authorization: `Bearer ${body.token}` },
        payload: { text: 'where is my order?' },
      });
      expect(status.json<{ events: { type: string }[] }>().events.map((e) => e.type)).not.toContain(
        'identity.failed',
      );
      const forged = signOrderLink(`${key}-other`, '1010', new Date(Date.now() + 3600_000));
      const expired = signOrderLink(key, '1010', new Date(Date.now() - 1000));
      for (const link of [forged, expired, good.slice(0, -3)]) {
        const bad = await app.inject({
          method: 'POST',
          url: '/api/v1/conversations',
          payload: { channel: 'web', link },
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.headers['access-control-allow-origin']).toBe('*');
      }
    } finally {
      await app.close();
      await rt.close();
    }
  });
});
