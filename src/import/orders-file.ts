import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { Issue } from '../domain/order.js';
import { readEtsyText } from './etsy.js';

/** One order read from a file, or why it could not be read. `row` is what the user looks up. */
export type OrderRow = {
  row: number;
  input: Record<string, unknown>;
  issues: Issue[];
  itemRows: number[];
};

export type FileProblem = { message: string };
export type ReadOrders = { ok: true; rows: OrderRow[] } | { ok: false; problem: FileProblem };

export const importFormats = ['json', 'csv', 'etsy'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Columns of the CSV format (docs/import.md): order-level columns repeat on every item row. */
export const csvColumns = [
  'id',
  'createdAt',
  'currency',
  'customerEmail',
  'customerName',
  'customerPostcode',
  'customerLanguage',
  'shipLine1',
  'shipLine2',
  'shipCity',
  'shipRegion',
  'shipPostcode',
  'shipCountry',
  'stage',
  'stageUpdatedAt',
  'fulfillmentStatus',
  'carrier',
  'trackingNumber',
  'trackingUrl',
  'shippedAt',
  'deliveredAt',
  'estimatedDeliveryAt',
  'paymentTotal',
  'paymentRefunded',
  'delayed',
  'note',
  'sku',
  'title',
  'sellerId',
  'productType',
  'quantity',
  'unitPrice',
  'personalized',
  'personalization',
  'finalSale',
] as const;
type Column = (typeof csvColumns)[number];

const itemColumns = new Set<Column>([
  'sku',
  'title',
  'sellerId',
  'productType',
  'quantity',
  'unitPrice',
  'personalized',
  'personalization',
  'finalSale',
]);
const orderColumns = csvColumns.filter((c) => !itemColumns.has(c));

/** Picks the format from the file name, else from the first character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text.trimStart().startsWith('[') ? 'json' : 'csv';
}

export function readOrdersText(text: string, format: ImportFormat): ReadOrders {
  switch (format) {
    case 'json':
      return readJson(text);
    case 'csv':
      return readCsv(text);
    case 'etsy':
      return readEtsyText(text);
  }
}

function readJson(text: string): ReadOrders {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e: unknown) {
    return {
      ok: false,
      problem: { message: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
  if (!Array.isArray(value))
    return {
      ok: false,
      problem: { message: 'a JSON import file must be an array of orders: [ {...}, {...} ]' },
    };
  const rows = value.map((v: unknown, i): OrderRow => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return {
        row: i + 1,
        input: {},
        itemRows: [],
        issues: [{ path: [], code: 'invalid_type', message: 'must be an order object' }],
      };
    }
    return { row: i + 1, input: { ...v }, itemRows: [], issues: [] };
  });
  return { ok: true, rows: markDuplicates(rows) };
}

const csvRecords = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }),
);

function readCsv(text: string): ReadOrders {
  let records: z.infer<typeof csvRecords>;
  try {
    const raw: unknown = parseCsv(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
    records = csvRecords.parse(raw);
  } catch (e: unknown) {
    return {
      ok: false,
      problem: { message: `malformed CSV: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
  const [head, ...body] = records;
  if (!head)
    return {
      ok: false,
      problem: { message: 'the CSV file is empty; it needs a header line (see docs/import.md)' },
    };
  const header = head.record;
  const known = new Set<string>(csvColumns);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: {
        message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} in the header; the columns are listed in docs/import.md`,
      },
    };
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined)
    return { ok: false, problem: { message: `column "${dup}" appears twice in the header` } };
  for (const required of ['id', 'sku'] as const) {
    if (!header.includes(required))
      return { ok: false, problem: { message: `the header has no "${required}" column` } };
  }

  // Rows of one order are consecutive; an id that comes back later is a duplicate.
  const groups: {
    id: string;
    rows: { line: number; cells: Map<Column, string>; issues: Issue[] }[];
  }[] = [];
  for (const { record, info } of body) {
    const cells = new Map<Column, string>();
    header.forEach((h, i) => {
      const v = record[i];
      if (v !== undefined && v !== '') cells.set(h as Column, v);
    });
    const issues: Issue[] = [];
    if (record.length !== header.length) {
      issues.push({
        path: [],
        code: 'invalid_format',
        message: `has ${record.length} fields but the header has ${header.length}`,
      });
    }
    const id = cells.get('id') ?? '';
    const last = groups.at(-1);
    if (last && last.id === id && id !== '') last.rows.push({ line: info.lines, cells, issues });
    else groups.push({ id, rows: [{ line: info.lines, cells, issues }] });
  }

  const rows = groups.map((g): OrderRow => {
    const first = g.rows[0];
    if (!first) throw new Error('empty group');
    const issues: Issue[] = g.rows.flatMap((r) => r.issues);
    const input: Record<string, unknown> = {};
    const get = (c: Column): string | undefined => first.cells.get(c);
    // Order-level cells must agree on every row of the order.
    for (const c of orderColumns) {
      for (const r of g.rows.slice(1)) {
        const v = r.cells.get(c);
        if (v !== undefined && v !== get(c)) {
          issues.push({
            path: [c],
            code: 'invalid_value',
            message: `differs between the rows of order ${g.id} (line ${first.line}: "${get(c) ?? ''}", line ${r.line}: "${v}")`,
          });
        }
      }
    }
    const put = (path: string[], value: unknown): void => {
      if (value === undefined) return;
      let o = input;
      for (const p of path.slice(0, -1)) {
        const next = o[p];
        if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
        else {
          const created: Record<string, unknown> = {};
          o[p] = created;
          o = created;
        }
      }
      const key = path.at(-1);
      if (key !== undefined) o[key] = value;
    };
    put(['id'], get('id'));
    put(['createdAt'], get('createdAt'));
    put(['currency'], get('currency'));
    put(['customer', 'email'], get('customerEmail'));
    put(['customer', 'name'], get('customerName'));
    put(['customer', 'postcode'], get('customerPostcode'));
    put(['customer', 'language'], get('customerLanguage'));
    if (!('customer' in input)) input['customer'] = {};
    if (
      orderHasAny(first.cells, [
        'shipLine1',
        'shipLine2',
        'shipCity',
        'shipRegion',
        'shipPostcode',
        'shipCountry',
      ])
    ) {
      put(['shippingAddress', 'line1'], get('shipLine1'));
      put(['shippingAddress', 'line2'], get('shipLine2'));
      put(['shippingAddress', 'city'], get('shipCity'));
      put(['shippingAddress', 'region'], get('shipRegion'));
      put(['shippingAddress', 'postcode'], get('shipPostcode'));
      put(['shippingAddress', 'country'], get('shipCountry'));
      if (!('shippingAddress' in input)) input['shippingAddress'] = {};
    }
    put(['stage'], get('stage'));
    put(['stageUpdatedAt'], get('stageUpdatedAt'));
    if (
      orderHasAny(first.cells, [
        'fulfillmentStatus',
        'carrier',
        'trackingNumber',
        'trackingUrl',
        'shippedAt',
        'deliveredAt',
        'estimatedDeliveryAt',
      ])
    ) {
      input['fulfillment'] = {
        status: get('fulfillmentStatus'),
        carrier: get('carrier') ?? null,
        trackingNumber: get('trackingNumber') ?? null,
        trackingUrl: get('trackingUrl') ?? null,
        shippedAt: get('shippedAt') ?? null,
        deliveredAt: get('deliveredAt') ?? null,
        estimatedDeliveryAt: get('estimatedDeliveryAt') ?? null,
      };
    }
    input['payment'] = {
      total: get('paymentTotal'),
      ...(get('paymentRefunded') !== undefined && { refunded: get('paymentRefunded') }),
    };
    const delayed = flag(get('delayed'), ['delayed'], issues);
    if (delayed !== undefined) input['delayed'] = delayed;
    put(['note'], get('note'));
    input['items'] = g.rows.map((r, i) => {
      const cell = (c: Column): string | undefined => r.cells.get(c);
      const item: Record<string, unknown> = {};
      const path = (field: string): (string | number)[] => ['items', i, field];
      for (const c of ['sku', 'title', 'sellerId', 'productType'] as const) {
        const v = cell(c);
        if (v !== undefined) item[c] = v;
      }
      const q = cell('quantity');
      if (q !== undefined) {
        if (/^-?\d+$/.test(q)) item['quantity'] = Number(q);
        else
          issues.push({
            path: path('quantity'),
            code: 'invalid_type',
            message: `must be a whole number, not "${q}"`,
          });
      }
      const price = cell('unitPrice');
      if (price !== undefined) item['unitPrice'] = price;
      const personalized = flag(cell('personalized'), path('personalized'), issues);
      if (personalized !== undefined) item['personalized'] = personalized;
      const finalSale = flag(cell('finalSale'), path('finalSale'), issues);
      if (finalSale !== undefined) item['finalSale'] = finalSale;
      const p = cell('personalization');
      if (p !== undefined) {
        const parsed = personalizationOf(p);
        if (parsed.ok) item['personalization'] = parsed.value;
        else
          issues.push({
            path: path('personalization'),
            code: 'invalid_format',
            message: parsed.message,
          });
      }
      return item;
    });
    return { row: first.line, input, issues, itemRows: g.rows.map((r) => r.line) };
  });
  return { ok: true, rows: markDuplicates(rows) };
}

function orderHasAny(cells: Map<Column, string>, columns: Column[]): boolean {
  return columns.some((c) => cells.has(c));
}

function flag(
  value: string | undefined,
  path: (string | number)[],
  issues: Issue[],
): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(v)) return true;
  if (['false', 'no', 'n', '0'].includes(v)) return false;
  issues.push({ path, code: 'invalid_type', message: `must be true or false, not "${value}"` });
  return undefined;
}

/** `{"engraving":"Mia"}` or `engraving=Mia;font=script`. */
export function personalizationOf(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (text.startsWith('{')) {
    try {
      const v: unknown = JSON.parse(text);
      if (typeof v === 'object' && v !== null && !Array.isArray(v))
        return { ok: true, value: { ...v } };
    } catch {
      return {
        ok: false,
        message: 'is not valid JSON (use {"key":"value"} or key=value;key=value)',
      };
    }
    return { ok: false, message: 'must be a JSON object' };
  }
  const value: Record<string, string> = {};
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0)
      return {
        ok: false,
        message: `"${part.trim()}" is not key=value (use key=value;key=value or JSON)`,
      };
    value[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { ok: true, value };
}

/** Every occurrence of an id that appears more than once is rejected: which one is right is unknown. */
function markDuplicates(rows: OrderRow[]): OrderRow[] {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    const id = r.input['id'];
    if (typeof id !== 'string' || id.trim() === '') continue;
    const key = id.trim();
    seen.set(key, [...(seen.get(key) ?? []), r.row]);
  }
  return rows.map((r) => {
    const id = r.input['id'];
    const where = typeof id === 'string' ? seen.get(id.trim()) : undefined;
    if (!where || where.length < 2) return r;
    const others = where.filter((w) => w !== r.row);
    return {
      ...r,
      issues: [
        ...r.issues,
        {
          path: ['id'],
          code: 'duplicate',
          message: `order "${String(id)}" appears more than once in this file (also row ${others.join(', ')})`,
        },
      ],
    };
  });
}
