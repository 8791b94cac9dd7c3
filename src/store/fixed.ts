import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

/** The SQLite connection itself, for statements that need no query building. */
export type DirectSqlite = {
  prepare(sql: string): BetterSqlite3.Statement;
};

/** One fixed SQL statement: its rows, or the number of rows it changed. */
export type FixedStatement = {
  rows<R>(params: readonly unknown[]): Promise<R[]>;
  run(params: readonly unknown[]): Promise<number>;
};

/**
 * Statements every conversation turn runs, as fixed SQL: no query building per call. `?`
 * placeholders become `$1…` on PostgreSQL. On SQLite a statement runs straight on the
 * connection whenever `direct()` hands it out — inside this caller's transaction, or when no
 * transaction is open — which skips Kysely's connection hand-over (a dozen promises per
 * statement); otherwise it queues for the connection through Kysely like any other query.
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
      async rows<R>(params: readonly unknown[]): Promise<R[]> {
        const d = direct();
        if (d !== null) return d.prepare(sqlText).all(params) as R[];
        return (await db().executeQuery<R>(CompiledQuery.raw(sqlText, [...params]))).rows;
      },
      async run(params: readonly unknown[]): Promise<number> {
        const d = direct();
        if (d !== null) return d.prepare(sqlText).run(params).changes;
        const r = await db().executeQuery(CompiledQuery.raw(sqlText, [...params]));
        return Number(r.numAffectedRows ?? 0n);
      },
    };
  };
}
