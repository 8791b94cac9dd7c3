import type { OpenedStore } from '../store/index.js';
import type { OutboxItem, OutboxKind } from '../domain/integrations.js';

/** Sends one outbox item; throws to have it retried. A `PermanentFailure` is not retried. */
export type OutboxSender = (item: OutboxItem) => Promise<void>;

export class PermanentFailure extends Error {}

export type OutboxOptions = {
  store: OpenedStore;
  senders: Partial<Record<OutboxKind, OutboxSender>>;
  clock: () => Date;
  /** Attempts before an item is given up ("dead"); default 8. */
  maxAttempts?: number;
  /** First retry delay in ms; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a worker holds an item while sending it. */
  leaseMs?: number;
  onError?: (item: OutboxItem, e: unknown) => void;
  /** Runs in the transaction that marks an item sent (e.g. records `notification.sent`). */
  onSent?: (item: OutboxItem, at: string) => Promise<void>;
};

/** Delay before attempt `attempts + 1`: exponential, capped. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * The durable outbox worker: picks due items, leases each (so two workers or two instances never
 * send one item at the same time), sends, marks sent; failures are retried with backoff. Items
 * survive restarts because they live in the database; a sent item is never picked again.
 */
export function createOutbox(options: OutboxOptions) {
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.baseDelayMs ?? 30_000;
  const maxDelay = options.maxDelayMs ?? 6 * 3600_000;
  const lease = options.leaseMs ?? 60_000;
  const repo = options.store.integrations.outbox;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function sendOne(item: OutboxItem): Promise<boolean> {
    const now = options.clock();
    if (
      !(await repo.claim(item.id, now.toISOString(), new Date(now.getTime() + lease).toISOString()))
    )
      return false;
    const sender = options.senders[item.kind];
    const attempts = item.attempts + 1;
    try {
      if (!sender) throw new PermanentFailure(`no sender for ${item.kind} is configured`);
      await sender({ ...item, attempts });
      const at = options.clock().toISOString();
      await options.store.transaction(async () => {
        await options.onSent?.(item, at);
        await repo.markSent(item.id, at);
      });
      return true;
    } catch (e: unknown) {
      options.onError?.(item, e);
      const dead = e instanceof PermanentFailure || attempts >= maxAttempts;
      const next = new Date(
        options.clock().getTime() + backoffMs(attempts, base, maxDelay),
      ).toISOString();
      await repo.markFailed(item.id, e instanceof Error ? e.message : String(e), next, dead);
      return false;
    }
  }

  /** Sends what is due now; returns how many items were sent. */
  async function runOnce(batch = 50): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = await repo.due(options.clock().toISOString(), batch);
      if (due.length === 0) return sent;
      let progressed = 0;
      for (const item of due) {
        if (await sendOne(item)) sent++;
        progressed++;
      }
      if (progressed < batch) return sent;
    }
  }

  /** One pass at a time; overlapping calls share it. */
  function drain(): Promise<number> {
    running ??= runOnce().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    runOnce,
    drain,
    /** Polls every `intervalMs` until `stop`. */
    start(intervalMs = 2000): void {
      stopped = false;
      const tick = (): void => {
        if (stopped) return;
        drain()
          .catch((e: unknown) =>
            options.onError?.(
              {
                id: '',
                kind: 'event',
                dedupeKey: '',
                payload: {},
                status: 'pending',
                attempts: 0,
                nextAttemptAt: '',
                lastError: null,
                createdAt: '',
                sentAt: null,
              },
              e,
            ),
          )
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running.catch(() => undefined);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
