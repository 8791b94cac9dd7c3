import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { defaultPolicy } from '../policy/index.js';
import { loadPolicyFile } from './policy-file.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-policy-file-'));

describe('loadPolicyFile', () => {
  it('gives the defaults without a file', async () => {
    expect(await loadPolicyFile(undefined)).toBe(defaultPolicy);
  });

  it('loads a valid file', async () => {
    const path = join(dir, 'ok.yaml');
    writeFileSync(path, 'changeWindowHours: 12\n');
    expect((await loadPolicyFile(path)).changeWindowHours).toBe(12);
  });

  it('an invalid file throws an AppError naming file, line and reason', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{\n  "refunds": { "autoLimit": -3 }\n}\n');
    const error = await loadPolicyFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    expect((error as AppError).message).toContain(
      `${path}:2:29 refunds.autoLimit: must not be negative`,
    );
  });

  it('a missing file or a folder is a bad_request', async () => {
    await expect(loadPolicyFile(join(dir, 'absent.yaml'))).rejects.toThrow(/no such file/);
    await expect(loadPolicyFile(dir)).rejects.toThrow(/is a directory/);
  });
});
