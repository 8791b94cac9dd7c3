import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Database } from './schema.js';

export type Listener = (payload: unknown) => void;

export interface PubSub {
  publish(channel: string, payload: unknown): Promise<void>;
  subscribe(channel: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Listeners get their own copy, as they would over the wire; one failing listener stops no other. */
function deliver(emitter: EventEmitter, channel: string, payload: unknown): void {
  for (const listener of emitter.listeners(channel)) {
    try {
      (listener as Listener)(
        payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)),
      );
    } catch (e: unknown) {
      emitter.emit('listenerError', e);
    }
  }
}

/** In-process pub/sub for SQLite: one server process owns the database file. */
export function createLocalPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  emitter.on('listenerError', () => undefined);
  return {
    publish: (channel, payload) => {
      deliver(emitter, channel, payload);
      return Promise.resolve();
    },
    subscribe: (channel, listener) => {
      emitter.on(channel, listener);
      return Promise.resolve(() => {
        emitter.off(channel, listener);
        return Promise.resolve();
      });
    },
    close: () => {
      emitter.removeAllListeners();
      return Promise.resolve();
    },
  };
}

/** A message between the processes of one `serve --workers N`, relayed by the primary. */
export type ClusterMessage = { makerdesk: 'pubsub'; c: string; p: unknown };

export const isClusterMessage = (m: unknown): m is ClusterMessage =>
  typeof m === 'object' &&
  m !== null &&
  (m as { makerdesk?: unknown }).makerdesk === 'pubsub' &&
  typeof (m as { c?: unknown }).c === 'string';

/**
 * Pub/sub for the worker processes of `serve --workers N` on one SQLite file: delivered in this
 * process at once and sent to the primary over the cluster's IPC channel, which hands it to every
 * other worker. A message another worker published arrives the same way, so a customer's stream
 * on one worker sees a rep's reply sent through another.
 */
export function createClusterPubSub(ipc: {
  send(message: ClusterMessage): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  off(event: 'message', listener: (message: unknown) => void): void;
}): PubSub {
  const local = createLocalPubSub();
  const onMessage = (m: unknown): void => {
    if (isClusterMessage(m)) void local.publish(m.c, m.p);
  };
  ipc.on('message', onMessage);
  return {
    publish: async (channel, payload) => {
      await local.publish(channel, payload);
      ipc.send({ makerdesk: 'pubsub', c: channel, p: payload ?? null });
    },
    subscribe: (channel, listener) => local.subscribe(channel, listener),
    close: async () => {
      ipc.off('message', onMessage);
      await local.close();
    },
  };
}

/** NOTIFY payloads are limited to 8000 bytes; bigger ones are parked in `notifications`. */
const maxInlineBytes = 7000;
const parkedLifetimeMs = 10 * 60 * 1000;

const envelopeOf = (text: string): { c: string; p?: unknown; ref?: string } | null => {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null && 'c' in v && typeof v.c === 'string') {
      const out: { c: string; p?: unknown; ref?: string } = { c: v.c };
      if ('p' in v) out.p = v.p;
      if ('ref' in v && typeof v.ref === 'string') out.ref = v.ref;
      return out;
    }
  } catch {
    return null;
  }
  return null;
};

/**
 * PostgreSQL LISTEN/NOTIFY: every Store on the same database (and schema) sees every message,
 * so several server instances can share live updates. One dedicated client LISTENs, opened on the
 * first subscribe; application channels are multiplexed over one PostgreSQL channel per schema.
 */
export function createPgPubSub(options: {
  db: Kysely<Database>;
  clientConfig: pg.ClientConfig;
  pgChannel: string;
  onError?: (e: unknown) => void;
}): PubSub {
  const { db, clientConfig, pgChannel } = options;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  emitter.on('listenerError', (e: unknown) => options.onError?.(e));
  let client: Promise<pg.Client> | null = null;
  let closed = false;
  // Deliver in NOTIFY order even when a parked payload must be fetched first.
  let queue: Promise<void> = Promise.resolve();

  const onNotification = (msg: pg.Notification): void => {
    if (msg.channel !== pgChannel || msg.payload === undefined) return;
    const env = envelopeOf(msg.payload);
    if (env === null) return;
    queue = queue
      .then(async () => {
        let payload = env.p;
        if (env.ref !== undefined) {
          const row = await db
            .selectFrom('notifications')
            .select('payload')
            .where('id', '=', env.ref)
            .executeTakeFirst();
          if (!row) return;
          payload = JSON.parse(row.payload);
        }
        deliver(emitter, env.c, payload);
      })
      .catch((e: unknown) => options.onError?.(e));
  };

  const connect = async (): Promise<pg.Client> => {
    const { default: pgModule } = await import('pg');
    const c = new pgModule.Client(clientConfig);
    c.on('notification', onNotification);
    c.on('error', (e: unknown) => {
      options.onError?.(e);
      client = null;
      // Reconnect while someone is listening; messages sent in between are lost, as with any NOTIFY.
      if (!closed && emitter.eventNames().some((n) => n !== 'listenerError')) {
        setTimeout(
          () => void ensureClient().catch((err: unknown) => options.onError?.(err)),
          1000,
        ).unref();
      }
    });
    await c.connect();
    await c.query(`LISTEN "${pgChannel}"`);
    return c;
  };

  const ensureClient = (): Promise<pg.Client> => {
    client ??= connect().catch((e: unknown) => {
      client = null;
      throw e;
    });
    return client;
  };

  return {
    publish: async (channel, payload) => {
      let text = JSON.stringify({ c: channel, p: payload ?? null });
      if (Buffer.byteLength(text) > maxInlineBytes) {
        const id = randomUUID();
        const now = Date.now();
        await db
          .deleteFrom('notifications')
          .where('created_at', '<', new Date(now - parkedLifetimeMs).toISOString())
          .execute();
        await db
          .insertInto('notifications')
          .values({
            id,
            payload: JSON.stringify(payload ?? null),
            created_at: new Date(now).toISOString(),
          })
          .execute();
        text = JSON.stringify({ c: channel, ref: id });
      }
      await sql`select pg_notify(${pgChannel}, ${text})`.execute(db);
    },
    subscribe: async (channel, listener) => {
      try {
        await ensureClient();
      } catch (e: unknown) {
        throw new AppError(
          'unavailable',
          `cannot listen for live updates on PostgreSQL: ${e instanceof Error ? e.message : String(e)}`,
          undefined,
          { cause: e },
        );
      }
      emitter.on(channel, listener);
      return () => {
        emitter.off(channel, listener);
        return Promise.resolve();
      };
    },
    close: async () => {
      closed = true;
      emitter.removeAllListeners();
      const c = client;
      client = null;
      if (c) await (await c).end();
    },
  };
}
