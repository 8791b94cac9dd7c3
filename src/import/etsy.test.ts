import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createActions } from '../actions/index.js';
import { openStore } from '../store/index.js';
import { importOrderRows, readOrdersFile, rejectionLines, summaryLine } from './import-orders.js';
import { readOrdersText } from './orders-file.js';
import { runCli } from '../../test/support/cli.js';

const fixture = new URL('../../test/fixtures/etsy/receipts.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'makerdesk-etsy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Etsy receipts import', () => {
  it('maps transactions, variations, personalisation, shipped state, tracking, refunds and cancellations', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      const actions = createActions({
        store,
        clock: () => new Date('2026-12-07T10:00:00Z'),
        newId: randomUUID,
      });
      const { rows, format } = await readOrdersFile(fixture, 'etsy');
      const report = await importOrderRows(rows, actions, format);
      expect(summaryLine(report)).toBe('3 imported, 0 updated, 1 rejected');
      expect(rejectionLines(report, rows)).toEqual([
        'row 3: customer.email: must be an e-mail address',
      ]);

      const apron = await store.orders.get('3318820457');
      expect(apron?.customer).toEqual({
        email: 'tobias.krause@example.net',
        name: 'Tobias Krause',
        postcode: '04109',
      });
      expect(apron?.shippingAddress).toEqual({
        line1: 'Lindenstraße 12',
        line2: 'Hinterhaus',
        city: 'Leipzig',
        region: 'Sachsen',
        postcode: '04109',
        country: 'DE',
      });
      expect(apron?.items).toEqual([
        {
          sku: 'APRON-LINEN',
          title: 'Linen apron with embroidered name (Colour: Sage)',
          sellerId: '81726354',
          quantity: 1,
          unitPriceMinor: 4800,
          personalized: true,
          personalization: { personalization: 'Oma Gerda' },
          finalSale: false,
        },
      ]);
      expect(apron?.payment).toEqual({ totalMinor: 5450, refundedMinor: 0 });
      expect(apron?.createdAt).toBe(new Date(1795003200 * 1000).toISOString());
      expect(apron?.fulfillment.status).toBe('unfulfilled');
      expect(apron?.note).toBe('Bitte mit Geschenkkarte');

      const mugs = await store.orders.get('3318820458');
      expect(mugs?.fulfillment).toMatchObject({
        status: 'shipped',
        carrier: 'Royal Mail',
        trackingNumber: 'RM412398765GB',
        shippedAt: new Date(1794830400 * 1000).toISOString(),
      });
      expect(mugs?.items[0]).toMatchObject({
        sku: 'etsy-1629384790-19283746590',
        quantity: 2,
        unitPriceMinor: 1500,
        personalized: false,
        personalization: {},
      });
      expect(mugs?.payment).toEqual({ totalMinor: 3900, refundedMinor: 500 });

      const cancelled = await store.orders.get('3318820460');
      expect(cancelled?.cancelledAt).toBe(new Date(1795089800 * 1000).toISOString());

      const again = await importOrderRows(rows, actions, format);
      expect(summaryLine(again)).toBe('0 imported, 3 updated, 1 rejected');
    } finally {
      await store.close();
    }
  });

  it.each([
    ['a JSON array of our own orders', '[{"id":"1"}]'],
    ['an object without results', '{"count": 1, "orders": []}'],
    ['a CSV file', 'id,createdAt\n1,2026-01-01T00:00:00Z'],
  ])('refuses %s as a whole, naming the expected shape', (_what, text) => {
    const read = readOrdersText(text, 'etsy');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toMatch(/not an Etsy receipts file|malformed JSON/);
  });

  it('reports a result that is not a receipt as a bad row', () => {
    const read = readOrdersText('{"count":2,"results":[{"listing_id":5},"x"]}', 'etsy');
    expect(read.ok && read.rows.map((r) => r.issues[0]?.message)).toEqual([
      'is not an Etsy receipt (no receipt_id)',
      'is not an Etsy receipt (no receipt_id)',
    ]);
  });

  it('`makerdesk import FILE --format etsy` imports and exits 2 naming the bad row; another shape imports nothing', async () => {
    const db = `sqlite:${join(dir, 'cli.db')}`;
    const run = await runCli(['import', fixture, '--format', 'etsy', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.out).toContain('3 imported, 0 updated, 1 rejected');
    expect(run.err).toContain('row 3: customer.email');
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify([{ id: 'x' }]));
    const bad = await runCli(['import', other, '--format', 'etsy', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not an Etsy receipts file.*nothing was imported/);
  });
});
