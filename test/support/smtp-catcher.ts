import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export type SmtpCatcher = { port: number; mails: ParsedMail[]; close(): Promise<void> };

/** A real SMTP server on 127.0.0.1 that keeps what Makerdesk sends (port 0: any free port). */
export async function startCatcher(port = 0): Promise<SmtpCatcher> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then(
        (m) => {
          mails.push(m);
          cb();
        },
        (e: unknown) => cb(e as Error),
      );
    },
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  const addr = server.server.address();
  return {
    port: typeof addr === 'object' && addr ? addr.port : 0,
    mails,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
