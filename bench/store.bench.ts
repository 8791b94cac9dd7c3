// Store and actions throughput on SQLite (file) and, with DATABASE_URL, PostgreSQL. Prints figures.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActions } from '../src/actions/index.js';
import type { Decision } from '../src/domain/decision.js';
import type { OrderInput } from '../src/domain/order.js';
import { openStore } from '../src/store/index.js';

const allow: Decision = { outcome: 'allow', rule: 'refunds.auto', reason: 'bench', facts: {} };

function order(id: string): OrderInput {
  return {
    id,
    createdAt: '2026-11-20T14:03:00Z',
    currency: 'USD',
    customer: { email: `${id}@example.com` },
    items: [{ sku: 'A', title: 'A', sellerId: 's', quantity: 1, unitPrice: '100.00' }],
    payment: { total: '100.00' },
  };
}

async function bench(
  name: string,
  url: string,
  options: { pgSchema?: string } = {},
): Promise<void> {
  const store = await openStore(url, options);
  const actions = createActions({ store, clock: () => new Date(), newId: () => randomUUID() });
  const n = 2000;
  let t = performance.now();
  for (let i = 0; i < n; i++) await actions.upsertOrder(order(`b-${i}`), 'system:bench');
  const upsertMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < n; i++) await store.orders.get(`b-${i}`);
  const getMs = performance.now() - t;
  t = performance.now();
  await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      actions.requestRefund({
        orderId: `b-${i % 50}`,
        conversationId: null,
        amountMinor: 100,
        reason: 'bench',
        decision: allow,
        autoLimitMinor: 10_000,
        idempotencyKey: `k-${i}`,
      }),
    ),
  );
  const refundMs = performance.now() - t;
  const rate = (count: number, ms: number): string => `${Math.round((count / ms) * 1000)}/s`;
  console.log(
    `${name}: upsertOrder ${rate(n, upsertMs)} (audited, one transaction each), orders.get ${rate(n, getMs)}, concurrent refunds on 50 orders ${rate(500, refundMs)}`,
  );
  await store.close();
}

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-bench-'));
try {
  await bench('sqlite file', `sqlite:${join(dir, 'bench.db')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env['DATABASE_URL'];
if (pgUrl) {
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await bench('postgresql', pgUrl, { pgSchema: schema });
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`drop schema "${schema}" cascade`);
  await client.end();
} else {
  console.log('postgresql: skipped (DATABASE_URL is not set)');
}
