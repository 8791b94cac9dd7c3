import { AppError } from '../domain/errors.js';

/** Driver error codes we translate; everything else passes through unchanged. */
const uniqueCodes = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const foreignKeyCodes = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);
/** PostgreSQL: serialization failure and deadlock; the transaction may simply be retried. */
const retryableCodes = new Set(['40001', '40P01']);

function codeOf(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string')
    return e.code;
  return undefined;
}

export function isRetryable(e: unknown): boolean {
  const code = codeOf(e);
  return code !== undefined && retryableCodes.has(code);
}

/** Turns a driver error into an AppError where it has a meaning for callers (unique → conflict). */
export function translateError(e: unknown, what: string): unknown {
  if (e instanceof AppError) return e;
  const code = codeOf(e);
  if (code !== undefined && uniqueCodes.has(code)) {
    return new AppError('conflict', `${what}: a record with this key already exists`, undefined, {
      cause: e,
    });
  }
  if (code !== undefined && foreignKeyCodes.has(code)) {
    return new AppError('not_found', `${what}: refers to a record that does not exist`, undefined, {
      cause: e,
    });
  }
  return e;
}

/** Runs one store operation and translates what the driver throws. */
export async function guard<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e: unknown) {
    throw translateError(e, what);
  }
}
