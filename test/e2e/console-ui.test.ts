// The console app in a real browser against the console API (in-memory store, real apertium-apy):
// sign-in, the queue, a Spanish case with its translation, HTML shown as text, roles, approval.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import { openStore } from '../../src/store/index.js';
import { apertiumTranslator } from '../../src/translate/apertium.js';
import { apertiumMissing, mustRun, startApertium, type RunningApy } from '../helpers/apertium.js';
import { browserSkipReason, launchBrowser } from './browser.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

const missing = browserSkipReason() ?? apertiumMissing();
if (missing && !mustRun()) console.warn(`skipping console UI tests: ${missing}`);

describe.skipIf(missing !== null && !mustRun())('console app in Chromium', () => {
  let app: FastifyInstance;
  let store: Store;
  let browser: Browser;
  let apy: RunningApy;
  let base = '';
  let ids = 0;

  beforeAll(async () => {
    apy = await startApertium();
    store = await openStore('sqlite::memory:');
    const clock = () => new Date();
    const newId = () => `ui${++ids}`;
    const seeded = await seedConsole(store, clock, newId);
    app = Fastify({ logger: false });
    await consoleRoutes({
      store,
      auth: seeded.auth,
      translator: apertiumTranslator({ url: apy.url }),
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    await apy?.stop();
  });

  async function signIn(email: string, password: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${base}/console`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  it('refuses a wrong password with a clear message', async () => {
    const page = await signIn('rep@shop.example', 'not-the-password');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('E-mail or password is wrong.');
    await page.close();
  });

  it('lets a rep open the Spanish case, read the translation, see HTML as text, and not approve', async () => {
    const page = await signIn('rep@shop.example', passwords.rep);
    await page.getByRole('button', { name: /Approval: refund 140.00 EUR/ }).click();
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await expect.poll(() => conversation.textContent()).toContain('Hola, la taza llegó rota.');
    // Apertium's English beside the Spanish original.
    await expect
      .poll(() => conversation.textContent(), { timeout: 15_000 })
      .toMatch(/English · apertium/);
    expect(await conversation.textContent()).toMatch(/cup|mug/i);
    // The customer's HTML is shown as characters; nothing ran, no <img> was made from it.
    expect(await conversation.textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await page.locator('.messages img[src="x"]').count()).toBe(0);
    // A rep sees why they can't decide.
    await expect
      .poll(() => page.locator('text=Only approvers and admins can decide this').count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page.close();
  });

  it("sends a rep's English reply that reaches the customer in Spanish", async () => {
    const page = await signIn('rep@shop.example', passwords.rep);
    await page.getByRole('button', { name: /Approval: refund/ }).click();
    await page.getByLabel('Your reply').fill('Thank you for your patience. We are sorry.');
    await page.getByRole('button', { name: 'Preview in Spanish' }).click();
    const preview = page.getByLabel(/What the customer will read/);
    await expect.poll(() => preview.inputValue(), { timeout: 15_000 }).toMatch(/Gracias/i);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(
        async () =>
          (await store.messages.list('conv-es')).filter((m) => m.sender === 'agent').length,
      )
      .toBe(1);
    const sent = (await store.messages.list('conv-es')).find((m) => m.sender === 'agent');
    expect(sent?.lang).toBe('es');
    expect(sent?.text).toMatch(/Gracias/);
    await page.close();
  });

  it('lets an approver approve the refund with a reason; the customer is told in Spanish', async () => {
    const page = await signIn('approver@shop.example', passwords.approver);
    await page.getByRole('button', { name: /Approval: refund/ }).click();
    await page
      .getByLabel('Why (kept in the audit log)')
      .fill('Photo shows the mug broken in transit.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(async () => (await store.refunds.get('ref-1'))?.status).toBe('issued');
    await expect
      .poll(() => page.getByRole('list', { name: 'Conversation' }).textContent())
      .toContain('Hemos aprobado tu reembolso');
    // The queue drops the decided case live.
    await expect
      .poll(() => page.locator('.queue').textContent())
      .not.toContain('Approval: refund 140.00 EUR');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/console-ui-approved.png', fullPage: true });
    await page.close();
  });
});
