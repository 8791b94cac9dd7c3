import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { createAuth } from '../../auth/auth.js';
import { AppError } from '../../domain/errors.js';
import { openStore } from '../../store/index.js';
import type { RegisterCommand } from './index.js';

const defaultDb = 'sqlite:./data/makerdesk.db';

/** Reads the password from stdin: the first line when piped, or typed without echo on a terminal. */
async function readPassword(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (input.isTTY) {
    process.stderr.write('Password: ');
    const muted = new Writable({ write: (_chunk, _enc, cb) => cb() });
    const rl = createInterface({ input, output: muted, terminal: true });
    const line = await new Promise<string>((resolve) => rl.once('line', resolve));
    rl.close();
    process.stderr.write('\n');
    return line;
  }
  let data = '';
  for await (const chunk of input) data += String(chunk);
  return (data.split(/\r?\n/)[0] ?? '').replace(/\r$/, '');
}

export const registerUser: RegisterCommand = (program: Command) => {
  const user = program
    .command('user')
    .description('Manage console accounts (reps, approvers, admins, makers).');
  user
    .command('add')
    .description('Add a console account; the password is read from stdin (at least 10 characters).')
    .requiredOption('--email <email>', 'the account e-mail')
    .requiredOption('--role <role>', 'rep, approver, admin or maker')
    .option(
      '--seller <id>',
      'for a maker: the seller id (as on order items) whose orders they move',
    )
    .option('--db <url>', `database URL (default ${defaultDb}, or MAKERDESK_DB)`)
    .action(async (opts: { email: string; role: string; seller?: string; db?: string }) => {
      const password = await readPassword();
      if (!password) throw new AppError('bad_request', 'no password given on stdin');
      const store = await openStore(opts.db ?? process.env.MAKERDESK_DB ?? defaultDb);
      try {
        const auth = createAuth({ store, clock: () => new Date(), newId: randomUUID });
        const created = await auth.addUser(
          {
            email: opts.email,
            role: opts.role,
            password,
            ...(opts.seller !== undefined ? { sellerId: opts.seller } : {}),
          },
          'cli',
        );
        process.stdout.write(
          `added ${created.role} ${created.email}${created.sellerId !== undefined ? ` for seller ${created.sellerId}` : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
};
