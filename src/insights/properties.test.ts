import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationStatuses, intents, type Message } from '../domain/conversation.js';
import type { Conversation, Refund } from '../domain/records.js';
import type { InsightsSource, StoredEvent } from '../domain/store.js';
import { computeInsights } from './compute.js';

const base = Date.parse('2026-11-01T00:00:00.000Z');
const iso = (minutes: number): string => new Date(base + minutes * 60_000).toISOString();

/** Random but well-formed histories: conversations with customer, assistant and rep messages, CSAT, refunds. */
const sourceArb: fc.Arbitrary<InsightsSource> = fc
  .array(
    fc.record({
      status: fc.constantFrom(...conversationStatuses),
      orderId: fc.option(fc.constantFrom('o1', 'o2', 'o3'), { nil: null }),
      start: fc.integer({ min: 0, max: 60 * 24 * 20 }),
      turns: fc.array(
        fc.record({
          sender: fc.constantFrom('customer' as const, 'assistant' as const, 'agent' as const),
          gap: fc.integer({ min: 0, max: 600 }),
          intent: fc.constantFrom(...intents),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          gapFlag: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      csat: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      escalatedEvent: fc.boolean(),
      refund: fc.option(
        fc.record({
          minor: fc.integer({ min: 1, max: 100_000 }),
          currency: fc.constantFrom('USD', 'EUR', 'JPY'),
          status: fc.constantFrom(
            'issued' as const,
            'pending_approval' as const,
            'declined' as const,
          ),
        }),
        { nil: null },
      ),
    }),
    { maxLength: 25 },
  )
  .map((rows) => {
    const s: InsightsSource = {
      conversations: [],
      messages: [],
      events: [],
      cases: [],
      refunds: [],
      changeRequests: [],
      remakes: [],
      returns: [],
      orders: [],
    };
    rows.forEach((r, i) => {
      const id = `c${i}`;
      const c: Conversation = {
        id,
        channel: 'web',
        lang: 'en',
        status: r.status,
        intent: null,
        orderId: r.orderId,
        tokenHash: 'h',
        state: {},
        handledBy: 'assistant',
        createdAt: iso(r.start),
        updatedAt: iso(r.start),
        version: 1,
      };
      s.conversations.push(c);
      let t = r.start;
      r.turns.forEach((m, j) => {
        t += m.gap / 60;
        const msg: Message = {
          id: `${id}m${j}`,
          conversationId: id,
          sender: m.sender,
          text: 'what about my order please',
          createdAt: iso(t),
        };
        if (m.sender === 'customer')
          msg.meta = {
            intent: m.intent,
            confidence: m.confidence,
            sentiment: { label: 'neutral' },
            ...(m.gapFlag ? { knowledgeGap: true } : {}),
          };
        s.messages.push(msg);
      });
      if (r.csat !== null)
        s.events.push({
          type: 'csat.recorded',
          score: r.csat,
          id: `${id}e1`,
          conversationId: id,
          at: iso(t + 1),
        } satisfies StoredEvent);
      if (r.escalatedEvent)
        s.events.push({
          type: 'case.escalated',
          rule: 'escalation.explicit_request',
          id: `${id}e2`,
          conversationId: id,
          at: iso(t),
        });
      if (r.refund) {
        const refund: Refund = {
          id: `${id}r`,
          orderId: r.orderId ?? 'o1',
          conversationId: id,
          amountMinor: r.refund.minor,
          currency: r.refund.currency,
          reason: 'damaged',
          rule: 'x',
          status: r.refund.status,
          idempotencyKey: `${id}r`,
          createdAt: iso(t),
          decidedAt: null,
          decidedBy: null,
        };
        s.refunds.push(refund);
      }
    });
    return s;
  });

const period = { since: iso(60 * 24 * 2), until: iso(60 * 24 * 15) };

describe('computeInsights properties', () => {
  it('keeps counts nested and rates between 0 and 1', () => {
    fc.assert(
      fc.property(sourceArb, (s) => {
        const k = computeInsights(s, { period, generatedAt: iso(0) }).kpis;
        expect(k.conversations).toBeLessThanOrEqual(k.conversationsStarted);
        expect(k.automatedResolutions).toBeLessThanOrEqual(k.resolved);
        expect(k.firstContactResolutions).toBeLessThanOrEqual(k.resolved);
        expect(k.resolved).toBeLessThanOrEqual(k.conversations);
        expect(k.escalated).toBeLessThanOrEqual(k.conversations);
        for (const r of [
          k.automatedResolutionRate,
          k.escalationRate,
          k.firstContactResolutionRate,
          k.csat.satisfiedRate,
        ]) {
          if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
        }
        if (k.csat.average !== null) expect(k.csat.average >= 1 && k.csat.average <= 5).toBe(true);
        expect(Object.values(k.csat.distribution).reduce((a, b) => a + b, 0)).toBe(
          k.csat.responses,
        );
        for (const d of [k.firstResponse, k.resolution])
          if (d.medianSeconds !== null && d.p90Seconds !== null)
            expect(d.medianSeconds).toBeLessThanOrEqual(d.p90Seconds);
      }),
      { numRuns: 150 },
    );
  });

  it('sums refund amounts per currency exactly, declined ones left out', () => {
    fc.assert(
      fc.property(sourceArb, (s) => {
        const r = computeInsights(s, { period: {}, generatedAt: iso(0) });
        for (const { currency, amount } of r.kpis.refunds.total) {
          const minor = s.refunds
            .filter((x) => x.currency === currency && x.status !== 'declined')
            .reduce((a, x) => a + x.amountMinor, 0);
          const digits = currency === 'JPY' ? 0 : 2;
          expect(amount).toBe(digits === 0 ? String(minor) : (minor / 100).toFixed(2));
        }
        expect(r.kpis.refunds.byReason.reduce((a, x) => a + x.count, 0)).toBe(
          s.refunds.filter((x) => x.status !== 'declined').length,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a wider period never has fewer conversations', () => {
    fc.assert(
      fc.property(sourceArb, (s) => {
        const narrow = computeInsights(s, { period, generatedAt: iso(0) }).kpis.conversations;
        const wide = computeInsights(s, {
          period: { since: iso(0), until: iso(60 * 24 * 30) },
          generatedAt: iso(0),
        }).kpis.conversations;
        expect(wide).toBeGreaterThanOrEqual(narrow);
      }),
      { numRuns: 100 },
    );
  });
});
