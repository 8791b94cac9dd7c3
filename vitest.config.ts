import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/sequencer.js';

/**
 * The files that need a process of their own (a fresh module graph and heap), and why. Every
 * other test file shares its worker's module graph with the files that ran before it in that
 * worker, so the NLU model, the sources and the server's packages are loaded once per worker
 * instead of once per file. Those files leave nothing behind: stores, servers, child processes
 * and spies are closed or restored by the test that opened them, PostgreSQL suites work in
 * schemas of their own, and none changes the environment or the timers of the process.
 */
const ownProcess = [
  // A wall-clock bound: measured without the heap and the caches of other files.
  'src/nlu/nlu.test.ts',
  'src/nlu/entities.test.ts',
  'src/nlu/entities/hostile-input.test.ts',
  'test/http/security.test.ts',
  'test/store/sqlite-lock.test.ts',
  // Measures how much the heap shrinks.
  'src/cli/memory.test.ts',
  // Change process.env while they run.
  'src/auth/auth.test.ts',
  'src/cli/main.test.ts',
];
/** The browser tests. */
const browser = ['test/e2e/**/*.test.ts'];
const all = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and PostgreSQL suites share one machine of two cores.
    maxWorkers: 2,
    // The longest files start first, so that no long file is left running alone at the end.
    sequence: { sequencer: SlowFirstSequencer },
    // Console accounts hashed at a cheap scrypt cost (production keeps N=2^15; see src/auth/password.ts).
    // Servers the tests start as child processes inherit it.
    env: { MAKERDESK_TEST_SCRYPT_N: '16' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: all, exclude: [...ownProcess, ...browser], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ownProcess } },
      // All connected to one Chromium started for the run, with the browser parts built once
      // (test/e2e/chromium-server.ts); like the unit tests, they share their worker's modules.
      {
        extends: true,
        test: {
          name: 'browser',
          include: browser,
          isolate: false,
          globalSetup: ['test/e2e/chromium-server.ts'],
        },
      },
    ],
  },
});
