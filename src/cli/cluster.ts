import cluster, { type Worker } from 'node:cluster';
import { AppError } from '../domain/errors.js';
import { isClusterMessage } from '../store/pubsub.js';

/** A worker tells the primary it is listening (and on which port) with this message. */
export type ReadyMessage = { makerdesk: 'ready'; port: number };

const isReady = (m: unknown): m is ReadyMessage =>
  typeof m === 'object' && m !== null && (m as { makerdesk?: unknown }).makerdesk === 'ready';

/** `--workers N` / MAKERDESK_WORKERS: how many server processes share the port (default 1, at most 64). */
export function resolveWorkers(flag: string | undefined, env: string | undefined): number {
  const text = flag ?? env ?? '1';
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64) {
    throw new AppError(
      'bad_request',
      `workers "${text}" is not a number between 1 and 64 (from ${flag !== undefined ? '--workers' : 'MAKERDESK_WORKERS'})`,
    );
  }
  return n;
}

/** 1 for the first worker (the one that migrates, seeds and runs the background jobs), 2… for the others, 0 outside a cluster. */
export function workerNumber(): number {
  return cluster.isWorker ? Number(process.env['MAKERDESK_WORKER'] ?? '0') : 0;
}

/** In a worker: tells the primary the server is up. */
export function reportReady(port: number): void {
  if (cluster.isWorker) process.send?.({ makerdesk: 'ready', port } satisfies ReadyMessage);
}

/**
 * The primary of `serve --workers N`: forks the first worker and waits until it listens (it
 * migrates the database and seeds the demo, so no two processes race for that), then the others;
 * relays live updates between them (SQLite has no LISTEN/NOTIFY); replaces a worker that dies;
 * stops them all on SIGINT/SIGTERM. Resolves with the port once every worker listens.
 */
export async function superviseWorkers(
  count: number,
  log: (line: string) => void,
): Promise<number> {
  const workers = new Map<number, Worker>();
  let stopping = false;

  const relay = (from: Worker, message: unknown): void => {
    if (!isClusterMessage(message)) return;
    for (const w of workers.values()) if (w !== from && w.isConnected()) w.send(message);
  };

  const fork = (n: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const w = cluster.fork({ MAKERDESK_WORKER: String(n) });
      workers.set(n, w);
      let up = false;
      w.on('message', (m: unknown) => {
        if (isReady(m) && !up) {
          up = true;
          resolve(m.port);
        } else relay(w, m);
      });
      w.once('exit', (code, signal) => {
        if (workers.get(n) === w) workers.delete(n);
        if (!up)
          return reject(
            new AppError(
              'unavailable',
              `worker ${n} exited before listening (${signal ?? `code ${code}`})`,
            ),
          );
        if (stopping) return;
        log(`worker ${n} exited (${signal ?? `code ${code}`}); starting another`);
        fork(n).catch((e: unknown) =>
          log(`worker ${n} could not be restarted: ${e instanceof Error ? e.message : String(e)}`),
        );
      });
    });

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    const left = [...workers.values()];
    if (left.length === 0) process.exit(0);
    let exited = 0;
    for (const w of left) {
      w.once('exit', () => {
        if (++exited === left.length) process.exit(0);
      });
      w.process.kill(signal);
    }
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  try {
    const port = await fork(1);
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => fork(i + 2)));
    return port;
  } catch (e: unknown) {
    stop('SIGTERM');
    throw e;
  }
}
