import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { crossFieldIssues, policySchema, type Policy } from './schema.js';

/** One problem in a policy file, with its 1-based line and column. */
export type PolicyIssue = {
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
};
export type ParsedPolicy = { ok: true; value: Policy } | { ok: false; issues: PolicyIssue[] };

type Range = [number, number, number] | undefined;

/**
 * Parses a policy file (YAML, or JSON — which YAML reads too) and validates it. Errors carry the
 * line and column of the offending value (or key, for an unknown key), found through the YAML
 * document's source ranges; `fileName` only names the file in messages.
 */
export function parsePolicyText(text: string, fileName = 'policy'): ParsedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        ...(e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : at(e.pos[0])),
        path: [],
        message: `${/\.json$/i.test(fileName) ? 'JSON' : 'YAML'} syntax: ${firstLine(e.message)}`,
      })),
    };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [
        {
          ...at(0),
          path: [],
          message: 'must be a mapping of sections such as "shop:" and "returns:"',
        },
      ],
    };
  }
  const parsed = policySchema.safeParse(raw, { error: plainMessage });
  if (parsed.success) return { ok: true, value: parsed.data };

  const issues: PolicyIssue[] = [];
  const seen = new Set<string>();
  const push = (
    path: (string | number)[],
    message: string,
    key?: string,
    crossField = false,
  ): void => {
    const id = `${path.join('.')}|${key ?? ''}|${message}`;
    // (The schema's own refinement repeats the cross-field issues; the first one kept wins.)
    if (seen.has(id)) return;
    seen.add(id);
    const offset = locate(doc, path, key);
    const fromDefault = crossField && path.length > 0 && !doc.hasIn(path);
    issues.push({
      ...at(offset),
      path: key === undefined ? path : [...path, key],
      message: fromDefault
        ? `${message} (this is the default; set ${path.filter((p) => typeof p === 'string').join('.')} to fit your pipeline)`
        : message,
    });
  };
  // Refinements are skipped when a section already failed; report cross-section mistakes anyway.
  for (const issue of crossFieldIssues(raw)) push(issue.path, issue.message, undefined, true);
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push(path, `unknown key "${key}"${suggest(key, path)}`, key);
    } else {
      push(path, issue.message, undefined, issue.code === 'custom');
    }
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}

/** Formats issues as `file:line:col path: message`, one per line, as compilers do. */
export function formatPolicyIssues(fileName: string, issues: readonly PolicyIssue[]): string[] {
  return issues.map(
    (i) =>
      `${fileName}:${i.line}:${i.column} ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`,
  );
}

const typeNames: Record<string, string> = {
  object: 'a mapping of keys (key: value lines)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** Zod's default wording, made plain for a shop owner editing a file. */
function plainMessage(issue: {
  code?: string;
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
}): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected =
      typeof issue.expected === 'string'
        ? (typeNames[issue.expected] ?? issue.expected)
        : 'another type';
    if (issue.input === undefined) return `is required (${expected})`;
    const got =
      issue.input === null
        ? 'nothing'
        : Array.isArray(issue.input)
          ? 'a list'
          : typeof issue.input === 'object'
            ? 'a mapping'
            : `${typeof issue.input} ${JSON.stringify(issue.input)}`;
    return `must be ${expected}, got ${got}`;
  }
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    return `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/** Source offset of the node at `path` (its key when `key` is given); the nearest existing ancestor otherwise. */
function locate(doc: Document, path: (string | number)[], key?: string): number {
  let node: unknown = doc.contents;
  let best = start(node);
  for (const segment of path) {
    const next = child(node, segment);
    if (next === undefined) return best;
    node = next.value;
    best = start(next.value) ?? next.keyStart ?? best;
  }
  if (key !== undefined) {
    const pair = child(node, key);
    if (pair?.keyStart !== undefined) return pair.keyStart;
  }
  return best ?? 0;
}

function start(node: unknown): number {
  const range = (node as { range?: Range } | null)?.range;
  return range?.[0] ?? 0;
}

function child(
  node: unknown,
  segment: string | number,
): { value: unknown; keyStart?: number } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const k = isScalar(item.key) ? item.key.value : item.key;
      if (String(k) === String(segment)) {
        const keyStart = (item.key as Node | null)?.range?.[0];
        // A key with no value ("returns:") has no value node; point at the key.
        const value = item.value ?? item.key;
        return keyStart === undefined ? { value } : { value, keyStart };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

const knownKeys: Record<string, string[]> = {
  '': [
    'version',
    'shop',
    'pipeline',
    'leadTime',
    'changeWindowHours',
    'cancellation',
    'addressChange',
    'returns',
    'quality',
    'refunds',
    'escalation',
    'sellers',
    'productTypes',
  ],
};

/** "did you mean" for a top-level key typo. */
function suggest(key: string, path: (string | number)[]): string {
  const candidates = knownKeys[path.join('.')];
  if (!candidates) return '';
  const close = candidates.find(
    (c) =>
      c.toLowerCase() === key.toLowerCase() || distance(c.toLowerCase(), key.toLowerCase()) <= 2,
  );
  return close ? ` (did you mean "${close}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
