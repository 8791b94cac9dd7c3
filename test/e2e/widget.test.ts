import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { startWidgetServer, type WidgetServer } from '../helpers/widget-server.js';
import { artifactsDir, browserSkipReason, launchBrowser, widgetWebDir } from './browser.js';

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/widget.test.ts ${skip}`);

describe.skipIf(skip !== null)('chat widget in a browser (scripted assistant)', () => {
  let browser: Browser;
  let webDir: string;
  let server: WidgetServer;
  let store: Store;
  let base: string;
  let uploadsDir: string;
  let page: Page;

  beforeAll(async () => {
    webDir = widgetWebDir();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    server = await startWidgetServer(webDir);
    ({ store, base, uploadsDir } = server);
    page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
  });
  afterEach(async () => {
    await page.context().close();
    await server.close();
  });

  const log = () => page.getByRole('log', { name: 'Conversation' });

  it('opens from the keyboard, talks, offers quick replies and renders markdown safely', async () => {
    await page.goto(base);
    await expect(
      page.getByRole('heading', { name: 'Made by hand, made for you' }).isVisible(),
    ).resolves.toBe(true);
    const launcher = page.getByRole('button', { name: /Chat with Makerdesk Demo Market/ });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await log().getByText('Mara').waitFor();
    expect(await log().getAttribute('aria-live')).toBe('polite');
    // Focus moves to the message box; typing and Enter sends.
    await page.keyboard.type('where is my order?');
    await page.keyboard.press('Enter');
    await log().locator('strong', { hasText: 'where is my order?' }).waitFor();
    await page.getByRole('button', { name: 'Yes' }).click();
    await log().getByText('yes', { exact: true }).waitFor();
    await page.screenshot({ path: `${artifactsDir}/widget-conversation.png` });

    // A rep's reply with hostile markup arrives live and is shown as text.
    const id = (await store.conversations.list())[0]?.id ?? '';
    await store.publish(`conversation:${id}`, {
      message: {
        id: 'rep-1',
        conversationId: id,
        sender: 'agent',
        text: 'Hi, **Sam** here <img src=x onerror="window.pwned=1"> [link](javascript:alert(1))',
        createdAt: new Date().toISOString(),
      },
    });
    await log().locator('strong', { hasText: 'Sam' }).waitFor();
    expect(await log().locator('img').count()).toBe(0);
    expect(await log().locator('a').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    await expect(log().getByText('<img src=x', { exact: false }).count()).resolves.toBe(1);

    // Escape closes and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(
      await launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);

    // A reply while the panel is closed is announced on the launcher.
    await store.publish(`conversation:${id}`, {
      message: {
        id: 'rep-2',
        conversationId: id,
        sender: 'agent',
        text: 'Are you still there?',
        createdAt: new Date().toISOString(),
      },
    });
    await page.getByRole('button', { name: /Chat with Makerdesk Demo Market \(1 new\)/ }).waitFor();
    await page.keyboard.press('Enter');
    await log().getByText('Are you still there?').waitFor();
  });

  it('uploads a photo with a preview, and finds the conversation again after a reload', async () => {
    const photo = join(uploadsDir, 'mug.png');
    await sharp({ create: { width: 320, height: 240, channels: 3, background: '#b5651d' } })
      .png()
      .toFile(photo);
    await page.goto(base);
    await page.getByRole('button', { name: /Chat with/ }).click();
    await log().getByText('Mara').waitFor();
    await page.locator('#mkd-file').setInputFiles(photo);
    await page.getByRole('img', { name: 'Preview of mug.png' }).waitFor();
    await page.getByRole('button', { name: 'Send photo' }).click();
    await log().getByText('1 photo(s)', { exact: false }).waitFor();
    expect(
      await store.attachments.listForConversation((await store.conversations.list())[0]?.id ?? ''),
    ).toHaveLength(1);

    await page.reload();
    await log().getByText('1 photo(s)', { exact: false }).waitFor();
    await log().getByText('Mara').waitFor();
    expect(await store.conversations.list()).toHaveLength(1);
    await page.screenshot({ path: `${artifactsDir}/widget-after-reload.png` });
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(base);
    await page.getByRole('button', { name: /Chat with/ }).click();
    await log().getByText('Mara').waitFor();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.width).toBe(375);
    await page.screenshot({ path: `${artifactsDir}/widget-mobile.png` });
  });
});
