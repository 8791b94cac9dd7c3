import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Store } from '../domain/store.js';
import { isRetryable, translateError } from './errors.js';
import { migrationProvider, type Dialect } from './migrations.js';
import cluster from 'node:cluster';
import { createClusterPubSub, createLocalPubSub, createPgPubSub, type PubSub } from './pubsub.js';
import { createRepositories } from './repositories.js';
import { fixedStatements, type DirectSqlite } from './fixed.js';
import { ConnectionGate, GatedSqliteDialect } from './sqlite-gate.js';
import { oneAtATime, sqliteLockWaitMs, tryBeginImmediate, withWriteLock } from './sqlite-lock.js';
import { insightsRepository } from './insights.js';
import { guardsRepository, secretsRepository } from './guards.js';
import { integrationsRepository } from './integrations.js';
import { studioRepository, type StudioRepository } from './studio.js';
import type { IntegrationsRepository } from '../domain/integrations.js';
import type { Database } from './schema.js';

export type { Database } from './schema.js';

/** The store with the integrations' repository (webhooks, e-mail threads, outbox). */
export type OpenedStore = Store & {
  integrations: IntegrationsRepository;
  studio: StudioRepository;
};

export type OpenStoreOptions = {
  /** PostgreSQL schema to use (created if missing); also settable as `?schema=` in the URL. */
  pgSchema?: string;
  /** Pool size on PostgreSQL (default 10). */
  poolSize?: number;
  /** Errors that have no caller to go to (a dropped LISTEN connection, an idle pool client). */
  onBackgroundError?: (e: unknown) => void;
  /** SQLite: how long to wait for the write lock another connection holds (default 5,000 ms). */
  sqliteLockWaitMs?: number;
};

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; connectionString: string; schema: string | null };

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Reads a database URL: `sqlite:PATH`, `sqlite::memory:`, `postgres://…` or `postgresql://…`. */
export function parseDatabaseUrl(url: string, pgSchema?: string): DatabaseTarget {
  const text = url.trim();
  if (text.startsWith('sqlite:')) {
    const rest = text.slice('sqlite:'.length).replace(/^\/\/(?=\/|\.)/, '');
    if (rest === '')
      throw new AppError(
        'bad_request',
        `database URL "${url}" names no file; use sqlite:./data/makerdesk.db or sqlite::memory:`,
      );
    return { dialect: 'sqlite', file: rest === ':memory:' ? ':memory:' : resolve(rest) };
  }
  if (/^postgres(ql)?:\/\//.test(text)) {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch (e: unknown) {
      throw new AppError('bad_request', `database URL "${url}" is not a valid URL`, undefined, {
        cause: e,
      });
    }
    const schema = pgSchema ?? parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    if (schema !== null && !schemaName.test(schema)) {
      throw new AppError(
        'bad_request',
        `PostgreSQL schema "${schema}" must be lower-case letters, digits and "_"`,
      );
    }
    return { dialect: 'postgres', connectionString: parsed.toString(), schema };
  }
  throw new AppError(
    'bad_request',
    `database URL "${url}" is not supported; use sqlite:PATH, sqlite::memory: or postgres://…`,
  );
}

function openSqlite(
  file: string,
  lockWaitMs: number,
): {
  db: Kysely<Database>;
  held: Kysely<Database>;
  gate: ConnectionGate;
  connection: SqliteConnection;
} {
  let database: BetterSqlite3.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    database = new BetterSqlite3(file);
    if (file !== ':memory:') database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // Other processes on the same file wait their turn instead of failing at once (a
    // transaction waits for its write lock without this, see `tryBeginImmediate`).
    database.pragma(`busy_timeout = ${lockWaitMs}`);
    database.pragma('synchronous = NORMAL');
    database.pragma(`wal_autocheckpoint = ${walCheckpointPages}`);
  } catch (e: unknown) {
    throw new AppError(
      'unavailable',
      `cannot open SQLite database ${file}: ${e instanceof Error ? e.message : String(e)}`,
      undefined,
      { cause: e },
    );
  }
  const connection = cachingStatements(database);
  const gate = new ConnectionGate();
  return {
    db: new Kysely<Database>({ dialect: new GatedSqliteDialect({ database: connection }, gate) }),
    // The same connection for whoever holds it through `gate` (a transaction): no hand-over.
    // Never destroyed: `db` closes the connection.
    held: new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) }),
    gate,
    connection,
  };
}

