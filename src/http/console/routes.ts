import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import {
  approvalNotice,
  exceptionNotice,
  handBackNotice,
  phrasingTips,
  takeOverNotice,
} from '../../assist/index.js';
import type { Auth } from '../../auth/auth.js';
import { createRepActions, queueChannel, type RepActions } from '../../actions/rep.js';
import { AppError, errorStatus } from '../../domain/errors.js';
import type { TurnEvent } from '../../domain/events.js';
import { fromMinor } from '../../domain/money.js';
import type { Language } from '../../domain/order.js';
import type { Case } from '../../domain/records.js';
import type { Store } from '../../domain/store.js';
import { isTranslated, type Translation, type Translator } from '../../translate/translator.js';
import type { ZodApp } from '../types.js';
import { openEventStream } from '../stream.js';
import { sessionCookie, sessionCookieOptions } from './cookies.js';
import { noStore, requireRole, sessionHook, sessionOf } from './guard.js';
import {
  attachmentParams,
  caseActionResponse,
  caseLookupResponse,
  caseViewResponse,
  conversationChangedEvent,
  decisionBody,
  decisionResponse,
  handBackBody,
  handBackResponse,
  idParam,
  loginBody,
  meResponse,
  parse,
  queueResponse,
  replyBody,
  replyResponse,
  sessionResponse,
  takeOverResponse,
  tipsBody,
  tipsResponse,
  translateBody,
  translateResponse,
  translationsQuery,
  translationsResponse,
} from './schemas.js';
import { insightsRoutes } from './insights.js';
import { studioRoutes } from './studio.js';
import type { PolicyStudio } from '../../studio/index.js';
import { consoleShell } from './shell.js';
import type { ConsoleShop } from './shop.js';
import { buildCaseView, buildQueue, messageView, needsDecision } from './view.js';

/** Decides a refund waiting for approval; implemented by the money actions (src/actions). */
export type DecideApproval = (input: {
  caseId: string;
  approve: boolean;
  why: string;
  actor: string;
}) => Promise<{ events: TurnEvent[] }>;

export type ConsoleOptions = {
  store: Store;
  auth: Auth;
  translator: Translator;
  shop: ConsoleShop;
  clock: () => Date;
  newId: () => string;
  uploadsDir: string;
  decideApproval: DecideApproval;
  /** The policy studio; its routes are registered when given. */
  studio?: PolicyStudio;
  rep?: RepActions;
  /** Mark the session cookie `Secure` (behind HTTPS). Defaults to whether the request came over HTTPS. */
  secureCookies?: boolean;
  /** NLU confidence below which insights count a question as not understood (the NLU's clarify threshold). */
  lowConfidence?: number;
  /** How often the queue stream re-reads the queue to catch changes made elsewhere; default 3 s. */
  queuePollMs?: number;
  /** Sign-in attempts per minute from one address (all accounts together); default 20. Needs @fastify/rate-limit registered. */
  loginsPerIpPerMinute?: number;
  /** More signed-in console routes (see {@link ConsoleRouteFile}); registered behind the session hook. */
  routes?: ConsoleRouteFile[];
};

/**
 * A file of console routes, e.g. `export const studioRoutes: ConsoleRouteFile = (api, ctx) => { … }`,
 * listed in `ConsoleOptions.routes`. Every route it adds sits behind the session hook: read the rep
 * with `sessionOf(req)` (check roles with `requireRole`), validate input with `parse(schema, …)`, and
 * declare the answer as a zod schema in `schema.response` (exported, so web/console/api.ts can
 * derive the browser's type with `z.infer`). Streams use `openEventStream` from src/http/stream.ts.
 */
export type ConsoleRouteFile = (
  api: ZodApp,
  ctx: { store: Store; clock: () => Date },
) => void | Promise<void>;

const approverRoles = ['approver', 'admin'] as const;

function errorReply(reply: FastifyReply, e: unknown, req: FastifyRequest): FastifyReply {
  if (e instanceof AppError) {
    return reply.code(errorStatus[e.code]).send({
      error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) },
    });
  }
  const fe = e as { statusCode?: unknown; message?: unknown };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.statusCode === 415
        ? 'unsupported_media_type'
        : fe.statusCode === 413
          ? 'payload_too_large'
          : 'bad_request';
    return reply.code(errorStatus[code]).send({
      error: { code, message: typeof fe.message === 'string' ? fe.message : 'Bad request.' },
    });
  }
  req.log.error({ err: e }, 'console request failed');
  return reply.code(500).send({
    error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' },
  });
}

