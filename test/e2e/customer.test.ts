import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { fromMinor } from '../../src/domain/money.js';
import { createRepActions } from '../../src/actions/rep.js';
import { artifactsDir, browserSkipReason, launchBrowser, widgetWebDir } from './browser.js';

/*
 * The four customer journeys of issue 5, in Chromium against the real server (real engine, NLU,
 * policy, SQLite store) seeded with the demo shop.
 */

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/customer.test.ts ${skip}`);

const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const weekday = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
/** A calendar date as a reply may write it: "Dec 3", "Wednesday, December 3", "3 December", "2026-12-03". */
const dateText = `(?:(?:${weekday}\\s+)?${month}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${month}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const dates = (text: string): string[] => text.match(new RegExp(dateText, 'g')) ?? [];

describe.skipIf(skip !== null)('customer journeys in the widget (real engine, demo shop)', () => {
  let browser: Browser;
  let runtime: Runtime;
  let base: string;
  let dir: string;
  let page: Page;
  let webDir: string;

  beforeAll(async () => {
    webDir = widgetWebDir();
    dir = await mkdtemp(join(tmpdir(), 'makerdesk-journeys-'));
    runtime = await createRuntime({
      dbUrl: `sqlite:${join(dir, 'shop.db')}`,
      demo: true,
      uploadsDir: join(dir, 'uploads'),
      apiKey: null,
      logger: false,
      webDir,
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

  const log = (): Locator => page.getByRole('log', { name: 'Conversation' });
  const shopMessages = (): Locator => log().locator('.msg.assistant, .msg.agent');

  /** Opens the widget on the storefront in a fresh browser profile and waits for the greeting. */
  async function openChat(): Promise<void> {
    page = await (await browser.newContext({ viewport: { width: 1200, height: 860 } })).newPage();
    await page.goto(base);
    await page.getByRole('button', { name: /Chat with/ }).click();
    await shopMessages().first().waitFor();
  }

  /** Sends a message and returns the text of every shop message that answered it. */
  async function say(text: string): Promise<string> {
    const before = await shopMessages().count();
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(text);
    await box.press('Enter');
    await shopMessages().nth(before).waitFor();
    await page.getByRole('log').and(page.locator('[aria-busy="false"]')).waitFor();
    return (await shopMessages().allInnerTexts()).slice(before).join('\n');
  }

  async function choose(label: RegExp): Promise<string> {
    const before = await shopMessages().count();
    await page
      .getByRole('group', { name: 'Suggested replies' })
      .getByRole('button', { name: label })
      .first()
      .click();
    await shopMessages().nth(before).waitFor();
    await page.getByRole('log').and(page.locator('[aria-busy="false"]')).waitFor();
    return (await shopMessages().allInnerTexts()).slice(before).join('\n');
  }

  it('asks where an order is and gets a ship window of two business dates', async () => {
    await openChat();
    const answer = await say('Hi! Where is my order 1007? My email is gus@example.com');
    expect(answer).toMatch(/1007/);
    expect(answer).toMatch(/business days/i);
    const found = dates(answer);
    expect(found.length, `expected a window of two dates in: ${answer}`).toBeGreaterThanOrEqual(2);
    expect(new Set(found).size).toBeGreaterThanOrEqual(2);
    // The dates are bold, as key facts.
    expect(await shopMessages().last().locator('strong').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifactsDir}/journey-1-status.png` });
  });

  it('changes an engraving inside the change window, confirming it first', async () => {
    await openChat();
    let answer = await say(
      'I need to change the engraving on order 1001, my email is ana@example.com',
    );
    if (!/Mila/.test(answer)) answer = await say('Please make it "Mila" instead of Mia');
    expect(answer).toMatch(/Mila/);
    expect(
      await shopMessages().last().locator('strong', { hasText: 'Mila' }).count(),
    ).toBeGreaterThan(0);
    const recorded = async () =>
      (await runtime.store.changeRequests.listForOrder('1001')).filter(
        (c) => c.status === 'recorded',
      );
    // Nothing is recorded before the customer confirms the read-back.
    expect(await recorded()).toHaveLength(0);
    const done = await choose(/yes|confirm/i);
    expect(done).toMatch(/Mila/);
    const changes = await recorded();
    expect(changes).toHaveLength(1);
    expect(JSON.stringify(changes[0]?.after)).toContain('Mila');
    await page.screenshot({ path: `${artifactsDir}/journey-2-engraving.png` });
  });

  it('reports a damaged mug with a photo and gets a refund decision', async () => {
    await openChat();
    let asked = await say('My mug from order 1016 arrived cracked. Email priya@example.com');
    // The order holds a bowl and a mug; the assistant may ask which piece, with a button for each.
    if (/which (piece|item)/i.test(asked)) asked = await choose(/mug/i);
    expect(asked).toMatch(/photo|picture/i);
    const photo = join(dir, 'cracked-mug.jpg');
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d8c7a8' } })
      .jpeg()
      .toFile(photo);
    await page.locator('#mkd-file').setInputFiles(photo);
    await page.getByRole('img', { name: /Preview of/ }).waitFor();
    const before = await shopMessages().count();
    await page.getByRole('button', { name: 'Send photo' }).click();
    await shopMessages().nth(before).waitFor();
    await page.getByRole('log').and(page.locator('[aria-busy="false"]')).waitFor();
    expect(await log().locator('.msg.customer img.photo').count()).toBe(1);
    // The remedies the policy allows are offered as buttons: a remake or a refund.
    const offered = (
      await page
        .getByRole('group', { name: 'Suggested replies' })
        .getByRole('button')
        .allInnerTexts()
    ).join(' | ');
    expect(offered).toMatch(/refund/i);
    expect(offered).toMatch(/remake/i);
    const decided = await choose(/refund/i);
    expect(decided).toMatch(/\d+\.\d{2}/);
    const refunds = await runtime.store.refunds.listForOrder('1016');
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.status).toBe('issued');
    expect(decided).toContain(
      fromMinor(refunds[0]?.amountMinor ?? 0, refunds[0]?.currency ?? 'USD'),
    );
    await page.screenshot({ path: `${artifactsDir}/journey-3-damaged-mug.png` });
  });

  it('sees a rep’s reply appear without reloading', async () => {
    await openChat();
    await say('I would like to talk to a person please');
    const session: string = await page.evaluate(
      () =>
        Object.keys(localStorage)
          .map((k) => (k.endsWith(':conversation') ? (localStorage.getItem(k) ?? '') : ''))
          .join('') || '{}',
    );
    const { id } = JSON.parse(session) as { id: string };
    const rep = createRepActions({
      store: runtime.store,
      clock: () => new Date(),
      newId: randomUUID,
    });
    await rep.agentReply(id, {
      userId: 'rep-demo',
      text: 'Hi, this is **Sam** from the studio. I am looking at it now.',
      lang: 'en',
    });
    await log().locator('.msg.agent strong', { hasText: 'Sam' }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${artifactsDir}/journey-5-rep-reply.png` });
  });

  it('finds the conversation again after reloading the page', async () => {
    await openChat();
    await say('Where is my order 1007? My email is gus@example.com');
    const transcript = await log().innerText();
    await page.reload();
    await shopMessages().first().waitFor();
    await log().getByText('Where is my order 1007?').waitFor();
    expect((await log().innerText()).replace(/\s+/g, ' ')).toBe(transcript.replace(/\s+/g, ' '));
    await page.screenshot({ path: `${artifactsDir}/journey-4-after-reload.png` });
  });
});