/**
 * Pages the WAL may hold before a commit copies them back into the database file (SQLite's
 * default is 1,000). A turn rewrites the same few pages (the message and status index tails,
 * the AUTOINCREMENT counter, the conversation's row), and a checkpoint copies each page once
 * however often it was written since the last one: four times the window copies far fewer pages
 * per turn, and syncs the files a quarter as often, for a WAL file of up to ~16 MB.
 */
const walCheckpointPages = 4000;

/** The one SQLite connection: statements prepared once, and whether a transaction is open on it. */
type SqliteConnection = ReturnType<typeof cachingStatements>;

/** How many distinct prepared statements one SQLite connection keeps. */
export const statementCacheSize = 256;

/**
 * Kysely's SQLite driver prepares every query afresh; the store's queries are a few dozen
 * fixed SQL strings, so each is prepared once and reused (SQLite re-prepares by itself after a
 * schema change). A statement still being iterated is never handed out twice; the oldest entry
 * goes when the cache is full.
 */
export function cachingStatements(database: BetterSqlite3.Database): {
  prepare(sql: string): BetterSqlite3.Statement;
  close(): void;
  readonly inTransaction: boolean;
} {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sqlText: string): BetterSqlite3.Statement {
      const hit = cache.get(sqlText);
      if (hit !== undefined && !hit.busy) return hit;
      const stmt = database.prepare(sqlText);
      if (hit === undefined) {
        if (cache.size >= statementCacheSize) {
          const oldest = cache.keys().next();
          if (oldest.done !== true) cache.delete(oldest.value);
        }
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
    close(): void {
      cache.clear();
      database.close();
    },
    get inTransaction(): boolean {
      return database.inTransaction;
    },
  };
}

function pgConfig(target: Extract<DatabaseTarget, { dialect: 'postgres' }>): pg.ClientConfig {
  return {
    connectionString: target.connectionString,
    ...(target.schema !== null && { options: `-c search_path=${target.schema}` }),
  };
}

