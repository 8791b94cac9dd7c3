import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import type { fakeAssistant } from '../support/fake-assistant.js';
import { startWidgetServer, type WidgetServer } from '../helpers/widget-server.js';
import { createRepActions } from '../../src/actions/rep.js';
import { handBackNotice } from '../../src/assist/index.js';
import { artifactsDir, browserSkipReason, launchBrowser, widgetWebDir } from './browser.js';

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/widget-details.test.ts ${skip}`);

/** Scroll position, unsent marks, failed uploads, offline sends, rendering and embedding on foreign pages. */
describe.skipIf(skip !== null)('chat widget details in a browser', () => {
  let browser: Browser;
  let webDir: string;
  let server: WidgetServer;
  let store: Store;
  let assistant: ReturnType<typeof fakeAssistant>;
  let base: string;
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
    ({ store, assistant, base } = server);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });
  afterEach(async () => {
    await page.context().close();
    await server.close();
  });

  const log = () => page.getByRole('log', { name: 'Conversation' });
  const atBottom = () =>
    log().evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight <= 2);
  const focusedInWidget = () =>
    page.evaluate(() => {
      const host = document.getElementById('makerdesk-widget');
      const active = host?.shadowRoot?.activeElement;
      return active
        ? `${active.tagName.toLowerCase()}#${active.id}`
        : document.activeElement?.tagName.toLowerCase();
    });
  const openChat = async () => {
    await page.getByRole('button', { name: /Chat with/ }).click();
    await log().getByText('Mara').waitFor();
  };
  const say = async (text: string) => {
    await page.getByRole('textbox', { name: 'Your message' }).fill(text);
    await page.keyboard.press('Enter');
    await log().locator('strong', { hasText: text }).waitFor();
  };

  it('keeps the newest reply in view after its quick replies appear, and reopens at the bottom after a reload', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base);
    await openChat();
    // Record whether the typing dots ever show: the scripted replies come far faster than a flicker.
    await page.evaluate(() => {
      const dots = document
        .getElementById('makerdesk-widget')
        ?.shadowRoot?.querySelector('.typing');
      const w = window as unknown as { dotsShown: number };
      w.dotsShown = 0;
      if (dots)
        new MutationObserver(() => (dots.hasAttribute('hidden') ? null : w.dotsShown++)).observe(
          dots,
          { attributes: true },
        );
    });
    for (let i = 1; i <= 9; i++) await say(`question number ${i} about my order`);
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    expect(await atBottom()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { dotsShown: number }).dotsShown)).toBe(
      0,
    );

    await page.reload();
    await log()
      .locator('strong', { hasText: 'question number 9 about my order' })
      .first()
      .waitFor();
    await page.getByRole('dialog').waitFor();
    expect(await atBottom()).toBe(true);
    await page.screenshot({ path: `${artifactsDir}/widget-phone-390.png` });
  });

  it('a photo the server refuses leaves no photo message and keeps the quick replies and the focus', async () => {
    await page.goto(base);
    await openChat();
    await page.getByRole('button', { name: 'Where is my order?' }).waitFor();
    await page.locator('#mkd-file').setInputFiles({
      name: 'mug.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is not really a picture'),
    });
    await page.getByRole('button', { name: 'Send photo' }).click();
    await log().locator('.msg.system.error').waitFor();
    expect(await log().locator('.msg.customer').count()).toBe(0);
    expect(await log().locator('img').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Where is my order?' }).isVisible()).toBe(true);
    expect(await focusedInWidget()).toBe('textarea#mkd-input');
    expect(
      await store.attachments.listForConversation((await store.conversations.list())[0]?.id ?? ''),
    ).toHaveLength(0);
  });

  it('offline: the message is marked not sent with plain words and sent once by "Try again"; a double click sends once', async () => {
    await page.goto(base);
    await openChat();
    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: 'Your message' }).fill('is my ring engraved yet');
    await page.keyboard.press('Enter');
    const retry = page.getByRole('button', { name: /Not sent/ });
    await retry.waitFor();
    const noticeText = (await log().locator('.msg.system.error').last().textContent()) ?? '';
    expect(noticeText).toMatch(/couldn't reach the shop/);
    expect(noticeText).not.toMatch(/fetch/i);
    expect(await log().locator('.msg.customer.failed').count()).toBe(1);
    expect(assistant.turns).toHaveLength(0);

    await page.context().setOffline(false);
    await retry.click();
    await log().getByText('You said', { exact: false }).waitFor();
    expect(await log().locator('.msg.customer.failed').count()).toBe(0);
    expect(
      await log().locator('.msg.customer', { hasText: 'is my ring engraved yet' }).count(),
    ).toBe(1);
    expect(assistant.turns.filter((t) => t.kind === 'text')).toHaveLength(1);

    await page.getByRole('textbox', { name: 'Your message' }).fill('second question');
    await page.getByRole('button', { name: 'Send', exact: true }).dblclick();
    await log().locator('strong', { hasText: 'second question' }).waitFor();
    await page.waitForTimeout(300);
    expect(assistant.turns.filter((t) => t.kind === 'text')).toHaveLength(2);
  });

  it('renders bold inside a link and lets each bubble pick its own direction', async () => {
    await page.goto(base);
    await openChat();
    const strongInLink = log().locator('a strong', { hasText: '1Z999AA1' }).first();
    // The rep's message goes to the page's live stream, which may not be listening yet: sent
    // again (same id) until it shows.
    for (let i = 0; i < 20 && (await strongInLink.count()) === 0; i++) {
      for (const c of await store.conversations.list())
        await store.publish(`conversation:${c.id}`, {
          message: {
            id: 'rep-link',
            conversationId: c.id,
            sender: 'agent',
            text: 'Tracking: [**1Z999AA1**](https://track.example/1Z999AA1)',
            createdAt: new Date().toISOString(),
          },
        });
      await strongInLink.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    await strongInLink.waitFor();
    expect(await log().getByText('**1Z999AA1**').count()).toBe(0);
    const dirs = await log()
      .locator('.msg .text')
      .evaluateAll((els) => els.map((e) => e.getAttribute('dir')));
    expect(dirs.length).toBeGreaterThan(1);
    expect(dirs.every((d) => d === 'auto')).toBe(true);
  });

  it('on a foreign page: host styles do not reach it, data-position/data-offset place it, and it stays put on a transformed body', async () => {
    const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>
  div { padding: 30px !important; border: 6px solid red; margin: 40px; }
  body { transform: translateZ(0); font: italic 28px Georgia, serif; letter-spacing: 4px; text-transform: uppercase; color: green; line-height: 3; }
  .tall { height: 4000px; }
</style></head>
<body><div class="tall">A shop with strong opinions about divs</div>
<script src="${base}/widget.js" data-shop="Foreign Shop" data-position="left" data-offset="24 90" defer></script></body></html>`;
    // A page with the shop's own styles (served on the same origin: Chromium refuses a loopback script from another origin).
    const shopUrl = `${base}/a-shop-page`;
    await page.route(shopUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: hostPage }),
    );
    await page.goto(shopUrl);
    const launcher = page.getByRole('button', { name: /Chat with Foreign Shop/ });
    await launcher.waitFor();
    const hostStyle = await page.evaluate(() => {
      const host = document.getElementById('makerdesk-widget');
      const cs = host ? getComputedStyle(host) : null;
      return cs
        ? { padding: cs.paddingTop, border: cs.borderTopWidth, margin: cs.marginTop }
        : null;
    });
    expect(hostStyle).toEqual({ padding: '0px', border: '0px', margin: '0px' });

    const before = await launcher.boundingBox();
    expect(before?.x).toBeCloseTo(24, 0);
    expect((before?.y ?? 0) + (before?.height ?? 0)).toBeCloseTo(800 - 90, 0);
    await page.evaluate(() => window.scrollTo(0, 2500));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const after = await launcher.boundingBox();
    expect(after?.y).toBeCloseTo(before?.y ?? -1, 0);

    await launcher.click();
    await page.getByRole('log', { name: 'Conversation' }).getByText('Mara').waitFor();
    const text = await page
      .getByRole('log', { name: 'Conversation' })
      .locator('.msg .text')
      .first()
      .evaluate((e) => {
        const cs = getComputedStyle(e);
        return {
          transform: cs.textTransform,
          spacing: cs.letterSpacing,
          style: cs.fontStyle,
          size: cs.fontSize,
        };
      });
    expect(text).toEqual({ transform: 'none', spacing: 'normal', style: 'normal', size: '15px' });
    const panel = await page.getByRole('dialog').boundingBox();
    expect(panel?.x).toBeCloseTo(24, 0);
    await page.screenshot({ path: `${artifactsDir}/widget-foreign-page.png` });
  });

  it("shows the rep's name on their messages, and tells the customer when the assistant answers again", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base);
    await openChat();
    await say('can I talk to a person please');
    const conversationId = (await store.conversations.list())[0]?.id ?? '';
    const rep = createRepActions({ store, clock: () => new Date(), newId: randomUUID });
    await rep.agentReply(conversationId, {
      userId: 'u-ana',
      text: 'Hi, Ana here — I have your order open.',
      lang: 'en',
      meta: { authorName: 'Ana' },
    });
    const agent = log().locator('.msg.agent').last();
    await agent.getByText('Ana here').waitFor();
    // Visible, not only for screen readers.
    expect(await agent.locator('.author').isVisible()).toBe(true);
    expect(await agent.locator('.author').textContent()).toMatch(/^Ana · /);
    await rep.handBack(conversationId, 'u-ana', false, {
      text: handBackNotice({
        repName: 'Ana',
        lang: 'en',
        voice: { shopName: 'Mara Ceramics', formality: 'informal', emoji: false },
      }),
      lang: 'en',
    });
    await log()
      .locator('.msg.system')
      .getByText('Ana has handed the chat back to the Mara Ceramics assistant.', { exact: false })
      .waitFor();
    await page.screenshot({ path: `${artifactsDir}/widget-rep-name-390.png` });
  });

  it('serves a favicon for the storefront', async () => {
    const res = await fetch(`${base}/favicon.svg`);
    expect(res.status).toBe(200);
    await page.goto(base);
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/favicon.svg');
  });
});
