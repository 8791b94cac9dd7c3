import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and PostgreSQL suites share one machine of two cores.
    maxWorkers: 2,
    // Console accounts hashed at a cheap scrypt cost (production keeps N=2^15; see src/auth/password.ts).
    // Servers the tests start as child processes inherit it.
    env: { MAKERDESK_TEST_SCRYPT_N: '16' },
  },
});
