import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements, statementCacheSize } from './index.js';

describe('cachingStatements', () => {
  it('prepares one SQL text once and reuses the statement', () => {
    const db = new BetterSqlite3(':memory:');
    const cached = cachingStatements(db);
    const a = cached.prepare('select 1 as x');
    const b = cached.prepare('select 1 as x');
    expect(b).toBe(a);
    expect(cached.prepare('select 2 as x')).not.toBe(a);
    cached.close();
    expect(db.open).toBe(false);
  });

  it('hands out a fresh statement while the cached one is still iterating', () => {
    const db = new BetterSqlite3(':memory:');
    const cached = cachingStatements(db);
    const q = 'select value from json_each(?)';
    const first = cached.prepare(q);
    const rows: unknown[] = [];
    for (const row of first.iterate('[1,2]')) {
      const second = cached.prepare(q);
      expect(second).not.toBe(first);
      rows.push(row, second.all('[3]'));
    }
    expect(rows).toHaveLength(4);
    expect(cached.prepare(q)).toBe(first);
    cached.close();
  });

  it('keeps at most statementCacheSize statements, dropping the oldest', () => {
    const db = new BetterSqlite3(':memory:');
    const cached = cachingStatements(db);
    const first = cached.prepare('select 0');
    for (let i = 1; i <= statementCacheSize; i++) cached.prepare(`select ${i}`);
    expect(cached.prepare('select 0')).not.toBe(first);
    const last = cached.prepare(`select ${statementCacheSize}`);
    expect(cached.prepare(`select ${statementCacheSize}`)).toBe(last);
    cached.close();
  });

  it('still sees schema changes made after a statement was cached', () => {
    const db = new BetterSqlite3(':memory:');
    const cached = cachingStatements(db);
    db.exec('create table t (a integer)');
    cached.prepare('insert into t (a) values (?)').run(1);
    db.exec('alter table t add column b integer default 7');
    expect(cached.prepare('select * from t').all()).toEqual([{ a: 1, b: 7 }]);
    cached.close();
  });
});