/** How a rep is named to customers: the first part of their e-mail, capitalised ("ana.g@…" → "Ana"). */
export function displayName(email: string): string {
  const first = email.split('@')[0]?.split(/[._+-]/)[0] ?? '';
  return first ? first.charAt(0).toUpperCase() + first.slice(1) : 'A member of our team';
}

/** A small bounded cache so re-opening a case doesn't re-translate every message. */
function translationCache(max = 2000) {
  const map = new Map<string, Translation>();
  return {
    get: (k: string) => map.get(k),
    set(k: string, v: Translation) {
      if (!isTranslated(v)) return; // engine trouble may pass; don't remember it
      if (map.size >= max) map.delete(map.keys().next().value ?? '');
      map.set(k, v);
    },
  };
}

/**
 * The rep console: `/console` (the app) and `/api/console/*` (its API, session cookie + CSRF).
 * Register with `buildApp({ plugins: [consoleRoutes(options)] })`.
 */
export function consoleRoutes(opts: ConsoleOptions) {
  const { store, auth, translator, shop, clock } = opts;
  const rep = opts.rep ?? createRepActions({ store, clock, newId: opts.newId });
  const cache = translationCache();
  const secure = (req: FastifyRequest) => opts.secureCookies ?? req.protocol === 'https';

  async function translateCached(text: string, from: Language, to: Language): Promise<Translation> {
    const key = `${from}|${to}|${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const t = await translator.translate(text, from, to);
    cache.set(key, t);
    return t;
  }

  async function caseConversation(caseId: string): Promise<Case> {
    const c = await store.cases.get(caseId);
    if (!c) throw new AppError('not_found', 'No such case.');
    return c;
  }

  /** Says who decided a case and how, for a second approver (another tab) who came too late. */
  async function alreadyDecided(c: Case): Promise<string> {
    const emails = new Map((await store.users.list()).map((u) => [u.id, u.email]));
    const name = (id: unknown) =>
      typeof id === 'string' ? (emails.get(id.replace(/^user:/, '')) ?? id) : null;
    const refundId = typeof c.subject.refundId === 'string' ? c.subject.refundId : null;
    const refund = refundId ? await store.refunds.get(refundId) : null;
    if (refund && refund.status !== 'pending_approval') {
      const how = refund.status === 'declined' ? 'declined' : 'approved';
      const by = name(refund.decidedBy);
      return `Already decided: this refund was ${how}${by ? ` by ${by}` : ''}. Nothing was changed; reload to see the decision.`;
    }
    const how =
      c.subject.decision === 'declined'
        ? 'declined'
        : c.subject.decision === 'approved'
          ? 'approved'
          : 'closed';
    const by = name(c.subject.decidedBy);
    const why = typeof c.subject.why === 'string' ? ` (“${c.subject.why}”)` : '';
    return `Already decided: this case was ${how}${by ? ` by ${by}` : ''}${why}. Nothing was changed; reload to see the decision.`;
  }

  return async (app: FastifyInstance): Promise<void> => {
    // Lock-out protects one account; this keeps one address from trying many accounts.
    const loginLimit =
      typeof (app as { createRateLimit?: unknown }).createRateLimit === 'function'
        ? app.createRateLimit({
            max: opts.loginsPerIpPerMinute ?? 20,
            timeWindow: 60_000,
            keyGenerator: (req) => `console-login:${req.ip}`,
          })
        : null;
    app.get('/console', (_req, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(consoleShell),
    );
    app.get('/console/*', (_req, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(consoleShell),
    );

    await app.register(
      async (api) => {
        await api.register(cookie);
        api.decorateRequest('consoleSession', null);
        // Answers are checked against their zod schemas even where the console is mounted on its own.
        api.setValidatorCompiler(validatorCompiler);
        api.setSerializerCompiler(serializerCompiler);
        api.setErrorHandler((e, req, reply) => errorReply(reply, e, req));
        api.setNotFoundHandler((req, reply) =>
          reply.code(404).send({
            error: {
              code: 'not_found',
              message: `Nothing at ${req.method} ${req.url.split('?')[0] ?? ''}.`,
            },
          }),
        );
        api.addHook('onSend', (_req, reply, payload, done) => {
          noStore(reply);
          done(null, payload);
        });
        const open = api.withTypeProvider<ZodTypeProvider>();

        open.post(
          '/login',
          { schema: { response: { 200: sessionResponse } } },
          async (req, reply) => {
            if (loginLimit) {
              const limit = await loginLimit(req);
              if (!limit.isAllowed && limit.isExceeded) {
                void reply.header('retry-after', String(limit.ttlInSeconds));
                throw new AppError(
                  'rate_limited',
                  `Too many sign-in attempts from this address; please wait ${limit.ttlInSeconds} s.`,
                );
              }
            }
            const body = parse(loginBody, req.body, 'body');
            const r = await auth.login(body.email, body.password);
            if (!r.ok) {
              if (r.code === 'locked') throw new AppError('rate_limited', r.message);
              throw new AppError('unauthorized', r.message);
            }
            const maxAge = Math.max(
              0,
              Math.floor((Date.parse(r.session.expiresAt) - clock().getTime()) / 1000),
            );
            void reply.setCookie(sessionCookie, r.token, sessionCookieOptions(maxAge, secure(req)));
            return {
              user: r.session.user,
              csrfToken: r.session.csrfToken,
              expiresAt: r.session.expiresAt,
            };
          },
        );

        // Everything below needs a signed-in rep: one hook checks the session (and CSRF on writes).
        await open.register(async (signedIn) => {
          signedIn.addHook('onRequest', sessionHook(auth));
          const api = signedIn.withTypeProvider<ZodTypeProvider>();

          api.post('/logout', async (req, reply) => {
            await auth.logout(sessionOf(req).token);
            void reply.clearCookie(sessionCookie, sessionCookieOptions(0, secure(req)));
            return reply.code(204).send();
          });

          api.get('/me', { schema: { response: { 200: meResponse } } }, (req) => {
            const who = sessionOf(req);
            return Promise.resolve({
              user: who.user,
              csrfToken: who.csrfToken,
              expiresAt: who.expiresAt,
              translator: translator.name,
              repLang: shop.repLang,
              shopName: shop.voice.shopName,
            });
          });

          api.get('/queue', { schema: { response: { 200: queueResponse } } }, async () => ({
            items: await buildQueue(store, clock()),
            at: clock().toISOString(),
          }));

          api.get('/queue/stream', async (req, reply) => {
            const stream = openEventStream(req, reply);
            let last = '';
            let running = false;
            const push = async (): Promise<void> => {
              if (stream.closed || running) return;
              running = true;
              try {
                const items = await buildQueue(store, clock());
                const json = JSON.stringify(items);
                if (json !== last) {
                  last = json;
                  stream.send('queue', queueResponse.parse({ items, at: clock().toISOString() }));
                }
              } catch (e: unknown) {
                req.log.warn({ err: e }, 'queue stream refresh failed');
              } finally {
                running = false;
              }
            };
            stream.onClose(await store.subscribe(queueChannel, () => void push()));
            // Cases and messages also change in other processes and layers; a light poll catches those.
            const poll = setInterval(() => void push(), opts.queuePollMs ?? 3000);
            poll.unref();
            stream.onClose(() => clearInterval(poll));
            await push();
          });

          api.get(
            '/cases/:id',
            { schema: { response: { 200: caseLookupResponse } } },
            async (req) => {
              const { id } = parse(idParam, req.params, 'path');
              const c = await caseConversation(id);
              return { conversationId: c.conversationId, case: c };
            },
          );

          api.get(
            '/conversations/:id',
            { schema: { response: { 200: caseViewResponse } } },
            async (req) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const view = await buildCaseView(
                store,
                shop,
                id,
                clock(),
                displayName(who.user.email),
              );
              if (!view) throw new AppError('not_found', 'No such conversation.');
              return { ...view, me: who.user };
            },
          );

          api.get('/conversations/:id/stream', async (req, reply) => {
            const { id } = parse(idParam, req.params, 'path');
            if (!(await store.conversations.get(id)))
              throw new AppError('not_found', 'No such conversation.');
            const stream = openEventStream(req, reply);
            // The console re-reads the case view on a hint; the hint itself carries nothing.
            const changed = conversationChangedEvent.parse({});
            stream.onClose(
              await store.subscribe(`conversation:${id}`, () => stream.send('changed', changed)),
            );
          });

          api.get(
            '/conversations/:id/translations',
            { schema: { response: { 200: translationsResponse } } },
            async (req) => {
              const { id } = parse(idParam, req.params, 'path');
              const { to = shop.repLang } = parse(translationsQuery, req.query, 'query');
              const conversation = await store.conversations.get(id);
              if (!conversation) throw new AppError('not_found', 'No such conversation.');
              const messages = await store.messages.list(id);
              const out = [];
              for (const m of messages) {
                const from = m.lang ?? conversation.lang;
                // A rep's own words are shown as written; no need to translate them back.
                if (
                  from === to ||
                  m.text.trim() === '' ||
                  (m.meta?.originalLang === to && typeof m.meta.original === 'string')
                )
                  continue;
                // Markdown bold markers confuse rule-based engines; the rep reads the translation plain.
                out.push({
                  messageId: m.id,
                  from,
                  to,
                  ...(await translateCached(m.text.replace(/\*\*/g, ''), from, to)),
                });
              }
              return { engine: translator.name, to, translations: out };
            },
          );

          api.post(
            '/translate',
            { schema: { response: { 200: translateResponse } } },
            async (req) => {
              const body = parse(translateBody, req.body, 'body');
              return {
                from: body.from,
                to: body.to,
                ...(await translateCached(body.text, body.from, body.to)),
              };
            },
          );

          api.post('/tips', { schema: { response: { 200: tipsResponse } } }, async (req) => {
            const body = parse(tipsBody, req.body, 'body');
            let customerNegative = false;
            if (body.conversationId) {
              const last = (await store.messages.list(body.conversationId))
                .filter((m) => m.sender === 'customer')
                .at(-1);
              customerNegative = last ? messageView(last).sentiment?.label === 'negative' : false;
            }
            return {
              tips: phrasingTips(body.draft, {
                avoidWords: shop.voice.avoidWords ?? [],
                customerNegative,
              }),
            };
          });

          api.post(
            '/conversations/:id/take-over',
            { schema: { response: { 200: takeOverResponse } } },
            async (req) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const c = await store.conversations.get(id);
              if (!c) throw new AppError('not_found', 'No such conversation.');
              const notice = {
                text: takeOverNotice({
                  repName: displayName(who.user.email),
                  lang: c.lang,
                  voice: shop.voice,
                }),
                lang: c.lang,
              };
              const r = await rep.takeOver(id, who.user.id, notice);
              return { handledBy: who.user.id, changed: r.changed };
            },
          );

          api.post(
            '/conversations/:id/hand-back',
            { schema: { response: { 200: handBackResponse } } },
            async (req) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const body = parse(handBackBody, req.body ?? undefined, 'body');
              const c = await store.conversations.get(id);
              if (!c) throw new AppError('not_found', 'No such conversation.');
              // Signed by the rep who held the chat; an admin ending someone else's hold speaks for the team.
              const holder = typeof c.handledBy === 'object' ? c.handledBy.userId : null;
              const notice = {
                text: handBackNotice({
                  ...(holder === who.user.id ? { repName: displayName(who.user.email) } : {}),
                  lang: c.lang,
                  voice: shop.voice,
                }),
                lang: c.lang,
              };
              await rep.handBack(
                id,
                who.user.id,
                body?.force === true && who.user.role === 'admin',
                notice,
              );
              return { handledBy: 'assistant' as const };
            },
          );

          api.post(
            '/conversations/:id/reply',
            { schema: { response: { 201: replyResponse } } },
            async (req, reply) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const body = parse(replyBody, req.body, 'body');
              const c = await store.conversations.get(id);
              if (!c) throw new AppError('not_found', 'No such conversation.');
              const from = body.lang ?? shop.repLang;
              let text = body.text;
              let meta: Record<string, unknown> =
                body.original && body.original.lang !== c.lang && from === c.lang
                  ? {
                      original: body.original.text,
                      originalLang: body.original.lang,
                      translatedBy: translator.name,
                      editedByRep: true,
                    }
                  : {};
              if (from !== c.lang) {
                const t = await translateCached(body.text, from, c.lang);
                if (isTranslated(t)) {
                  text = t.text;
                  meta = {
                    original: body.text,
                    originalLang: from,
                    translatedBy: t.engine,
                    ...(t.pivot ? { pivot: t.pivot } : {}),
                  };
                } else if (body.sendUntranslated) {
                  meta = { untranslated: true, untranslatedReason: t.reason };
                } else {
                  throw new AppError(
                    'conflict',
                    `Could not translate your reply into the customer's language (${c.lang}): ${t.reason} Write it in ${c.lang}, or send it as written.`,
                  );
                }
              }
              meta.authorName = displayName(who.user.email);
              const message = await rep.agentReply(id, {
                userId: who.user.id,
                text,
                lang: from !== c.lang && !meta.original ? from : c.lang,
                meta,
              });
              return reply.code(201).send({ message: messageView(message) });
            },
          );

          api.post(
            '/cases/:id/decision',
            { schema: { response: { 200: decisionResponse } } },
            async (req) => {
              const who = sessionOf(req);
              requireRole(who, approverRoles, 'approve or decline');
              const { id } = parse(idParam, req.params, 'path');
              const body = parse(decisionBody, req.body, 'body');
              const c = await caseConversation(id);
              if (c.status === 'closed') throw new AppError('conflict', await alreadyDecided(c));
              const conversation = c.conversationId
                ? await store.conversations.get(c.conversationId)
                : null;
              const lang: Language = conversation?.lang ?? c.handoff?.lang ?? 'en';
              let notice: string;
              let events: TurnEvent[] = [];
              const refundId = typeof c.subject.refundId === 'string' ? c.subject.refundId : null;
              if (c.kind === 'approval' && refundId) {
                const refund = await store.refunds.get(refundId);
                if (!refund)
                  throw new AppError('not_found', 'The refund of this case no longer exists.');
                if (refund.status !== 'pending_approval')
                  throw new AppError('conflict', await alreadyDecided(c));
                events = (
                  await opts.decideApproval({
                    caseId: c.id,
                    approve: body.approve,
                    why: body.why,
                    actor: who.user.id,
                  })
                ).events;
                notice = approvalNotice({
                  approve: body.approve,
                  amount: fromMinor(refund.amountMinor, refund.currency),
                  currency: refund.currency,
                  lang,
                  voice: shop.voice,
                });
              } else {
                await rep.decideException({
                  caseId: c.id,
                  approve: body.approve,
                  why: body.why,
                  actor: who.user.id,
                });
                notice = exceptionNotice({ approve: body.approve, lang, voice: shop.voice });
              }
              let message = null;
              if (conversation)
                message = await rep.notifyCustomer(conversation.id, {
                  text: notice,
                  lang,
                  actor: who.user.id,
                  meta: { decidedBy: who.user.id, caseId: c.id },
                });
              await store.publish(queueChannel, { caseId: c.id });
              return {
                case: await store.cases.get(c.id),
                events,
                message: message ? messageView(message) : null,
              };
            },
          );

          api.post(
            '/cases/:id/assign',
            { schema: { response: { 200: caseActionResponse } } },
            async (req) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const r = await rep.assignCase(id, who.user.id);
              return { case: r.case, changed: r.changed };
            },
          );

          api.post(
            '/cases/:id/close',
            { schema: { response: { 200: caseActionResponse } } },
            async (req) => {
              const who = sessionOf(req);
              const { id } = parse(idParam, req.params, 'path');
              const c = await caseConversation(id);
              return {
                case: await rep.closeCase(id, who.user.id, needsDecision(c)),
                changed: true,
              };
            },
          );

          api.get('/conversations/:id/attachments/:attachmentId', async (req, reply) => {
            const { id, attachmentId } = parse(attachmentParams, req.params, 'path');
            const a = await store.attachments.get(attachmentId);
            // Another conversation's photo is "not here", whatever its id.
            if (!a || a.conversationId !== id)
              throw new AppError('not_found', 'No such attachment in this conversation.');
            const root = resolve(opts.uploadsDir);
            const file = resolve(root, a.path);
            if (!file.startsWith(root + sep))
              throw new AppError('not_found', 'No such attachment.');
            const data = await readFile(file).catch(() => null);
            if (!data) throw new AppError('not_found', 'The photo file is missing.');
            return reply
              .type(a.mime)
              .header('content-disposition', 'inline')
              .header('x-content-type-options', 'nosniff')
              .send(data);
          });

          insightsRoutes(api, {
            store,
            clock,
            ...(opts.lowConfidence !== undefined ? { lowConfidence: opts.lowConfidence } : {}),
          });
          if (opts.studio)
            studioRoutes(api, {
              store,
              studio: opts.studio,
              clock,
              newId: opts.newId,
              session: (req) => Promise.resolve(sessionOf(req)),
            });
          for (const more of opts.routes ?? []) await more(api, { store, clock });
        });
      },
      { prefix: '/api/console' },
    );
  };
}
