import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

/**
 * `makerdesk classify`: JSON Lines in, one JSON line out per input line, same order.
 * A line that is not a JSON object with a string `text` gets `{"error": {"line", "message"}}`
 * and the run goes on; the exit code is 0 unless reading stdin or writing stdout fails.
 */
export const registerClassify: RegisterCommand = (program: Command) => {
  program
    .command('classify')
    .description(
      'Classify customer messages: JSON Lines {"text", "lang"?} on stdin → intent, confidence, lang, entities on stdout.',
    )
    .action(async () => {
      // Imported here so that other commands do not pay for loading the model.
      const { classifyStream } = await import('../classify-stream.js');
      await classifyStream(process.stdin, process.stdout, { now: new Date() });
    });
};
