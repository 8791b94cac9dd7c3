import type { FastifyBaseLogger } from 'fastify';
import type { Actions } from '../actions/index.js';
import type { OpenedStore } from '../store/index.js';
import { integrationRoutes } from '../http/routes/integrations.js';
import type { RoutePlugin } from '../http/index.js';
import { createOutbox, type Outbox, type OutboxSender } from '../outbox/outbox.js';
import { randomBytes } from 'node:crypto';
import { eventSender, queueEvent, type EventsConfig } from './events-out.js';
import {
  createNotifier,
  readOptOutToken,
  recordNotificationSent,
  widgetSender,
} from '../outbox/notify.js';
import type { OutboxKind } from '../domain/integrations.js';
import type { EngineAssistant } from '../engine.js';
import type { Policy } from '../policy/index.js';
import { AppError } from '../domain/errors.js';
import { handleInboundMail, type InboundOutcome, type MailDeps } from '../channels/mail.js';
import { mailSender, startInboundSmtp, type InboundListener } from '../channels/transport.js';
import { startImapPoller } from '../channels/imap.js';

export type IntegrationsEnv = Record<string, string | undefined>;

/** Reads the integration settings from the environment (docs/integrations.md). */
export function integrationsConfig(env: IntegrationsEnv) {
  const get = (k: string): string | null => {
    const v = env[k]?.trim();
    return v ? v : null;
  };
  const eventsUrl = get('MAKERDESK_EVENTS_URL');
  const webhookSecret = get('MAKERDESK_WEBHOOK_SECRET');
  const events: EventsConfig =
    eventsUrl && webhookSecret ? { url: eventsUrl, secret: webhookSecret } : null;
  return {
    shopifySecret: get('MAKERDESK_SHOPIFY_SECRET'),
    webhookSecret,
    events,
    smtpUrl: get('MAKERDESK_SMTP_URL'),
    mailFrom: get('MAKERDESK_MAIL_FROM'),
    inboundSmtpPort: get('MAKERDESK_INBOUND_SMTP_PORT'),
    inboundSmtpHost: get('MAKERDESK_INBOUND_SMTP_HOST'),
    imapUrl: get('MAKERDESK_IMAP_URL'),
    imapPollSeconds: get('MAKERDESK_IMAP_POLL_SECONDS'),
    publicUrl: get('MAKERDESK_PUBLIC_URL'),
    delayScanSeconds: get('MAKERDESK_DELAY_SCAN_SECONDS'),
    announceStages: new Set(
      (get('MAKERDESK_ANNOUNCE_STAGES') ?? 'making,ready_to_ship')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
    optOutSecret: get('MAKERDESK_OPTOUT_SECRET') ?? webhookSecret ?? get('MAKERDESK_API_KEY'),
  };
}
export type IntegrationsConfig = ReturnType<typeof integrationsConfig>;

/** MAKERDESK_DELAY_SCAN_SECONDS as milliseconds: default one hour; `0` turns the scan off. */
export function delayScanMs(value: string | null): number | null {
  if (value === null) return 3600_000;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new AppError(
      'bad_request',
      `MAKERDESK_DELAY_SCAN_SECONDS must be a number of seconds (0 turns the scan off), not "${value}"`,
    );
  return n === 0 ? null : Math.max(1000, Math.round(n * 1000));
}

export type IntegrationsSetup = {
  plugin: RoutePlugin;
  outbox: Outbox;
  config: IntegrationsConfig;
  /** Handles one raw incoming e-mail (what the SMTP listener and the IMAP poller call). */
  receiveMail(raw: Buffer): Promise<InboundOutcome>;
  /** Queues the proactive updates the latest order changes call for; returns how many. */
  notifyOnce(): Promise<number>;
  /** Queues a delay message for each order newly past its promised ship window; returns how many. */
  scanOverdue(): Promise<number>;
  /** The port the inbound SMTP listener is on, once started. */
  inboundPort(): number | null;
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
  uploadsDir: string;
  logger?: FastifyBaseLogger;
  extraSenders?: Partial<Record<OutboxKind, OutboxSender>>;
}): IntegrationsSetup {
  const config = integrationsConfig(deps.env);
  const overdueEvery = delayScanMs(config.delayScanSeconds);
  const senders: Partial<Record<OutboxKind, OutboxSender>> = { ...deps.extraSenders };
  if (config.events) senders.event = eventSender(config.events);
  const mailFrom = config.mailFrom ?? 'Makerdesk <support@makerdesk.local>';
  const mailer = config.smtpUrl ? mailSender(config.smtpUrl, mailFrom) : null;
  if (mailer) senders.mail = mailer.send;
  senders.widget = widgetSender(deps.store, deps.newId, deps.clock);
  const outbox = createOutbox({
    store: deps.store,
    senders,
    clock: deps.clock,
    onSent: async (item, at) => {
      await recordNotificationSent(deps.store, deps.newId, item, at);
      const n = item.payload['notification'];
      if (n && typeof n === 'object')
        await queueEvent({ ...deps, events: config.events }, 'notification.sent', item.id, {
          ...n,
          sentAt: at,
        });
    },
    onError: (item, e) =>
      deps.logger?.warn({ outbox: item.id, kind: item.kind, err: e }, 'outbox send failed'),
  });
  const shopVoice = deps.policy.shop;
  // Without a configured secret, opt-out links work until the next restart (docs/integrations.md).
  const optOutSecret = config.optOutSecret ?? randomBytes(32).toString('hex');
  const notifier = createNotifier({
    store: deps.store,
    policy: deps.policy,
    clock: deps.clock,
    newId: deps.newId,
    announcedStages: config.announceStages,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    optOutSecret,
    mailEnabled: mailer !== null,
    mailFrom,
    signature: `${shopVoice.voice.assistantName} · ${shopVoice.name}`,
  });
  const routes = integrationRoutes({
    optOut: async (token) => {
      const email = readOptOutToken(token, optOutSecret);
      if (email !== null)
        await deps.store.integrations.optOuts.add(email, deps.clock().toISOString());
      return email;
    },
    store: deps.store,
    actions: deps.actions,
    clock: deps.clock,
    newId: deps.newId,
    events: config.events,
    shopifySecret: config.shopifySecret,
    webhookSecret: config.webhookSecret,
  });
  const shop = deps.policy.shop;
  const mailDeps: MailDeps = {
    store: deps.store,
    assistant: deps.assistant,
    clock: deps.clock,
    newId: deps.newId,
    uploadsDir: deps.uploadsDir,
    from: mailFrom,
    signature: `${shop.voice.assistantName} · ${shop.name}`,
    onQueued: () => {
      if (started)
        void outbox
          .drain()
          .catch((e: unknown) => deps.logger?.warn({ err: e }, 'outbox drain failed'));
    },
  };
  const receive = async (raw: Buffer): Promise<InboundOutcome> => {
    const outcome = await handleInboundMail(mailDeps, raw);
    if (outcome.result === 'ignored')
      deps.logger?.info({ reason: outcome.reason }, 'inbound mail not answered');
    return outcome;
  };
  let started = false;
  let scanTimer: NodeJS.Timeout | null = null;
  let overdueTimer: NodeJS.Timeout | null = null;
  let inbound: InboundListener | null = null;
  let imap: ReturnType<typeof startImapPoller> | null = null;
  return {
    plugin: (app) => routes(app),
    outbox,
    config,
    receiveMail: receive,
    notifyOnce: () => notifier.scanOnce(),
    scanOverdue: () => notifier.scanOverdue(),
    inboundPort: () => inbound?.port ?? null,
    async start() {
      if (started) return;
      started = true;
      outbox.start();
      const tick = (): void => {
        notifier
          .scanOnce()
          .then((n) => (n > 0 ? outbox.drain() : 0))
          .catch((e: unknown) => deps.logger?.error({ err: e }, 'proactive updates failed'))
          .finally(() => {
            if (started) scanTimer = setTimeout(tick, 5000);
          });
      };
      scanTimer = setTimeout(tick, 0);
      if (overdueEvery !== null) {
        const overdueTick = (): void => {
          notifier
            .scanOverdue()
            .then((n) => (n > 0 ? outbox.drain() : 0))
            .catch((e: unknown) => deps.logger?.error({ err: e }, 'delay scan failed'))
            .finally(() => {
              if (started) overdueTimer = setTimeout(overdueTick, overdueEvery);
            });
        };
        overdueTimer = setTimeout(overdueTick, Math.min(overdueEvery, 10_000));
      }
      if (config.inboundSmtpPort !== null) {
        const port = Number(config.inboundSmtpPort);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new AppError(
            'bad_request',
            `MAKERDESK_INBOUND_SMTP_PORT must be a port number, not "${config.inboundSmtpPort}"`,
          );
        inbound = await startInboundSmtp({
          port,
          ...(config.inboundSmtpHost ? { host: config.inboundSmtpHost } : {}),
          onMessage: receive,
          onError: (e) => deps.logger?.error({ err: e }, 'inbound mail failed'),
        });
      }
      if (config.imapUrl !== null) {
        const every = config.imapPollSeconds === null ? 60 : Number(config.imapPollSeconds);
        if (!Number.isFinite(every) || every < 1)
          throw new AppError(
            'bad_request',
            `MAKERDESK_IMAP_POLL_SECONDS must be a number of seconds (1 or more), not "${config.imapPollSeconds}"`,
          );
        imap = startImapPoller({
          url: config.imapUrl,
          intervalMs: every * 1000,
          onMessage: receive,
          onError: (e) => deps.logger?.error({ err: e }, 'IMAP poll failed'),
        });
      }
    },
    async close() {
      started = false;
      if (scanTimer) clearTimeout(scanTimer);
      if (overdueTimer) clearTimeout(overdueTimer);
      await imap?.stop();
      await inbound?.close();
      await outbox.stop();
      mailer?.close();
    },
  };
}
