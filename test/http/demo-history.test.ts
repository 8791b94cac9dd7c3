import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/app.js';
import { demoJourneys } from '../../src/engine/demo-history.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-demo-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = {
  uploadsDir: join(dir, 'uploads'),
  apiKey: null,
  logger: false as const,
  webDir: null,
};

describe('demo history at start', () => {
  it('plays the past conversations once, when the demo is seeded', async () => {
    const dbUrl = `sqlite:${join(dir, 'shop.db')}`;
    const first = await createRuntime({ ...base, dbUrl, demo: true, demoHistory: true });
    const loaded = await first.store.insights.load({});
    expect(loaded.conversations).toHaveLength(demoJourneys.length);
    expect(loaded.events.some((e) => e.type === 'csat.recorded')).toBe(true);
    expect(loaded.conversations.every((c) => c.createdAt < new Date().toISOString())).toBe(true);
    await first.close();
    // A restart over the same database seeds nothing and plays nothing again.
    const again = await createRuntime({ ...base, dbUrl, demo: true, demoHistory: true });
    expect(again.demo?.seededOrders).toBe(0);
    expect((await again.store.insights.load({})).conversations).toHaveLength(demoJourneys.length);
    await again.close();
  }, 60_000);

  it('is off unless asked for', async () => {
    const rt = await createRuntime({ ...base, dbUrl: 'sqlite::memory:', demo: true });
    expect((await rt.store.insights.load({})).conversations).toEqual([]);
    await rt.close();
  }, 60_000);
});
