import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../domain/errors.js';
import type { Language } from '../domain/order.js';
import type { QuickReply, TurnResult } from '../domain/conversation.js';
import { createLocalRuntime } from '../engine/runtime.js';
import { linkTokenOf, resolveLinkKey, verifyOrderLink } from '../auth/links.js';

/** Markdown bold as terminal bold when writing to a TTY, plain otherwise. */
function render(text: string, tty: boolean): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, (_m, inner: string) => (tty ? `\u001b[1m${inner}\u001b[22m` : inner))
    .replace(/\\([\\`*_[\]#|~])/g, '$1');
}

function show(out: Writable, result: TurnResult, tty: boolean): QuickReply[] {
  const quick: QuickReply[] = [];
  for (const r of result.replies) {
    out.write(`\n${render(r.text, tty)}\n`);
    quick.push(...r.quickReplies);
  }
  quick.forEach((q, i) => out.write(`  [${i + 1}] ${q.label}\n`));
  if (result.events.length > 0) out.write(`  (${result.events.map((e) => e.type).join(', ')})\n`);
  return quick;
}

/** The terminal conversation: one line in, the assistant's replies out, until EOF or /quit. */
export async function runChat(
  opts: {
    order?: string | undefined;
    link?: string | undefined;
    db?: string | undefined;
    lang: Language;
  },
  input: Readable,
  out: Writable,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const runtime = await createLocalRuntime({
    ...(opts.db ? { dbUrl: opts.db, demo: false } : { demo: true }),
  });
  try {
    let orderId = opts.order;
    if (opts.link !== undefined) {
      // Checked exactly as the widget's link is: signature with this database's key, then expiry.
      const check = verifyOrderLink(
        await resolveLinkKey(runtime.store, env),
        linkTokenOf(opts.link),
        new Date(),
      );
      if (!check.ok) throw new AppError('bad_request', check.message);
      orderId = check.orderId;
    }
    if (orderId && !(await runtime.store.orders.get(orderId)))
      throw new AppError('not_found', `no order ${orderId}`);
    const tty = (out as { isTTY?: boolean }).isTTY === true;
    const started = await runtime.assistant.start({
      channel: 'cli',
      lang: opts.lang,
      ...(orderId ? { verifiedOrderId: orderId } : {}),
    });
    let quick = show(out, started.result, tty);
    const id = started.conversation.id;
    const rl = createInterface({ input, terminal: false });
    if (tty) out.write('> ');
    for await (const line of rl) {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') break;
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      const pick = Number.isInteger(n) ? quick[n - 1] : undefined;
      const result = await runtime.assistant.turn(
        id,
        pick ? { kind: 'choice', choice: pick.id } : { kind: 'text', text: line },
      );
      quick = show(out, result, tty);
      if (tty) out.write('> ');
    }
    rl.close();
  } finally {
    await runtime.close();
  }
}
