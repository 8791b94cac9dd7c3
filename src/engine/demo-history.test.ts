import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInsights, type InsightsReport } from '../insights/index.js';
import type { InsightsSource } from '../domain/index.js';
import { demoJourneys, playDemoHistory } from './demo-history.js';
import { createLocalRuntime, manualClock, type LocalRuntime } from './runtime.js';

// The real engine (NLU, dialogue, actions, SQLite) playing the demo shop's past weeks.
const now = new Date('2026-11-22T03:00:00.000Z');
let rt: LocalRuntime;
let source: InsightsSource;
let report: InsightsReport;
const clock = manualClock(now);

beforeAll(async () => {
  rt = await createLocalRuntime({ clock: clock.now, demo: true });
  expect(await playDemoHistory(rt.assistant, clock, now)).toBe(demoJourneys.length);
  source = await rt.store.insights.load({});
  report = computeInsights(source, { period: {}, generatedAt: now.toISOString() });
}, 60_000);
afterAll(async () => {
  await rt.close();
});

describe('demo history through the engine', () => {
  it('places each conversation at its time in the past and puts the clock back', () => {
    expect(clock.now()).toEqual(now);
    const starts = source.conversations.map((c) => c.createdAt).sort();
    expect(starts[0]).toBe('2026-11-09T09:00:00.000Z');
    expect(starts.every((s) => s < now.toISOString())).toBe(true);
    expect(new Set(starts.map((s) => s.slice(0, 10))).size).toBeGreaterThanOrEqual(10);
  });

  it('persists every CSAT answer the customer tapped as a csat.recorded event with its score', () => {
    const scores = source.events.filter((e) => e.type === 'csat.recorded').map((e) => e['score']);
    expect(scores.length).toBeGreaterThanOrEqual(3);
    expect(scores.every((s) => typeof s === 'number' && s >= 1 && s <= 5)).toBe(true);
    expect(report.kpis.csat.responses).toBe(scores.length);
  });

  it('stores the NLU reading on customer messages and marks questions the documents cannot answer', () => {
    // Typed words carry the reading; a tapped quick reply (the CSAT stars) has nothing to read.
    const customer = source.messages.filter((m) => m.sender === 'customer' && !/^★+$/.test(m.text));
    expect(
      customer.every(
        (m) => typeof m.meta?.['intent'] === 'string' && typeof m.meta['confidence'] === 'number',
      ),
    ).toBe(true);
    expect(report.knowledgeGaps.noAnswer).toBeGreaterThanOrEqual(2);
    expect(report.knowledgeGaps.examples.map((g) => g.text)).toContain(
      'Do you have a loyalty program?',
    );
  });

  it('gives every headline KPI a figure', () => {
    const k = report.kpis;
    expect(k.conversations).toBe(demoJourneys.length);
    expect(k.escalated).toBeGreaterThanOrEqual(1);
    expect(k.automatedResolutions).toBeGreaterThanOrEqual(4);
    expect(k.firstResponse.count).toBe(demoJourneys.length);
    expect(k.sentiment.messages).toBeGreaterThan(0);
    expect(report.escalationReasons[0]?.rule).toMatch(/^escalation\./);
    expect(report.topics.totals.map((t) => t.intent)).toContain('shop_question');
  });

  it('changes no order', async () => {
    expect(source.refunds).toEqual([]);
    expect(source.changeRequests).toEqual([]);
    expect((await rt.store.orders.get('1001'))?.items[0]?.personalization['engraving']).toBe('Mia');
  });
});
