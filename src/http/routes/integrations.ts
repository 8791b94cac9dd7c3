import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import {
  shopifySignature,
  makerdeskSignature,
  signatureMatches,
} from '../../integrations/signatures.js';
import {
  applyShopifyWebhook,
  applyTrackingWebhook,
  type WebhookDeps,
} from '../../integrations/webhooks.js';

export type IntegrationRouteDeps = WebhookDeps & {
  /** MAKERDESK_SHOPIFY_SECRET; null: every Shopify delivery is refused (401). */
  shopifySecret: string | null;
  /** MAKERDESK_WEBHOOK_SECRET; null: every tracking update is refused (401). */
  webhookSecret: string | null;
  /** Opt-out of proactive updates: the token's e-mail, or null when it is not valid. */
  optOut?: (token: string) => Promise<string | null>;
};

const webhookBodyBytes = 2 * 1024 * 1024;

const outcome = z.object({
  result: z.enum(['applied', 'duplicate', 'ignored']),
  orderId: z.string().optional(),
  change: z.string().optional(),
  reason: z.string().optional(),
});

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function rawBody(req: FastifyRequest): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

/**
 * Signed webhooks (contracts.md §4): Shopify orders and fulfilments, carrier tracking updates.
 * The body is read raw — the signature covers the exact bytes — and parsed only once it is verified.
 */
export function integrationRoutes(deps: IntegrationRouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register((scope, _opts, done) => {
      // Any content type: the bytes are what is signed; JSON is parsed after the check.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        '*',
        { parseAs: 'buffer', bodyLimit: webhookBodyBytes },
        (_req, body, done) => {
          done(null, body);
        },
      );

      scope.post(
        '/api/v1/integrations/shopify/webhooks',
        { bodyLimit: webhookBodyBytes, schema: { hide: true } },
        async (req, reply) => {
          const raw = rawBody(req);
          const presented = header(req, 'x-shopify-hmac-sha256');
          if (deps.shopifySecret === null)
            throw new AppError(
              'unauthorized',
              'Shopify webhooks are not set up here: MAKERDESK_SHOPIFY_SECRET is not set.',
            );
          if (!presented)
            throw new AppError('unauthorized', 'Missing X-Shopify-Hmac-Sha256 header.');
          if (!signatureMatches(presented, shopifySignature(raw, deps.shopifySecret)))
            throw new AppError(
              'unauthorized',
              'The X-Shopify-Hmac-Sha256 signature does not match the body.',
            );
          const topic = header(req, 'x-shopify-topic');
          if (!topic) throw new AppError('bad_request', 'Missing X-Shopify-Topic header.');
          const result = await applyShopifyWebhook(deps, {
            topic,
            webhookId: header(req, 'x-shopify-webhook-id'),
            raw,
          });
          if (result.result === 'ignored')
            req.log.info({ topic, reason: result.reason }, 'shopify webhook ignored');
          return reply.code(200).send(outcome.parse(result));
        },
      );

      scope.post(
        '/api/v1/integrations/tracking/webhooks',
        { bodyLimit: 256 * 1024, schema: { hide: true } },
        async (req, reply) => {
          const raw = rawBody(req);
          const presented = header(req, 'x-makerdesk-signature');
          if (deps.webhookSecret === null)
            throw new AppError(
              'unauthorized',
              'Tracking webhooks are not set up here: MAKERDESK_WEBHOOK_SECRET is not set.',
            );
          if (!presented)
            throw new AppError('unauthorized', 'Missing X-Makerdesk-Signature header.');
          if (!signatureMatches(presented, makerdeskSignature(raw, deps.webhookSecret)))
            throw new AppError(
              'unauthorized',
              'The X-Makerdesk-Signature does not match the body.',
            );
          const result = await applyTrackingWebhook(deps, raw);
          return reply.code(200).send(outcome.parse(result));
        },
      );
      done();
    });

    const optOut = deps.optOut;
    if (optOut) {
      app.get('/api/v1/notifications/opt-out', { schema: { hide: true } }, async (req, reply) => {
        const token = (req.query as { token?: unknown }).token;
        const email = typeof token === 'string' && token.length <= 200 ? await optOut(token) : null;
        if (email === null) throw new AppError('not_found', 'This opt-out link is not valid.');
        return reply
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><meta charset="utf-8"><title>Updates turned off</title><p>Done: we will not send you order updates any more. You can still write to us any time.</p>',
          );
      });
    }
  };
}
