import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../domain/errors.js';
import { main } from '../main.js';
import { banner, resolvePort } from './serve.js';

describe('resolvePort', () => {
  it.each([
    ['4000', '5000', 4000],
    [undefined, '5000', 5000],
    [undefined, undefined, 3000],
    ['0', undefined, 0],
  ])('--port %s, PORT %s → %i', (flag, env, port) => {
    expect(resolvePort(flag, env)).toBe(port);
  });

  it.each([['abc'], ['-1'], ['70000'], ['3.5'], ['']])('refuses %j', (flag) => {
    expect(() => resolvePort(flag, undefined)).toThrow(AppError);
  });

  it('names where a bad port came from', () => {
    expect(() => resolvePort(undefined, 'eighty')).toThrow(/PORT/);
  });
});

describe('banner', () => {
  it('prints the URLs it serves', () => {
    const text = banner(null, 'http://localhost:3000').join('\n');
    for (const url of [
      'http://localhost:3000/',
      'http://localhost:3000/console',
      'http://localhost:3000/api/v1/openapi.json',
    ])
      expect(text).toContain(url);
    expect(text).not.toContain('Demo');
  });

  it('prints demo orders with e-mails and the demo rep login', () => {
    const text = banner(
      {
        seededOrders: 25,
        orders: [
          {
            orderId: '1001',
            email: 'ana@example.com',
            postcode: '94110',
            situation: 'inside the window',
          },
        ],
        logins: [{ email: 'rep@demo.test', password: 'pw-123456789', role: 'rep' }],
      },
      'http://localhost:3000',
    ).join('\n');
    expect(text).toContain('25 orders');
    expect(text).toMatch(/1001\s+ana@example\.com/);
    expect(text).toMatch(/rep\s+rep@demo\.test\s+password: pw-123456789/);
    expect(text).toContain('MAKERDESK_SMTP_URL=smtp://127.0.0.1:1025');
  });
});

describe('makerdesk serve (bad input)', () => {
  let dir: string;
  let err: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'makerdesk-serve-'));
    err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      err += String(s);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 with one line for a bad port', async () => {
    expect(await main(['serve', '--port', 'http'])).toBe(2);
    expect(err).toContain('port "http"');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming file, line and reason for a policy that does not validate', async () => {
    const file = join(dir, 'shop.yaml');
    await writeFile(file, 'changeWindowHours: lots\n');
    expect(await main(['serve', '--port', '0', '--db', 'sqlite::memory:', '--policy', file])).toBe(
      2,
    );
    expect(err).toContain(`${file}:1:`);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
