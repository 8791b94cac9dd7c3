// `makerdesk serve --workers 2` on one SQLite file: the workers share the port, the database and
// the live updates.
import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import {
  eventually,
  openEvents,
  startServe,
  type ServerProcess,
} from '../support/serve-process.js';

/** A request on a connection of its own, so the cluster hands it to the next worker in turn. */
function postFresh(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      `${base}${path}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let out = '';
        res.on('data', (c: Buffer) => (out += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: out }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

describe('makerdesk serve --workers 2 (SQLite, WAL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'md-workers-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServe(
      ['--workers', '2', '--demo', '--db', `sqlite:${join(dir, 'md.db')}`],
      { MAKERDESK_UPLOADS: join(dir, 'uploads') },
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the customer every reply on one stream, whichever worker answered the turn', async () => {
    const started = await postFresh(server.base, '/api/v1/conversations', {
      channel: 'web',
      lang: 'en',
    });
    expect(started.status).toBe(201);
    const c = JSON.parse(started.body) as { id: string; token: string };
    const stream = await openEvents(
      `${server.base}/api/v1/conversations/${c.id}/stream?token=${c.token}`,
    );
    try {
      const said = [
        'hi there',
        'is the glaze food safe?',
        'do you ship to Canada?',
        'what is your return policy?',
      ];
      for (const text of said) {
        const r = await postFresh(
          server.base,
          `/api/v1/conversations/${c.id}/messages`,
          { text },
          { authorization: `Bearer ${c.token}` },
        );
        expect(r.status, r.body).toBe(200);
      }
      const seen = (): string[] =>
        stream.events.flatMap((e) =>
          ((e as { messages?: { sender: string; text: string }[] }).messages ?? [])
            .filter((m) => m.sender === 'customer')
            .map((m) => m.text),
        );
      await eventually(
        () => said.every((t) => seen().includes(t)),
        10_000,
        'every customer message on the stream',
      );
      expect(seen()).toEqual(said);
    } finally {
      stream.close();
    }
  });

  // In this process: the count is checked before any process, database or port is touched.
  it('refuses a bad worker count before starting anything', async () => {
    const db = join(dir, 'other.db');
    const r = await runCli([
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--workers',
      '0',
      '--db',
      `sqlite:${db}`,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/workers "0" is not a number between 1 and 64/);
    expect(r.out).toBe('');
    expect(existsSync(db)).toBe(false);
  });

  it('stops every worker on SIGTERM', async () => {
    await server.stop();
    expect(server.child.exitCode).toBe(0);
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  });
});
