import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.js';
import type { RegisterCommand } from './commands/index.js';

/** `classify` is a batch filter measured by throughput: it loads only itself, not the server's dependencies. */
async function registrars(argv: string[]): Promise<RegisterCommand[]> {
  if (argv[0] === 'classify') return [(await import('./commands/classify.js')).registerClassify];
  return (await import('./commands/index.js')).commands;
}

/** Runs the `makerdesk` CLI and returns the exit code; user errors print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('makerdesk')
    .description('Customer-support assistant for shops that sell handmade and personalised goods.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await registrars(argv)) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e: unknown) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
        ? 0
        : 2;
    }
    if (e instanceof AppError) {
      process.stderr.write(`makerdesk: ${e.message}\n`);
      for (const issue of e.issues ?? []) {
        process.stderr.write(`  ${issue.path.join('.') || '(root)'}: ${issue.message}\n`);
      }
      return 2;
    }
    process.stderr.write(
      `makerdesk: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  }
}
