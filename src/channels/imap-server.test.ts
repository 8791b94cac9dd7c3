import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDovecot,
  dovecotSkipReason,
  type RunningDovecot,
} from '../../test/support/dovecot.js';
import { integrationRuntime, type TestRuntime } from '../../test/support/integration-runtime.js';
import { startCatcher, type SmtpCatcher } from '../../test/support/smtp-catcher.js';

const missing = dovecotSkipReason();
if (missing) console.warn(`skipping the IMAP server test: ${missing}`);

function customerMail(messageId: string, subject: string, text: string): string {
  return [
    'From: Jonas Weber <jonas@example.de>',
    'To: Silverline <help@shop.example>',
    `Subject: ${subject}`,
    `Message-ID: ${messageId}`,
    'Date: Mon, 07 Dec 2026 08:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');
}

describe.skipIf(missing !== null)(
  'incoming mail from a real IMAP mailbox (Dovecot on 127.0.0.1)',
  () => {
    let dovecot: RunningDovecot;
    let catcher: SmtpCatcher;
    let first: TestRuntime;
    let client: ImapFlow;

    const env = () => ({
      MAKERDESK_IMAP_URL: dovecot.url,
      MAKERDESK_IMAP_POLL_SECONDS: '1',
      MAKERDESK_SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
      MAKERDESK_MAIL_FROM: 'Silverline <help@shop.example>',
      MAKERDESK_DELAY_SCAN_SECONDS: '0',
    });
    const emailConversations = async (t: TestRuntime) =>
      (await t.runtime.store.conversations.list()).filter((c) => c.channel === 'email');
    const unseen = async (): Promise<number[]> => {
      const lock = await client.getMailboxLock('INBOX');
      try {
        return (await client.search({ seen: false }, { uid: true })) || [];
      } finally {
        lock.release();
      }
    };

    beforeAll(async () => {
      dovecot = await startDovecot();
      catcher = await startCatcher();
      client = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user: dovecot.user, pass: dovecot.password },
        logger: false,
      });
      await client.connect();
      first = await integrationRuntime('sqlite', env());
      const r = await first.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: 'Bearer test-api-key' },
        payload: {
          id: '5001',
          createdAt: '2026-12-01T09:00:00Z',
          currency: 'EUR',
          customer: { email: 'jonas@example.de', name: 'Jonas', language: 'de' },
          items: [
            {
              sku: 'RING',
              title: 'Silver ring',
              sellerId: 'silverline',
              quantity: 1,
              unitPrice: 80,
            },
          ],
          stage: 'making',
          payment: { total: 80 },
        },
      });
      expect(r.statusCode).toBe(201);
    });
    afterAll(async () => {
      await client?.logout().catch(() => undefined);
      await first?.close();
      await catcher?.close();
      await dovecot?.stop();
    });

    it('turns mail delivered to the mailbox into a conversation with a reply, and marks it read', async () => {
      await client.append(
        'INBOX',
        customerMail(
          '<m1@example.de>',
          'Bestellung 5001',
          'Hallo, wo ist meine Bestellung 5001? Danke, Jonas',
        ),
      );
      expect(await unseen()).toHaveLength(1);
      await first.runtime.integrations.start();
      await expect.poll(() => catcher.mails.length, { timeout: 20_000, interval: 200 }).toBe(1);
      const reply = catcher.mails[0];
      expect(reply?.to).toMatchObject({ value: [{ address: 'jonas@example.de' }] });
      expect(reply?.inReplyTo).toBe('<m1@example.de>');
      expect(reply?.text).toContain('5001');
      const [conversation] = await emailConversations(first);
      expect(conversation).toMatchObject({ orderId: '5001', lang: 'de' });
      await expect.poll(unseen, { timeout: 10_000 }).toEqual([]);
    });

    it('never handles a message twice across a restart, even one left unread by a crash', async () => {
      await first.runtime.close();
      // The process died after answering but before flagging the message: it is unread again.
      const lock = await client.getMailboxLock('INBOX');
      try {
        await client.messageFlagsRemove('1:*', ['\\Seen']);
      } finally {
        lock.release();
      }
      await client.append(
        'INBOX',
        customerMail('<m2@example.de>', 'Noch eine Frage', 'Kann man den Ring gravieren lassen?'),
      );
      expect(await unseen()).toHaveLength(2);

      const second = await integrationRuntime('sqlite', env(), { dbUrl: first.dbUrl });
      try {
        await second.runtime.integrations.start();
        await expect.poll(unseen, { timeout: 20_000, interval: 200 }).toEqual([]);
        await expect.poll(() => catcher.mails.length, { timeout: 20_000, interval: 200 }).toBe(2);
        expect(catcher.mails[1]?.inReplyTo).toBe('<m2@example.de>');
        // One conversation per message that was new; the re-read one opened nothing.
        expect(await emailConversations(second)).toHaveLength(2);
        // Later polls find nothing to do.
        await new Promise((r) => setTimeout(r, 2500));
        expect(catcher.mails).toHaveLength(2);
      } finally {
        await second.runtime.close();
      }
    });
  },
);
