// The shared Chromium of the browser tests (test/e2e/chromium-server.ts) and how it is started.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  disableFeaturesSwitch,
  launchBrowser,
  unusedChromiumFeatures,
} from './browser.js';

describe('disableFeaturesSwitch', () => {
  it('keeps every feature Playwright turns off, adds the unused ones, and names each once', () => {
    const switched = disableFeaturesSwitch([
      '--headless',
      '--disable-features=PaintHolding,MediaRouter',
      '--enable-features=CDPScreenshotNewSurface',
      `--disable-features=${unusedChromiumFeatures[0]}`,
    ]);
    const [name, list = ''] = switched.split('=');
    expect(name).toBe('--disable-features');
    const features = list.split(',');
    expect(features.slice(0, 2)).toEqual(['PaintHolding', 'MediaRouter']);
    expect(features).toEqual(expect.arrayContaining(unusedChromiumFeatures));
    expect(new Set(features).size).toBe(features.length);
  });

  it('works when Playwright passes no list of its own', () => {
    expect(disableFeaturesSwitch(['--headless'])).toBe(
      `--disable-features=${unusedChromiumFeatures.join(',')}`,
    );
  });
});

describe.skipIf(browserSkipReason() !== null)('the shared Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens only the test’s own page for a new context, no page of its window’s own', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<title>only page</title><h1>Hello</h1>');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    await cdp.detach();
    await context.close();
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://'))).toEqual([]);
    expect(targetInfos.some((t) => t.url.includes('only page'))).toBe(true);
  });
});
