// Accessibility of every page a customer or a rep sees, checked by axe-core in Chromium against the
// real server (demo shop with its history): the storefront with the chat open (desktop and phone),
// and each console page. Any violation, whatever its impact, fails. Also saves the screenshots of
// docs/screenshots/ (with MAKERDESK_UPDATE_SCREENSHOTS=1; see `screenshotsDir`).
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { demoConsoleUsers } from '../../src/auth/auth.js';
import { browserSkipReason, launchBrowser, screenshotsDir } from './browser.js';

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/a11y.test.ts ${skip}`);

const approver = demoConsoleUsers.find((u) => u.role === 'approver')!;
const shots = screenshotsDir;
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Every violation axe finds, in a form that reads well in a failing test. */
async function violations(page: Page, what: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map(
    (v) =>
      `${what}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  );
}

describe.skipIf(skip !== null)(
  'accessibility (axe) of the storefront with the chat open and of every console page',
  () => {
    let browser: Browser;
    let runtime: Runtime;
    let base = '';
    let dir = '';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'makerdesk-a11y-'));
      runtime = await createRuntime({
        dbUrl: `sqlite:${join(dir, 'shop.db')}`,
        demo: true,
        demoHistory: true,
        uploadsDir: join(dir, 'uploads'),
        apiKey: null,
        logger: false,
        webDir: resolve('dist/web'),
        env: {},
      });
      // An exception waiting for an approver, so the approvals view has something to decide.
      const t0 = new Date(Date.now() - 20 * 60_000).toISOString();
      await runtime.store.conversations.create({
        id: 'conv-a11y',
        channel: 'web',
        lang: 'en',
        status: 'escalated',
        intent: 'change_details',
        orderId: null,
        tokenHash: 'x',
        state: {},
        handledBy: 'assistant',
        createdAt: t0,
        updatedAt: t0,
        version: 1,
      });
      await runtime.store.messages.append({
        id: 'a11y-1',
        conversationId: 'conv-a11y',
        sender: 'customer',
        text: 'Could the pendant say "Noor" instead of "Nour"? I know it is already being made.',
        lang: 'en',
        createdAt: t0,
      });
      await runtime.store.cases.create({
        id: 'case-a11y',
        kind: 'escalation',
        status: 'open',
        priority: 2,
        conversationId: 'conv-a11y',
        orderId: null,
        handoff: {
          orderId: null,
          customer: { name: 'Noor Aziz' },
          lang: 'en',
          rule: 'changes.locked_in_production',
          reason: 'the engraving is already in production',
          summary: 'Wants the engraving changed after it was locked.',
          facts: {},
          attachmentIds: [],
          desiredResolution: 'engrave "Noor"',
          suggestedNextStep: "Decide on the customer's request.",
        },
        subject: {},
        createdAt: t0,
        updatedAt: t0,
        assignedTo: null,
      });
      await runtime.app.listen({ port: 0, host: '127.0.0.1' });
      const a = runtime.app.server.address();
      base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
      browser = await launchBrowser();
      mkdirSync(shots, { recursive: true });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await runtime?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    async function openChat(page: Page): Promise<void> {
      await page.goto(base);
      await page
        .getByRole('button', { name: /Chat with/ })
        .first()
        .click();
      const log = page.getByRole('log', { name: 'Conversation' });
      await log.locator('.msg').first().waitFor();
      await page.getByRole('textbox', { name: 'Your message' }).fill('Where is my order 1010?');
      await page.keyboard.press('Enter');
      await log.and(page.locator('[aria-busy="false"]')).waitFor();
      await log.locator('.msg.assistant').nth(1).waitFor();
    }

    it('finds nothing on the storefront with the chat open, on a desktop and on a phone', async () => {
      const found: string[] = [];
      for (const [name, viewport] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await openChat(page);
        found.push(...(await violations(page, `storefront + chat (${name})`)));
        await page.screenshot({ path: `${shots}/widget-${name}.png` });
        await context.close();
      }
      expect(found).toEqual([]);
    }, 120_000);

    it('finds nothing on any console page: sign-in, queue, case, approvals, insights — desktop and phone', async () => {
      const found: string[] = [];
      for (const [name, viewport] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(`${base}/console`);
        await page.getByLabel('E-mail').waitFor();
        found.push(...(await violations(page, `sign-in (${name})`)));
        await page.getByLabel('E-mail').fill(approver.email);
        await page.getByLabel('Password').fill(approver.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.locator('.queue-item').first().waitFor();
        found.push(...(await violations(page, `queue (${name})`)));
        await page.screenshot({ path: `${shots}/console-queue-${name}.png` });

        await page.locator('.queue-item').first().click();
        await page.locator('.case-head').waitFor();
        await page.getByRole('region', { name: 'Decisions' }).waitFor();
        found.push(...(await violations(page, `case (${name})`)));
        await page.screenshot({ path: `${shots}/console-case-${name}.png` });

        await page
          .getByRole('group', { name: 'Views' })
          .getByRole('button', { name: /^Needs approval/ })
          .click();
        await page.locator('.queue-item.kind-approval').first().click();
        const decide = page.getByRole('region', { name: /^Approve/ }).first();
        await decide.waitFor();
        found.push(...(await violations(page, `approvals (${name})`)));
        await decide.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/console-approvals-${name}.png` });

        await page.getByRole('link', { name: 'Insights' }).click();
        await page.getByRole('group', { name: 'Conversations', exact: true }).waitFor();
        await page.locator('canvas').first().waitFor();
        found.push(...(await violations(page, `insights (${name})`)));
        await context.close();
      }
      expect(found).toEqual([]);
    }, 240_000);
  },
);
