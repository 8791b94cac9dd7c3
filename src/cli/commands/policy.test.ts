import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoOrders, demoPolicyYaml } from '../../demo/index.js';
import { main } from '../main.js';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makerdesk-policy-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const order = {
  id: '1042',
  createdAt: '2026-11-20T14:03:00Z',
  currency: 'USD',
  customer: { email: 'ana@example.com', name: 'Ana', postcode: '94110', language: 'en' },
  items: [
    {
      sku: 'NECK-NAME',
      title: 'Name necklace',
      sellerId: 'lunastudio',
      quantity: 1,
      unitPrice: 48.0,
      personalized: true,
      personalization: { engraving: 'Mia' },
      finalSale: false,
    },
  ],
  stage: 'design',
  fulfillment: {
    status: 'unfulfilled',
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    shippedAt: null,
    deliveredAt: null,
  },
  payment: { total: 52.0, refunded: 0 },
};

describe('makerdesk policy check', () => {
  it('accepts the demo policy (exit 0)', async () => {
    const code = await main(['policy', 'check', file('demo.yaml', demoPolicyYaml)]);
    expect(code).toBe(0);
    expect(stdout).toContain('OK');
    expect(stdout).toContain('lunastudio, pawtrait, claywork');
  });

  it('accepts JSON', async () => {
    expect(
      await main(['policy', 'check', file('p.json', '{"refunds": {"autoLimit": "50.00"}}')]),
    ).toBe(0);
  });

  it('prints file:line:col for each problem and exits 2', async () => {
    const path = file('bad.yaml', 'shop:\n  timeZone: Mars/Base\nreturns:\n  windowDays: -1\n');
    const code = await main(['policy', 'check', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path}:2:13 shop.timeZone: is not a known IANA time zone`);
    expect(stderr).toContain(`${path}:4:15 returns.windowDays: must not be negative`);
    expect(stderr).toContain('2 problems');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    ['syntax error', 'shop: [\n', /:2:1 YAML syntax/],
    [
      'unknown key',
      'refund:\n  autoLimit: 5\n',
      /:1:1 refund: unknown key "refund" \(did you mean "refunds"\?\)/,
    ],
    [
      'bad holiday',
      'shop:\n  holidays: [2026-13-01]\n',
      /:2:14 shop\.holidays\.0: must be a real date/,
    ],
    [
      'unknown stage in an override',
      'sellers:\n  x:\n    addressChange:\n      lockedFromStage: packed\n',
      /:4:24 sellers\.x\.addressChange\.lockedFromStage: unknown stage id "packed"/,
    ],
  ])('%s → exit 2 with the line', async (_name, text, expected) => {
    expect(await main(['policy', 'check', file('p.yaml', text)])).toBe(2);
    expect(stderr).toMatch(expected);
  });

  it('a missing file is a one-line error, exit 2', async () => {
    expect(await main(['policy', 'check', join(dir, 'nope.yaml')])).toBe(2);
    expect(stderr.trim()).toMatch(
      /^makerdesk: cannot read policy file .*nope\.yaml: no such file$/,
    );
  });
});

describe('makerdesk policy simulate', () => {
  const orderFile = (): string => file('order.json', JSON.stringify(order));

  it('prints outcome, rule and reason', async () => {
    const code = await main([
      'policy',
      'simulate',
      '--order',
      orderFile(),
      '--request',
      'change',
      '--at',
      '2026-11-21T14:02:00Z',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('outcome: allow');
    expect(stdout).toContain('rule:    change.window_open');
    expect(stdout).toMatch(/reason: {2}The order is inside the 24-hour change window/);
  });

  it('respects --at: two minutes later the window is closed', async () => {
    await main([
      'policy',
      'simulate',
      '--order',
      orderFile(),
      '--request',
      'change',
      '--at',
      '2026-11-21T14:04:00Z',
    ]);
    expect(stdout).toContain('rule:    change.window_closed');
  });

  it('uses --policy (a seller override)', async () => {
    const policy = file('p.yaml', 'sellers:\n  lunastudio:\n    changeWindowHours: 48\n');
    await main([
      'policy',
      'simulate',
      '--order',
      orderFile(),
      '--request',
      'change',
      '--at',
      '2026-11-21T14:04:00Z',
      '--policy',
      policy,
    ]);
    expect(stdout).toContain('rule:    change.window_open');
    expect(stdout).toContain('"sellerSpecific":true');
  });

  it.each([
    [['--request', 'status'], /window: {2}ships between \d{4}-\d\d-\d\d and \d{4}-\d\d-\d\d/],
    [['--request', 'address'], /rule: {4}address\.unfulfilled/],
    [['--request', 'cancel'], /rule: {4}cancel\.before_production/],
    [['--request', 'return'], /rule: {4}returns\.not_delivered/],
    [['--request', 'exchange'], /rule: {4}returns\.not_delivered/],
    [['--request', 'damaged'], /rule: {4}quality\.not_shipped/],
    [['--request', 'refund', '--amount', '48.00'], /rule: {4}refund\.auto[\s\S]*"amount":"48\.00"/],
    [['--request', 'refund', '--amount', '52.01'], /rule: {4}refund\.exceeds_paid/],
    [['--request', 'escalation', '--signal', 'chargeback'], /rule: {4}escalation\.chargeback/],
    [
      ['--request', 'escalation', '--text', 'my son is allergic to it'],
      /rule: {4}escalation\.safety/,
    ],
    [['--request', 'escalation', '--contacts', '3'], /rule: {4}escalation\.repeat_contact/],
  ])('%j', async (args, expected) => {
    const code = await main([
      'policy',
      'simulate',
      '--order',
      orderFile(),
      '--at',
      '2026-11-20T15:00:00Z',
      ...args,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(expected);
  });

  it('prints JSON with --json', async () => {
    await main([
      'policy',
      'simulate',
      '--order',
      orderFile(),
      '--request',
      'refund',
      '--amount',
      '80',
      '--at',
      '2026-11-20T15:00:00Z',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      order: '1042',
      request: 'refund',
      outcome: 'deny',
      rule: 'refund.exceeds_paid',
    });
  });

  it('works on a demo order picked from an array with --id', async () => {
    const now = new Date('2026-11-18T15:00:00Z');
    const path = file('orders.json', JSON.stringify(demoOrders(now)));
    const code = await main([
      'policy',
      'simulate',
      '--order',
      path,
      '--id',
      '1018',
      '--request',
      'refund',
      '--amount',
      '420',
      '--at',
      now.toISOString(),
      '--policy',
      file('demo.yaml', demoPolicyYaml),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('outcome: needs_approval');
    expect(stdout).toContain('rule:    refund.above_limit');
  });

  it.each([
    ['unknown request kind', ['--request', 'teleport'], /unknown --request "teleport"/],
    ['bad --at', ['--request', 'change', '--at', 'tomorrow'], /--at must be an ISO-8601 date-time/],
    ['refund without amount', ['--request', 'refund'], /needs --amount/],
    ['bad amount', ['--request', 'refund', '--amount', '-5'], /--amount -5 /],
    ['unknown sku', ['--request', 'change', '--sku', 'NOPE'], /no item with SKU "NOPE"/],
    ['unknown signal', ['--request', 'escalation', '--signal', 'moon'], /unknown --signal "moon"/],
    ['missing --request', [], /required option '--request <kind>'/],
  ])('%s → exit 2', async (_name, args, expected) => {
    const code = await main(['policy', 'simulate', '--order', orderFile(), ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });

  it('an invalid order file names the field, exit 2', async () => {
    const path = file(
      'bad-order.json',
      JSON.stringify({ ...order, customer: { email: 'not-an-email' } }),
    );
    expect(await main(['policy', 'simulate', '--order', path, '--request', 'change'])).toBe(2);
    expect(stderr).toContain('not a valid order');
    expect(stderr).toContain('customer.email');
  });

  it('an order file that is not JSON, exit 2', async () => {
    expect(
      await main([
        'policy',
        'simulate',
        '--order',
        file('o.json', '{"id": '),
        '--request',
        'change',
      ]),
    ).toBe(2);
    expect(stderr).toMatch(/not valid JSON/);
  });

  it('an invalid --policy file stops with file, line and reason, exit 2', async () => {
    const policy = file('p.yaml', 'refunds:\n  autoLimit: -1\n');
    expect(
      await main([
        'policy',
        'simulate',
        '--order',
        orderFile(),
        '--request',
        'change',
        '--policy',
        policy,
      ]),
    ).toBe(2);
    expect(stderr).toContain(`${policy}:2:14 refunds.autoLimit: must not be negative`);
  });
});
