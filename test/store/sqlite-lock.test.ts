import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../../src/store/index.js';
import { anOrder } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

let files = 0;
/** A store on a fresh file with one order, and a second, plain connection on the same file. */
async function twoConnections(
  lockWaitMs?: number,
): Promise<{ store: OpenedStore; other: BetterSqlite3.Database }> {
  const file = join(dir, `shop-${++files}.db`);
  const store = await openStore(`sqlite:${file}`, {
    ...(lockWaitMs !== undefined && { sqliteLockWaitMs: lockWaitMs }),
  });
  opened.push(store);
  await store.orders.upsert(
    anOrder({ id: 'o1', payment: { totalMinor: 10_000, refundedMinor: 0 } }),
  );
  const other = new BetterSqlite3(file);
  opened.push(other);
  return { store, other };
}

/** Takes the write lock on `other` and gives it back after `ms` (from a timer of this process). */
function holdWriteLock(other: BetterSqlite3.Database, ms: number): Promise<number> {
  other.exec('begin immediate');
  return new Promise((resolve) =>
    setTimeout(() => {
      other.exec('commit');
      resolve(performance.now());
    }, ms),
  );
}

/** The largest gap between the ticks of a 5 ms interval, until `stop()`. */
function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let largest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    largest = Math.max(largest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(largest, performance.now() - last);
    },
  };
}

const refund = (store: OpenedStore, minor: number) =>
  store.transaction(async (tx) => {
    const o = await tx.orders.getForUpdate('o1');
    if (!o) throw new Error('missing order');
    await tx.orders.upsert({
      ...o,
      payment: { ...o.payment, refundedMinor: o.payment.refundedMinor + minor },
    });
    return performance.now();
  });

describe('a SQLite transaction waiting for the write lock of another connection', () => {
  it('keeps the event loop running, then commits once the lock is free', async () => {
    const { store, other } = await twoConnections();
    const released = holdWriteLock(other, 200);
    const loop = watchEventLoop();
    // SQLite's busy handler would sleep in this call, so the timer above could never release.
    const committed = await refund(store, 7);
    const gap = loop.stop();
    expect(committed).toBeGreaterThanOrEqual(await released);
    expect(gap).toBeLessThan(150);
    expect((await store.orders.get('o1'))?.payment.refundedMinor).toBe(7);
  });

  it("lets the process's other queries run meanwhile", async () => {
    const { store, other } = await twoConnections();
    const released = holdWriteLock(other, 200);
    const pending = refund(store, 1);
    const read = await store.orders.get('o1');
    const readAt = performance.now();
    expect(read?.payment.refundedMinor).toBe(0);
    expect(readAt).toBeLessThan(await released);
    await pending;
  });

  it("takes this process's transactions in the order they came", async () => {
    const { store, other } = await twoConnections();
    const released = holdWriteLock(other, 100);
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.orders.getForUpdate('o1');
          order.push(i);
        }),
      ),
    );
    await released;
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives up after the wait with the error SQLite gives: SQLITE_BUSY, "database is locked"', async () => {
    const { store, other } = await twoConnections(300);
    const released = holdWriteLock(other, 1_000);
    const started = performance.now();
    const loop = watchEventLoop();
    const error: unknown = await refund(store, 5).catch((e: unknown) => e);
    const gap = loop.stop();
    expect(performance.now() - started).toBeGreaterThanOrEqual(299);
    expect(error).toBeInstanceOf(BetterSqlite3.SqliteError);
    expect(error).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' });
    expect(gap).toBeLessThan(150);
    await released;
    // Nothing was written, and the next transaction goes through.
    expect((await store.orders.get('o1'))?.payment.refundedMinor).toBe(0);
    await refund(store, 5);
    expect((await store.orders.get('o1'))?.payment.refundedMinor).toBe(5);
  });

  it('waits 5 s by default, as busy_timeout did', async () => {
    const { store, other } = await twoConnections();
    const released = holdWriteLock(other, 1_500);
    // Longer than any pause between tries, far shorter than the default wait.
    await expect(refund(store, 3)).resolves.toBeGreaterThanOrEqual(await released);
  });
});

describe('a SQLite statement outside a transaction', () => {
  it('still waits for the lock as long as busy_timeout says, after a transaction had to wait', async () => {
    const { store, other } = await twoConnections(300);
    const released = holdWriteLock(other, 100);
    await refund(store, 1);
    await released;
    other.exec('begin immediate');
    const started = performance.now();
    const error: unknown = await store.orders
      .upsert(anOrder({ id: 'o2' }))
      .catch((e: unknown) => e);
    other.exec('commit');
    expect(error).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });
});
