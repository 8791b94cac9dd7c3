import { describe, expect, it } from 'vitest';
import { imapOptions } from './imap.js';

describe('MAKERDESK_IMAP_URL', () => {
  it('reads host, port, TLS, credentials and mailbox', () => {
    expect(imapOptions('imaps://help%40shop.example:app%20pw@imap.example.com/Support')).toEqual({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      auth: { user: 'help@shop.example', pass: 'app pw' },
      mailbox: 'Support',
    });
    expect(imapOptions('imap://u:p@127.0.0.1:1143')).toMatchObject({
      port: 1143,
      secure: false,
      mailbox: 'INBOX',
    });
  });

  it('refuses what is not an IMAP URL', () => {
    expect(() => imapOptions('pop3://u:p@host')).toThrow(/imap:\/\/ or imaps:\/\//);
    expect(() => imapOptions('not a url with secret@x')).toThrow(/not a URL/);
  });
});
