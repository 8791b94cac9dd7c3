import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order the projects' files run in. A worker that shares its module graph between files
 * (isolate: false) keeps it only while the next file in the queue is of the same project, so
 * each project's files run together: the browser tests, then the unit tests, then the few
 * files that need a process of their own (short ones, which fill the end of the run).
 */
const projectOrder = ['browser', 'unit', 'isolated'];

/**
 * Within a project, the files that take longest, longest first (measured on the 2-core CI
 * machine). With two workers the suite ends when the last file does, so a long file started
 * last makes the whole run wait for it. Vitest orders by the durations it remembers from
 * earlier runs, but a clean clone remembers none and falls back to file size; these files are
 * small and slow. Files that wait for processes they start come early, while the other worker
 * has work of its own.
 */
export const slowFirst = [
  'test/e2e/a11y.test.ts',
  'test/e2e/console-queue.test.ts',
  'test/e2e/console.test.ts',
  'test/e2e/customer.test.ts',
  'test/e2e/widget-details.test.ts',
  'test/e2e/console-ui.test.ts',
  'test/e2e/studio.test.ts',
  'test/e2e/insights-ui.test.ts',
  'test/e2e/widget.test.ts',
  'test/e2e/workshop.test.ts',
  'test/e2e/insights-demo.test.ts',
  'test/e2e/widget-link.test.ts',
  'test/conversations.test.ts',
  'test/http/workers.test.ts',
  'test/scale-out.test.ts',
  'test/http/fuzz.test.ts',
  'test/store/races.test.ts',
  'src/channels/mail.test.ts',
  'src/cli/commands/user.test.ts',
  'test/store/sqlite-processes.test.ts',
  'test/wiring/lazy-modules.test.ts',
  'src/outbox/outbox.test.ts',
  'src/channels/imap-server.test.ts',
  'src/cli/commands/policy.test.ts',
  'test/http/demo-history.test.ts',
  'test/console/console-api.test.ts',
  'test/http/security.test.ts',
];

/** Vitest's own order, except that the projects run one after the other and the files of `slowFirst` first. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    const project = (f: TestSpecification): number => {
      const i = projectOrder.indexOf(f.project.name);
      return i === -1 ? projectOrder.length : i;
    };
    const rank = (f: TestSpecification): number => {
      const i = slowFirst.indexOf(relative(f.project.config.root, f.moduleId).replace(/\\/g, '/'));
      return i === -1 ? slowFirst.length : i;
    };
    // Array.prototype.sort is stable: the rest keeps Vitest's order.
    return rest.sort((a, b) => project(a) - project(b) || rank(a) - rank(b));
  }
}
