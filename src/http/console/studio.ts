import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { simulate, requestKinds } from '../../cli/commands/policy.js';
import { AppError } from '../../domain/errors.js';
import { parseOrder, type Order } from '../../domain/order.js';
import type { Store } from '../../domain/store.js';
import { parsePeriod } from '../../insights/index.js';
import { parsePolicyText } from '../../policy/index.js';
import { describePolicy, parseDraft, ruleCoverage, type PolicyStudio } from '../../studio/index.js';
import type { PolicyVersion } from '../../store/studio.js';
import type { ZodApp } from '../types.js';
import { requireRole, type Authed } from './guard.js';

/** Who may open the studio; only admins change the policy. */
export const studioReaders = ['approver', 'admin'] as const;
export const studioEditors = ['admin'] as const;

const policyText = z.string().max(200_000, 'must be at most 200,000 characters');
const issue = z.object({
  line: z.number(),
  column: z.number(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
const scopeRules = z.object({
  scope: z.object({
    sellerId: z.string().nullable(),
    productType: z.string().nullable(),
    label: z.string(),
  }),
  lines: z.array(
    z.object({
      section: z.string(),
      text: z.string(),
      source: z.enum(['shop', 'seller', 'productType']),
    }),
  ),
});
const versionSummary = z.object({
  version: z.number(),
  note: z.string(),
  author: z.string(),
  source: z.string(),
  createdAt: z.string(),
});
const versionFull = versionSummary.extend({ text: z.string(), diff: z.string() });

export const studioSchemas = {
  overview: z.object({
    current: versionFull,
    live: z.number(),
    versions: z.array(versionSummary),
    effective: z.array(scopeRules),
    canEdit: z.boolean(),
    orders: z.array(z.object({ id: z.string(), label: z.string() })),
    requests: z.array(z.string()),
  }),
  validateBody: z.object({ text: policyText }),
  validateReply: z.object({
    ok: z.boolean(),
    issues: z.array(issue),
    effective: z.array(scopeRules),
  }),
  simulateBody: z
    .object({
      text: policyText.optional(),
      orderId: z.string().min(1).max(100).optional(),
      order: z.record(z.string(), z.unknown()).optional(),
      request: z.enum(requestKinds),
      sku: z.string().max(100).optional(),
      amount: z.string().max(30).optional(),
      evidence: z.boolean().optional(),
      message: z.string().max(2000).optional(),
      at: z.iso.datetime({ offset: true }).optional(),
    })
    .refine((b) => (b.orderId === undefined) !== (b.order === undefined), {
      message: 'give either orderId or order',
      path: ['orderId'],
    }),
  simulateReply: z.object({
    orderId: z.string(),
    request: z.string(),
    at: z.string(),
    outcome: z.string(),
    rule: z.string(),
    reason: z.string(),
    facts: z.record(z.string(), z.unknown()),
  }),
  replayBody: z.object({
    text: policyText,
    since: z.string().max(40).optional(),
    until: z.string().max(40).optional(),
  }),
  replayReply: z.object({
    period: z.object({ since: z.string().nullable(), until: z.string().nullable() }),
    total: z.number(),
    replayed: z.number(),
    notReplayable: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    byRule: z.array(
      z.object({ rule: z.string(), outcome: z.string(), before: z.number(), after: z.number() }),
    ),
    money: z.array(
      z.object({
        currency: z.string(),
        refundsIssued: z.string(),
        refundsWithheld: z.string(),
        approvalsNeeded: z.number(),
        approvalsAvoided: z.number(),
      }),
    ),
    changes: z.array(
      z.object({
        decisionId: z.string(),
        conversationId: z.string().nullable(),
        link: z.string().nullable(),
        orderId: z.string().nullable(),
        kind: z.string(),
        at: z.string(),
        policyVersion: z.number().nullable(),
        before: z.object({ outcome: z.string(), rule: z.string(), reason: z.string() }),
        after: z.object({ outcome: z.string(), rule: z.string(), reason: z.string() }),
        money: z
          .object({
            currency: z.string(),
            refundDelta: z.string(),
            approval: z.enum(['now_needed', 'no_longer_needed']).nullable(),
          })
          .nullable(),
      }),
    ),
  }),
  publishBody: z.object({
    text: policyText,
    note: z.string().trim().min(3, 'must say what changes (at least 3 characters)').max(500),
    baseVersion: z.number().int().min(1),
  }),
  rollbackBody: z.object({
    version: z.number().int().min(1),
    baseVersion: z.number().int().min(1),
    note: z.string().trim().max(500).optional(),
  }),
  versionParams: z.object({ version: z.coerce.number().int().min(1).max(1_000_000) }),
  published: versionFull,
  coverageQuery: z.object({
    since: z.string().max(40).optional(),
    until: z.string().max(40).optional(),
  }),
  coverageReply: z.object({
    period: z.object({ since: z.string().nullable(), until: z.string().nullable() }),
    rules: z.array(
      z.object({
        rule: z.string(),
        description: z.string().nullable(),
        total: z.number(),
        outcomes: z.record(z.string(), z.number()),
      }),
    ),
  }),
};

const summary = (v: PolicyVersion): z.infer<typeof versionSummary> => ({
  version: v.version,
  note: v.note,
  author: v.author,
  source: v.source,
  createdAt: v.createdAt,
});
const full = (v: PolicyVersion): z.infer<typeof versionFull> => ({
  ...summary(v),
  text: v.text,
  diff: v.diff,
});

export type StudioRouteOptions = {
  store: Store;
  studio: PolicyStudio;
  clock: () => Date;
  newId: () => string;
  session: (req: FastifyRequest) => Promise<Authed>;
};

/** The policy studio's API under /api/console/studio: read, validate, simulate, replay, publish, roll back. */
export function studioRoutes(app: FastifyInstance, o: StudioRouteOptions): void {
  void app.register((child, _opts, done) => {
    // Zod validates the bodies and the answers here, whatever the enclosing app uses.
    child.setValidatorCompiler(validatorCompiler);
    child.setSerializerCompiler(serializerCompiler);
    routes(child.withTypeProvider<ZodTypeProvider>(), o);
    done();
  });
}

function routes(api: ZodApp, o: StudioRouteOptions): void {
  const reader = async (req: FastifyRequest): Promise<Authed> => {
    const who = await o.session(req);
    requireRole(who, studioReaders, 'open the policy studio');
    return who;
  };
  const audit = async (
    who: Authed,
    action: string,
    subjectId: string,
    reason: string | null,
    before: unknown,
    after: unknown,
  ): Promise<void> => {
    await o.store.audit.append({
      id: o.newId(),
      at: o.clock().toISOString(),
      actor: `user:${who.user.id}`,
      action,
      subjectType: 'policy',
      subjectId,
      rule: null,
      reason,
      before,
      after,
    });
  };

  api.get('/studio', { schema: { response: { 200: studioSchemas.overview } } }, async (req) => {
    const who = await reader(req);
    const current = await o.studio.current();
    const parsed = parsePolicyText(current.text, 'current');
    const orders = await o.store.orders.list({ limit: 50 });
    return {
      current: full(current),
      live: o.studio.live.version,
      versions: (await o.studio.versions()).map(summary),
      effective: parsed.ok ? describePolicy(parsed.value) : [],
      canEdit: (studioEditors as readonly string[]).includes(who.user.role),
      orders: orders.map((x) => ({
        id: x.id,
        label: `${x.id} · ${x.items.map((i) => i.title).join(', ')} · ${x.fulfillment.status === 'unfulfilled' ? x.stage : x.fulfillment.status}`,
      })),
      requests: [...requestKinds],
    };
  });

  api.get(
    '/studio/versions/:version',
    { schema: { params: studioSchemas.versionParams, response: { 200: versionFull } } },
    async (req) => {
      await reader(req);
      return full(await o.studio.version(req.params.version));
    },
  );

  api.post(
    '/studio/validate',
    {
      schema: { body: studioSchemas.validateBody, response: { 200: studioSchemas.validateReply } },
    },
    async (req) => {
      await reader(req);
      const parsed = parsePolicyText(req.body.text, 'draft.yaml');
      return parsed.ok
        ? { ok: true, issues: [], effective: describePolicy(parsed.value) }
        : { ok: false, issues: parsed.issues, effective: [] };
    },
  );

  api.post(
    '/studio/simulate',
    {
      schema: { body: studioSchemas.simulateBody, response: { 200: studioSchemas.simulateReply } },
    },
    async (req) => {
      await reader(req);
      const b = req.body;
      const policy = b.text !== undefined ? parseDraft(b.text) : o.studio.live.policy;
      let order: Order;
      if (b.orderId !== undefined) {
        const found = await o.store.orders.get(b.orderId);
        if (!found) throw new AppError('not_found', `There is no order ${b.orderId}.`);
        order = found;
      } else {
        const parsed = parseOrder(b.order);
        if (!parsed.ok)
          throw new AppError(
            'validation_failed',
            'The order described is not valid.',
            parsed.issues.map((i) => ({ ...i, path: ['order', ...i.path] })),
          );
        order = parsed.value;
      }
      const now = b.at !== undefined ? new Date(b.at) : o.clock();
      const result = simulate(b.request, order, policy, now, {
        order: order.id,
        request: b.request,
        ...(b.sku !== undefined && { sku: b.sku }),
        ...(b.amount !== undefined && { amount: b.amount }),
        ...(b.evidence !== undefined && { evidence: b.evidence }),
        ...(b.message !== undefined && { text: b.message }),
      });
      const base = { orderId: order.id, request: b.request, at: now.toISOString() };
      if ('window' in result) {
        const w = result.window;
        return {
          ...base,
          outcome: w.late ? 'late' : 'on_time',
          rule: 'status.ship_window',
          reason: `Ships between ${w.start} and ${w.end} (${w.stageLabel}).`,
          facts: { ...w },
        };
      }
      return {
        ...base,
        outcome: result.outcome,
        rule: result.rule,
        reason: result.reason,
        facts: result.facts,
      };
    },
  );

  api.post(
    '/studio/replay',
    { schema: { body: studioSchemas.replayBody, response: { 200: studioSchemas.replayReply } } },
    async (req) => {
      const who = await reader(req);
      const period = parsePeriod({ since: req.body.since, until: req.body.until }, o.clock());
      if (!period.ok) throw new AppError('validation_failed', period.message);
      const report = await o.studio.replay(req.body.text, period.value);
      await audit(who, 'policy.replay', String(o.studio.live.version), null, null, {
        period: report.period,
        replayed: report.replayed,
        changed: report.changed,
      });
      return report;
    },
  );

  api.get(
    '/studio/coverage',
    {
      schema: {
        querystring: studioSchemas.coverageQuery,
        response: { 200: studioSchemas.coverageReply },
      },
    },
    async (req) => {
      await reader(req);
      const period = parsePeriod(req.query, o.clock());
      if (!period.ok) throw new AppError('validation_failed', period.message);
      return {
        period: { since: period.value.since ?? null, until: period.value.until ?? null },
        rules: ruleCoverage(await o.studio.coverage(period.value), { includeUnused: true }),
      };
    },
  );

  api.post(
    '/studio/publish',
    { schema: { body: studioSchemas.publishBody, response: { 200: studioSchemas.published } } },
    async (req) => {
      const who = await o.session(req);
      requireRole(who, studioEditors, 'publish a policy');
      const v = await o.studio.publish({
        text: req.body.text,
        note: req.body.note,
        author: `user:${who.user.id}`,
        source: 'console',
        baseVersion: req.body.baseVersion,
      });
      await audit(
        who,
        'policy.published',
        String(v.version),
        v.note,
        { version: req.body.baseVersion },
        { version: v.version, diff: v.diff },
      );
      return full(v);
    },
  );

  api.post(
    '/studio/rollback',
    { schema: { body: studioSchemas.rollbackBody, response: { 200: studioSchemas.published } } },
    async (req) => {
      const who = await o.session(req);
      requireRole(who, studioEditors, 'roll back the policy');
      const v = await o.studio.rollback({
        version: req.body.version,
        author: `user:${who.user.id}`,
        baseVersion: req.body.baseVersion,
        ...(req.body.note ? { note: req.body.note } : {}),
      });
      await audit(
        who,
        'policy.rolled_back',
        String(v.version),
        v.note,
        { version: req.body.baseVersion },
        { version: v.version, copyOf: req.body.version },
      );
      return full(v);
    },
  );
}
