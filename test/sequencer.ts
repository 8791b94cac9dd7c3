import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (measured on the 2-core CI machine). With two
 * workers the suite ends when the last file does, so a long file started last makes the whole run
 * wait for it. Vitest orders by the durations it remembers from earlier runs, but a clean clone
 * remembers none and falls back to file size; these files are small and slow. (The unit tests
 * that share a worker are all short, and run after these.)
 */
export const slowFirst = [
  'test/conversations.test.ts',
  'test/e2e/a11y.test.ts',
  'test/http/fuzz.test.ts',
  'test/e2e/console-queue.test.ts',
  'test/e2e/widget-details.test.ts',
  'test/store/races.test.ts',
  'test/e2e/insights-ui.test.ts',
  'src/cli/commands/user.test.ts',
  'test/http/security.test.ts',
  'src/channels/mail.test.ts',
  'test/e2e/customer.test.ts',
  'src/outbox/outbox.test.ts',
  'test/e2e/console.test.ts',
  'test/e2e/console-ui.test.ts',
];

/** Vitest's own order, except that the files of `slowFirst` start first, in that order. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const i = slowFirst.indexOf(relative(f.project.config.root, f.moduleId).replace(/\\/g, '/'));
      return i === -1 ? slowFirst.length : i;
    };
    // Array.prototype.sort is stable: the rest keeps Vitest's order.
    return rest.sort((a, b) => rank(a) - rank(b));
  }
}
