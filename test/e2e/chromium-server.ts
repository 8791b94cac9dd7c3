import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserSkipReason, chromiumArgs, chromiumPath } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the one Chromium of the run listens; each browser test file connects to it. */
    chromiumEndpoint: string | null;
  }
}

/**
 * One Chromium for all the browser test files of a run, instead of one per file: each file
 * connects to it and works in browser contexts of its own, which share no cookies, storage or
 * pages with the other files' ones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserSkipReason() !== null) {
    project.provide('chromiumEndpoint', null);
    return () => Promise.resolve();
  }
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
