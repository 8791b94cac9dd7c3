import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '../actions/index.js';
import { main } from '../cli/main.js';
import type { OrderInput } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import { openStore } from '../store/index.js';
import { importOrderRows } from './import-orders.js';
import { readOrdersText } from './orders-file.js';
import { postgresSkipReason } from '../../test/support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function order(id: string, overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    id,
    createdAt: '2026-11-20T14:03:00Z',
    currency: 'USD',
    customer: { email: `${id}@example.com`, name: 'Ana', postcode: '94110', language: 'en' },
    items: [
      {
        sku: 'NECK-NAME',
        title: 'Name necklace',
        sellerId: 'lunastudio',
        quantity: 1,
        unitPrice: 48,
        personalized: true,
        personalization: { engraving: 'Mia' },
      },
    ],
    stage: 'design',
    payment: { total: 52, refunded: 0 },
    ...overrides,
  };
}

const header =
  'id,createdAt,currency,customerEmail,customerName,customerPostcode,customerLanguage,shipLine1,shipCity,shipPostcode,shipCountry,stage,fulfillmentStatus,carrier,trackingNumber,trackingUrl,shippedAt,deliveredAt,paymentTotal,paymentRefunded,sku,title,sellerId,productType,quantity,unitPrice,personalized,personalization,finalSale';
