/** Reads `imaps://user:pass@host:993/INBOX` (or imap://… for a plain or STARTTLS port 143). */
export function imapOptions(url: string): {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string };
  mailbox: string;
} {
  let u: URL;
  try {
    u = new URL(url);
  } catch (e: unknown) {
    throw new Error(`MAKERDESK_IMAP_URL is not a URL: ${url.replace(/\/\/[^@]*@/, '//…@')}`, {
      cause: e,
    });
  }
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:')
    throw new Error('MAKERDESK_IMAP_URL must start with imap:// or imaps://');
  const secure = u.protocol === 'imaps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    mailbox: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX',
  };
}

/**
 * Polls a mailbox: every unseen message is handed to `onMessage` and then flagged \Seen, so each
 * is read once; a message whose handling fails stays unseen and is tried on the next poll.
 */
export function startImapPoller(opts: {
  url: string;
  intervalMs?: number;
  onMessage: (raw: Buffer) => Promise<unknown>;
  onError?: (e: unknown) => void;
}) {
  const o = imapOptions(opts.url);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<void> | null = null;

  async function pollOnce(): Promise<number> {
    // Loaded when a mailbox is configured, not at every start.
    const { ImapFlow } = await import('imapflow');
    const client = new ImapFlow({
      host: o.host,
      port: o.port,
      secure: o.secure,
      auth: o.auth,
      logger: false,
    });
    let handled = 0;
    await client.connect();
    try {
      const lock = await client.getMailboxLock(o.mailbox);
      try {
        const unseen = await client.search({ seen: false }, { uid: true });
        for (const uid of unseen || []) {
          const msg = await client.fetchOne(String(uid), { source: true }, { uid: true });
          if (!msg || !msg.source) continue;
          try {
            await opts.onMessage(msg.source);
            await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
            handled++;
          } catch (e: unknown) {
            opts.onError?.(e);
          }
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => undefined);
    }
    return handled;
  }

  const tick = (): void => {
    if (stopped) return;
    running = pollOnce()
      .then(() => undefined)
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 60_000);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    pollOnce,
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
  };
}
