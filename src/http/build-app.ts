import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type HookHandlerDoneFunction,
} from 'fastify';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from '../domain/errors.js';
import type { Actions } from '../actions/index.js';
import type { Assistant } from '../domain/assistant.js';
import type { Store } from '../domain/store.js';
import { bearerToken } from './auth.js';
import { corsFor, type CorsPolicy } from './cors.js';
import { resolveLinkKey } from '../auth/links.js';
import { errorHandler } from './errors.js';
import { maxImageBytes } from './images.js';
import { conversationRoutes } from './routes/conversations.js';
import { orderRoutes } from './routes/orders.js';
import { healthResponse } from './schemas.js';
import { createWindowLimiter, type WindowLimiter } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { fastSerializerCompiler } from './serialize.js';
import type { Hook } from './types.js';

export type Limits = {
  /** Requests per minute per client IP on /api/v1. */
  perIpPerMinute: number;
  /** Customer turns (messages + uploads) per minute per conversation. */
  perConversationPerMinute: number;
  /** New conversations per minute per client IP. */
  startsPerIpPerMinute: number;
  /** JSON body limit in bytes (orders may be larger: 1 MB). */
  jsonBodyBytes: number;
  /** Photos one conversation may hold. */
  uploadsPerConversation: number;
};

export const defaultLimits: Limits = {
  perIpPerMinute: 300,
  perConversationPerMinute: 30,
  startsPerIpPerMinute: 20,
  jsonBodyBytes: 64 * 1024,
  uploadsPerConversation: 20,
};

/**
 * CORS of the public customer API (src/http/cors.ts): any origin may call it, with a bearer token
 * and no cookies, and read the rate-limit and request-id headers; other /api/v1 routes allow no origin.
 */
const publicCors: CorsPolicy = {
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['authorization', 'content-type'],
  exposedHeaders: ['retry-after', 'x-request-id'],
  maxAgeSeconds: 600,
};

/** Routes another part adds to the same server (e.g. the rep console), registered in order. */
export type RoutePlugin = (app: FastifyInstance, deps: AppDeps) => Promise<void>;

export type AppDeps = {
  store: Store;
  assistant: Assistant;
  /** The shop's integration key for /api/v1/orders; null disables those endpoints (403). */
  apiKey: string | null;
  uploadsDir: string;
  clock: () => Date;
  newId?: () => string;
  /** The only writer of orders (src/actions). */
  actions: Actions;
  /** A pino logger, or false for silence (tests). Defaults to pino at info. */
  logger?: FastifyBaseLogger | false;
  /** Built browser files (dist/web); null serves none. */
  webDir?: string | null;
  limits?: Partial<Limits>;
  trustProxy?: boolean;
  plugins?: RoutePlugin[];
  /**
   * The address customers reach the server at (MAKERDESK_PUBLIC_URL). When it is https://, every
   * answer carries HSTS and `upgrade-insecure-requests`; otherwise only answers to requests that
   * arrived over HTTPS do (directly, or behind a trusted proxy saying `X-Forwarded-Proto: https`).
   */
  publicUrl?: string | null;
  /** The key order links are signed with (MAKERDESK_LINK_SECRET); default: one kept in the store. */
  linkSecret?: string;
};

/** Whether this request reached us over HTTPS, as far as the configuration lets us know. */
export function servedOverHttps(
  req: Pick<FastifyRequest, 'protocol'> | null,
  publicUrl: string | null | undefined,
): boolean {
  if (publicUrl) return /^https:\/\//i.test(publicUrl);
  return req?.protocol === 'https';
}

/** The customer API: conversations, their photos and streams. Every answer there allows any origin. */
export function isPublicApi(url: string): boolean {
  return (
    url === '/api/v1/conversations' ||
    url.startsWith('/api/v1/conversations/') ||
    url.startsWith('/api/v1/conversations?')
  );
}

