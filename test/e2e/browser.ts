import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const artifactsDir = 'test-artifacts/e2e';

/** Why browser tests cannot run here, or null. Under CI=true they must run, so this is never a reason there. */
export function browserSkipReason(): string | null {
  if (process.env['CI'] === 'true') return null;
  if (!existsSync(chromiumPath)) return `skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or run bash .ci/run)`;
  return null;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** Bundles the widget and copies the storefront into dist/web, as `npm run build` does. */
export function buildWeb(): string {
  execFileSync(process.execPath, ['scripts/build-web.js'], { stdio: 'inherit' });
  return 'dist/web';
}
