import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/sequencer.js';

/**
 * Unit tests of the layers that hold no process-wide state (no servers, environment, timers or
 * child processes): they share one module graph per worker, so the NLU model and the sources are
 * loaded once per worker instead of once per file. Every other file runs in a fresh process.
 */
const shared = [
  'src/{nlu,dialogue,policy,calendar,voice,knowledge,domain}/**/*.test.ts',
  'src/{assist,insights,demo,engine}/**/*.test.ts',
  // Stores they open are closed by the test that opened them; PostgreSQL ones in schemas of their own.
  'src/{actions,store,studio,import}/**/*.test.ts',
];
/** Among them, the ones that hold a call to a wall-clock bound: in a fresh process, with a heap of their own. */
const timed = [
  'src/nlu/nlu.test.ts',
  'src/nlu/entities.test.ts',
  'src/nlu/entities/hostile-input.test.ts',
];
/** The browser tests. */
const browser = ['test/e2e/**/*.test.ts'];

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
      { extends: true, test: { name: 'unit', include: shared, exclude: timed, isolate: false } },
      { extends: true, test: { name: 'timed', include: timed } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...shared, ...browser],
        },
      },
      // Each file in a fresh process, all connected to one Chromium started for the run.
      {
        extends: true,
        test: { name: 'browser', include: browser, globalSetup: ['test/e2e/chromium-server.ts'] },
      },
    ],
  },
});
