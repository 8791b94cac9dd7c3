// The Insights page in a real browser: an admin opens it and reads the same figures the API computes;
// charts are drawn on canvases; the CSV link downloads the figures; a rep has no Insights page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import type { InsightsReport } from '../../src/insights/index.js';
import { openStore } from '../../src/store/index.js';
import { noTranslator } from '../../src/translate/none.js';
import { browserSkipReason, launchBrowser } from './browser.js';
import {
  insightsOfLast30Days,
  passwords,
  seedConsole,
  storeDecideApproval,
} from '../helpers/console-fixture.js';

const skip = browserSkipReason();
if (skip) console.warn(`insights UI tests ${skip}`);

describe.skipIf(skip !== null)('Insights page in Chromium', () => {
  let app: FastifyInstance;
  let store: Store;
  let browser: Browser;
  let base = '';
  let ids = 0;
  let expected: InsightsReport;

  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    const clock = () => new Date();
    const newId = () => `ui${++ids}`;
    const seeded = await seedConsole(store, clock, newId);
    // A resolved conversation with a CSAT answer and a remake, today, so every card has a figure.
    const at = new Date(Date.now() - 60 * 60_000).toISOString();
    const later = new Date(Date.now() - 50 * 60_000).toISOString();
    await store.conversations.create({
      id: 'conv-ok',
      channel: 'web',
      lang: 'en',
      status: 'resolved',
      intent: 'order_status',
      orderId: 'MD-1042',
      tokenHash: 'y',
      state: {},
      handledBy: 'assistant',
      createdAt: at,
      updatedAt: later,
      version: 1,
    });
    await store.messages.append({
      id: 'ok1',
      conversationId: 'conv-ok',
      sender: 'customer',
      text: 'What stage is my mug at?',
      lang: 'en',
      createdAt: at,
      meta: { intent: 'order_status', confidence: 0.93, sentiment: { label: 'neutral', score: 0 } },
    });
    await store.messages.append({
      id: 'ok2',
      conversationId: 'conv-ok',
      sender: 'assistant',
      text: 'It is being **made**.',
      lang: 'en',
      createdAt: later,
    });
    await store.messages.append({
      id: 'ok3',
      conversationId: 'conv-ok',
      sender: 'customer',
      text: 'Do you ship to Greenland at all?',
      lang: 'en',
      createdAt: later,
      meta: {
        intent: 'shop_question',
        confidence: 0.8,
        knowledgeGap: true,
        sentiment: { label: 'positive', score: 0.4 },
      },
    });
    await store.events.append({
      type: 'csat.recorded',
      score: 4,
      id: 'csat1',
      conversationId: 'conv-ok',
      at: later,
    });
    await store.remakes.create({
      id: 'rm1',
      orderId: 'MD-1042',
      conversationId: 'conv-ok',
      itemSkus: ['MUG-NAME'],
      reason: 'damaged',
      rule: 'quality.remake',
      rush: true,
      idempotencyKey: 'rm1',
      createdAt: later,
    });
    app = Fastify({ logger: false });
    await consoleRoutes({
      store,
      auth: seeded.auth,
      translator: noTranslator(),
      shop: plainShop('Demo Market'),
      clock,
      newId,
      uploadsDir: seeded.uploadsDir,
      decideApproval: storeDecideApproval(store, clock, newId),
      queuePollMs: 500,
    })(app);
    await app.register(fastifyStatic, { root: resolve('dist/web'), prefix: '/' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    expected = await insightsOfLast30Days(store);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function signIn(email: string, password: string): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    await page.goto(`${base}/console`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /console/ }).waitFor();
    return page;
  }

  const kpi = (page: Page, name: string) =>
    page.getByRole('group', { name, exact: true }).locator('.kpi-value');

  it('shows an admin the KPI figures, charts and tables of the last 30 days', async () => {
    const page = await signIn('admin@shop.example', passwords.admin);
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Insights' }).waitFor();
    const k = expected.kpis;
    expect(k.conversations).toBe(3);
    await expect.poll(() => kpi(page, 'Conversations').textContent()).toBe('3');
    expect(await kpi(page, 'Automated resolution').textContent()).toBe('33.3%');
    expect(await kpi(page, 'Escalation rate').textContent()).toBe('66.7%');
    expect(await kpi(page, 'First-contact resolution').textContent()).toBe('33.3%');
    expect(await kpi(page, 'CSAT').textContent()).toBe('4.00 / 5');
    expect(await kpi(page, 'Refunds').textContent()).toBe('140.00 EUR');
    expect(await kpi(page, 'Remakes').textContent()).toBe('1');
    expect(await kpi(page, 'Resolution time').textContent()).toBe('10m 0s');
    // Charts are drawn by Chart.js on real canvases.
    for (const label of [
      'Conversations per topic and day',
      'Customer satisfaction answers by score',
      'Sentiment mix of customer messages',
    ]) {
      const canvas = page.getByRole('img', { name: label });
      await canvas.waitFor();
      expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
    }
    const main = page.locator('main.insights');
    expect(await main.textContent()).toContain('escalation.policy_exception');
    expect(await main.textContent()).toContain('Hand-thrown mug with name (MUG-NAME)');
    expect(await main.textContent()).toContain('Do you ship to Greenland at all?');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/insights-ui.png', fullPage: true });

    // The CSV export holds the same figures.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    // The browser may run in another process (one Chromium for the run): save a local copy.
    const path = 'test-artifacts/insights-export.csv';
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8').split('\r\n');
    expect(csv).toContain('kpi,conversations,3');
    expect(csv).toContain('refunds,total_EUR,140.00');
    await page.close();
  });

  it('updates the figures when the period changes', async () => {
    const page = await signIn('admin@shop.example', passwords.admin);
    await page.goto(`${base}/console#/insights`);
    await expect.poll(() => kpi(page, 'Conversations').textContent()).toBe('3');
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Until', { exact: true }).fill('2020-01-31');
    await expect.poll(() => kpi(page, 'Conversations').textContent()).toBe('0');
    expect(await kpi(page, 'CSAT').textContent()).toBe('–');
    await page.close();
  });

  it('compares each tile with the period of the same length just before, in words with an arrow', async () => {
    const page = await signIn('admin@shop.example', passwords.admin);
    await page.goto(`${base}/console#/insights`);
    const change = (name: string) =>
      page.getByRole('group', { name, exact: true }).locator('.kpi-change');
    await expect
      .poll(() => change('Conversations').textContent())
      .toBe('▲ up from 0 in the previous period');
    // No conversations before: no rate to compare with, and it says so.
    expect(await change('Escalation rate').textContent()).toBe('no figure for the previous period');
    // From 21 November: the two chats of 20 November fall in the period just before.
    await page.getByLabel('From', { exact: true }).fill('2026-11-21');
    await page.getByLabel('Until', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await expect
      .poll(() => change('Conversations').textContent())
      .toBe('▼ down 50% from 2 in the previous period');
    expect(await change('Escalation rate').textContent()).toMatch(
      /^▼ down 100\.0 points from 100\.0% in the previous period \(better\)$/,
    );
    expect(await change('Escalation rate').getAttribute('class')).toContain('good');
    // The arrow is decoration; the words carry the direction.
    expect(await change('Conversations').locator('[aria-hidden="true"]').textContent()).toBe('▼ ');
    await page.close();
  });

  it('says so when the period is reversed and shows no figures of another period', async () => {
    const page = await signIn('admin@shop.example', passwords.admin);
    await page.goto(`${base}/console#/insights`);
    await expect.poll(() => kpi(page, 'Conversations').textContent()).toBe('3');
    const until = await page.getByLabel('Until', { exact: true }).inputValue();
    await page.getByLabel('From', { exact: true }).fill('2099-01-01');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('is after the end date');
    expect(await page.getByRole('region', { name: 'Key figures' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Export CSV' }).count()).toBe(0);
    // Back to a real period: figures again, and the CSV named by the days on the form.
    await page.getByLabel('From', { exact: true }).fill(until);
    await expect
      .poll(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('download'))
      .toBe(`makerdesk-insights-${until}-${until}.csv`);
    await page.close();
  });

  it('has no Insights page for a rep', async () => {
    const page = await signIn('rep@shop.example', passwords.rep);
    expect(await page.getByRole('link', { name: 'Insights' }).count()).toBe(0);
    await page.close();
  });
});
