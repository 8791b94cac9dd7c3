import {
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/**
 * Who holds SQLite's one connection: Kysely's queries and the store's own transactions take
 * turns here, first come first served. Taking it when it is free settles nothing and allocates
 * nothing, so a transaction needs no promise for it.
 */
export class ConnectionGate {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  /** Takes the connection if it is free; false when someone holds it. */
  tryTake(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  /** Takes the connection, waiting behind those who asked first. */
  take(): Promise<void> {
    if (this.tryTake()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the connection to the next in line, or frees it. */
  give(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.held = false;
  }
}

/** Kysely's SQLite driver, but the connection is held through `gate`. */
class GatedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly gate: ConnectionGate,
  ) {}
  init(): Promise<void> {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.gate.take();
    try {
      return await this.inner.acquireConnection();
    } catch (e: unknown) {
      this.gate.give();
      throw e;
    }
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(connection);
    } finally {
      this.gate.give();
    }
  }
  beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(c, settings);
  }
  commitTransaction(c: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(c);
  }
  rollbackTransaction(c: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(c);
  }
  savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.savepoint?.(c, name, compile) ?? Promise.resolve();
  }
  rollbackToSavepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.rollbackToSavepoint?.(c, name, compile) ?? Promise.resolve();
  }
  releaseSavepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.releaseSavepoint?.(c, name, compile) ?? Promise.resolve();
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** Kysely's SQLite dialect whose queries hold the connection through `gate`. */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly gate: ConnectionGate,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    return new GatedDriver(super.createDriver(), this.gate);
  }
}
