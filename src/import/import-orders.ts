import { readFile } from 'node:fs/promises';
import type { Actions } from '../actions/index.js';
import { AppError } from '../domain/errors.js';
import { parseOrder, type Issue } from '../domain/order.js';
import { detectFormat, readOrdersText, type ImportFormat, type OrderRow } from './orders-file.js';

export type RejectedRow = { row: number; issues: Issue[] };
export type ImportReport = {
  format: ImportFormat;
  created: number;
  updated: number;
  rejected: RejectedRow[];
};

const importActor = 'system:import';

/** Reads an import file; a missing or malformed file is one clear AppError and imports nothing. */
export async function readOrdersFile(
  path: string,
  format?: ImportFormat,
): Promise<{ format: ImportFormat; rows: OrderRow[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e);
    throw new AppError('bad_request', `cannot read ${path}: ${why}`, undefined, { cause: e });
  }
  const fmt = format ?? detectFormat(path, text);
  const read = readOrdersText(text, fmt);
  if (!read.ok)
    throw new AppError('bad_request', `${path}: ${read.problem.message}; nothing was imported`);
  return { format: fmt, rows: read.rows };
}

/**
 * Imports rows one order at a time through the same upsert the HTTP API uses; each order is one
 * transaction, so an interruption never leaves half an order. Bad rows are collected, good ones
 * imported. Errors that are not about the data (the database went away) stop the import.
 */
export async function importOrderRows(
  rows: OrderRow[],
  actions: Actions,
  format: ImportFormat,
): Promise<ImportReport> {
  const report: ImportReport = { format, created: 0, updated: 0, rejected: [] };
  for (const row of rows) {
    if (row.issues.length > 0) {
      // Report the file's own findings with whatever else is wrong with the order, unless the
      // row is broken as a whole (not an object, wrong number of fields).
      const broken = row.issues.some((i) => i.path.length === 0);
      const parsed = broken ? null : parseOrder(row.input);
      const more = parsed === null || parsed.ok ? [] : parsed.issues;
      report.rejected.push({ row: row.row, issues: tidy(row.input, more, row.issues) });
      continue;
    }
    try {
      const { status } = await actions.upsertOrder(row.input, importActor);
      if (status === 'created') report.created++;
      else report.updated++;
    } catch (e: unknown) {
      if (e instanceof AppError && e.code !== 'internal' && e.code !== 'unavailable') {
        const issues = e.issues?.length
          ? e.issues
          : [{ path: [], code: e.code, message: e.message }];
        report.rejected.push({ row: row.row, issues: tidy(row.input, issues) });
        continue;
      }
      throw e;
    }
  }
  return report;
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/**
 * One problem per field (the file's own findings first), and "is required" where a validation
 * problem is just a missing field.
 */
function tidy(input: unknown, issues: Issue[], fileIssues: Issue[] = []): Issue[] {
  const seen = new Set<string>(fileIssues.map((i) => JSON.stringify(i.path)));
  const out: Issue[] = [...fileIssues];
  for (const i of issues) {
    const key = JSON.stringify(i.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const missing =
      i.path.length > 0 &&
      valueAt(input, i.path) === undefined &&
      (i.code === 'invalid_type' || i.code === 'invalid_union');
    out.push(missing ? { ...i, message: 'is required' } : i);
  }
  return out;
}

/** `items[0].unitPrice` — the path as a JSON user reads it. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`),
    '',
  );
}

const csvNames: Record<string, string> = {
  'customer.email': 'customerEmail',
  'customer.name': 'customerName',
  'customer.postcode': 'customerPostcode',
  'customer.language': 'customerLanguage',
  'payment.total': 'paymentTotal',
  'payment.refunded': 'paymentRefunded',
  'fulfillment.status': 'fulfillmentStatus',
};

/** For CSV, the column the user has to fix, and the line of the item row an item problem is on. */
function csvLocation(row: OrderRow, path: (string | number)[]): { row: number; field: string } {
  const [head, index, field] = path;
  if (head === 'items' && typeof index === 'number') {
    return {
      row: row.itemRows[index] ?? row.row,
      field: typeof field === 'string' ? field : 'items',
    };
  }
  const dotted = path.join('.');
  if (csvNames[dotted] !== undefined) return { row: row.row, field: csvNames[dotted] };
  if (head === 'shippingAddress' && typeof index === 'string')
    return { row: row.row, field: `ship${index[0]?.toUpperCase() ?? ''}${index.slice(1)}` };
  if (head === 'fulfillment' && typeof index === 'string') return { row: row.row, field: index };
  return { row: row.row, field: formatPath(path) };
}

/**
 * One line per bad row: `row 7: items[0].unitPrice: must not be negative; …`. In CSV files the row
 * is the line number (header = line 1), an item's problem is reported on its own line, and
 * fields are named by their column.
 */
export function rejectionLines(report: ImportReport, rows: OrderRow[]): string[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const lines: { row: number; text: string }[] = [];
  for (const rej of report.rejected) {
    const row = byRow.get(rej.row);
    if (report.format === 'csv' && row) {
      const perLine = new Map<number, string[]>();
      for (const i of rej.issues) {
        const loc = csvLocation(row, i.path);
        perLine.set(loc.row, [
          ...(perLine.get(loc.row) ?? []),
          loc.field === '' ? i.message : `${loc.field}: ${i.message}`,
        ]);
      }
      for (const [line, parts] of perLine)
        lines.push({ row: line, text: `row ${line}: ${parts.join('; ')}` });
      continue;
    }
    const parts = rej.issues.map((i) => {
      const p = formatPath(i.path);
      return p === '' ? i.message : `${p}: ${i.message}`;
    });
    lines.push({ row: rej.row, text: `row ${rej.row}: ${parts.join('; ')}` });
  }
  return lines.sort((x, y) => x.row - y.row).map((l) => l.text);
}

export function summaryLine(report: ImportReport): string {
  return `${report.created} imported, ${report.updated} updated, ${report.rejected.length} rejected`;
}
