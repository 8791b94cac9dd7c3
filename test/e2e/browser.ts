import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const artifactsDir = 'test-artifacts/e2e';

/** Why browser tests cannot run here, or null. Under CI=true they must run, so this is never a reason there. */
export function browserSkipReason(): string | null {
  if (process.env['CI'] === 'true') return null;
  if (!existsSync(chromiumPath))
    return `skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or run bash .ci/run)`;
  return null;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

/**
 * Parts of Chromium's own window that no test uses. Chromium loads its omnibox popup
 * (chrome://omnibox-popup.top-chrome) as a page of its own, in a renderer of its own, for every
 * new window, i.e. for every browser context a test opens: that cost more CPU than the tests'
 * own pages (about 0.5 s a context on the CI machine).
 */
export const unusedChromiumFeatures = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

/**
 * The `--disable-features` switch that turns off `unusedChromiumFeatures` and keeps every
 * feature Playwright turns off. Chromium heeds only the last `--disable-features` of its command
 * line, and Playwright passes one of its own before ours: so ours repeats Playwright's list,
 * read from the command line `defaultArgs` Playwright used (`server.process().spawnargs`).
 */
export function disableFeaturesSwitch(defaultArgs: readonly string[]): string {
  const prefix = '--disable-features=';
  const theirs = defaultArgs
    .filter((a) => a.startsWith(prefix))
    .flatMap((a) => a.slice(prefix.length).split(','))
    .filter((f) => f !== '');
  return prefix + [...new Set([...theirs, ...unusedChromiumFeatures])].join(',');
}

/**
 * The run's shared Chromium (started by test/e2e/chromium-server.ts) when there is one, else a
 * Chromium of this file's own. Closing a connected browser closes the contexts this file opened
 * and leaves the shared one running.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  const endpoint = inject('chromiumEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Bundles the widget and copies the storefront as `npm run build` does, into a new folder. */
export async function bundleWidget(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'makerdesk-web-'));
  cpSync('web/storefront', dir, { recursive: true });
  await build({
    entryPoints: ['web/widget/widget.ts'],
    outfile: join(dir, 'widget.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'warning',
  });
  return dir;
}

/**
 * The storefront with the widget from the current sources, bundled once for the run by
 * test/e2e/chromium-server.ts (which also builds dist/web). Nobody writes to it while the
 * files run, and the run removes it at the end: a test file must not.
 */
export function widgetWebDir(): string {
  const dir = inject('widgetWebDir');
  if (!dir)
    throw new Error('no widget build: the browser tests run with test/e2e/chromium-server.ts');
  return dir;
}

/**
 * Where the browser tests save the pictures the docs show: `docs/screenshots/` when
 * MAKERDESK_UPDATE_SCREENSHOTS=1, else `test-artifacts/screenshots/`, so a test run leaves the
 * tree clean.
 */
export const screenshotsDir =
  process.env['MAKERDESK_UPDATE_SCREENSHOTS'] === '1'
    ? 'docs/screenshots'
    : 'test-artifacts/screenshots';
