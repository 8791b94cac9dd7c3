// The policy studio in a real browser, over the demo shop and its played history: an admin lowers
// the automatic refund limit from 75 to 50, replays the last 30 days, sees the decisions that
// would change, publishes, and the next conversation is decided by version 2.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import sharp from 'sharp';
import { anItem, anOrder } from '../support/fixtures.js';
import { multipartBody } from '../support/multipart.js';
import { browserSkipReason, launchBrowser, screenshotsDir } from './browser.js';

const skip = browserSkipReason();
if (skip) console.warn(`policy studio UI test ${skip}`);

const admin = { email: 'owner@shop.example', password: 'owner-password-1' };
const screenshotPath = `${screenshotsDir}/studio-replay.png`;

describe.skipIf(skip !== null)('Policy studio in Chromium', () => {
  let rt: Runtime;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    rt = await createRuntime({
      dbUrl: 'sqlite::memory:',
      demo: true,
      demoHistory: true,
      uploadsDir: mkdtempSync(join(tmpdir(), 'md-studio-')),
      apiKey: null,
      logger: false,
      webDir: resolve('dist/web'),
      env: { MAKERDESK_ADMIN_EMAIL: admin.email, MAKERDESK_ADMIN_PASSWORD: admin.password },
    });
    // Two customers of this week with a cracked piece took a refund: 60.00 and 30.00.
    await damagedAndRefunded('5001', 'nora@example.com', 6000);
    await damagedAndRefunded('5002', 'ivo@example.com', 3000);
    base = await rt.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);

  /** A delivered order, and its customer's conversation through the public API: damaged, photo, refund. */
  async function damagedAndRefunded(id: string, email: string, priceMinor: number): Promise<void> {
    const day = 86_400_000;
    await rt.store.orders.upsert(
      anOrder({
        id,
        createdAt: new Date(Date.now() - 12 * day).toISOString(),
        customer: { email, name: 'Nora', postcode: '94110', language: 'en' },
        items: [
          anItem({
            sku: 'BOWL-' + id,
            title: 'Stoneware bowl',
            personalized: false,
            personalization: {},
            unitPriceMinor: priceMinor,
          }),
        ],
        stage: 'ready_to_ship',
        fulfillment: {
          status: 'delivered',
          carrier: 'USPS',
          trackingNumber: null,
          trackingUrl: null,
          shippedAt: new Date(Date.now() - 5 * day).toISOString(),
          deliveredAt: new Date(Date.now() - 2 * day).toISOString(),
          estimatedDeliveryAt: null,
        },
        payment: { totalMinor: priceMinor, refundedMinor: 0 },
      }),
    );
    const start = await rt.app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'web', lang: 'en' },
    });
    const { id: conv, token } = start.json<{ id: string; token: string }>();
    const auth = { authorization: `Bearer ${token}` };
    await rt.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv}/messages`,
      headers: auth,
      payload: { text: `My bowl arrived cracked. Order ${id}, ${email}` },
    });
    const png = await sharp({
      create: { width: 64, height: 64, channels: 3, background: '#a0522d' },
    })
      .png()
      .toBuffer();
    const body = multipartBody([
      { name: 'file', filename: 'crack.png', type: 'image/png', data: png },
    ]);
    const up = await rt.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv}/attachments`,
      headers: { ...auth, ...body.headers },
      payload: body.payload,
    });
    const offer = up.json<{ replies: { quickReplies: { id: string; label: string }[] }[] }>();
    const refund = offer.replies
      .flatMap((r) => r.quickReplies)
      .find((q) => q.label.startsWith('Refund of'));
    if (!refund) throw new Error(`no refund offered for ${id}: ${up.body}`);
    const done = await rt.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv}/messages`,
      headers: auth,
      payload: { choice: refund.id },
    });
    if (!done.body.includes('refund.issued'))
      throw new Error(`refund not issued for ${id}: ${done.body}`);
  }

  afterAll(async () => {
    await browser?.close();
    await rt?.close();
  });

  async function signIn(email: string, password: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await page.goto(`${base}/console`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /console/ }).waitFor();
    return page;
  }

  it('edit → replay → see what changes → publish → the next conversation uses version 2', async () => {
    const page = await signIn(admin.email, admin.password);
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: /Policy studio/ }).waitFor();
    await expect
      .poll(() => page.locator('.studio-head .chip').textContent())
      .toBe('live: version 1');
    await page.getByText('Refunds up to 75.00').first().waitFor();

    // A typo first: the validator points at its line, and nothing can be replayed.
    const editor = page.getByRole('textbox', { name: 'Policy editor' });
    const original = await editor.inputValue();
    expect(original).toContain('autoLimit: "75.00"');
    const typoLine = original.split('\n').findIndex((l) => l.includes('autoLimit')) + 1;
    await editor.fill(original.replace('autoLimit: "75.00"', 'autoLimt: "50.00"'));
    const problems = page.getByRole('list', { name: 'Problems in the draft' });
    await expect.poll(() => problems.textContent()).toContain(`Line ${typoLine}`);
    expect(await problems.textContent()).toContain('unknown key "autoLimt"');
    expect(await page.getByRole('button', { name: 'Replay draft' }).isDisabled()).toBe(true);

    // The real change: 75 → 50.
    await editor.fill(original.replace('autoLimit: "75.00"', 'autoLimit: "50.00"'));
    await page.getByText('Refunds up to 50.00').first().waitFor();
    await page.getByRole('button', { name: 'Replay draft' }).click();
    const changes = page.getByRole('table', { name: 'Decisions that would change' });
    await changes.waitFor();
    const rows = changes.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await changes.textContent()).toMatch(/approval now needed/);
    const link = await rows.first().getByRole('link', { name: 'open' }).getAttribute('href');
    expect(link).toMatch(/^\/console#\/c\/[\w-]+$/);
    expect(await page.locator('.replay-summary').textContent()).toMatch(
      /\d+ of \d+ decisions would change/,
    );
    mkdirSync(screenshotsDir, { recursive: true });
    await page.getByRole('heading', { name: 'Replay the last 30 days' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath, fullPage: true });

    // Publish with a note.
    await page.getByLabel('Note for this version').fill('Lower the automatic refund limit to 50');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 is published' }).waitFor();
    await expect
      .poll(() => page.locator('.studio-head .chip').textContent())
      .toBe('live: version 2');
    const audit = await rt.store.audit.list({ subjectType: 'policy' });
    expect(
      audit.some(
        (a) =>
          a.action === 'policy.published' &&
          a.subjectId === '2' &&
          a.reason === 'Lower the automatic refund limit to 50',
      ),
    ).toBe(true);

    // A new conversation, over the public API, is decided by version 2.
    const start = await fetch(`${base}/api/v1/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'web', lang: 'en' }),
    });
    const conv = (await start.json()) as { id: string; token: string };
    const turn = await fetch(`${base}/api/v1/conversations/${conv.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${conv.token}` },
      body: JSON.stringify({ text: 'please cancel my order 1004, dev@example.com' }),
    });
    expect(turn.status).toBe(200);
    const decided = (await rt.store.studio.listDecisions({})).filter(
      (d) => d.conversationId === conv.id,
    );
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((d) => d.policyVersion === 2)).toBe(true);
    expect(rt.policy.refunds.autoLimit).toBe('50.00');
  }, 120_000);

  it('an approver reads the studio but cannot publish', async () => {
    const page = await signIn('sam@demo.makerdesk.test', 'demo-approver-password');
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: /Policy studio/ }).waitFor();
    await page.getByText('only admins change the policy').waitFor();
    expect(
      await page.getByRole('textbox', { name: 'Policy editor' }).getAttribute('readonly'),
    ).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
  }, 60_000);
});
