import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

/**
 * `makerdesk test-conversations PATH`: runs conversation test files (docs/conversation-tests.md)
 * against a fresh in-memory store with the demo shop, one line per test and a summary line.
 */
export const registerTestConversations: RegisterCommand = (program: Command) => {
  program
    .command('test-conversations')
    .argument('<path>', 'a conversation test file (.yaml) or a folder of them')
    .description(
      'Run conversation tests (YAML) through the assistant; prints ✓/✗ per test and "N passed, N failed".',
    )
    .action(async (path: string) => {
      const { existsSync } = await import('node:fs');
      const { AppError } = await import('../../domain/errors.js');
      if (!existsSync(path)) throw new AppError('not_found', `${path}: no such file or folder`);
      const { runConversationTests } = await import('../../engine/conversation-tests.js');
      const { createLocalRuntime } = await import('../../engine/runtime.js');
      const { createNlu } = await import('../../nlu/index.js');
      const nlu = createNlu();
      const results = await runConversationTests(
        path,
        (t, clock) =>
          createLocalRuntime({
            nlu,
            clock: clock.now,
            demo: t.demo,
            ...(t.orders ? { orders: t.orders } : {}),
            ...(t.policy ? { policyText: t.policy } : {}),
          }),
        (r) =>
          process.stdout.write(r.ok ? `✓ ${r.name}\n` : `✗ ${r.name}: ${r.reason ?? 'failed'}\n`),
      );
      const failed = results.filter((r) => !r.ok).length;
      process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
      if (failed > 0 || results.length === 0) process.exitCode = 1;
    });
};
