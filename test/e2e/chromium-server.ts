import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import {
  browserSkipReason,
  bundleWidget,
  chromiumArgs,
  chromiumPath,
  disableFeaturesSwitch,
} from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the one Chromium of the run listens; each browser test file connects to it. */
    chromiumEndpoint: string | null;
    /** The storefront with the widget, bundled once for the run (see `widgetWebDir`). */
    widgetWebDir: string | null;
  }
}

/**
 * What all the browser test files share, made once per run instead of once per file:
 * - the browser parts bundled from the current sources, into dist/web as `npm run build` does
 *   (the console pages are served from there) and, the widget with the storefront, into a
 *   folder of their own (`widgetWebDir`); nothing rewrites them while the files run;
 * - one Chromium: each file connects to it and works in browser contexts of its own, which
 *   share no cookies, storage or pages with the other files' ones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserSkipReason() !== null) {
    project.provide('chromiumEndpoint', null);
    project.provide('widgetWebDir', null);
    return () => Promise.resolve();
  }
  execFileSync(process.execPath, ['scripts/build-web.js'], { stdio: 'inherit' });
  const widgetDir = await bundleWidget();
  project.provide('widgetWebDir', widgetDir);
  const server = await launchShared();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
    rmSync(widgetDir, { recursive: true, force: true });
  };
}

/**
 * Chromium with `unusedChromiumFeatures` off. A first start only shows the command line
 * Playwright builds (its own `--disable-features` list among it), which the second one keeps.
 */
async function launchShared(): Promise<BrowserServer> {
  const probe = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  const defaults = probe.process().spawnargs;
  await probe.close();
  return chromium.launchServer({
    executablePath: chromiumPath,
    args: [...chromiumArgs, disableFeaturesSwitch(defaults)],
  });
}
