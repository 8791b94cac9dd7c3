import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { intents } from '../../domain/conversation.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../domain/store.js';
import {
  computeInsights,
  insightsCsv,
  parsePeriod,
  type InsightsReport,
} from '../../insights/index.js';
import type { ZodApp } from '../types.js';
import { requireRole, sessionOf } from './guard.js';
import { parse } from './schemas.js';

/** Accounts that read the shop's figures (they include customer messages, as knowledge-gap examples). */
export const insightsRoles = ['approver', 'admin'] as const;

const duration = z.object({
  count: z.number(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
});
const money = z.array(z.object({ currency: z.string(), amount: z.string() }));
const intent = z.enum(intents);
const frictionRow = z.object({
  key: z.string(),
  label: z.string(),
  conversations: z.number(),
  escalations: z.number(),
  negativeMessages: z.number(),
  refunds: z.number(),
  remakes: z.number(),
  returns: z.number(),
  changesRefused: z.number(),
  topIntents: z.array(z.object({ intent, count: z.number() })),
  frictionScore: z.number(),
});
const rateOrNull = z.number().nullable();

const periodSchema = z.object({ since: z.string().nullable(), until: z.string().nullable() });
const kpisSchema = z.object({
  conversations: z.number(),
  conversationsStarted: z.number(),
  resolved: z.number(),
  automatedResolutions: z.number(),
  automatedResolutionRate: rateOrNull,
  escalated: z.number(),
  escalationRate: rateOrNull,
  firstContactResolutions: z.number(),
  firstContactResolutionRate: rateOrNull,
  firstResponse: duration,
  firstHumanResponse: duration,
  resolution: duration,
  csat: z.object({
    responses: z.number(),
    average: rateOrNull,
    satisfiedRate: rateOrNull,
    responseRate: rateOrNull,
    distribution: z.object({
      '1': z.number(),
      '2': z.number(),
      '3': z.number(),
      '4': z.number(),
      '5': z.number(),
    }),
  }),
  sentiment: z.object({
    messages: z.number(),
    negative: z.number(),
    neutral: z.number(),
    positive: z.number(),
  }),
  refunds: z.object({
    count: z.number(),
    byStatus: z.object({ issued: z.number(), pending_approval: z.number(), declined: z.number() }),
    total: money,
    byReason: z.array(z.object({ reason: z.string(), count: z.number(), amounts: money })),
  }),
  changeRequests: z.object({
    total: z.number(),
    insideWindow: z.number(),
    outsideWindow: z.number(),
    recorded: z.number(),
    refused: z.number(),
    addressChanges: z.number(),
  }),
  remakes: z.object({
    count: z.number(),
    rush: z.number(),
    byReason: z.array(z.object({ reason: z.string(), count: z.number() })),
  }),
  returns: z.object({ count: z.number() }),
});

/** The answer of `GET /api/console/insights` (the report of src/insights, checked on the way out). */
export const insightsResponse = z.object({
  period: periodSchema,
  generatedAt: z.string(),
  kpis: kpisSchema,
  /** The same figures for the period of the same length just before, for the tiles' comparison. */
  previous: z.object({ period: periodSchema, kpis: kpisSchema }),
  topics: z.object({
    days: z.array(
      z.object({
        date: z.string(),
        total: z.number(),
        intents: z.partialRecord(intent, z.number()),
      }),
    ),
    totals: z.array(z.object({ intent, count: z.number() })),
  }),
  friction: z.object({
    products: z.array(frictionRow),
    sellers: z.array(frictionRow),
    collections: z.array(frictionRow),
  }),
  escalationReasons: z.array(
    z.object({ rule: z.string(), count: z.number(), example: z.string().nullable() }),
  ),
  knowledgeGaps: z.object({
    count: z.number(),
    noAnswer: z.number(),
    lowConfidence: z.number(),
    examples: z.array(
      z.object({
        conversationId: z.string(),
        messageId: z.string(),
        at: z.string(),
        lang: z.string().nullable(),
        text: z.string(),
        kind: z.enum(['no_answer', 'low_confidence']),
        intent: intent.nullable(),
        confidence: z.number().nullable(),
      }),
    ),
  }),
});
export type InsightsResponse = z.infer<typeof insightsResponse>;

const periodQuery = z.object({
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
});

export type InsightsRouteOptions = {
  store: Store;
  clock: () => Date;
  /** The NLU's clarify threshold: below it a question counts as not understood. */
  lowConfidence?: number;
};

/** `GET /api/console/insights` (JSON) and `GET /api/console/insights.csv` for `?since=&until=`. */
export function insightsRoutes(api: ZodApp, o: InsightsRouteOptions): void {
  const compute = async (
    period: { since: string; until: string },
    generatedAt: string,
  ): Promise<InsightsReport> =>
    computeInsights(await o.store.insights.load(period), {
      period,
      generatedAt,
      ...(o.lowConfidence !== undefined ? { lowConfidence: o.lowConfidence } : {}),
    });
  const report = async (req: FastifyRequest): Promise<InsightsReport> => {
    requireRole(sessionOf(req), insightsRoles, 'read insights');
    const q = parse(periodQuery, req.query, 'query');
    const now = o.clock();
    const period = parsePeriod(q, now);
    if (!period.ok) {
      const [field, ...rest] = period.message.split(': ');
      const path = field === 'since' || field === 'until' ? [field] : [];
      throw new AppError('validation_failed', period.message, [
        { path, code: 'invalid_date', message: path.length ? rest.join(': ') : period.message },
      ]);
    }
    return compute(period.value, now.toISOString());
  };

  api.get('/insights', { schema: { response: { 200: insightsResponse } } }, async (req) => {
    const r = await report(req);
    // The period of the same length that ends where this one starts.
    const since = Date.parse(r.period.since ?? '');
    const until = Date.parse(r.period.until ?? '');
    const previous = {
      since: new Date(since - (until - since)).toISOString(),
      until: new Date(since).toISOString(),
    };
    return {
      ...r,
      previous: { period: previous, kpis: (await compute(previous, r.generatedAt)).kpis },
    };
  });

  api.get('/insights.csv', async (req, reply) => {
    const r = await report(req);
    // `until` ends at the next midnight when a day was asked for; the name shows the last day included, as the form does.
    const lastMs = Date.parse(r.period.until ?? '') - 1;
    const last = Number.isFinite(lastMs) ? new Date(lastMs).toISOString().slice(0, 10) : '';
    const name = `makerdesk-insights-${(r.period.since ?? '').slice(0, 10)}-${last}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(insightsCsv(r));
  });
}

export type { InsightsReport } from '../../insights/index.js';
