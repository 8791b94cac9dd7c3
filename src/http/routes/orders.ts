import { AppError } from '../../domain/errors.js';
import { orderInputSchema, parseOrder } from '../../domain/order.js';
import { requireApiKey } from '../auth.js';
import { actors, type Actions } from '../../actions/index.js';
import {
  errorSchema,
  orderEventBody,
  orderEventResponse,
  orderIdParams,
  orderWriteResponse,
} from '../schemas.js';
import type { ZodApp } from '../types.js';

type Deps = { actions: Actions; apiKey: string | null; orderBodyLimit: number };

const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  413: errorSchema,
  429: errorSchema,
};
const security = [{ apiKey: [] }];

/** The shop's integration: orders in, production stages and shipments as events. */
export function orderRoutes(api: ZodApp, deps: Deps): void {
  const checkKey = (req: Parameters<typeof requireApiKey>[0]): Promise<void> => {
    requireApiKey(req, deps.apiKey);
    return Promise.resolve();
  };

  api.post(
    '/orders',
    {
      onRequest: checkKey,
      bodyLimit: deps.orderBodyLimit,
      schema: {
        summary: 'Create or update an order (by id)',
        tags: ['orders'],
        security,
        body: orderInputSchema,
        response: { 200: orderWriteResponse, 201: orderWriteResponse, ...errors },
      },
    },
    async (req, reply) => {
      const parsed = parseOrder(req.body);
      if (!parsed.ok) {
        const first = parsed.issues[0];
        throw new AppError(
          'validation_failed',
          `Invalid order — ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
          parsed.issues,
        );
      }
      const { status: result } = await deps.actions.upsertOrder(req.body, actors.integration);
      return reply.code(result === 'created' ? 201 : 200).send({ id: parsed.value.id, result });
    },
  );

  api.post(
    '/orders/:id/events',
    {
      onRequest: checkKey,
      schema: {
        summary: 'A production stage change or shipment event for an order',
        tags: ['orders'],
        security,
        params: orderIdParams,
        body: orderEventBody,
        response: { 200: orderEventResponse, ...errors },
      },
    },
    async (req) => {
      const { order } = await deps.actions.applyOrderEvent(
        req.params.id,
        req.body,
        actors.integration,
      );
      return { id: order.id, stage: order.stage, fulfillment: order.fulfillment };
    },
  );
}
