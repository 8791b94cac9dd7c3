// A maker's morning in the workshop: the real server (SQLite, actions, notifier) and Chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { createAuth } from '../../src/auth/auth.js';
import { browserSkipReason, launchBrowser } from './browser.js';

const missing = browserSkipReason();
if (missing) console.warn(`skipping workshop end-to-end test: ${missing}`);

const dayOffset = (days: number): string =>
  new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

describe.skipIf(missing !== null)(
  'the workshop page: a maker moves an order and marks a delay (real server, Chromium)',
  () => {
    let browser: Browser;
    let runtime: Runtime;
    let dir: string;
    let page: Page;
    let base = '';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'makerdesk-workshop-e2e-'));
      runtime = await createRuntime({
        dbUrl: `sqlite:${join(dir, 'shop.db')}`,
        demo: false,
        uploadsDir: join(dir, 'uploads'),
        apiKey: 'shop-key',
        logger: false,
        webDir: resolve('dist/web'),
        env: {
          MAKERDESK_SMTP_URL: 'smtp://127.0.0.1:9',
          MAKERDESK_MAIL_FROM: 'Clay <help@clay.example>',
        },
      });
      const auth = createAuth({
        store: runtime.store,
        clock: () => new Date(),
        newId: () => crypto.randomUUID(),
      });
      await auth.addUser({
        email: 'rosa@clay.example',
        role: 'maker',
        sellerId: 'claywork',
        password: 'rosa-password-1',
      });
      await runtime.app.listen({ port: 0, host: '127.0.0.1' });
      const a = runtime.app.server.address();
      base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
      const created = new Date(Date.now() - 86400_000).toISOString();
      for (const [id, sellerId, name] of [
        ['W-7', 'claywork', 'Inés'],
        ['W-8', 'oakshop', 'Paul'],
      ] as const) {
        const r = await fetch(`${base}/api/v1/orders`, {
          method: 'POST',
          headers: { authorization: 'Bearer shop-key', 'content-type': 'application/json' },
          body: JSON.stringify({
            id,
            createdAt: created,
            currency: 'EUR',
            customer: { email: `${id.toLowerCase()}@example.com`, name, language: 'es' },
            items: [{ sku: 'BOWL', title: 'Stoneware bowl', sellerId, quantity: 2, unitPrice: 30 }],
            stage: 'design',
            payment: { total: 60 },
          }),
        });
        expect(r.status).toBe(201);
      }
      await runtime.integrations.notifyOnce();
      browser = await launchBrowser();
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await runtime?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('signs in, sees only the seller’s order under its stage, moves it on with a photo, then marks a delay', async () => {
      await page.goto(`${base}/console`);
      await page.getByLabel('E-mail').fill('rosa@clay.example');
      await page.getByLabel('Password').fill('rosa-password-1');
      await page.getByRole('button', { name: 'Sign in' }).click();

      const design = page.getByRole('region', { name: 'Design and layout' });
      const card = design.getByRole('listitem', { name: 'Order W-7' });
      await card.waitFor();
      await expect.poll(() => card.innerText()).toContain('2 × Stoneware bowl');
      expect(await card.innerText()).toMatch(/Ships between .+ and .+ · promised by /);
      expect(await page.getByRole('listitem', { name: 'Order W-8' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Insights' }).count()).toBe(0);

      await card.getByRole('button', { name: 'Move to Making' }).click();
      await card.getByLabel('Note (optional)').fill('Thrown and drying');
      const photo = await sharp({
        create: { width: 80, height: 60, channels: 3, background: '#8b5a2b' },
      })
        .jpeg()
        .toBuffer();
      await card
        .getByLabel('Progress photo (optional)')
        .setInputFiles({ name: 'bowl.jpg', mimeType: 'image/jpeg', buffer: photo });
      await card.getByRole('button', { name: 'Confirm: move to Making' }).click();
      await expect
        .poll(() => page.getByRole('status').innerText())
        .toBe('Order W-7 moved to Making.');
      const making = page
        .getByRole('region', { name: 'Making' })
        .getByRole('listitem', { name: 'Order W-7' });
      await making.waitFor();

      const when = dayOffset(21);
      await making.getByRole('button', { name: 'Mark a delay' }).click();
      await making.getByLabel('New expected ship date').fill(when);
      await making.getByRole('button', { name: 'Save the delay' }).click();
      await expect
        .poll(() => page.getByRole('status').innerText())
        .toContain('is marked delayed until');
      await expect.poll(() => making.innerText()).toContain('Delayed · ships by');
      expect(await making.innerText()).toContain('Now expected to ship by');
      await page.screenshot({ path: 'test-artifacts/e2e/workshop.png', fullPage: true });

      const order = await runtime.store.orders.get('W-7');
      expect(order).toMatchObject({ stage: 'making', delayed: true, expectedShipDate: when });
      const events = await runtime.store.events.list({ orderId: 'W-7' });
      expect(events.map((e) => e.type)).toEqual(['order.stage_changed', 'order.delayed']);
      expect(events[0]).toMatchObject({
        note: 'Thrown and drying',
        photoId: expect.any(String) as unknown,
      });
      // The move (an announced stage) and the delay each become a message to the customer.
      expect(await runtime.integrations.notifyOnce()).toBe(2);
    });
  },
);