async function openPostgres(
  target: Extract<DatabaseTarget, { dialect: 'postgres' }>,
  options: OpenStoreOptions,
): Promise<Kysely<Database>> {
  // The PostgreSQL driver is loaded only by servers that use it.
  const { default: pgModule } = await import('pg');
  if (target.schema !== null) {
    const client = new pgModule.Client({ connectionString: target.connectionString });
    try {
      await client.connect();
      await client.query(`create schema if not exists "${target.schema}"`);
    } catch (e: unknown) {
      throw unavailable(target, e);
    } finally {
      await client.end().catch((e: unknown) => options.onBackgroundError?.(e));
    }
  }
  const pool = new pgModule.Pool({ ...pgConfig(target), max: options.poolSize ?? 10 });
  pool.on('error', (e) => options.onBackgroundError?.(e));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function unavailable(
  target: Extract<DatabaseTarget, { dialect: 'postgres' }>,
  e: unknown,
): AppError {
  const where = new URL(target.connectionString);
  where.password = '';
  return new AppError(
    'unavailable',
    `cannot use PostgreSQL at ${where.host}${where.pathname}: ${e instanceof Error ? e.message : String(e)}`,
    undefined,
    {
      cause: e,
    },
  );
}

type TxContext = {
  owner: symbol;
  conn: Kysely<Database>;
  pending: { channel: string; payload: unknown }[];
  done: boolean;
};
const transactions = new AsyncLocalStorage<TxContext>();

const maxAttempts = 5;
const nowIso = (): string => new Date().toISOString();

/**
 * Opens (and migrates) the database behind `url` and returns the Store. Inside
 * `transaction(fn)` every call on the store — through `fn`'s argument or the store itself —
 * runs on the transaction's connection; a nested `transaction` is a savepoint in the outer one.
 * Publishes made inside a transaction are sent after it commits, and dropped if it rolls back.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const target = parseDatabaseUrl(url, options.pgSchema);
  const dialect: Dialect = target.dialect;
  const lockWaitMs = options.sqliteLockWaitMs ?? sqliteLockWaitMs;
  const sqlite = target.dialect === 'sqlite' ? openSqlite(target.file, lockWaitMs) : null;
  const db =
    target.dialect === 'sqlite' && sqlite !== null
      ? sqlite.db
      : await openPostgres(target as Extract<DatabaseTarget, { dialect: 'postgres' }>, options);

  try {
    const { error } = await new Migrator({
      db,
      provider: migrationProvider(dialect),
      // Kysely looks for its bookkeeping tables in any schema unless told which one is ours.
      ...(target.dialect === 'postgres' && { migrationTableSchema: target.schema ?? 'public' }),
    }).migrateToLatest();
    if (error !== undefined)
      throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  } catch (e: unknown) {
    await db.destroy();
    if (e instanceof AppError) throw e;
    if (target.dialect === 'postgres') throw unavailable(target, e);
    throw new AppError(
      'unavailable',
      `cannot migrate SQLite database ${target.file}: ${e instanceof Error ? e.message : String(e)}`,
      undefined,
      { cause: e },
    );
  }

  const pubsub: PubSub =
    target.dialect === 'postgres'
      ? createPgPubSub({
          db,
          clientConfig: pgConfig(target),
          pgChannel: `makerdesk_${target.schema ?? 'public'}`,
          ...(options.onBackgroundError && { onError: options.onBackgroundError }),
        })
      : cluster.isWorker && process.send !== undefined
        ? // `serve --workers N`: the other workers on this file hear it through the primary.
          createClusterPubSub({
            send: (m) => process.send?.(m),
            on: (e, l) => process.on(e, l),
            off: (e, l) => process.off(e, l),
          })
        : createLocalPubSub();

  const owner = Symbol('store');
  const current = (): TxContext | undefined => {
    const ctx = transactions.getStore();
    return ctx !== undefined && ctx.owner === owner && !ctx.done ? ctx : undefined;
  };
  const executor = (): Kysely<Database> => current()?.conn ?? db;
  // SQLite's one connection may be used directly by the transaction that holds it, or by
  // anyone when no transaction is open on it (each statement then runs and ends at once).
  const sqliteConnection = sqlite?.connection ?? null;
  const direct = (): DirectSqlite | null =>
    sqliteConnection !== null && (!sqliteConnection.inTransaction || current() !== undefined)
      ? sqliteConnection
      : null;
  const stmt = fixedStatements(dialect, executor, direct);
  const repos = createRepositories(executor, stmt, nowIso, dialect);
  let closing: Promise<void> | null = null;

  /** BEGIN, COMMIT or ROLLBACK on the connection this caller holds. */
  const control = async (conn: Kysely<Database>, command: string): Promise<void> => {
    if (sqliteConnection !== null) sqliteConnection.prepare(command).run();
    else await sql.raw(command).execute(conn);
  };

  /** Runs `fn` between the BEGIN already done on `conn` and COMMIT (ROLLBACK if it throws). */
  const inTransaction = async <T>(
    conn: Kysely<Database>,
    fn: (tx: Store) => Promise<T>,
  ): Promise<{ result: T; pending: TxContext['pending'] }> => {
    const ctx: TxContext = { owner, conn, pending: [], done: false };
    try {
      const result = await transactions.run(ctx, () => fn(store));
      ctx.done = true;
      await control(conn, 'commit');
      return { result, pending: ctx.pending };
    } catch (e: unknown) {
      ctx.done = true;
      try {
        await control(conn, 'rollback');
      } catch (rollbackError: unknown) {
        throw new AggregateError(
          [e, rollbackError],
          'transaction failed and could not be rolled back',
        );
      }
      throw e;
    }
  };

  // SQLite: BEGIN IMMEDIATE takes the write lock up front, so two processes on one file cannot
  // both read-then-write. While another process holds it, the transaction waits without
  // blocking the event loop, and gives the connection back to this process's other queries
  // between tries; this process's other transactions queue behind it.
  const sqliteTurn = oneAtATime();
  const runOnce = async <T>(
    fn: (tx: Store) => Promise<T>,
  ): Promise<{ result: T; pending: TxContext['pending'] }> => {
    const sqliteDb = sqliteConnection;
    if (sqliteDb === null)
      return db.connection().execute(async (conn) => {
        await control(conn, 'begin');
        return inTransaction(conn, fn);
      });
    const { gate, held } = sqlite as NonNullable<typeof sqlite>;
    // The connection is taken from Kysely's queries through the gate, and the transaction's
    // queries run on `held`, the same connection without a hand-over per statement.
    const attempt = async (): Promise<
      { value: { result: T; pending: TxContext['pending'] } } | { busy: Error }
    > => {
      if (!gate.tryTake()) await gate.take();
      try {
        const busy = tryBeginImmediate(sqliteDb, lockWaitMs);
        return busy !== null ? { busy } : { value: await inTransaction(held, fn) };
      } finally {
        gate.give();
      }
    };
    return sqliteTurn(() => withWriteLock(attempt, lockWaitMs));
  };

  let savepoints = 0;
  /** A transaction inside a transaction is a savepoint: its failure undoes only its own writes. */
  const nested = async <T>(ctx: TxContext, fn: (tx: Store) => Promise<T>): Promise<T> => {
    const name = `sp_${++savepoints}`;
    const published = ctx.pending.length;
    await sql.raw(`savepoint ${name}`).execute(ctx.conn);
    try {
      const result = await fn(store);
      await sql.raw(`release savepoint ${name}`).execute(ctx.conn);
      return result;
    } catch (e: unknown) {
      await sql.raw(`rollback to savepoint ${name}`).execute(ctx.conn);
      ctx.pending.length = published;
      throw translateError(e, 'transaction');
    }
  };

  const store: OpenedStore = {
    dialect,
    integrations: integrationsRepository(() => current()?.conn ?? db, dialect),
    studio: studioRepository(() => current()?.conn ?? db),
    ...repos,
    insights: insightsRepository(() => current()?.conn ?? db),
    guards: guardsRepository(executor, dialect, (fn) => store.transaction(() => fn()), stmt),
    secrets: secretsRepository(() => current()?.conn ?? db, nowIso),
    async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      const outer = current();
      if (outer !== undefined) return nested(outer, fn);
      for (let attempt = 1; ; attempt++) {
        try {
          const { result, pending } = await runOnce(fn);
          for (const p of pending) await pubsub.publish(p.channel, p.payload);
          return result;
        } catch (e: unknown) {
          if (dialect === 'postgres' && isRetryable(e) && attempt < maxAttempts) {
            await new Promise((r) => setTimeout(r, 5 * attempt + Math.floor(Math.random() * 10)));
            continue;
          }
          throw translateError(e, 'transaction');
        }
      }
    },
    async publish(channel, payload) {
      const ctx = current();
      if (ctx !== undefined) {
        ctx.pending.push({ channel, payload });
        return;
      }
      await pubsub.publish(channel, payload);
    },
    subscribe: (channel, listener) => pubsub.subscribe(channel, listener),
    close() {
      closing ??= (async () => {
        await pubsub.close();
        await db.destroy();
      })();
      return closing;
    },
  };
  return store;
}
