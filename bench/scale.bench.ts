// Bigger data: a SQLite file with 100,000 conversations and 50,000 orders (BENCH_SCALE_CONVERSATIONS,
// BENCH_SCALE_ORDERS), then a customer turn, the console queue and 30 days of insights, each timed,
// and the query plan (EXPLAIN QUERY PLAN) of every statement they ran, flagging full-table scans.
// Prints figures; never fails on timing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { parseOrder, type OrderInput } from '../src/domain/order.js';
import { createLocalRuntime, manualClock } from '../src/engine/runtime.js';
import { buildQueue } from '../src/http/console/view.js';
import { computeInsights, parsePeriod } from '../src/insights/index.js';
import { openStore } from '../src/store/index.js';

const conversationCount = Number(process.env['BENCH_SCALE_CONVERSATIONS'] ?? 100_000);
const orderCount = Number(process.env['BENCH_SCALE_ORDERS'] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'makerdesk-scale-'));
const file = join(dir, 'scale.db');
const now = new Date();
const day = 86_400_000;

// Every statement the store prepares in this process, to explain afterwards.
const seen = new Set<string>();
let recording = false;
const proto = BetterSqlite3.prototype as {
  prepare(this: BetterSqlite3.Database, source: string): BetterSqlite3.Statement;
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
const prepare = proto.prepare;
proto.prepare = function (this: BetterSqlite3.Database, source: string) {
  if (recording) seen.add(source);
  return prepare.call(this, source);
};

function orderInput(i: number): OrderInput {
  const created = new Date(now.getTime() - (i % 120) * day - 3_600_000);
  return {
    id: `S${100000 + i}`,
    createdAt: created.toISOString(),
    currency: 'USD',
    customer: { email: `customer${i}@example.com`, name: `Customer ${i}` },
    items: [
      {
        sku: `MUG-${i % 40}`,
        title: 'Hand-thrown mug',
        sellerId: 'claywork',
        quantity: 1 + (i % 3),
        unitPrice: '38.00',
        personalized: i % 2 === 0,
      },
    ],
    stage: i % 5 === 0 ? 'making' : 'received',
    payment: { total: `${38 * (1 + (i % 3))}.00` },
  };
}

async function seed(): Promise<void> {
  const store = await openStore(`sqlite:${file}`);
  const t0 = performance.now();
  await store.transaction(async (tx) => {
    for (let i = 0; i < orderCount; i++) {
      const parsed = parseOrder(orderInput(i));
      if (!parsed.ok) throw new Error('bad seed order');
      await tx.orders.upsert(parsed.value);
    }
  });
  const intents = [
    'order_status',
    'shop_question',
    'change_details',
    'damaged_item',
    'thanks',
  ] as const;
  const chunk = 5000;
  for (let start = 0; start < conversationCount; start += chunk) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(conversationCount, start + chunk); i++) {
        const at = new Date(now.getTime() - (i % 90) * day - (i % 1440) * 60_000).toISOString();
        const id = `conv-${i}`;
        // Most chats are long finished; a few hundred wait for a person.
        const status = i % 400 === 0 ? 'escalated' : i % 150 === 0 ? 'open' : 'resolved';
        const orderId = i % 2 === 0 ? `S${100000 + (i % orderCount)}` : null;
        await tx.conversations.create({
          id,
          channel: 'web',
          lang: 'en',
          status,
          intent: intents[i % intents.length] ?? null,
          orderId,
          tokenHash: 'x',
          state: {},
          handledBy: 'assistant',
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
        await tx.messages.append({
          id: `${id}-m1`,
          conversationId: id,
          sender: 'customer',
          text: 'Where is my order?',
          lang: 'en',
          meta: { intent: intents[i % intents.length] },
          createdAt: at,
        });
        await tx.messages.append({
          id: `${id}-m2`,
          conversationId: id,
          sender: 'assistant',
          text: 'It ships next week.',
          lang: 'en',
          createdAt: at,
        });
        await tx.events.append({
          id: `${id}-e1`,
          conversationId: id,
          at,
          type: 'identity.verified',
          ...(orderId ? { orderId } : {}),
        });
        if (status === 'escalated') {
          await tx.cases.create({
            id: `case-${i}`,
            kind: 'escalation',
            status: 'open',
            priority: 2,
            conversationId: id,
            orderId,
            handoff: {
              orderId,
              customer: null,
              lang: 'en',
              rule: 'escalation.explicit_request',
              reason: 'asked for a person',
              summary: 'asked for a person',
              facts: {},
              attachmentIds: [],
              desiredResolution: null,
              suggestedNextStep: 'Reply.',
            },
            subject: {},
            createdAt: at,
            updatedAt: at,
            assignedTo: null,
          });
        }
      }
    });
  }
  console.log(
    `seeded ${conversationCount.toLocaleString('en')} conversations (2 messages and an event each), ${orderCount.toLocaleString('en')} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await store.close();
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function measure(name: string, times: number, fn: () => Promise<unknown>): Promise<void> {
  await fn(); // warm-up
  const xs: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `  ${name.padEnd(26)} n=${String(times).padStart(4)}  p50 ${pct(xs, 50).toFixed(2)} ms  p99 ${pct(xs, 99).toFixed(2)} ms  CPU ${((cpu.user + cpu.system) / 1000 / times).toFixed(2)} ms each`,
  );
}

try {
  await seed();
  const clock = manualClock(now);
  const runtime = await createLocalRuntime({
    dbUrl: `sqlite:${file}`,
    demo: false,
    clock: clock.now,
  });
  const { store, assistant } = runtime;
  console.log(
    `at ${conversationCount.toLocaleString('en')} conversations / ${orderCount.toLocaleString('en')} orders (SQLite file, WAL):`,
  );
  recording = true;
  let n = 0;
  await measure('customer turn', 200, async () => {
    const { conversation } = await assistant.start({ channel: 'web', lang: 'en' });
    const i = n++;
    await assistant.turn(conversation.id, {
      kind: 'text',
      text: `Hi, where is my order S${100000 + (i % orderCount)}? My email is customer${i % orderCount}@example.com`,
    });
  });
  await measure('console queue', 20, () => buildQueue(store, now));
  const period = parsePeriod({ since: new Date(now.getTime() - 30 * day).toISOString() }, now);
  if (!period.ok) throw new Error('bad period');
  await measure('insights, 30 days', 5, async () =>
    computeInsights(await store.insights.load(period.value), {
      period: period.value,
      generatedAt: now.toISOString(),
    }),
  );
  recording = false;
  console.log(
    '  policy replay: see replay.bench (10,000 stored decisions with their inputs, SQLite and PostgreSQL)',
  );
  await runtime.close();

  // Query plans: a SCAN of a big table without an index is what grows with the data.
  const db = new BetterSqlite3(file, { readonly: true });
  // Placeholders bound to NULL: the plan depends on the indexes, not on the values.
  const explain = (source: string): { detail: string }[] =>
    db
      .prepare(`explain query plan ${source}`)
      .all(...new Array<null>(source.split('?').length - 1).fill(null)) as { detail: string }[];
  const scans: string[] = [];
  for (const source of seen) {
    if (!/^\s*select/i.test(source)) continue;
    let plan: { detail: string }[];
    try {
      plan = explain(source);
    } catch {
      continue;
    }
    if (process.env['BENCH_PLANS'])
      console.log(`    ${source.slice(0, 120)}\n      ${plan.map((p) => p.detail).join(' | ')}`);
    for (const p of plan)
      if (
        /^SCAN (TABLE )?(conversations|messages|events|orders|cases|order_guards|order_contacts|proof_failures)\b/.test(
          p.detail,
        ) &&
        !/USING (COVERING )?INDEX/.test(p.detail)
      )
        scans.push(`${p.detail}  <- ${source.slice(0, 110)}`);
  }
  console.log(
    `  query plans: ${seen.size} statements, ${scans.length} full scans of a big table${scans.length ? ':' : ''}`,
  );
  for (const s of scans) console.log(`    ${s}`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
