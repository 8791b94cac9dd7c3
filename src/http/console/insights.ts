import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../domain/store.js';
import { computeInsights, insightsCsv, parsePeriod, type InsightsReport } from '../../insights/index.js';
import { requireRole, type Authed } from './guard.js';
import { parse } from './schemas.js';

/** Accounts that read the shop's figures (they include customer messages, as knowledge-gap examples). */
export const insightsRoles = ['approver', 'admin'] as const;

const periodQuery = z.object({ since: z.string().max(40).optional(), until: z.string().max(40).optional() });

export type InsightsRouteOptions = {
  store: Store;
  clock: () => Date;
  session: (req: FastifyRequest) => Promise<Authed>;
  /** The NLU's clarify threshold: below it a question counts as not understood. */
  lowConfidence?: number;
};

/** `GET /api/console/insights` (JSON) and `GET /api/console/insights.csv` for `?since=&until=`. */
export function insightsRoutes(api: FastifyInstance, o: InsightsRouteOptions): void {
  const report = async (req: FastifyRequest): Promise<InsightsReport> => {
    requireRole(await o.session(req), insightsRoles, 'read insights');
    const q = parse(periodQuery, req.query, 'query');
    const now = o.clock();
    const period = parsePeriod(q, now);
    if (!period.ok) {
      const [field, ...rest] = period.message.split(': ');
      const path = field === 'since' || field === 'until' ? [field] : [];
      throw new AppError('validation_failed', period.message, [{ path, code: 'invalid_date', message: path.length ? rest.join(': ') : period.message }]);
    }
    return computeInsights(await o.store.insights.load(period.value), {
      period: period.value,
      generatedAt: now.toISOString(),
      ...(o.lowConfidence !== undefined ? { lowConfidence: o.lowConfidence } : {}),
    });
  };

  api.get('/insights', async (req) => report(req));

  api.get('/insights.csv', async (req, reply) => {
    const r = await report(req);
    // `until` ends at the next midnight when a day was asked for; the name shows the last day included, as the form does.
    const lastMs = Date.parse(r.period.until ?? '') - 1;
    const last = Number.isFinite(lastMs) ? new Date(lastMs).toISOString().slice(0, 10) : '';
    const name = `makerdesk-insights-${(r.period.since ?? '').slice(0, 10)}-${last}.csv`;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(insightsCsv(r));
  });
}

export type { InsightsReport } from '../../insights/index.js';
