// The demo shop's history (played through the real assistant) on the Insights page: an admin
// signs in, opens Insights, and reads the same figures the report computes from the database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/auth.js';
import { playDemoHistory } from '../../src/engine/demo-history.js';
import { createLocalRuntime, manualClock, type LocalRuntime } from '../../src/engine/runtime.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import type { InsightsReport } from '../../src/insights/index.js';
import { noTranslator } from '../../src/translate/none.js';
import { browserSkipReason, launchBrowser } from './browser.js';
import { insightsOfLast30Days, storeDecideApproval } from '../helpers/console-fixture.js';

const skip = browserSkipReason();
if (skip) console.warn(`insights demo UI test ${skip}`);

describe.skipIf(skip !== null)('Insights page over the demo shop', () => {
  let rt: LocalRuntime;
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';
  let expected: InsightsReport;

  beforeAll(async () => {
    const now = new Date();
    const clock = manualClock(now);
    rt = await createLocalRuntime({ clock: clock.now, demo: true });
    await playDemoHistory(rt.assistant, clock, now);
    const realClock = () => new Date();
    const auth = createAuth({ store: rt.store, clock: realClock, newId: randomUUID });
    await auth.addUser({
      email: 'owner@shop.example',
      role: 'admin',
      password: 'owner-password-1',
    });
    app = Fastify({ logger: false });
    await consoleRoutes({
      store: rt.store,
      auth,
      translator: noTranslator(),
      shop: plainShop('Demo Market'),
      clock: realClock,
      newId: randomUUID,
      uploadsDir: mkdtempSync(join(tmpdir(), 'md-ins-')),
      decideApproval: storeDecideApproval(rt.store, realClock, randomUUID),
    })(app);
    await app.register(fastifyStatic, { root: resolve('dist/web'), prefix: '/' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    expected = await insightsOfLast30Days(rt.store);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await rt?.close();
  });

  it('shows an admin the KPI figures of the demo data', async () => {
    const k = expected.kpis;
    expect(k.conversations).toBeGreaterThanOrEqual(10);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${base}/console`);
    await page.getByLabel('E-mail').fill('owner@shop.example');
    await page.getByLabel('Password').fill('owner-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Insights' }).click();
    const kpi = (name: string) =>
      page.getByRole('group', { name, exact: true }).locator('.kpi-value');
    const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
    await expect.poll(() => kpi('Conversations').textContent()).toBe(String(k.conversations));
    expect(await kpi('Automated resolution').textContent()).toBe(pct(k.automatedResolutionRate));
    expect(await kpi('Escalation rate').textContent()).toBe(pct(k.escalationRate));
    expect(await kpi('First-contact resolution').textContent()).toBe(
      pct(k.firstContactResolutionRate),
    );
    expect(await kpi('CSAT').textContent()).toBe(`${(k.csat.average ?? 0).toFixed(2)} / 5`);
    const text = (await page.locator('main.insights').textContent()) ?? '';
    expect(text).toContain('Do you have a loyalty program?');
    expect(text).toContain(expected.escalationReasons[0]?.rule ?? 'none');
    await page.screenshot({ path: 'test-artifacts/insights-demo.png', fullPage: true });
    await page.close();
  });
});
