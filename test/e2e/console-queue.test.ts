// The console's queue and approvals in Chromium: typed items with customer, snippet, urgency and
// waiting time; views; j/k; deciding an exception with a reason; a decision made twice from two tabs;
// the case header staying on screen; the phone width. English-only, so no translation engine is needed.
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import { openStore } from '../../src/store/index.js';
import type { Translator } from '../../src/translate/translator.js';
import { browserSkipReason, launchBrowser } from './browser.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

const skip = browserSkipReason();
if (skip) console.warn(`test/e2e/console-queue.test.ts ${skip}`);

/** These tests read English only; a translator that has no pairs says so rather than pretending. */
const noPairs: Translator = {
  name: 'none',
  pairs: () => Promise.resolve([]),
  translate: () =>
    Promise.resolve({ untranslated: true, reason: 'no translation engine in this test' }),
};

describe.skipIf(skip !== null)('console queue and approvals in Chromium', () => {
  let app: FastifyInstance;
  let store: Store;
  let browser: Browser;
  let base = '';
  let ids = 0;

  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    const clock = () => new Date();
    const newId = () => `cq${++ids}`;
    const seeded = await seedConsole(store, clock, newId);
    // A long English chat with an escalation the customer wants decided, and a second chat on the same order.
    const t0 = new Date(Date.now() - 90 * 60_000).toISOString();
    await store.conversations.create({
      id: 'conv-long',
      channel: 'web',
      lang: 'en',
      status: 'escalated',
      intent: 'human_agent',
      orderId: 'MD-2001',
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t0,
      updatedAt: t0,
      version: 1,
    });
    await store.conversations.create({
      id: 'conv-long-2',
      channel: 'web',
      lang: 'en',
      status: 'open',
      intent: null,
      orderId: 'MD-2001',
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t0,
      updatedAt: t0,
      version: 1,
    });
    for (let i = 0; i < 30; i++) {
      await store.messages.append({
        id: `long-${i}`,
        conversationId: 'conv-long',
        sender: i % 2 ? 'assistant' : 'customer',
        text:
          i % 2
            ? `Reply number ${i}: thanks, let me check.`
            : `Message number ${i}: the engraving on my locket should say Yusuf, can it still change?`,
        lang: 'en',
        createdAt: new Date(Date.parse(t0) + i * 1000).toISOString(),
      });
    }
    await store.messages.append({
      id: 'long-2-1',
      conversationId: 'conv-long-2',
      sender: 'customer',
      text: 'Hello? Same order as before.',
      lang: 'en',
      createdAt: new Date(Date.parse(t0) + 60_000).toISOString(),
    });
    await store.cases.create({
      id: 'case-locked',
      kind: 'escalation',
      status: 'open',
      priority: 2,
      conversationId: 'conv-long',
      orderId: 'MD-2001',
      handoff: {
        orderId: 'MD-2001',
        customer: { email: 'farah@example.com', name: 'Farah Haddad' },
        lang: 'en',
        rule: 'changes.locked_in_production',
        reason: 'the engraving is already in production',
        summary: 'Wants the engraving changed after it was locked.',
        facts: {},
        attachmentIds: [],
        desiredResolution: 'change the engraving to Yusuf',
        suggestedNextStep: "Decide on the customer's request: change the engraving to Yusuf.",
      },
      subject: {},
      createdAt: t0,
      updatedAt: t0,
      assignedTo: null,
    });
    app = Fastify({ logger: false });
    await consoleRoutes({
      store,
      auth: seeded.auth,
      translator: noPairs,
      shop: plainShop('Demo Market'),
      clock,
      newId,
      uploadsDir: seeded.uploadsDir,
      decideApproval: storeDecideApproval(store, clock, newId),
      queuePollMs: 500,
    })(app);
    await app.register(fastifyStatic, { root: resolve('dist/web'), prefix: '/' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${base}/console`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.queue-item').first().waitFor();
    return page;
  }

  it('shows typed, ranked queue rows with customer, snippet and waiting time; views; j/k', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'rep@shop.example', passwords.rep);
    const rows = page.locator('.queue-item');
    const first = rows.first();
    expect(await first.locator('.badge').textContent()).toBe('Needs approval');
    expect(await first.locator('.customer').textContent()).toBe('Lucía Pérez');
    expect(await first.locator('.snippet').textContent()).toContain(
      'Quiero un reembolso completo.',
    );
    expect(await first.locator('.why').textContent()).toContain('140.00 EUR at stake');
    // The exception on MD-2001 is an approval too, with its second chat folded in.
    const locked = page.locator('.queue-item', { hasText: 'Farah Haddad' });
    expect(await locked.count()).toBe(1);
    expect(await locked.locator('.badge').textContent()).toBe('Needs approval');
    expect(await locked.textContent()).toContain('+1 more chat on this order');
    expect(await locked.locator('.wait').getAttribute('class')).toContain('sla-late');
    expect(await page.locator('.badge', { hasText: /escalation/i }).count()).toBe(0);

    const views = page.getByRole('group', { name: 'Views' });
    await views.getByRole('button', { name: /^Needs approval/ }).click();
    expect(await rows.count()).toBe(3);
    await views.getByRole('button', { name: /^Mine/ }).click();
    await page.getByText('Nothing in this view.').waitFor();
    await views.getByRole('button', { name: /^All/ }).click();
    await page.screenshot({ path: 'test-artifacts/console-queue.png' });

    await page.locator('body').press('j');
    await page.waitForFunction(() => location.hash === '#/c/conv-es');
    await page.locator('body').press('j');
    await page.waitForFunction(() => location.hash !== '#/c/conv-es');
    await page.locator('body').press('k');
    await page.waitForFunction(() => location.hash === '#/c/conv-es');
    await context.close();
  });

  it('lets an approver approve an exception with a reason; a second tab is told who decided', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const tab1 = await signIn(context, 'approver@shop.example', passwords.approver);
    const tab2 = await context.newPage();
    // The second tab misses the live update (as in a race, or a dropped connection): its form is stale.
    await tab2.route('**/conversations/conv-long/stream', (route) => route.abort());
    await tab2.goto(`${base}/console#/c/conv-long`);
    await tab2.getByRole('region', { name: /Approve exception/ }).waitFor();
    await tab1.locator('.queue-item', { hasText: 'Farah Haddad' }).click();
    const section = tab1.getByRole('region', {
      name: /Approve exception: change the engraving to Yusuf/,
    });
    await section.waitFor();
    await tab1.screenshot({ path: 'test-artifacts/console-approvals.png' });
    // A reason is required.
    expect(await section.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true);
    await section
      .getByLabel('Why (kept in the audit log)')
      .fill('The maker can re-engrave a new locket today.');
    await section.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(async () => (await store.cases.get('case-locked'))?.subject.decision)
      .toBe('approved');

    // The other tab still shows the form from before; its decision is refused in plain words.
    const section2 = tab2.getByRole('region', { name: /Approve exception/ });
    await section2
      .getByLabel('Why (kept in the audit log)')
      .fill('Declining: the locket is finished.');
    await section2.getByRole('button', { name: 'Decline' }).click();
    await expect
      .poll(() => tab2.getByRole('alert').first().textContent())
      .toContain('Already decided: this case was approved by approver@shop.example');
    expect((await store.cases.get('case-locked'))?.subject.decision).toBe('approved');
    await context.close();
  });

  it('keeps the case header on screen while the conversation scrolls, and fits 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, 'rep2@shop.example', passwords.rep2);
    await page.goto(`${base}/console#/c/conv-long`);
    const head = page.locator('.case-head');
    await head.waitFor();
    // Scroll to the end of the conversation, whatever scrolls (the pane, or the page).
    await page.locator('.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.getByRole('button', { name: 'Take over chat' }).isVisible()).toBe(true);
    const box = await head.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 1000).toBeLessThan(120);
    await page.screenshot({ path: 'test-artifacts/console-case.png' });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const title = await page.locator('#case-title').boundingBox();
    const buttons = await page.locator('.case-head .row').boundingBox();
    // Title and buttons never sit on top of each other.
    if (title && buttons)
      expect(
        buttons.y >= title.y + title.height - 1 || buttons.x >= title.x + title.width - 1,
      ).toBe(true);
    await page.screenshot({ path: 'test-artifacts/console-case-390.png', fullPage: true });
    await context.close();
  });

  const count = (text: string, part: string): number => text.split(part).length - 1;

  it('shows the rule and the reason once on the case page', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'rep2@shop.example', passwords.rep2);
    await page.goto(`${base}/console#/c/conv-es`);
    const article = page.locator('article.case');
    await article.getByRole('region', { name: 'Decisions' }).waitFor();
    const text = (await article.textContent()) ?? '';
    expect(count(text, 'refund 140.00 is above the automatic limit of 75.00')).toBe(1);
    expect(count(text, 'refunds.above_auto_limit')).toBe(1);
    // The decision behind the handoff is still listed, by its outcome.
    expect(await article.getByRole('region', { name: 'Decisions' }).textContent()).toMatch(
      /needs approval/,
    );
    await context.close();
  });

  it("signs a rep's reply with their name, sends a double-clicked reply once, and tells the customer when the chat goes back to the assistant", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'rep2@shop.example', passwords.rep2);
    await page.goto(`${base}/console#/c/conv-other`);
    await page.getByLabel('Your reply').fill('Hello, I am looking at your order now.');
    // Two clicks in the same instant, before the page can redraw the button as busy.
    await page.getByRole('button', { name: 'Send reply' }).evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    const agent = page.locator('.message.agent');
    await agent.first().waitFor();
    expect(await agent.first().locator('.who strong').textContent()).toBe('Rep2 (rep)');
    await page.waitForTimeout(500);
    const sent = (await store.messages.list('conv-other')).filter((m) => m.sender === 'agent');
    expect(sent.map((m) => m.text)).toEqual(['Hello, I am looking at your order now.']);
    expect(sent[0]?.meta?.authorName).toBe('Rep2');

    await page.getByRole('button', { name: 'Hand back to assistant' }).click();
    await expect
      .poll(async () =>
        (await store.messages.list('conv-other'))
          .filter((m) => m.sender === 'system')
          .map((m) => m.text),
      )
      .toContain(
        "Rep2 has handed the chat back to the Demo Market assistant. Keep writing here any time; if you'd like a person again, just say so.",
      );
    await context.close();
  });

  it('keeps the reply being written when the session ends mid-reply, and brings it back after signing in again', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'rep2@shop.example', passwords.rep2);
    await page.goto(`${base}/console#/c/conv-other`);
    const draft = 'Thanks for waiting — I have asked the workshop about the personalised return.';
    await page.getByLabel('Your reply').fill(draft);
    const before = (await store.messages.list('conv-other')).length;
    // The session ends (expired, or ended elsewhere) while the rep is writing.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Your session has ended; please sign in again.').waitFor();
    expect((await store.messages.list('conv-other')).length).toBe(before);
    await page.getByLabel('E-mail').fill('rep2@shop.example');
    await page.getByLabel('Password').fill(passwords.rep2);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByLabel('Your reply').inputValue()).toBe(draft);
    // Sent, the draft is gone from storage.
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(async () => (await store.messages.list('conv-other')).at(-1)?.text)
      .toBe(draft);
    expect(
      await page.evaluate(() => localStorage.getItem('makerdesk:draft:conv-other')),
    ).toBeNull();
    await page.getByRole('button', { name: 'Hand back to assistant' }).click();
    await page.getByRole('button', { name: 'Take over chat' }).waitFor();
    await context.close();
  });

  it('tells the second of two reps replying at once that the chat is taken, and keeps their draft', async () => {
    const first = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const second = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const a = await signIn(first, 'rep@shop.example', passwords.rep);
    const b = await signIn(second, 'rep2@shop.example', passwords.rep2);
    // The second rep's page misses the live update, as in a race.
    await b.route('**/conversations/conv-other/stream', (route) => route.abort());
    await b.goto(`${base}/console#/c/conv-other`);
    await a.goto(`${base}/console#/c/conv-other`);
    await b.getByLabel('Your reply').fill('Hi! Let me check that for you.');
    await a.getByLabel('Your reply').fill('Hello, I can help with the return.');
    await a.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(async () => (await store.messages.list('conv-other')).at(-1)?.text)
      .toBe('Hello, I can help with the return.');
    await b.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(() => b.getByRole('alert').first().textContent())
      .toContain('Another rep is handling this chat');
    expect(await b.getByLabel('Your reply').inputValue()).toBe('Hi! Let me check that for you.');
    expect(
      (await store.messages.list('conv-other')).filter(
        (m) => m.text === 'Hi! Let me check that for you.',
      ),
    ).toHaveLength(0);
    await a.getByRole('button', { name: 'Hand back to assistant' }).click();
    await a.getByRole('button', { name: 'Take over chat' }).waitFor();
    await first.close();
    await second.close();
  });

  it('assigns the open item with a and closes it with e; an approval is decided, not closed', async () => {
    const t0 = new Date(Date.now() - 10 * 60_000).toISOString();
    await store.conversations.create({
      id: 'conv-keys',
      channel: 'web',
      lang: 'en',
      status: 'escalated',
      intent: 'delivery_problem',
      orderId: null,
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t0,
      updatedAt: t0,
      version: 1,
    });
    await store.messages.append({
      id: 'keys-1',
      conversationId: 'conv-keys',
      sender: 'customer',
      text: 'My parcel says delivered but nothing came.',
      lang: 'en',
      createdAt: t0,
    });
    await store.cases.create({
      id: 'case-keys',
      kind: 'escalation',
      status: 'open',
      priority: 1,
      conversationId: 'conv-keys',
      orderId: null,
      handoff: null,
      subject: { reason: 'parcel missing' },
      createdAt: t0,
      updatedAt: t0,
      assignedTo: null,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'rep@shop.example', passwords.rep);
    const repId = (await store.users.byEmail('rep@shop.example'))?.id;
    await page
      .getByRole('group', { name: 'Keyboard shortcuts' })
      .or(page.getByText('Keyboard shortcuts'))
      .first()
      .click();
    expect(await page.locator('details.keys').textContent()).toMatch(
      /assign the open item to me.*close the open item/s,
    );
    await page.goto(`${base}/console#/c/conv-keys`);
    await page.locator('.case-head').waitFor();
    await page.locator('body').press('a');
    await expect.poll(async () => (await store.cases.get('case-keys'))?.assignedTo).toBe(repId);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Assigned to you' }).count())
      .toBe(1);
    await page.locator('body').press('e');
    await expect.poll(async () => (await store.cases.get('case-keys'))?.status).toBe('closed');
    await expect.poll(() => page.locator('.key-status').textContent()).toContain('Closed');
    await page.goto(`${base}/console#/c/conv-es`);
    await page.locator('.case-head').waitFor();
    await page.locator('body').press('e');
    await expect
      .poll(() => page.locator('.key-status').textContent())
      .toContain('waits for a decision');
    expect((await store.cases.get('case-approval'))?.status).toBe('open');
    await context.close();
  });
});