const csvLine = (o: Partial<Record<string, string>>): string =>
  header
    .split(',')
    .map((c) => {
      const defaults: Record<string, string> = {
        id: '2001',
        createdAt: '2026-11-20T14:03:00Z',
        currency: 'EUR',
        customerEmail: 'bo@example.com',
        customerName: 'Bo',
        customerPostcode: '10115',
        customerLanguage: 'de',
        shipLine1: 'Hauptstr. 1',
        shipCity: 'Berlin',
        shipPostcode: '10115',
        shipCountry: 'DE',
        stage: 'making',
        paymentTotal: '80.00',
        paymentRefunded: '0',
        sku: 'MUG',
        title: 'Mug',
        sellerId: 'claywork',
        productType: 'ceramics',
        quantity: '2',
        unitPrice: '20.00',
        personalized: 'false',
        finalSale: 'no',
      };
      const v = c in o ? (o[c] ?? '') : (defaults[c] ?? '');
      return /[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');

let out: string;
let err: string;
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

async function run(file: string, content: string | null, db: string): Promise<number> {
  const path = join(dir, file);
  if (content !== null) writeFileSync(path, content);
  return main(['import', path, '--db', db]);
}

async function withDb<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const freshDb = (): string => `sqlite:${join(dir, `${randomUUID()}.db`)}`;

describe('makerdesk import (JSON)', () => {
  it('imports, then updates on a second run', async () => {
    const db = freshDb();
    const json = JSON.stringify([
      order('1001'),
      order('1002', {
        currency: 'JPY',
        payment: { total: 5200 },
        items: [{ sku: 'A', title: 'A', sellerId: 's', quantity: 1, unitPrice: 5200 }],
      }),
    ]);
    expect(await run('good.json', json, db)).toBe(0);
    expect(out).toBe('2 imported, 0 updated, 0 rejected\n');
    expect(err).toBe('');
    out = '';
    expect(await run('good.json', null, db)).toBe(0);
    expect(out).toBe('0 imported, 2 updated, 0 rejected\n');
    await withDb(db, async (s) => {
      expect(await s.orders.count()).toBe(2);
      expect((await s.orders.get('1002'))?.payment.totalMinor).toBe(5200);
      expect((await s.audit.list({ subjectId: '1001' }))[0]?.actor).toBe('system:import');
    });
  });

  it('reports each bad row with its number, field and reason, and imports the good ones', async () => {
    const db = freshDb();
    const noCustomer: Partial<OrderInput> = order('b-missing');
    delete noCustomer.customer;
    const rows: unknown[] = [
      order('ok-1'),
      noCustomer,
      order('b-type', {
        items: [
          {
            sku: 'A',
            title: 'A',
            sellerId: 's',
            quantity: 'two' as unknown as number,
            unitPrice: 1,
          },
        ],
      }),
      order('b-currency', { currency: 'XYZ' }),
      order('b-negative', {
        items: [{ sku: 'A', title: 'A', sellerId: 's', quantity: 1, unitPrice: -5 }],
      }),
      order('b-date', { createdAt: '2026-11-20T14:03:00' }),
      order('dup'),
      order('ok-2'),
      order('dup'),
      'not an order',
    ];
    expect(await run('bad.json', JSON.stringify(rows), db)).toBe(2);
    expect(out).toBe('2 imported, 0 updated, 8 rejected\n');
    const lines = err.trim().split('\n');
    expect(lines).toContain('row 2: customer: is required');
    expect(lines.find((l) => l.startsWith('row 3:'))).toMatch(
      /^row 3: items\[0\]\.quantity: .*expected number/,
    );
    expect(lines).toContain('row 4: currency: is not a known ISO 4217 currency');
    expect(lines).toContain('row 5: items[0].unitPrice: must not be negative');
    expect(lines.find((l) => l.startsWith('row 6:'))).toMatch(
      /^row 6: createdAt: must be an ISO-8601 date-time with a time zone/,
    );
    expect(lines).toContain(
      'row 7: id: order "dup" appears more than once in this file (also row 9)',
    );
    expect(lines).toContain(
      'row 9: id: order "dup" appears more than once in this file (also row 7)',
    );
    expect(lines).toContain('row 10: must be an order object');
    expect(err).toContain('makerdesk: 8 of 10 orders were rejected; the others were imported');
    await withDb(db, async (s) => {
      expect((await s.orders.list()).map((o) => o.id).sort()).toEqual(['ok-1', 'ok-2']);
    });
  });

  it('refuses malformed JSON, a non-array and a missing file with one clear line, touching nothing', async () => {
    const db = freshDb();
    expect(await run('broken.json', '[{"id": "1",', db)).toBe(2);
    expect(err).toMatch(/^makerdesk: .*broken\.json: malformed JSON: .*; nothing was imported\n$/);
    err = '';
    expect(await run('object.json', JSON.stringify(order('x')), db)).toBe(2);
    expect(err).toContain('must be an array of orders');
    err = '';
    expect(await main(['import', join(dir, 'nope.json'), '--db', db])).toBe(2);
    expect(err).toBe(`makerdesk: cannot read ${join(dir, 'nope.json')}: no such file\n`);
    expect(existsSync(db.slice('sqlite:'.length))).toBe(false);
  });

  it('refuses an unknown --format', async () => {
    expect(
      await run('f.json', '[]', freshDb()).then(() =>
        main(['import', join(dir, 'f.json'), '--format', 'xml']),
      ),
    ).toBe(2);
    expect(err).toContain('--format must be json, csv or etsy');
  });
});

describe('makerdesk import (CSV)', () => {
  it('imports one row per item, grouping rows by order id', async () => {
    const db = freshDb();
    const csv = [
      header,
      csvLine({ id: '2001', sku: 'MUG', personalization: '' }),
      csvLine({
        id: '2001',
        sku: 'PLATE',
        title: 'Plate',
        quantity: '1',
        unitPrice: '40.00',
        personalized: 'yes',
        personalization: 'glaze=blue; initials = AB',
      }),
      csvLine({
        id: '2002',
        sku: 'NECK',
        title: 'Necklace',
        sellerId: 'lunastudio',
        productType: '',
        quantity: '1',
        unitPrice: '80.00',
        personalized: 'true',
        personalization: '{"engraving":"Mia; forever"}',
        fulfillmentStatus: 'shipped',
        carrier: 'DHL',
        trackingNumber: 'JD1',
        shippedAt: '2026-11-22T09:00:00+01:00',
      }),
      '',
    ].join('\n');
    expect(await run('good.csv', csv, db)).toBe(0);
    expect(out).toBe('2 imported, 0 updated, 0 rejected\n');
    await withDb(db, async (s) => {
      const o = await s.orders.get('2001');
      expect(
        o?.items.map((i) => [
          i.sku,
          i.quantity,
          i.unitPriceMinor,
          i.personalized,
          i.personalization,
        ]),
      ).toEqual([
        ['MUG', 2, 2000, false, {}],
        ['PLATE', 1, 4000, true, { glaze: 'blue', initials: 'AB' }],
      ]);
      expect(o?.shippingAddress).toEqual({
        line1: 'Hauptstr. 1',
        city: 'Berlin',
        postcode: '10115',
        country: 'DE',
      });
      expect(o?.customer).toEqual({
        email: 'bo@example.com',
        name: 'Bo',
        postcode: '10115',
        language: 'de',
      });
      const shipped = await s.orders.get('2002');
      expect(shipped?.items[0]?.personalization).toEqual({ engraving: 'Mia; forever' });
      expect(shipped?.fulfillment).toMatchObject({
        status: 'shipped',
        carrier: 'DHL',
        trackingNumber: 'JD1',
        shippedAt: '2026-11-22T08:00:00.000Z',
      });
    });
  });

  it('reports bad rows by line and column, imports the good orders', async () => {
    const db = freshDb();
    const csv = [
      header,
      csvLine({ id: 'c-ok' }),
      csvLine({ id: 'c-neg' }),
      csvLine({ id: 'c-neg', sku: 'B', unitPrice: '-3.00' }),
      csvLine({ id: 'c-cur', currency: 'EURO' }),
      csvLine({ id: 'c-tz', createdAt: '2026-11-20 14:03' }),
      csvLine({ id: 'c-email', customerEmail: '' }),
      csvLine({ id: 'c-qty', quantity: 'lots', personalized: 'maybe' }),
      csvLine({ id: 'c-pers', personalization: 'engraving' }),
      csvLine({ id: 'c-dup' }),
      csvLine({ id: 'c-mix' }),
      csvLine({ id: 'c-mix', currency: 'USD', sku: 'B' }),
      csvLine({ id: 'c-dup', sku: 'C' }),
      'c-short,2026-11-20T14:03:00Z,EUR',
    ].join('\n');
    expect(await run('bad.csv', csv, db)).toBe(2);
    expect(out).toBe('1 imported, 0 updated, 10 rejected\n');
    const lines = err.trim().split('\n');
    expect(lines).toContain('row 4: unitPrice: must not be negative');
    expect(lines).toContain(
      'row 5: currency: must be a three-letter ISO 4217 code in capitals, like "USD"',
    );
    expect(lines.find((l) => l.startsWith('row 6:'))).toMatch(
      /^row 6: createdAt: must be an ISO-8601 date-time with a time zone/,
    );
    expect(lines).toContain('row 7: customerEmail: is required');
    expect(lines).toContain(
      'row 8: quantity: must be a whole number, not "lots"; personalized: must be true or false, not "maybe"',
    );
    expect(lines).toContain(
      'row 9: personalization: "engraving" is not key=value (use key=value;key=value or JSON)',
    );
    expect(lines).toContain(
      'row 10: id: order "c-dup" appears more than once in this file (also row 13)',
    );
    expect(lines).toContain(
      'row 11: currency: differs between the rows of order c-mix (line 11: "EUR", line 12: "USD")',
    );
    expect(lines).toContain(
      'row 13: id: order "c-dup" appears more than once in this file (also row 10)',
    );
    expect(lines).toContain('row 14: has 3 fields but the header has 29');
    await withDb(db, async (s) => {
      expect((await s.orders.list()).map((o) => o.id)).toEqual(['c-ok']);
    });
  });

  it('refuses malformed CSV, an unknown column and an empty file, importing nothing', async () => {
    const db = freshDb();
    expect(await run('quote.csv', `${header}\n${csvLine({ id: 'q1' })}\n"q2,unclosed\n`, db)).toBe(
      2,
    );
    expect(err).toMatch(/malformed CSV: .*; nothing was imported/);
    err = '';
    expect(await run('cols.csv', `${header},colour\n${csvLine({})},red\n`, db)).toBe(2);
    expect(err).toContain('unknown column "colour" in the header');
    err = '';
    expect(await run('empty.csv', '', db)).toBe(2);
    expect(err).toContain('the CSV file is empty');
    expect(existsSync(db.slice('sqlite:'.length))).toBe(false);
  });
});

const databaseUrl = process.env['DATABASE_URL'];
describe.skipIf(postgresSkipReason !== null)(
  `makerdesk import into PostgreSQL${postgresSkipReason === null ? '' : ` (skipped: ${postgresSkipReason})`}`,
  () => {
    it('imports into the schema named in the URL', async () => {
      const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
      const url = new URL(databaseUrl ?? '');
      url.searchParams.set('schema', schema);
      try {
        expect(
          await run(
            'pg.json',
            JSON.stringify([order('pg-1'), order('pg-2', { currency: 'XYZ' })]),
            url.toString(),
          ),
        ).toBe(2);
        expect(out).toBe('1 imported, 0 updated, 1 rejected\n');
        await withDb(url.toString(), async (s) => {
          expect(s.dialect).toBe('postgres');
          expect((await s.orders.list()).map((o) => o.id)).toEqual(['pg-1']);
        });
      } finally {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
    });
  },
);

describe('an import that stops halfway', () => {
  it('leaves complete orders before the failure and nothing of the order that failed', async () => {
    const store = await openStore('sqlite::memory:');
    // The database fails while the second order is being written (after the order row itself).
    const failing: Store = {
      ...store,
      transaction: (fn) =>
        store.transaction((tx) =>
          fn({
            ...tx,
            audit: {
              ...tx.audit,
              append: async (e) => {
                if (e.subjectId === 'h-2') throw new Error('disk I/O error');
                await tx.audit.append(e);
              },
            },
          }),
        ),
    };
    const read = readOrdersText(JSON.stringify([order('h-1'), order('h-2'), order('h-3')]), 'json');
    if (!read.ok) throw new Error('fixture');
    const actions = createActions({
      store: failing,
      clock: () => new Date('2026-11-21T00:00:00Z'),
      newId: () => randomUUID(),
    });
    await expect(importOrderRows(read.rows, actions, 'json')).rejects.toThrow('disk I/O error');
    expect(await store.orders.get('h-1')).not.toBeNull();
    expect(await store.orders.get('h-2')).toBeNull();
    expect(await store.orders.get('h-3')).toBeNull();
    expect(await store.audit.list({ subjectId: 'h-2' })).toEqual([]);
    await store.close();
  });
});
