// The rep's journey of issue 6 end to end: the real server (engine, NLU, policy, SQLite store,
// demo shop) on a random port, a real apertium-apy, Chromium for the customer and the reps.
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { demoConsoleUsers } from '../../src/auth/auth.js';
import { apertiumMissing, mustRun, startApertium, type RunningApy } from '../helpers/apertium.js';
import { browserSkipReason, launchBrowser } from './browser.js';

const missing = browserSkipReason() ?? apertiumMissing();
if (missing && !mustRun()) console.warn(`skipping console end-to-end test: ${missing}`);

const rep = demoConsoleUsers.find((u) => u.role === 'rep')!;
const approver = demoConsoleUsers.find((u) => u.role === 'approver')!;

describe.skipIf(missing !== null && !mustRun())(
  'rep console end to end (real server, engine, apertium, Chromium)',
  () => {
    let browser: Browser;
    let runtime: Runtime;
    let apy: RunningApy;
    let base: string;
    let dir: string;
    let customer: Page;
    let conversationId = '';

    beforeAll(async () => {
      apy = await startApertium();
      dir = await mkdtemp(join(tmpdir(), 'makerdesk-console-e2e-'));
      runtime = await createRuntime({
        dbUrl: `sqlite:${join(dir, 'shop.db')}`,
        demo: true,
        uploadsDir: join(dir, 'uploads'),
        apiKey: null,
        logger: false,
        webDir: resolve('dist/web'),
        env: { MAKERDESK_TRANSLATOR: 'apertium', MAKERDESK_TRANSLATOR_URL: apy.url },
      });
      await runtime.app.listen({ port: 0, host: '127.0.0.1' });
      const a = runtime.app.server.address();
      base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
      browser = await launchBrowser();
      mkdirSync('test-artifacts', { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await runtime?.close();
      await apy?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const log = (): Locator => customer.getByRole('log', { name: 'Conversation' });
    const shopMessages = (): Locator => log().locator('.msg.assistant, .msg.agent, .msg.system');

    async function say(text: string): Promise<string> {
      const before = await shopMessages().count();
      const box = customer.getByRole('textbox', { name: 'Your message' });
      await box.fill(text);
      await box.press('Enter');
      await shopMessages().nth(before).waitFor();
      await customer.getByRole('log').and(customer.locator('[aria-busy="false"]')).waitFor();
      return (await shopMessages().allInnerTexts()).slice(before).join('\n');
    }

    async function signIn(email: string, password: string): Promise<Page> {
      const page = await (
        await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      ).newPage();
      await page.goto(`${base}/console`);
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: /Queue/ }).waitFor();
      return page;
    }

    it('a Spanish-speaking customer reports a broken vase and asks for a refund above the limit', async () => {
      customer = await (
        await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'es-ES' })
      ).newPage();
      await customer.goto(base);
      await customer
        .getByRole('button', { name: /Chat with|Chatea|Chat/ })
        .first()
        .click();
      await shopMessages().first().waitFor();
      const asked = await say(
        'Hola, el jarrón de mi pedido 1012 llegó dañado y roto. Mi correo es lena@example.com',
      );
      expect(asked).toMatch(/foto/i);
      const photo = join(dir, 'broken-vase.jpg');
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a6f5a' } })
        .jpeg()
        .toFile(photo);
      await customer.locator('#mkd-file').setInputFiles(photo);
      await customer.getByRole('img', { name: /Preview of|Vista previa/ }).waitFor();
      const before = await shopMessages().count();
      await customer.getByRole('button', { name: /Send photo|Enviar foto/ }).click();
      await shopMessages().nth(before).waitFor();
      await customer.getByRole('log').and(customer.locator('[aria-busy="false"]')).waitFor();
      const refundButton = customer
        .getByRole('group', { name: /Suggested replies|Respuestas/ })
        .getByRole('button', { name: /reembolso|refund/i })
        .first();
      const n = await shopMessages().count();
      await refundButton.click();
      await shopMessages().nth(n).waitFor();
      await expect
        .poll(async () => (await runtime.store.refunds.listForOrder('1012')).map((r) => r.status))
        .toEqual(['pending_approval']);
      const conv = (await runtime.store.conversations.list()).find((c) => c.orderId === '1012');
      expect(conv?.lang).toBe('es');
      conversationId = conv?.id ?? '';
    });

    it('a rep signs in, opens the case, reads the translation and replies in English; the customer reads Spanish', async () => {
      const page = await signIn(rep.email, rep.password);
      await page
        .getByRole('button', { name: /Approval: refund 88\.00/ })
        .first()
        .click();
      const conversation = page.getByRole('list', { name: 'Conversation' });
      await expect
        .poll(() => conversation.textContent())
        .toContain('Hola, el jarrón de mi pedido 1012 llegó dañado y roto.');
      // Apertium's English beside the Spanish original.
      await expect
        .poll(() => conversation.locator('.message.customer .translation').first().textContent(), {
          timeout: 20_000,
        })
        .toMatch(/English · apertium.*(vase|order|arrived)/i);
      await expect
        .poll(() => page.locator('section[aria-labelledby="order-title"]').textContent())
        .toMatch(/Paid\s*94\.00/);
      expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      await page.screenshot({ path: 'test-artifacts/console-case-view.png', fullPage: true });

      await page.getByRole('button', { name: 'Take over chat' }).click();
      await expect
        .poll(() => page.locator('.case-head').textContent())
        .toContain('you are handling this chat');
      await page
        .getByLabel('Your reply')
        .fill('Thank you for the photo. I am sorry that the vase arrived broken.');
      await page.getByRole('button', { name: 'Preview in Spanish' }).click();
      const preview = page.getByLabel(/What the customer will read/);
      await expect.poll(() => preview.inputValue(), { timeout: 20_000 }).toMatch(/Gracias/);
      const spanish = await preview.inputValue();
      await page.getByRole('button', { name: 'Send reply' }).click();
      // The customer sees the rep's words in Spanish, live in the widget.
      await expect
        .poll(() => log().locator('.msg.agent').last().textContent(), { timeout: 15_000 })
        .toContain(spanish.slice(0, 20));
      await customer.screenshot({ path: 'test-artifacts/console-customer-reply.png' });
      await page.close();
    });

    it('an approver approves the refund with a reason; the customer is told in Spanish', async () => {
      const page = await signIn(approver.email, approver.password);
      await page
        .getByRole('button', { name: /Approval: refund 88\.00/ })
        .first()
        .click();
      await page
        .getByLabel('Why (kept in the audit log)')
        .fill('Photo shows the vase broken in transit.');
      await page.getByRole('button', { name: 'Approve' }).click();
      await expect
        .poll(async () => (await runtime.store.refunds.listForOrder('1012')).map((r) => r.status))
        .toEqual(['issued']);
      await expect
        .poll(() => log().textContent(), { timeout: 15_000 })
        .toContain('Hemos aprobado tu reembolso');
      const audit = await runtime.store.audit.list({ subjectType: 'refund' });
      const approverId = (await runtime.store.users.byEmail(approver.email))?.id ?? '?';
      expect(
        audit.some(
          (e) =>
            e.reason === 'Photo shows the vase broken in transit.' && e.actor.includes(approverId),
        ),
      ).toBe(true);
      await expect
        .poll(() => page.locator('.panel', { hasText: 'Audit' }).textContent())
        .toContain('Photo shows the vase broken in transit.');
      await page.screenshot({ path: 'test-artifacts/console-approved.png', fullPage: true });
      await customer.screenshot({ path: 'test-artifacts/console-customer-approved.png' });
      expect(conversationId).not.toBe('');
      await page.close();
    });
  },
);
