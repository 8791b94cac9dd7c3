import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('what a SQLite server loads at start', () => {
  it('leaves out the PostgreSQL driver and the static file server, and still answers', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../support/loaded-packages.ts')],
      { env: { ...process.env, LOG_LEVEL: 'warn' } },
    );
    const { status, packages } = JSON.parse(stdout) as { status: number; packages: string[] };
    expect(status).toBe(201);
    // Loaded on first use: pg by a postgres:// store, @fastify/static when there are web files.
    expect(packages).not.toContain('pg');
    expect(packages).not.toContain('@fastify/static');
    // The check itself sees CommonJS packages the server needs.
    expect(packages).toContain('fastify');
    expect(packages).toContain('better-sqlite3');
  }, 120_000);
});