function requestId(req: { headers: Record<string, unknown> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Builds the HTTP server: API v1, OpenAPI, static web files and whatever route plugins are listed. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits: Limits = { ...defaultLimits, ...deps.limits };
  const logOptions =
    deps.logger === false
      ? { logger: false as const }
      : deps.logger
        ? { loggerInstance: deps.logger }
        : { logger: { level: 'info', serializers: { req: logRequest } } };
  const app = Fastify({
    ...logOptions,
    genReqId: requestId,
    requestIdHeader: false,
    bodyLimit: limits.jsonBodyBytes,
    trustProxy: deps.trustProxy ?? false,
    return503OnClosing: true,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({
      error: {
        code: 'not_found',
        message: `Nothing at ${req.method} ${req.url.split('?')[0] ?? ''}.`,
      },
    }),
  );
  // Helmet's headers, worked out once (src/http/security-headers.ts), and the request id, on every
  // answer: set before routing, so errors, 404s and event streams carry them too.
  const headers = securityHeaders();
  const alwaysHttps = deps.publicUrl ? servedOverHttps(null, deps.publicUrl) : null;
  app.addHook('onRequest', (req, reply, done) => {
    void reply.headers((alwaysHttps ?? servedOverHttps(req, null)) ? headers.https : headers.plain);
    void reply.header('x-request-id', req.id);
    done();
  });

  // The console's sign-in limit uses the plugin; the customer API's limits below count in-process.
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: maxImageBytes, files: 4, fields: 4, parts: 8, fieldSize: 4096 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Makerdesk API',
        version: '1.0.0',
        description: 'Customer conversations, order import and shipment events. See docs/api.md.',
      },
      components: {
        securitySchemes: {
          conversationToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token returned by POST /api/v1/conversations',
          },
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'The shop key (MAKERDESK_API_KEY)',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const perMinute = (max: number): WindowLimiter =>
    createWindowLimiter({ max, windowMs: 60_000, maxKeys: 5000 });
  const limiter =
    (counter: WindowLimiter, key: (req: FastifyRequest) => string, what: string): Hook =>
    (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
      const r = counter.hit(key(req));
      if (r.allowed) return done();
      void reply.header('retry-after', String(r.retryAfterSeconds));
      done(
        new AppError(
          'rate_limited',
          `Too many requests ${what}; please wait ${r.retryAfterSeconds} s and try again.`,
        ),
      );
    };
  const byIp = (req: FastifyRequest): string => req.ip;

  const web = {
    // Counted per conversation and presented token, so requests with wrong tokens cannot use up the
    // customer's allowance (they still count against their own IP).
    conversationTurn: limiter(
      perMinute(limits.perConversationPerMinute),
      (req) =>
        `${(req.params as { id?: string }).id ?? ''}:${(bearerToken(req) ?? '').slice(0, 24)}`,
      'in this conversation',
    ),
    start: limiter(perMinute(limits.startsPerIpPerMinute), byIp, 'starting conversations'),
  };
  const ipLimit = limiter(perMinute(limits.perIpPerMinute), byIp, 'from this address');
  const newId = deps.newId ?? randomUUID;
  let linkKeyPromise: Promise<string> | null = null;
  const linkKey = (): Promise<string> => {
    linkKeyPromise ??= resolveLinkKey(
      deps.store,
      deps.linkSecret !== undefined ? { MAKERDESK_LINK_SECRET: deps.linkSecret } : {},
    ).catch((e: unknown) => {
      linkKeyPromise = null;
      throw e;
    });
    return linkKeyPromise;
  };

  await app.register(
    (api, _options, registered) => {
      // Before the rate limiter, so errors and 429s carry the CORS headers too and the widget can read them.
      corsFor(api, isPublicApi, publicCors);
      api.addHook('onRequest', ipLimit);
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
      conversationRoutes(typed, {
        ...deps,
        newId,
        limits: web,
        uploadQuota: limits.uploadsPerConversation,
        linkKey,
      });
      orderRoutes(typed, {
        actions: deps.actions,
        apiKey: deps.apiKey,
        orderBodyLimit: Math.max(limits.jsonBodyBytes, 1024 * 1024),
      });
      registered();
    },
    { prefix: '/api/v1' },
  );

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/healthz',
      { schema: { hide: true, response: { 200: healthResponse } }, logLevel: 'warn' },
      () => Promise.resolve({ ok: true as const }),
    );

  for (const plugin of deps.plugins ?? []) await plugin(app, deps);

  const webDir = deps.webDir === undefined ? null : deps.webDir;
  if (webDir && existsSync(webDir)) {
    // Loaded only when there are files to serve.
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, {
      root: resolve(webDir),
      prefix: '/',
      index: ['index.html'],
      cacheControl: true,
      maxAge: 300_000,
    });
  }
  return app;
}

/** What request logs show of a request: never a token from the query string. */
export function logRequest(req: {
  method: string;
  url: string;
  ip?: string;
  id?: string;
}): Record<string, unknown> {
  return {
    method: req.method,
    url: req.url.replace(/([?&]token=)[^&]*/g, '$1[redacted]'),
    remoteAddress: req.ip,
  };
}
