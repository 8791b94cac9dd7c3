import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import type { OutboxItem } from '../domain/integrations.js';
import { PermanentFailure } from '../outbox/outbox.js';

const mailPayload = z.object({
  to: z.union([z.string(), z.object({ name: z.string(), address: z.string() })]),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().optional(),
  references: z.array(z.string()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
export type MailPayload = z.infer<typeof mailPayload>;

/**
 * The outbox sender for mail: one nodemailer transport on MAKERDESK_SMTP_URL. Every message is
 * marked `Auto-Submitted: auto-replied` (RFC 3834) so other robots do not answer it, and keeps its
 * Message-ID across retries so a receiver can drop a duplicate.
 */
export function mailSender(smtpUrl: string, from: string) {
  // nodemailer is loaded with the first mail, not at every start.
  let transport: Promise<Transporter> | null = null;
  const open = (): Promise<Transporter> =>
    (transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl)));
  const send = async (item: OutboxItem): Promise<void> => {
    const p = mailPayload.safeParse(item.payload);
    if (!p.success) throw new PermanentFailure(`outbox mail ${item.id} has no valid payload`);
    const m = p.data;
    try {
      await (
        await open()
      ).sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
        ...(m.references?.length ? { references: m.references } : {}),
        headers: {
          'Auto-Submitted': 'auto-replied',
          'X-Auto-Response-Suppress': 'All',
          ...m.headers,
        },
      });
    } catch (e: unknown) {
      const code = (e as { responseCode?: number }).responseCode;
      // 5xx from the server about this message (bad recipient, refused) will not get better.
      if (typeof code === 'number' && code >= 550 && code < 560)
        throw new PermanentFailure(`SMTP refused the message: ${code}`);
      throw e;
    }
  };
  return {
    send,
    close: (): void => {
      void transport?.then((t) => t.close());
    },
  };
}

export type InboundListener = { port: number; close(): Promise<void> };

/**
 * Makerdesk's own SMTP listener: accepts mail for any recipient (it relays nothing), up to
 * `maxBytes`, and hands each message to `onMessage`. A failure there answers 451 so the sending
 * server tries again later; nothing is lost.
 */
export async function startInboundSmtp(opts: {
  port: number;
  host?: string;
  maxBytes?: number;
  onMessage: (raw: Buffer) => Promise<unknown>;
  onError?: (e: unknown) => void;
}): Promise<InboundListener> {
  const maxBytes = opts.maxBytes ?? 40 * 1024 * 1024;
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    name: 'makerdesk',
    banner: 'Makerdesk',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e) => callback(e));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const err = Object.assign(
            new Error(`Message too large: the limit is ${Math.round(maxBytes / 1024 / 1024)} MB`),
            { responseCode: 552 },
          );
          callback(err);
          return;
        }
        opts.onMessage(Buffer.concat(chunks)).then(
          () => callback(),
          (e: unknown) => {
            opts.onError?.(e);
            callback(
              Object.assign(new Error('Temporary problem; please try again later'), {
                responseCode: 451,
              }),
            );
          },
        );
      });
    },
  });
  server.on('error', (e) => opts.onError?.(e));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
