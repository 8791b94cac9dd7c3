// Conversation turns over HTTP against the same server's /healthz as a ceiling (npm run bench).
// The server runs in a child process so the load generator does not share its event loop.
// Prints figures; never fails on timing.
import { spawn, type ChildProcess } from 'node:child_process';
import { openDemoOrderOwners } from './demo-owners.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import cluster from 'node:cluster';
import { once } from 'node:events';
// The load generator's own modules (autocannon, pg) are loaded by it alone, never by the server it measures.
import type autocannon from 'autocannon';
import { reportReady, superviseWorkers } from '../src/cli/cluster.js';
import { createTurnPicker, type BenchConversation } from './turn-picker.js';
import {
  applyHeapMode,
  collectStartupGarbage,
  resolveHeapMode,
  settleWhenIdle,
} from '../src/cli/memory.js';

const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const conversationCount = Number(process.env['BENCH_CONVERSATIONS'] ?? 256);
const settleSeconds = Number(process.env['BENCH_SETTLE_SECONDS'] ?? 25);

/** Demo orders that are still open, with their owners' e-mails, so a status turn proves identity. */
const owners = openDemoOrderOwners(new Date());

/**
 * What one conversation says, in order, over and over: a greeting, an order-status question with
 * the order number and e-mail (identity check, order read, ship window), shop questions answered
 * from the knowledge base, a follow-up on the proven order, thanks.
 */
function scriptFor(i: number): string[] {
  const [id, email] = owners[i % owners.length] ?? owners[0];
  return [
    'hi there',
    `Where is my order ${id}? My email is ${email}`,
    'is the glaze food safe?',
    'when will it ship?',
    'do you ship to Canada?',
    'what is your return policy?',
    'thanks a lot!',
  ];
}

/** Rate limits for the bench server, set explicitly so they cannot throttle it (printed with the results). */
const benchLimits = {
  perIpPerMinute: 1e9,
  perConversationPerMinute: 1e9,
  startsPerIpPerMinute: 1e9,
};

/** One server as the bench runs it: a database, and one process or a cluster of workers. */
type Setup = { label: string; dbUrl: string; workers: number; instances: number };

async function serve(): Promise<void> {
  const workers = Number(process.env['BENCH_WORKERS'] ?? 1);
  if (workers > 1 && cluster.isPrimary) {
    const port = await superviseWorkers(workers, (l) => process.stderr.write(`${l}\n`));
    process.stdout.write(`port ${port}\n`);
    return;
  }
  // As `makerdesk serve` does before it starts (MAKERDESK_HEAP, default fast).
  applyHeapMode(resolveHeapMode(process.env['MAKERDESK_HEAP']));
  const { createRuntime } = await import('../src/app.js');
  const dir = process.env['BENCH_DIR'] ?? mkdtempSync(join(tmpdir(), 'makerdesk-bench-'));
  const runtime = await createRuntime({
    dbUrl: process.env['BENCH_DB'] ?? `sqlite:${join(dir, 'bench.db')}`,
    demo: true,
    uploadsDir: join(dir, 'uploads'),
    apiKey: null,
    logger: false,
    webDir: null,
    limits: benchLimits,
  });
  await runtime.app.listen({ port: Number(process.env['BENCH_PORT'] ?? 0), host: '127.0.0.1' });
  const a = runtime.app.server.address();
  const port = typeof a === 'object' && a ? a.port : 0;
  // As `makerdesk serve` does once it listens.
  collectStartupGarbage();
  settleWhenIdle();
  if (cluster.isWorker) reportReady(port);
  else process.stdout.write(`port ${port}\n`);
}

function rssMbOne(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** A server process and, with workers, its worker processes. */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return [pid, ...children];
  } catch {
    return [pid];
  }
}

