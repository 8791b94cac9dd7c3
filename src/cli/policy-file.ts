import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import {
  defaultPolicy,
  formatPolicyIssues,
  parsePolicyText,
  type ParsedPolicy,
  type Policy,
} from '../policy/index.js';

export type ReadPolicyResult = ParsedPolicy & { lines: string[] };

/** Reads and validates a policy file; `lines` are `file:line:col message` for each problem. */
export async function readPolicyFile(path: string): Promise<ReadPolicyResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e: unknown) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : e instanceof Error
            ? e.message
            : String(e);
    throw new AppError('bad_request', `cannot read policy file ${path}: ${why}`, undefined, {
      cause: e,
    });
  }
  const parsed = parsePolicyText(text, path);
  return { ...parsed, lines: parsed.ok ? [] : formatPolicyIssues(path, parsed.issues) };
}

/**
 * Loads the shop's policy file, or the defaults (contracts.md §6) when `path` is undefined.
 * An invalid file throws an AppError whose message names the file, line and reason of each problem.
 */
export async function loadPolicyFile(path: string | undefined): Promise<Policy> {
  if (path === undefined) return defaultPolicy;
  const r = await readPolicyFile(path);
  if (r.ok) return r.value;
  throw new AppError(
    'validation_failed',
    `policy file ${path} is not valid (${r.issues.length} ${r.issues.length === 1 ? 'problem' : 'problems'}):\n${r.lines.map((l) => `  ${l}`).join('\n')}`,
  );
}
