import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuth } from '../../auth/auth.js';
import { openStore } from '../../store/index.js';
import { runCli } from '../../../test/support/cli.js';

const run = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', cli, ...args], {
    input,
    encoding: 'utf8',
    timeout: 110_000,
  });

// The CLI entry point, from source: what bin/makerdesk.js does with the built files.
const cli =
  "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1));";

// The CLI from source in a child process (tsx) once, for the real stdin pipe and exit code; the
// other cases run the same command in process (a child costs seconds on a busy machine).
const runInProcess = async (args: string[], input: string) => {
  const r = await runCli(args, input);
  return { status: r.code, stdout: r.out, stderr: r.err };
};

describe('makerdesk user add', { timeout: 180_000 }, () => {
  const db = `sqlite:${join(mkdtempSync(join(tmpdir(), 'md-user-')), 'users.db')}`;

  it('adds an account with the password from stdin, which can then sign in', async () => {
    const r = run(
      ['user', 'add', '--email', 'Ana@Shop.Example', '--role', 'approver', '--db', db],
      'a-long-password\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('added approver ana@shop.example\n');
    expect(r.status).toBe(0);
    const store = await openStore(db);
    try {
      const auth = createAuth({ store, clock: () => new Date(), newId: () => 'x' });
      expect((await auth.login('ana@shop.example', 'a-long-password')).ok).toBe(true);
      expect((await store.users.byEmail('ana@shop.example'))?.passwordHash).toMatch(/^scrypt\$/);
    } finally {
      await store.close();
    }
  });

  it('refuses a duplicate, a bad role, a short password and no password with one line each', async () => {
    const dup = await runInProcess(
      ['user', 'add', '--email', 'ana@shop.example', '--role', 'rep', '--db', db],
      'another-long-one\n',
    );
    expect(dup.status).toBe(2);
    expect(dup.stderr).toContain('already exists');
    const bad = await runInProcess(
      ['user', 'add', '--email', 'bo@shop.example', '--role', 'boss', '--db', db],
      'short\n',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/role: .*\n.*password: must be at least 10 characters/);
    const none = await runInProcess(
      ['user', 'add', '--email', 'bo@shop.example', '--role', 'rep', '--db', db],
      '',
    );
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('makerdesk: no password given on stdin\n');
  });

  it('adds a maker for one seller, and refuses a maker without a seller', async () => {
    const r = await runInProcess(
      [
        'user',
        'add',
        '--email',
        'rosa@clay.example',
        '--role',
        'maker',
        '--seller',
        'claywork',
        '--db',
        db,
      ],
      'rosa-long-password\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('added maker rosa@clay.example for seller claywork\n');
    const store = await openStore(db);
    try {
      expect(await store.users.byEmail('rosa@clay.example')).toMatchObject({
        role: 'maker',
        sellerId: 'claywork',
      });
    } finally {
      await store.close();
    }
    const noSeller = await runInProcess(
      ['user', 'add', '--email', 'sam@clay.example', '--role', 'maker', '--db', db],
      'sam-long-password\n',
    );
    expect(noSeller.status).toBe(2);
    expect(noSeller.stderr).toContain(
      'sellerId: a maker account needs the seller it works for (--seller)',
    );
  });
});
