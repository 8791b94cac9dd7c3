import type { FastifyBaseLogger } from 'fastify';
import type { Actions } from '../actions/index.js';
import type { OpenedStore } from '../store/index.js';
import { integrationRoutes } from '../http/routes/integrations.js';
import type { RoutePlugin } from '../http/index.js';
import { createOutbox, type Outbox, type OutboxSender } from '../outbox/outbox.js';
import { eventSender, type EventsConfig } from './events-out.js';
import type { OutboxKind } from '../domain/integrations.js';
import type { EngineAssistant } from '../engine.js';
import type { Policy } from '../policy/index.js';

export type IntegrationsEnv = Record<string, string | undefined>;

/** Reads the integration settings from the environment (docs/integrations.md). */
export function integrationsConfig(env: IntegrationsEnv) {
  const get = (k: string): string | null => {
    const v = env[k]?.trim();
    return v ? v : null;
  };
  const eventsUrl = get('MAKERDESK_EVENTS_URL');
  const webhookSecret = get('MAKERDESK_WEBHOOK_SECRET');
  const events: EventsConfig = eventsUrl && webhookSecret ? { url: eventsUrl, secret: webhookSecret } : null;
  return {
    shopifySecret: get('MAKERDESK_SHOPIFY_SECRET'),
    webhookSecret,
    events,
    smtpUrl: get('MAKERDESK_SMTP_URL'),
    mailFrom: get('MAKERDESK_MAIL_FROM'),
    inboundSmtpPort: get('MAKERDESK_INBOUND_SMTP_PORT'),
    imapUrl: get('MAKERDESK_IMAP_URL'),
    publicUrl: get('MAKERDESK_PUBLIC_URL'),
  };
}
export type IntegrationsConfig = ReturnType<typeof integrationsConfig>;

export type IntegrationsSetup = {
  plugin: RoutePlugin;
  outbox: Outbox;
  config: IntegrationsConfig;
  /** Starts the background parts that are configured (outbox worker, mail listener, IMAP). */
  start(): Promise<void>;
  close(): Promise<void>;
};

/** Wires webhooks, the outbox and (when configured) the e-mail channel for one runtime. */
export function setupIntegrations(deps: {
  store: OpenedStore;
  actions: Actions;
  clock: () => Date;
  newId: () => string;
  env: IntegrationsEnv;
  assistant: EngineAssistant;
  policy: Policy;
  logger?: FastifyBaseLogger;
  extraSenders?: Partial<Record<OutboxKind, OutboxSender>>;
}): IntegrationsSetup {
  const config = integrationsConfig(deps.env);
  const senders: Partial<Record<OutboxKind, OutboxSender>> = { ...deps.extraSenders };
  if (config.events) senders.event = eventSender(config.events);
  const outbox = createOutbox({
    store: deps.store,
    senders,
    clock: deps.clock,
    onError: (item, e) => deps.logger?.warn({ outbox: item.id, kind: item.kind, err: e }, 'outbox send failed'),
  });
  const routes = integrationRoutes({
    store: deps.store,
    actions: deps.actions,
    clock: deps.clock,
    newId: deps.newId,
    events: config.events,
    shopifySecret: config.shopifySecret,
    webhookSecret: config.webhookSecret,
  });
  let started = false;
  return {
    plugin: (app) => routes(app),
    outbox,
    config,
    start() {
      if (!started && config.events) outbox.start();
      started = true;
      return Promise.resolve();
    },
    async close() {
      await outbox.stop();
    },
  };
}
