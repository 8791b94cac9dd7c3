import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const apertiumModes = '/usr/share/apertium/modes';

/** Why a real apertium-apy can't run here, or null when it can. */
export function apertiumMissing(): string | null {
  const onPath = (process.env.PATH ?? '').split(':').some((d) => existsSync(`${d}/apertium-apy`));
  if (!onPath)
    return 'apertium-apy is not installed (apt-get install apertium apertium-apy apertium-eng-spa)';
  if (!existsSync(`${apertiumModes}/eng-spa.mode`)) return 'apertium-eng-spa is not installed';
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type RunningApy = { url: string; stop(): Promise<void> };

/** Starts a real apertium-apy on a random port and waits until /listPairs answers. */
export async function startApertium(): Promise<RunningApy> {
  const port = await freePort();
  const child: ChildProcess = spawn('apertium-apy', ['-p', String(port), apertiumModes], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`apertium-apy exited early: ${stderr}`);
    try {
      const res = await fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`apertium-apy did not answer within 30 s: ${stderr}`);
}

/** Under CI everything must run; elsewhere a missing tool skips with a reason. */
export function mustRun(): boolean {
  return process.env.CI === 'true';
}
