import { describe, expect, it } from 'vitest';
import { runHttpFuzz } from '../support/http-fuzz.js';

/**
 * Every endpoint, fuzzed against the real server (docs/security.md): bounded for CI; `npm run
 * fuzz` runs the 12,000-request version (FUZZ_REQUESTS, FUZZ_SEED to repeat a run).
 */
const requests = Number(process.env['FUZZ_REQUESTS'] ?? 2500);
const seed = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : undefined;

describe('HTTP fuzz', () => {
  it(
    `answers ${requests} fuzzed requests to every endpoint without a 5xx or a crash`,
    { timeout: Math.max(120_000, requests * 60) },
    async () => {
      const report = await runHttpFuzz({ requests, ...(seed !== undefined ? { seed } : {}) });
      console.info(
        `fuzz: ${report.requests} requests in ${report.ms} ms, statuses ${JSON.stringify(report.statuses)}`,
      );
      expect(report.failure).toBeNull();
      expect(Object.keys(report.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
      expect(report.requests).toBeGreaterThanOrEqual(requests);
    },
  );
});
