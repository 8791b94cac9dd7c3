import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { signOrderLink } from '../../src/auth/links.js';
import { browserSkipReason, launchBrowser, widgetWebDir } from './browser.js';

/* A signed link from an order e-mail, opened in Chromium: the widget starts with that order proven. */

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/widget-link.test.ts ${skip}`);
const linkSecret = 'a-link-secret-of-the-shop-0123456789abcdef';

describe.skipIf(skip !== null)('order links in the widget', () => {
  let browser: Browser;
  let runtime: Runtime;
  let base: string;
  let dir: string;
  let webDir: string;

  beforeAll(async () => {
    webDir = widgetWebDir();
    dir = await mkdtemp(join(tmpdir(), 'makerdesk-link-'));
    runtime = await createRuntime({
      dbUrl: `sqlite:${join(dir, 'shop.db')}`,
      demo: true,
      uploadsDir: join(dir, 'uploads'),
      apiKey: null,
      logger: false,
      webDir,
      env: { MAKERDESK_LINK_SECRET: linkSecret },
    });
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    const a = runtime.app.server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const shop = (page: Page): Locator =>
    page.getByRole('log', { name: 'Conversation' }).locator('.msg.assistant, .msg.agent');

  it('?mdlink= opens the chat with the order proven and leaves the address clean', async () => {
    const page = await (await browser.newContext()).newPage();
    const token = signOrderLink(linkSecret, '1010', new Date(Date.now() + 3600_000));
    await page.goto(`${base}/?mdlink=${token}`);
    await shop(page).first().waitFor();
    expect(page.url()).not.toContain('mdlink');
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill('where is my parcel?');
    await box.press('Enter');
    await shop(page).nth(1).waitFor();
    const answer = (await shop(page).allInnerTexts()).slice(1).join('\n');
    // Order 1010 shipped with USPS: the answer is about it, with no question for the order number.
    expect(answer).toMatch(/1010/);
    expect(answer).not.toMatch(/order number/i);
  });

  it('an expired link says so and the chat still works without it', async () => {
    const page = await (await browser.newContext()).newPage();
    const token = signOrderLink(linkSecret, '1010', new Date(Date.now() - 60_000));
    await page.goto(`${base}/?mdlink=${token}`);
    await page.getByText(/link has expired/).waitFor();
    await shop(page).first().waitFor();
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill('where is my parcel?');
    await box.press('Enter');
    await shop(page).nth(1).waitFor();
    expect((await shop(page).allInnerTexts()).slice(1).join('\n')).toMatch(/order number/i);
  });
});
