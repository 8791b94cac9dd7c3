import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatcher, type SmtpCatcher } from '../../test/support/smtp-catcher.js';
import {
  integrationDatabases,
  integrationRuntime,
  type TestRuntime,
} from '../../test/support/integration-runtime.js';
import { createActions } from '../actions/index.js';
import { delayScanMs } from '../integrations/index.js';

function order(id: string, language: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    // Monday 2 November 2026: the default 7–14 business days end on Friday 20 November.
    createdAt: '2026-11-02T09:00:00Z',
    currency: 'EUR',
    customer: { email: `${id.toLowerCase()}@example.com`, name: 'Hanna', language },
    items: [
      { sku: 'RING', title: 'Silver ring', sellerId: 'silverline', quantity: 1, unitPrice: 80 },
    ],
    stage: 'finishing',
    payment: { total: 80 },
    ...extra,
  };
}

describe.each(integrationDatabases)(
  'the timed scan for orders past their promised window on %s',
  (db) => {
    let t: TestRuntime;
    let catcher: SmtpCatcher;
    let now = new Date('2026-11-19T10:00:00Z');
    const clock = () => now;
    const env = () => ({
      MAKERDESK_SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      MAKERDESK_MAIL_FROM: 'Silverline <help@silverline.example>',
      MAKERDESK_DELAY_SCAN_SECONDS: '0',
    });
    const api = (url: string, payload: unknown) =>
      t.runtime.app.inject({
        method: 'POST',
        url,
        headers: { authorization: 'Bearer test-api-key' },
        payload: payload as Record<string, unknown>,
      });

    beforeAll(async () => {
      catcher = await startCatcher();
      t = await integrationRuntime(db, env(), { clock });
      for (const o of [
        order('L-DE', 'de'),
        order('L-MARKED', 'en'),
        order('L-SHIPPED', 'en'),
        order('L-CANCELLED', 'en'),
        order('L-NEW', 'en', { createdAt: '2026-11-18T09:00:00Z' }),
      ]) {
        expect((await api('/api/v1/orders', o)).statusCode).toBe(201);
      }
      await api('/api/v1/orders/L-MARKED/events', { type: 'delayed', delayed: true });
      await api('/api/v1/orders/L-SHIPPED/events', {
        type: 'shipped',
        carrier: 'DHL',
        trackingNumber: 'JJD1',
      });
      const actions = createActions({
        store: t.runtime.store,
        clock,
        newId: () => crypto.randomUUID(),
      });
      await actions.cancelOrder({
        orderId: 'L-CANCELLED',
        decision: {
          outcome: 'allow',
          rule: 'cancel.within_window',
          reason: 'the customer changed their mind',
          facts: {},
        },
        idempotencyKey: 'cancel-1',
        actor: 'system:test',
      });
      await t.runtime.integrations.notifyOnce();
    });
    afterAll(async () => {
      await t.close();
      await catcher.close();
    });

    it('says nothing while orders are inside their window', async () => {
      expect(await t.runtime.integrations.scanOverdue()).toBe(0);
    });

    it('tells the customer once, in their language, when an unmarked order runs past the window', async () => {
      now = new Date('2026-11-24T10:00:00Z');
      expect(await t.runtime.integrations.scanOverdue()).toBe(1);
      const [item] = await t.runtime.store.integrations.outbox.list({
        keyPrefix: 'notify:L-DE:overdue',
      });
      expect(item?.payload['subject']).toBe('Deine Bestellung L-DE verzögert sich');
      expect(item?.payload['text']).toContain('Wir melden uns, sobald wir ein neues Datum haben.');
      expect(item?.payload['notification']).toEqual({
        orderId: 'L-DE',
        kind: 'delay',
        channel: 'email',
      });
      // Once: the next scans, the next day, find nothing new.
      expect(await t.runtime.integrations.scanOverdue()).toBe(0);
      now = new Date('2026-11-25T10:00:00Z');
      expect(await t.runtime.integrations.scanOverdue()).toBe(0);
      expect(
        await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:L-MARKED:' }),
      ).toEqual([]);
      expect(
        await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:L-CANCELLED:overdue' }),
      ).toEqual([]);
      expect(
        await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:L-SHIPPED:overdue' }),
      ).toEqual([]);
      expect(
        await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:L-NEW:' }),
      ).toEqual([]);
    });

    it('runs on its own under serve, every MAKERDESK_DELAY_SCAN_SECONDS, and the mail goes out', async () => {
      const late = order('L-TIMED', 'it', { createdAt: '2026-11-03T09:00:00Z' });
      expect((await api('/api/v1/orders', late)).statusCode).toBe(201);
      const timed = await integrationRuntime(
        db,
        { ...env(), MAKERDESK_DELAY_SCAN_SECONDS: '1' },
        { clock, dbUrl: t.dbUrl },
      );
      try {
        await timed.runtime.integrations.start();
        await expect
          .poll(() => catcher.mails.map((m) => m.subject), { timeout: 15_000, interval: 200 })
          .toContain('Il tuo ordine L-TIMED è in ritardo');
        await expect
          .poll(
            async () =>
              (
                await timed.runtime.store.events.list({
                  orderId: 'L-TIMED',
                  type: 'notification.sent',
                })
              ).length,
            { timeout: 5000 },
          )
          .toBe(1);
      } finally {
        await timed.runtime.close();
      }
    });
  },
);

describe('MAKERDESK_DELAY_SCAN_SECONDS', () => {
  it('defaults to an hour, 0 turns it off, and nonsense is refused', () => {
    expect(delayScanMs(null)).toBe(3600_000);
    expect(delayScanMs('0')).toBeNull();
    expect(delayScanMs('90')).toBe(90_000);
    expect(() => delayScanMs('hourly')).toThrow(/must be a number of seconds/);
    expect(() => delayScanMs('-5')).toThrow(/must be a number of seconds/);
  });
});
