import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import type { RegisterCommand } from './index.js';

type LinkOptions = { order: string; days: string; url?: string; db?: string; json?: boolean };

/**
 * `makerdesk link --order ID`: a signed link for the shop's order e-mails. Opening it starts a
 * chat in which that order is already proven (e-mail-level proof), until it expires.
 */
export const registerLink: RegisterCommand = (program: Command) => {
  program
    .command('link')
    .description(
      'Create a signed link to put in an order e-mail: the chat it opens starts with that order proven.',
    )
    .requiredOption('--order <id>', 'the order the link proves')
    .option('--days <n>', 'how many days the link stays valid (1–366)', '30')
    .option(
      '--url <url>',
      'the page with the chat widget (default: MAKERDESK_PUBLIC_URL, else http://localhost:3000/)',
    )
    .option(
      '--db <url>',
      'database: sqlite:PATH or postgres://… (default: MAKERDESK_DB, else sqlite:./data/makerdesk.db)',
    )
    .option('--json', 'print {"url", "token", "orderId", "expiresAt"} as JSON')
    .action(async (opts: LinkOptions) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 1 || days > 366)
        throw new AppError('validation_failed', '--days must be a whole number from 1 to 366');
      const base = opts.url ?? process.env['MAKERDESK_PUBLIC_URL'] ?? 'http://localhost:3000/';
      if (!/^https?:\/\/[^\s/]+/i.test(base))
        throw new AppError(
          'validation_failed',
          `--url must be an http:// or https:// address, not "${base}"`,
        );
      const { openStore } = await import('../../store/index.js');
      const { orderLinkUrl, resolveLinkKey, signOrderLink } = await import('../../auth/links.js');
      const store = await openStore(
        opts.db ?? process.env['MAKERDESK_DB'] ?? 'sqlite:./data/makerdesk.db',
      );
      try {
        if (!(await store.orders.get(opts.order)))
          throw new AppError('not_found', `no order ${opts.order} in this database`);
        const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
        const token = signOrderLink(
          await resolveLinkKey(store, process.env),
          opts.order,
          expiresAt,
        );
        const url = orderLinkUrl(base, token);
        process.stdout.write(
          opts.json
            ? `${JSON.stringify({ url, token, orderId: opts.order, expiresAt: expiresAt.toISOString() })}\n`
            : `${url}\n`,
        );
      } finally {
        await store.close();
      }
    });
};
