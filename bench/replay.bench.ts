// Policy replay: 10,000 stored decisions re-decided with a draft (target < 2 s), on SQLite (file)
// and, with DATABASE_URL, PostgreSQL. Prints figures; never fails on timing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoOrders, demoPolicyYaml } from '../src/demo/index.js';
import { parseOrder, type Order } from '../src/domain/order.js';
import { createPolicyPort } from '../src/engine/policy-port.js';
import { parsePolicyText } from '../src/policy/index.js';
import { openStore } from '../src/store/index.js';
import type { DecisionRecord } from '../src/store/studio.js';
import {
  createPolicyStudio,
  decideWith,
  livePolicy,
  replayDecisions,
  type DecisionInput,
} from '../src/studio/index.js';

const n = 10_000;
const now = new Date();
const parsed = parsePolicyText(demoPolicyYaml);
if (!parsed.ok) throw new Error('demo policy invalid');
const policy = parsed.value;
const draft = demoPolicyYaml.replace('autoLimit: "75.00"', 'autoLimit: "50.00"');
const orders: Order[] = demoOrders(now).flatMap((o) => {
  const p = parseOrder(o);
  return p.ok ? [p.value] : [];
});

function inputs(): DecisionInput[] {
  const out: DecisionInput[] = [];
  for (let i = 0; i < n; i++) {
    const order = orders[i % orders.length] as Order;
    const at = new Date(now.getTime() - (i % (25 * 24)) * 3_600_000).toISOString();
    const sku = order.items[0]?.sku ?? '';
    switch (i % 6) {
      case 0:
        out.push({ v: 1, kind: 'refund', order, amountMinor: 1000 + (i % 9000), now: at });
        break;
      case 1:
        out.push({
          v: 1,
          kind: 'quality',
          order,
          problem: 'damaged',
          skus: [sku],
          hasEvidence: true,
          now: at,
        });
        break;
      case 2:
        out.push({ v: 1, kind: 'cancel', order, now: at });
        break;
      case 3:
        out.push({ v: 1, kind: 'change', order, sku, field: 'engraving', now: at });
        break;
      case 4:
        out.push({ v: 1, kind: 'return', order, skus: [sku], returnKind: 'return', now: at });
        break;
      default:
        out.push({
          v: 1,
          kind: 'escalation',
          signals: {
            text: 'I want to talk to a person',
            lang: 'en',
            intent: 'human_agent',
            explicitRequest: true,
            sentimentScores: [],
            sameProblemContacts: 1,
            order,
          },
          now: at,
        });
    }
  }
  return out;
}

async function bench(
  name: string,
  url: string,
  options: { pgSchema?: string } = {},
): Promise<void> {
  const store = await openStore(url, options);
  try {
    const port = createPolicyPort(policy);
    const rows: DecisionRecord[] = inputs().map((input) => {
      const d = decideWith(port, input);
      return {
        id: randomUUID(),
        conversationId: randomUUID(),
        orderId: input.kind === 'escalation' ? null : input.order.id,
        kind: input.kind,
        rule: d.rule,
        outcome: d.outcome,
        reason: d.reason,
        policyVersion: 1,
        input,
        facts: d.facts,
        at: input.now,
      };
    });
    let t = performance.now();
    await store.transaction(() => store.studio.appendDecisions(rows));
    const writeMs = performance.now() - t;
    const studio = createPolicyStudio({ store, live: livePolicy(1, policy), clock: () => now });
    const period = {
      since: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
      until: new Date(now.getTime() + 1000).toISOString(),
    };
    const runs: number[] = [];
    const cpu: number[] = [];
    let changed = 0;
    for (let r = 0; r < 3; r++) {
      t = performance.now();
      const c0 = process.cpuUsage();
      const report = await studio.replay(draft, period);
      runs.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      changed = report.changed;
      if (report.replayed !== n) throw new Error(`replayed ${report.replayed}, expected ${n}`);
    }
    t = performance.now();
    const records = await store.studio.listDecisions(period);
    const loadMs = performance.now() - t;
    t = performance.now();
    replayDecisions(records, policy, period);
    const pureMs = performance.now() - t;
    const best = Math.min(...runs);
    console.log(
      `${name}: replay of ${n} stored decisions (load + re-decide + report) best ${best.toFixed(0)} ms wall, runs ${runs.map((x) => x.toFixed(0)).join('/')} ms, CPU time of this process ${Math.min(...cpu).toFixed(0)} ms — target < 2000 ms; ` +
        `load alone ${loadMs.toFixed(0)} ms, re-decide alone ${pureMs.toFixed(0)} ms; ${changed} would change; writing them took ${writeMs.toFixed(0)} ms`,
    );
  } finally {
    await store.close();
  }
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const dir = mkdtempSync(join(tmpdir(), 'makerdesk-replay-bench-'));
try {
  await bench('sqlite', `sqlite:${join(dir, 'bench.db')}`);
  const pg = process.env['DATABASE_URL'];
  if (pg) {
    const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await bench('postgres', pg, { pgSchema: schema });
    const { default: pgLib } = await import('pg');
    const c = new pgLib.Client({ connectionString: pg });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  } else {
    console.log('postgres: skipped (DATABASE_URL is not set)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
