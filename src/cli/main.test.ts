import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { openStore } from '../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-cli-'));
const db = `sqlite:${join(dir, 'shop.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = [
  [],
  ['policy'],
  ['policy', 'check'],
  ['policy', 'simulate'],
  ['classify'],
  ['import'],
  ['insights'],
  ['user'],
  ['user', 'add'],
  ['chat'],
  ['test-conversations'],
  ['serve'],
];

describe('every command', () => {
  it.each(commands)('prints --help and exits 0: makerdesk %s', async (...cmd: string[]) => {
    const r = await runCli([...cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: ${['makerdesk', ...cmd].join(' ')} `);
    expect(r.err).toBe('');
  });

  it.each(commands)(
    'answers an unknown flag with one line and exit 2: makerdesk %s',
    async (...cmd: string[]) => {
      const r = await runCli([...cmd, '--no-such-flag']);
      expect(r.code).toBe(2);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^error: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    },
  );
});

describe('bad arguments', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['bogus'], /^error: unknown command 'bogus'/],
    ['an unknown subcommand', ['policy', 'bogus'], /^error: unknown command 'bogus'/],
    ['a missing file', ['import'], /^error: missing required argument 'file'/],
    ['a missing path', ['test-conversations'], /^error: missing required argument 'path'/],
    ['an extra argument', ['serve', 'x'], /^error: too many arguments for 'serve'/],
    [
      'an unreadable orders file',
      ['import', join(dir, 'none.json'), '--db', db],
      /^makerdesk: cannot read .*none\.json: no such file/,
    ],
    [
      'an unreadable policy file',
      ['policy', 'check', join(dir, 'none.yaml')],
      /^makerdesk: cannot read policy file .*none\.yaml: no such file/,
    ],
    [
      'an unknown request kind',
      ['policy', 'simulate', '--order', join(dir, 'none.json'), '--request', 'bogus'],
      /^makerdesk: unknown --request "bogus"/,
    ],
    [
      'a missing conversation folder',
      ['test-conversations', join(dir, 'none')],
      /^makerdesk: .*none: no such file or folder/,
    ],
    [
      'a bad date',
      ['insights', '--since', 'garbage', '--db', db],
      /^makerdesk: since: "garbage" is not a date/,
    ],
    ['a bad port', ['serve', '--port', 'abc'], /^makerdesk: port "abc" is not a number/],
    [
      'an unsupported language',
      ['chat', '--lang', 'xx'],
      /^makerdesk: --lang must be one of en, es, fr, de, it, pt/,
    ],
    [
      'an unsupported database',
      ['import', join(dir, 'none.json'), '--db', 'bogus://x'],
      /^makerdesk: /,
    ],
  ];

  it.each(cases)('%s: one line, exit 2', async (_what, args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('the database default', () => {
  it('import writes to MAKERDESK_DB when --db is not given', async () => {
    const file = join(dir, 'orders.json');
    const order = {
      id: 'env-1',
      createdAt: '2026-11-20T14:03:00Z',
      currency: 'USD',
      customer: { email: 'ana@example.com', name: 'Ana', postcode: '94110' },
      items: [{ sku: 'A', title: 'Mug', sellerId: 's', quantity: 1, unitPrice: '10.00' }],
      payment: { total: '10.00' },
    };
    writeFileSync(file, JSON.stringify([order]));
    const envDb = `sqlite:${join(dir, 'from-env.db')}`;
    vi.stubEnv('MAKERDESK_DB', envDb);
    try {
      const r = await runCli(['import', file]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe('1 imported, 0 updated, 0 rejected\n');
    } finally {
      vi.unstubAllEnvs();
    }
    const store = await openStore(envDb);
    try {
      expect((await store.orders.get('env-1'))?.id).toBe('env-1');
    } finally {
      await store.close();
    }
  });
});
