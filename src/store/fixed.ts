import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import { guard, translateError } from './errors.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

/** The SQLite connection itself, for statements that need no query building. */
export type DirectSqlite = {
  prepare(sql: string): BetterSqlite3.Statement;
};

/** A statement's parameters, made when it runs (what making them throws rejects like a driver error). */
type Params = () => readonly unknown[];

/**
 * One fixed SQL statement: its rows, or the number of rows it changed, handed to `then`; what
 * the driver throws is translated as `guard(what, …)` translates it.
 */
export type FixedStatement = {
  query<R, T>(what: string, params: Params, then: (rows: R[]) => T): Promise<T>;
  exec<T>(what: string, params: Params, then: (changes: number) => T): Promise<T>;
};

/** What the driver threw, translated as `guard` does, as a rejected promise. */
// eslint-disable-next-line @typescript-eslint/require-await -- an async function turns the throw into its rejection
async function failed(e: unknown, what: string): Promise<never> {
  throw translateError(e, what);
}

/**
 * Statements every conversation turn runs, as fixed SQL: no query building per call. `?`
 * placeholders become `$1…` on PostgreSQL. On SQLite a statement runs straight on the
 * connection whenever `direct()` hands it out — inside this caller's transaction, or when no
 * transaction is open — which skips Kysely's connection hand-over (a dozen promises per
 * statement); otherwise it queues for the connection through Kysely like any other query. A
 * statement run straight on the connection gives its result as one settled promise: no async
 * function per layer (guard, repository, statement), each a promise and a resumption per call.
 */
export function fixedStatements(
  dialect: Dialect,
  db: () => Kysely<Database>,
  direct: () => DirectSqlite | null,
): (q: string) => FixedStatement {
  return (q) => {
    let n = 0;
    const sqlText = dialect === 'postgres' ? q.replace(/\?/g, () => `$${++n}`) : q;
    return {
      query<R, T>(what: string, params: Params, then: (rows: R[]) => T): Promise<T> {
        const d = direct();
        if (d === null)
          return guard(what, async () => {
            const r = await db().executeQuery<R>(CompiledQuery.raw(sqlText, [...params()]));
            return then(r.rows);
          });
        try {
          return Promise.resolve(then(d.prepare(sqlText).all(params()) as R[]));
        } catch (e: unknown) {
          return failed(e, what);
        }
      },
      exec<T>(what: string, params: Params, then: (changes: number) => T): Promise<T> {
        const d = direct();
        if (d === null)
          return guard(what, async () => {
            const r = await db().executeQuery(CompiledQuery.raw(sqlText, [...params()]));
            return then(Number(r.numAffectedRows ?? 0n));
          });
        try {
          return Promise.resolve(then(d.prepare(sqlText).run(params()).changes));
        } catch (e: unknown) {
          return failed(e, what);
        }
      },
    };
  };
}