/** RSS of a server process and, with workers, of its worker processes, in MB. */
function rssMb(pid: number): number {
  return Math.round(processTree(pid).reduce((sum, p) => sum + rssMbOne(p), 0));
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/**
 * CPU time (user + system, ms) a server has used so far, all its processes: unlike requests/s it
 * does not depend on what else the machine is running, so per request it compares runs made
 * under different loads. 0 where /proc is missing.
 */
function serverCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids.flatMap(processTree)) {
    try {
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const rest = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.split(' ') ?? [];
      ticks += Number(rest[11] ?? 0) + Number(rest[12] ?? 0);
    } catch {
      // the process has gone
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

async function startServer(
  dir: string,
  setup: Setup,
  dbUrl: string,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--server'], {
    env: { ...process.env, BENCH_DIR: dir, BENCH_DB: dbUrl, BENCH_WORKERS: String(setup.workers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<string>((resolve, reject) => {
    lines.on('line', (l) => {
      const m = /^port (\d+)$/.exec(l);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

type Result = {
  rps: number;
  /** Requests answered. */
  total: number;
  /** The servers' CPU per answered request, ms (see serverCpuMs). */
  cpuMs?: number;
  /** The load generator's (this process's) CPU, in % of one core, over the phase. */
  loadCpu?: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  codes: string[];
};

async function run(opts: autocannon.Options): Promise<Result> {
  const { default: load } = await import('autocannon');
  return new Promise((resolve, reject) => {
    load(opts, (err, r) => {
      if (err) return reject(err);
      resolve({
        rps: r.requests.average,
        total: r.requests.total,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors,
        non2xx: r.non2xx,
        codes: Object.entries(r.statusCodeStats ?? {})
          .filter(([code]) => !code.startsWith('2'))
          .map(([code, v]) => `${code}×${v.count}`),
      });
    });
  });
}

/** The same load split over several instances: requests/s add up; p50 and p99 are the worst instance's. */
async function runSplit(
  bases: string[],
  opts: (base: string, i: number) => autocannon.Options,
): Promise<Result> {
  const rs = await Promise.all(bases.map((b, i) => run(opts(b, i))));
  return {
    rps: rs.reduce((s, r) => s + r.rps, 0),
    total: rs.reduce((s, r) => s + r.total, 0),
    p50: Math.max(...rs.map((r) => r.p50)),
    p99: Math.max(...rs.map((r) => r.p99)),
    errors: rs.reduce((s, r) => s + r.errors, 0),
    non2xx: rs.reduce((s, r) => s + r.non2xx, 0),
    codes: rs.flatMap((r) => r.codes),
  };
}

/** Runs one phase and adds the servers' CPU per answered request and the load generator's CPU to its result. */
async function measured(pids: number[], phase: () => Promise<Result>): Promise<Result> {
  const cpu0 = serverCpuMs(pids);
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await phase();
  const own = process.cpuUsage(own0);
  const wall = performance.now() - t0;
  const cpu = serverCpuMs(pids) - cpu0;
  return {
    ...r,
    ...(cpu > 0 && r.total > 0 ? { cpuMs: cpu / r.total } : {}),
    loadCpu: ((own.user + own.system) / 1000 / wall) * 100,
  };
}

async function bench(setup: Setup): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'makerdesk-bench-'));
  const servers: { child: ChildProcess; base: string }[] = [];
  try {
    // Instances start one after another: the first migrates and seeds the database.
    for (let i = 0; i < setup.instances; i++)
      servers.push(await startServer(dir, setup, setup.dbUrl));
    const bases = servers.map((s) => s.base);
    const conversations: BenchConversation[][] = bases.map(() => []);
    for (let i = 0; i < conversationCount; i++) {
      const base = bases[i % bases.length]!;
      const r = await fetch(`${base}/api/v1/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"channel":"web"}',
      });
      const c = (await r.json()) as { id: string; token: string };
      // With two instances a conversation's turns go to the other instance than the one that started it.
      conversations[(i + 1) % bases.length]!.push({
        ...c,
        script: scriptFor(i),
        step: 0,
        inFlight: false,
      });
    }
    const rssIdle = servers.reduce((s, x) => s + rssMb(x.child.pid!), 0);
    const pids = servers.map((s) => s.child.pid!);
    // An idle server settles within seconds (see settleWhenIdle): RSS once it has.
    await new Promise((r) => setTimeout(r, settleSeconds * 1000));
    const rssSettled = servers.reduce((s, x) => s + rssMb(x.child.pid!), 0);
    const perInstance = Math.max(1, Math.floor(connections / bases.length));
    await runSplit(bases, (url) => ({
      url: `${url}/healthz`,
      connections: perInstance,
      duration: 2,
    })); // warm-up
    const health = await measured(pids, () =>
      runSplit(bases, (url) => ({
        url: `${url}/healthz`,
        connections: perInstance,
        duration: seconds,
      })),
    );
    // One picker per list for the whole run: a turn left in flight by one phase is skipped by the next.
    const pickers = conversations.map(createTurnPicker);
    const turnRequests = (i: number): NonNullable<autocannon.Options['requests']> => {
      const picker = pickers[i]!;
      return [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const c = picker.next();
            if (!c)
              throw new Error(
                `all ${conversations[i]!.length} conversations have a turn in flight: set BENCH_CONVERSATIONS well above BENCH_CONNECTIONS`,
              );
            context['conversation'] = c;
            const text = c.script[c.step % c.script.length]!;
            c.step++;
            return {
              ...req,
              path: `/api/v1/conversations/${c.id}/messages`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
              body: JSON.stringify({ text }),
            };
          },
          onResponse: (_status, _body, context) => {
            const c = context['conversation'] as BenchConversation | undefined;
            if (c) picker.answered(c);
          },
        },
      ];
    };
    // One connection: the latency of a single turn with nothing queued in front of it.
    const single = await measured(pids, () =>
      run({
        url: bases[0]!,
        connections: 1,
        duration: Math.max(2, Math.round(seconds / 2)),
        requests: turnRequests(0),
      }),
    );
    const turns = await measured(pids, () =>
      runSplit(bases, (url, i) => ({
        url,
        connections: perInstance,
        duration: seconds,
        requests: turnRequests(i),
      })),
    );
    const rssLoaded = servers.reduce((s, x) => s + rssMb(x.child.pid!), 0);
    const line = (name: string, r: Result) =>
      `  ${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}${r.codes.length ? ` (${r.codes.join(', ')})` : ''}${r.cpuMs !== undefined ? `   server CPU ${r.cpuMs.toFixed(3)} ms/req` : ''}${r.loadCpu !== undefined ? `   load generator ${r.loadCpu.toFixed(0)} % of a core` : ''}`;
    console.log(
      `\n${setup.label}: ${connections} connections${bases.length > 1 ? ` (${perInstance} per instance)` : ''}, ${seconds} s each`,
    );
    console.log(line('GET /healthz', health));
    console.log(line('turns, 1 connection', single));
    console.log(line('conversation turns', turns));
    const ratio = (turns.rps / health.rps) * 100;
    console.log(
      `  turns / healthz ceiling: ${ratio.toFixed(1)} %   (target >= 8 % with p99 < 50 ms: ${ratio >= 8 && turns.p99 < 50 ? 'met' : 'not met'})`,
    );
    if (health.cpuMs !== undefined && turns.cpuMs !== undefined)
      console.log(
        `  server CPU of a turn / of a /healthz answer: ${(turns.cpuMs / health.cpuMs).toFixed(1)} × (the ceiling ratio if the servers alone were the limit: ${((health.cpuMs / turns.cpuMs) * 100).toFixed(1)} %)`,
      );
    console.log(
      `  server RSS${servers.length > 1 || setup.workers > 1 ? ' (all processes)' : ''}: ${rssIdle} MB idle (${rssSettled} MB after ${settleSeconds} s without requests), ${rssLoaded} MB after load`,
    );
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(
      servers.map(async (s) => {
        if (s.child.exitCode === null) await once(s.child, 'exit');
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh schema on the PostgreSQL of BENCH_PG_URL (else DATABASE_URL), dropped afterwards. */
async function withPgSchema(url: string, fn: (schemaUrl: string) => Promise<void>): Promise<void> {
  const schema = `bench_${process.pid}_${Date.now()}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const u = new URL(url);
    u.searchParams.set('schema', schema);
    await fn(u.toString());
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

async function main(): Promise<void> {
  const only = process.env['BENCH_ONLY'];
  const workers = Number(process.env['BENCH_WORKERS'] ?? 2);
  console.log(
    `HTTP: ${conversationCount} conversations, ${scriptFor(0).length}-turn script each (greeting, status with order+e-mail, shop questions, follow-up, thanks)`,
  );
  console.log(
    `server heap mode: ${resolveHeapMode(process.env['MAKERDESK_HEAP'])} (MAKERDESK_HEAP=fast|small)`,
  );
  console.log(
    `rate limits set for the bench: ${Object.entries(benchLimits)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  const sqlite = (dir: string) => `sqlite:${join(dir, 'bench.db')}`;
  const setups: Setup[] = [
    { label: 'SQLite, one process', dbUrl: '', workers: 1, instances: 1 },
    { label: `SQLite (WAL), serve --workers ${workers}`, dbUrl: '', workers, instances: 1 },
  ];
  for (const s of setups) {
    if (only && !s.label.includes(only)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'makerdesk-bench-db-'));
    try {
      await bench({ ...s, dbUrl: sqlite(dir) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pgUrl = process.env['BENCH_PG_URL'] ?? process.env['DATABASE_URL'];
  if (!pgUrl) {
    console.log('\nPostgreSQL: skipped (set BENCH_PG_URL or DATABASE_URL to postgres://…)');
    return;
  }
  for (const instances of [1, 2]) {
    const label = `PostgreSQL, ${instances === 1 ? 'one instance' : 'two instances'}`;
    if (only && !label.includes(only)) continue;
    await withPgSchema(pgUrl, (url) => bench({ label, dbUrl: url, workers: 1, instances }));
  }
}

if (process.argv.includes('--server')) await serve();
else await main();
