import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orderHasSeller, type Actions } from '../../actions/index.js';
import type { Auth } from '../../auth/auth.js';
import { isValidLocalDate, localDate } from '../../calendar/index.js';
import { AppError } from '../../domain/errors.js';
import type { IntegrationsRepository } from '../../domain/integrations.js';
import type { Order } from '../../domain/order.js';
import type { Store } from '../../domain/store.js';
import {
  effectivePolicy,
  estimateShipWindow,
  factsFromOrder,
  type Policy,
} from '../../policy/index.js';
import { cleanImage } from '../images.js';
import { errorHandler } from '../errors.js';
import { errorSchema } from '../schemas.js';
import cookie, { fastifyCookie } from '@fastify/cookie';
import { sessionCookie } from './cookies.js';
import { noStore, requireRole, requireSession, type Authed } from './guard.js';

export type MakerRouteOptions = {
  store: Store & { integrations: Pick<IntegrationsRepository, 'unfulfilledOrders'> };
  auth: Auth;
  policy: Policy;
  actions: Pick<Actions, 'advanceStage' | 'markDelay'>;
  clock: () => Date;
  uploadsDir: string;
  /** At most this many open orders are listed; default 1000. */
  maxOrders?: number;
};

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id');
const stageId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a stage id such as "making"');
const note = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters');

export const makerOrderParams = z.object({ id });
export const makerPhotoParams = z.object({ id, photoId: id });
export const advanceBody = z.strictObject({
  to: stageId,
  note: note.optional(),
  photoId: id.optional(),
});
export const delayBody = z.strictObject({
  expectedShipDate: z.string().refine(isValidLocalDate, 'must be a date such as 2026-12-24'),
  note: note.optional(),
});

const stageSchema = z.object({ id: z.string(), label: z.string() });
export const makerOrderSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  customerName: z.string().nullable(),
  stage: stageSchema,
  nextStage: stageSchema.nullable(),
  /** The estimated ship window now, and the last day of the window promised at order time. */
  shipWindow: z.object({ start: z.string(), end: z.string(), promisedBy: z.string() }),
  late: z.boolean(),
  delayed: z.boolean(),
  expectedShipDate: z.string().nullable(),
  items: z.array(
    z.object({
      sku: z.string(),
      title: z.string(),
      quantity: z.number(),
      personalization: z.record(z.string(), z.string()),
    }),
  ),
});
export type MakerOrder = z.infer<typeof makerOrderSchema>;
export const makerOrdersResponse = z.object({
  sellerId: z.string(),
  today: z.string(),
  stages: z.array(stageSchema),
  orders: z.array(makerOrderSchema),
});
export const makerMoveResponse = z.object({ order: makerOrderSchema });
export const makerPhotoResponse = z.object({
  photoId: z.string(),
  url: z.string(),
  width: z.number(),
  height: z.number(),
});

const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  413: errorSchema,
  415: errorSchema,
};

/** Console paths a maker account may use besides its own page. */
const openToMakers = new Set(['/api/console/login', '/api/console/logout', '/api/console/me']);

/**
 * The workshop page's API, `/api/console/maker/*`: a `maker` account lists its seller's open
 * orders by stage, moves one to its next stage (with a note or a progress photo) and marks delays.
 * Also fences maker accounts out of the rest of the console API (403).
 */
