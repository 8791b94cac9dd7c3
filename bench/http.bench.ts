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
import autocannon from 'autocannon';

const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const conversationCount = Number(process.env['BENCH_CONVERSATIONS'] ?? 256);

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
const benchLimits = { perIpPerMinute: 1e9, perConversationPerMinute: 1e9, startsPerIpPerMinute: 1e9 };

async function serve(): Promise<void> {
  const { createRuntime } = await import('../src/app.js');
  const dir = process.env['BENCH_DIR'] ?? mkdtempSync(join(tmpdir(), 'makerdesk-bench-'));
  const runtime = await createRuntime({
    dbUrl: `sqlite:${join(dir, 'bench.db')}`,
    demo: true,
    uploadsDir: join(dir, 'uploads'),
    apiKey: null,
    logger: false,
    webDir: null,
    limits: benchLimits,
  });
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const a = runtime.app.server.address();
  process.stdout.write(`port ${typeof a === 'object' && a ? a.port : 0}\n`);
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Math.round(Number(m[1]) / 1024) : Number.NaN;
}

async function startServer(dir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--server'], { env: { ...process.env, BENCH_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
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

type Result = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

function run(opts: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, r) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'makerdesk-bench-'));
  const { child, base } = await startServer(dir);
  try {
    const conversations: { id: string; token: string; script: string[]; step: number }[] = [];
    for (let i = 0; i < conversationCount; i++) {
      const r = await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"channel":"web"}' });
      const c = (await r.json()) as { id: string; token: string };
      conversations.push({ ...c, script: scriptFor(i), step: 0 });
    }
    const rssIdle = rssMb(child.pid!);
    await run({ url: `${base}/healthz`, connections, duration: 2 }); // warm-up
    const health = await run({ url: `${base}/healthz`, connections, duration: seconds });
    let n = 0;
    const turnRequests: autocannon.Options['requests'] = [
      {
        method: 'POST',
        setupRequest: (req) => {
          // Conversations in turn, so with more conversations than connections no two requests share one.
          const c = conversations[n % conversations.length]!;
          const text = c.script[c.step % c.script.length]!;
          c.step++;
          n++;
          return { ...req, path: `/api/v1/conversations/${c.id}/messages`, headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` }, body: JSON.stringify({ text }) };
        },
      },
    ];
    // One connection: the latency of a single turn with nothing queued in front of it.
    const single = await run({ url: base, connections: 1, duration: Math.max(2, Math.round(seconds / 2)), requests: turnRequests });
    const turns = await run({
      url: base,
      connections,
      duration: seconds,
      requests: turnRequests,
    });
    const rssLoaded = rssMb(child.pid!);
    const line = (name: string, r: Result) =>
      `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}`;
    console.log(`HTTP, SQLite, ${connections} connections, ${seconds} s each, ${conversationCount} conversations, ${scriptFor(0).length}-turn script each (greeting, status with order+e-mail, shop questions, follow-up, thanks)`);
    console.log(`rate limits set for the bench: ${Object.entries(benchLimits).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    console.log(line('GET /healthz', health));
    console.log(line('turns, 1 connection', single));
    console.log(line('conversation turns', turns));
    console.log(`turns / healthz ceiling: ${((turns.rps / health.rps) * 100).toFixed(1)} %`);
    console.log(`server RSS: ${rssIdle} MB idle, ${rssLoaded} MB after load`);
    console.log(`target: >= 1500 turns/s and p99 < 50 ms at 64 connections -> ${turns.rps >= 1500 && turns.p99 < 50 ? 'met' : 'not met'}`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--server')) await serve();
else await main();
