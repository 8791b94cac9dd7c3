import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

/**
 * `makerdesk chat`: a terminal conversation with the assistant over the same engine, against the
 * demo shop (in memory) unless --db names a database. Quick replies are numbered; typing the
 * number picks one. Reads lines until EOF, so it also works with piped input.
 */
export const registerChat: RegisterCommand = (program: Command) => {
  program
    .command('chat')
    .description(
      'Chat with the assistant in the terminal (demo shop in memory unless --db is given).',
    )
    .option(
      '--order <id>',
      'start as the proven owner of this order (like a signed link from the order e-mail)',
    )
    .option(
      '--link <url-or-token>',
      'start from a signed order link (from `makerdesk link`), checked like the widget does',
    )
    .option(
      '--db <url>',
      'database URL (sqlite:./file.db or postgres://…); default: in-memory demo shop',
    )
    .option('--lang <xx>', 'conversation language: en, es, fr, de, it or pt', 'en')
    .action(async (opts: { order?: string; link?: string; db?: string; lang: string }) => {
      const { AppError } = await import('../../domain/errors.js');
      const { languages } = await import('../../domain/order.js');
      if (!(languages as readonly string[]).includes(opts.lang))
        throw new AppError('validation_failed', `--lang must be one of ${languages.join(', ')}`);
      const { runChat } = await import('../chat-loop.js');
      await runChat(
        { ...opts, lang: opts.lang as (typeof languages)[number] },
        process.stdin,
        process.stdout,
      );
    });
};