export function makerRoutes(o: MakerRouteOptions) {
  const photoDir = (orderId: string): string => join(o.uploadsDir, 'progress', orderId);
  const tz = o.policy.shop.timeZone;

  async function maker(req: FastifyRequest): Promise<{ who: Authed; sellerId: string }> {
    const who = await requireSession(o.auth, req);
    requireRole(who, ['maker'], 'use the workshop page');
    if (who.user.sellerId === undefined)
      throw new AppError(
        'forbidden',
        'This maker account names no seller; ask an admin to set it up again.',
      );
    return { who, sellerId: who.user.sellerId };
  }

  function stagesFor(sellerId: string) {
    return effectivePolicy(o.policy, { sellerId }).pipeline.stages.map((s) => ({
      id: s.id,
      label: s.label,
    }));
  }

  /** The seller's order, or 404 alike for a missing one and another seller's. */
  async function ownOrder(orderId: string, sellerId: string): Promise<Order> {
    const order = await o.store.orders.get(orderId);
    if (!order || !orderHasSeller(order, sellerId))
      throw new AppError('not_found', `Order ${orderId} is not one of your orders.`);
    return order;
  }

  function view(order: Order, sellerId: string, now: Date): MakerOrder {
    const stages = stagesFor(sellerId);
    const at = stages.findIndex((s) => s.id === order.stage);
    const mine = order.items.filter((i) => i.sellerId === sellerId);
    const w = estimateShipWindow(factsFromOrder(order, mine[0]?.sku), o.policy, now);
    return {
      id: order.id,
      createdAt: order.createdAt,
      customerName: order.customer.name ?? null,
      stage: stages[at] ?? { id: order.stage, label: order.stage.replace(/_/g, ' ') },
      nextStage: at >= 0 ? (stages[at + 1] ?? null) : (stages[0] ?? null),
      shipWindow: { start: w.start, end: w.end, promisedBy: w.planned.end },
      late: w.late,
      delayed: order.delayed,
      expectedShipDate: order.expectedShipDate ?? null,
      items: mine.map((i) => ({
        sku: i.sku,
        title: i.title,
        quantity: i.quantity,
        personalization: i.personalization,
      })),
    };
  }

  return async (app: FastifyInstance): Promise<void> => {
    // Runs for every request of the server: anything outside the console API is let through at
    // once, without a promise.
    app.addHook('onRequest', (req, _reply, done) => {
      const url = req.url;
      if (!url.startsWith('/api/console/') || url.startsWith('/api/console/maker/')) return done();
      if (openToMakers.has(url.split('?')[0] ?? '')) return done();
      const token = req.headers.cookie
        ? fastifyCookie.parse(req.headers.cookie)[sessionCookie]
        : undefined;
      if (!token) return done();
      o.auth.session(token).then(
        (session) =>
          done(
            session?.user.role === 'maker'
              ? new AppError(
                  'forbidden',
                  'A maker account can use only the workshop page of the console.',
                )
              : undefined,
          ),
        (e: unknown) => done(e instanceof Error ? e : new Error(String(e))),
      );
    });

    await app.register(
      async (plain) => {
        await plain.register(cookie);
        // Set here too, so the routes stand on their own under any parent app.
        plain.setValidatorCompiler(validatorCompiler);
        plain.setSerializerCompiler(serializerCompiler);
        plain.setErrorHandler(errorHandler);
        const api = plain.withTypeProvider<ZodTypeProvider>();
        api.addHook('onSend', (_req, reply, payload, next) => {
          noStore(reply);
          next(null, payload);
        });

        api.get(
          '/orders',
          { schema: { response: { 200: makerOrdersResponse, ...errors } } },
          async (req) => {
            const { sellerId } = await maker(req);
            const now = o.clock();
            const open = (
              await o.store.integrations.unfulfilledOrders(o.maxOrders ?? 1000, sellerId)
            ).filter((x) => x.cancelledAt === undefined && orderHasSeller(x, sellerId));
            return {
              sellerId,
              today: localDate(now, tz),
              stages: stagesFor(sellerId),
              orders: open.map((x) => view(x, sellerId, now)),
            };
          },
        );

        api.post(
          '/orders/:id/advance',
          {
            schema: {
              params: makerOrderParams,
              body: advanceBody,
              response: { 200: makerMoveResponse, ...errors },
            },
          },
          async (req) => {
            const { who, sellerId } = await maker(req);
            const order = await ownOrder(req.params.id, sellerId);
            const stages = stagesFor(sellerId);
            const target = stages.find((s) => s.id === req.body.to);
            if (!target) {
              throw new AppError(
                'validation_failed',
                `Unknown stage "${req.body.to}": the stages are ${stages.map((s) => s.id).join(', ')}.`,
                [
                  {
                    path: ['to'],
                    code: 'invalid_value',
                    message: 'is not a stage of your pipeline',
                  },
                ],
              );
            }
            const next = view(order, sellerId, o.clock()).nextStage;
            if (order.stage === target.id)
              throw new AppError('conflict', `Order ${order.id} is already at "${target.label}".`);
            if (next?.id !== target.id)
              throw new AppError(
                'conflict',
                `Order ${order.id} is at "${order.stage}"; it can only move on to ${next ? `"${next.label}"` : 'shipping'}.`,
              );
            if (req.body.photoId !== undefined) {
              const found = await readFile(
                join(photoDir(order.id), `${req.body.photoId}.jpg`),
              ).then(
                () => true,
                () => false,
              );
              if (!found)
                throw new AppError(
                  'validation_failed',
                  'No such progress photo for this order: upload it first.',
                  [
                    {
                      path: ['photoId'],
                      code: 'invalid_value',
                      message: 'is not a photo of this order',
                    },
                  ],
                );
            }
            const r = await o.actions.advanceStage({
              orderId: order.id,
              from: order.stage,
              to: target.id,
              ...(req.body.note !== undefined ? { note: req.body.note } : {}),
              ...(req.body.photoId !== undefined ? { photoId: req.body.photoId } : {}),
              actor: { type: 'user', userId: who.user.id, role: who.user.role },
            });
            return { order: view(r.order, sellerId, o.clock()) };
          },
        );

        api.post(
          '/orders/:id/delay',
          {
            schema: {
              params: makerOrderParams,
              body: delayBody,
              response: { 200: makerMoveResponse, ...errors },
            },
          },
          async (req) => {
            const { who, sellerId } = await maker(req);
            const order = await ownOrder(req.params.id, sellerId);
            const today = localDate(o.clock(), tz);
            if (req.body.expectedShipDate < today) {
              throw new AppError(
                'validation_failed',
                `The new date ${req.body.expectedShipDate} is in the past; today is ${today}.`,
                [
                  {
                    path: ['expectedShipDate'],
                    code: 'too_small',
                    message: 'must not be in the past',
                  },
                ],
              );
            }
            const r = await o.actions.markDelay({
              orderId: order.id,
              expectedShipDate: req.body.expectedShipDate,
              ...(req.body.note !== undefined ? { note: req.body.note } : {}),
              actor: { type: 'user', userId: who.user.id, role: who.user.role },
            });
            return { order: view(r.order, sellerId, o.clock()) };
          },
        );

        api.post(
          '/orders/:id/photos',
          {
            schema: {
              params: makerOrderParams,
              consumes: ['multipart/form-data'],
              response: { 201: makerPhotoResponse, ...errors },
            },
          },
          async (req, reply) => {
            const { sellerId } = await maker(req);
            const order = await ownOrder(req.params.id, sellerId);
            if (!req.isMultipart())
              throw new AppError(
                'unsupported_media_type',
                'Send the photo as multipart/form-data in a "file" field.',
              );
            const file = await req.file();
            if (!file)
              throw new AppError(
                'bad_request',
                'No photo in the upload: send it in a "file" field.',
              );
            const img = await cleanImage(await file.toBuffer());
            const photoId = randomUUID();
            await mkdir(photoDir(order.id), { recursive: true });
            await writeFile(join(photoDir(order.id), `${photoId}.jpg`), img.data, { flag: 'wx' });
            return reply.code(201).send({
              photoId,
              url: `/api/console/maker/orders/${order.id}/photos/${photoId}`,
              width: img.width,
              height: img.height,
            });
          },
        );

        api.get(
          '/orders/:id/photos/:photoId',
          { schema: { params: makerPhotoParams } },
          async (req, reply) => {
            const { sellerId } = await maker(req);
            await ownOrder(req.params.id, sellerId);
            const data = await readFile(
              join(photoDir(req.params.id), `${req.params.photoId}.jpg`),
            ).catch(() => null);
            if (!data) throw new AppError('not_found', 'No such progress photo.');
            return reply.type('image/jpeg').header('x-content-type-options', 'nosniff').send(data);
          },
        );
      },
      { prefix: '/api/console/maker' },
    );
  };
}
