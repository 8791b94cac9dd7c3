import { setTimeout as sleep } from 'node:timers/promises';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * How long a statement (`busy_timeout`) or a transaction waits for SQLite's write lock while
 * another connection holds it, before failing with SQLITE_BUSY ("database is locked").
 */
export const sqliteLockWaitMs = 5000;

type Connection = { prepare(sql: string): BetterSqlite3.Statement };

function isBusy(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    'code' in e &&
    typeof e.code === 'string' &&
    e.code.startsWith('SQLITE_BUSY')
  );
}

/**
 * Pause before the next try for the write lock: 1, 2, 4, 8 ms, then 10 ms, each ±50 % so that
 * processes waiting for the same lock do not try again in step.
 */
export function lockBackoffMs(attempt: number): number {
  return Math.min(2 ** attempt, 10) * (0.5 + Math.random());
}

/**
 * `BEGIN IMMEDIATE` without SQLite's busy handler: with `busy_timeout` set, SQLite sleeps
 * *inside* the synchronous call until the lock comes free, and the whole event loop (every
 * other request of the process) sleeps with it. Here the try fails at once instead: null when
 * the transaction is open, SQLite's SQLITE_BUSY error when another connection holds the write
 * lock (the caller waits asynchronously and tries again). Other errors are thrown.
 */
export function tryBeginImmediate(connection: Connection, waitMs: number): Error | null {
  connection.prepare('pragma busy_timeout = 0').run();
  try {
    connection.prepare('begin immediate').run();
    return null;
  } catch (e: unknown) {
    if (isBusy(e) && e instanceof Error) return e;
    throw e;
  } finally {
    // Statements outside transactions keep waiting for the lock as before.
    connection.prepare(`pragma busy_timeout = ${waitMs}`).run();
  }
}

/**
 * Runs `attempt` until it gets SQLite's write lock — `attempt` returns `{ value }` once it has
 * run, or `{ busy }` (the error of its try) when another connection held the lock — pausing
 * asynchronously between tries (see `lockBackoffMs`), for `waitMs` in all. After that it
 * throws the last try's error: SQLITE_BUSY, "database is locked", as a statement that waited
 * `busy_timeout` would.
 */
export async function withWriteLock<T>(
  attempt: () => Promise<{ value: T } | { busy: Error }>,
  waitMs: number,
): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let n = 0; ; n++) {
    const done = await attempt();
    if ('value' in done) return done.value;
    const left = deadline - performance.now();
    if (left <= 0) throw done.busy;
    await sleep(Math.min(left, lockBackoffMs(n)));
  }
}

/**
 * Runs the functions given to it one at a time, in the order they came: the transactions of
 * one process queue here rather than each trying for the write lock the others wait for.
 */
export function oneAtATime(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
