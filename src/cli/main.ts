import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.js';
import { commands } from './commands/index.js';

/** Runs the `makerdesk` CLI and returns the exit code; user errors print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('makerdesk')
    .description('Customer-support assistant for shops that sell handmade and personalised goods.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e: unknown) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof AppError) {
      process.stderr.write(`makerdesk: ${e.message}\n`);
      for (const issue of e.issues ?? []) {
        process.stderr.write(`  ${issue.path.join('.') || '(root)'}: ${issue.message}\n`);
      }
      return 2;
    }
    process.stderr.write(`makerdesk: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
