import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { createPolicyPort } from '../engine/policy-port.js';
import { parsePolicyText } from '../policy/index.js';
import type { OpenedStore } from '../store/index.js';
import type { DecisionRecord } from '../store/studio.js';
import { anOrder } from '../../test/support/fixtures.js';
import { testDatabases, type TestStore } from '../../test/support/databases.js';
import { decideWith, livePolicy, type DecisionInput } from './recorder.js';
import { createPolicyStudio, defaultPolicyText, type PolicyStudio } from './service.js';

const v1 = `shop:\n  name: Luna Studio\nrefunds:\n  autoLimit: "75.00"\n`;
const v2 = `shop:\n  name: Luna Studio\nrefunds:\n  autoLimit: "50.00"\n`;
const at = '2026-11-21T10:00:00.000Z';

function policy(text: string) {
  const p = parsePolicyText(text);
  if (!p.ok) throw new Error('test policy invalid');
  return p.value;
}

/** A decision as the live assistant would have stored it: decided by the real port on these inputs. */
function recorded(id: string, input: DecisionInput, text = v1, version = 1): DecisionRecord {
  const d = decideWith(createPolicyPort(policy(text)), input);
  return {
    id,
    conversationId: `conv-${id}`,
    orderId: input.kind === 'escalation' ? null : input.order.id,
    kind: input.kind,
    rule: d.rule,
    outcome: d.outcome,
    reason: d.reason,
    policyVersion: version,
    input,
    facts: d.facts,
    at: input.now,
  };
}

const delivered = anOrder({
  id: '2001',
  payment: { totalMinor: 20000, refundedMinor: 0 },
  fulfillment: {
    status: 'delivered',
    carrier: 'USPS',
    trackingNumber: '1',
    trackingUrl: null,
    shippedAt: '2026-11-10T10:00:00.000Z',
    deliveredAt: '2026-11-14T10:00:00.000Z',
    estimatedDeliveryAt: null,
  },
});

describe.each(testDatabases())('policy studio on $name', (db) => {
  let t: TestStore;
  let store: OpenedStore;
  let studio: PolicyStudio;
  const clock = () => new Date(at);

  beforeAll(async () => {
    t = await db.open();
    store = t.store as OpenedStore;
    studio = createPolicyStudio({ store, live: livePolicy(0, policy(v1)), clock });
  });
  afterAll(async () => {
    await studio.close();
    await t.drop();
  });

  it('seeds version 1 from the policy file and makes it live', async () => {
    const v = await studio.init({ text: v1, source: 'file', author: 'file:shop.yaml' });
    expect(v).toMatchObject({ version: 1, source: 'file', author: 'file:shop.yaml', diff: '' });
    expect(studio.live.version).toBe(1);
    // The same file on the next start publishes nothing new.
    expect(
      (await studio.init({ text: v1, source: 'file', author: 'file:shop.yaml' })).version,
    ).toBe(1);
  });

  it('makes live the policy the caller already parsed from the seed, without parsing it again', async () => {
    const own = await db.open();
    try {
      const given = policy(v1);
      const fresh = createPolicyStudio({
        store: own.store as OpenedStore,
        live: livePolicy(0, given),
        clock,
      });
      const v = await fresh.init({
        text: v1,
        source: 'file',
        author: 'file:shop.yaml',
        policy: given,
      });
      expect(v.version).toBe(1);
      expect(fresh.live.version).toBe(1);
      expect(fresh.live.policy).toBe(given);
      await fresh.close();
    } finally {
      await own.drop();
    }
  });

  it('publishes a new version with author, note and a diff from the previous one, and switches to it', async () => {
    const v = await studio.publish({
      text: v2,
      note: 'Lower the automatic refund limit',
      author: 'user:ada',
      source: 'console',
      baseVersion: 1,
    });
    expect(v).toMatchObject({
      version: 2,
      note: 'Lower the automatic refund limit',
      author: 'user:ada',
      createdAt: at,
    });
    expect(v.diff).toContain('-  autoLimit: "75.00"');
    expect(v.diff).toContain('+  autoLimit: "50.00"');
    expect(studio.live.version).toBe(2);
    expect(studio.live.policy.refunds.autoLimit).toBe('50.00');
    expect((await studio.versions()).map((x) => x.version)).toEqual([2, 1]);
  });

  it('refuses a draft that does not validate, naming the line', async () => {
    const bad = `shop:\n  name: Luna\nrefunds:\n  autoLimit: lots\n`;
    const e = await studio
      .publish({ text: bad, note: 'oops', author: 'user:ada', source: 'console', baseVersion: 2 })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('validation_failed');
    expect((e as AppError).issues?.[0]?.message).toMatch(/^line 4:/);
    expect((await studio.current()).version).toBe(2);
  });

  it('of two admins publishing from the same version, one wins and the other is told', async () => {
    const a = `${v2}# from Ada\n`;
    const b = `${v2}# from Bo\n`;
    const results = await Promise.allSettled([
      studio.publish({
        text: a,
        note: 'Ada edits',
        author: 'user:ada',
        source: 'console',
        baseVersion: 2,
      }),
      studio.publish({
        text: b,
        note: 'Bo edits',
        author: 'user:bo',
        source: 'console',
        baseVersion: 2,
      }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(AppError);
    expect((lost[0]?.reason as AppError).code).toBe('conflict');
    expect((lost[0]?.reason as AppError).message).toMatch(
      /Version 3 was published by user:(ada|bo) .* while you were editing version 2\. Nothing was published/,
    );
    expect((await studio.current()).version).toBe(3);
  });

  it('rolls back to an earlier version as a new version, and refuses one that no longer validates', async () => {
    const v = await studio.rollback({ version: 1, author: 'user:ada', baseVersion: 3 });
    expect(v).toMatchObject({
      version: 4,
      text: v1,
      source: 'rollback',
      note: 'Rollback to version 1',
    });
    expect(studio.live.policy.refunds.autoLimit).toBe('75.00');
    // A version stored under older rules (here: a key the schema no longer knows).
    await store.studio.insertVersion({
      version: 5,
      text: `${v1}giftWrap: true\n`,
      note: 'old',
      author: 'system',
      source: 'file',
      diff: '',
      createdAt: at,
    });
    await studio
      .rollback({ version: 4, author: 'user:ada', baseVersion: 5 })
      .catch(() => undefined);
    const e = await studio
      .rollback({ version: 5, author: 'user:ada', baseVersion: 6 })
      .catch((x: unknown) => x);
    expect((e as AppError).code).toBe('validation_failed');
    expect((e as AppError).message).toMatch(/Version 5 no longer validates/);
    expect((e as AppError).issues?.[0]?.message).toMatch(/line 5:1 unknown key "giftWrap"/);
    await expect(studio.version(99)).rejects.toMatchObject({ code: 'not_found' });
  });

  describe('replay', () => {
    beforeAll(async () => {
      const base = { v: 1 as const, now: '2026-11-21T10:00:00.000Z' };
      await store.studio.appendDecisions([
        recorded('r60', { ...base, kind: 'refund', order: delivered, amountMinor: 6000 }),
        recorded('r40', { ...base, kind: 'refund', order: delivered, amountMinor: 4000 }),
        recorded('r90', { ...base, kind: 'refund', order: delivered, amountMinor: 9000 }),
        recorded('ret', {
          ...base,
          kind: 'return',
          order: delivered,
          skus: ['NECK-NAME'],
          returnKind: 'return',
        }),
        recorded('chg', {
          ...base,
          kind: 'change',
          order: anOrder({ id: '2002', createdAt: '2026-11-21T08:00:00.000Z' }),
          sku: 'NECK-NAME',
          field: 'engraving',
        }),
        // Made before inputs were recorded.
        {
          id: 'old',
          conversationId: 'conv-old',
          orderId: '1999',
          kind: 'refund',
          rule: 'refund.auto',
          outcome: 'allow',
          reason: 'within the limit',
          policyVersion: null,
          input: null,
          facts: null,
          at: '2026-11-20T09:00:00.000Z',
        },
      ]);
    });

    it('an identical policy changes nothing', async () => {
      const r = await studio.replay(v1, {
        since: '2026-11-01T00:00:00.000Z',
        until: '2026-12-01T00:00:00.000Z',
      });
      expect(r).toMatchObject({
        total: 6,
        replayed: 5,
        notReplayable: 1,
        changed: 0,
        unchanged: 5,
        changes: [],
        money: [],
      });
      expect(r.byRule.every((c) => c.before === c.after)).toBe(true);
    });

    it('a lower refund limit: the refund between the limits now needs approval, with its money and link', async () => {
      const r = await studio.replay(v2, {
        since: '2026-11-01T00:00:00.000Z',
        until: '2026-12-01T00:00:00.000Z',
      });
      expect(r.changed).toBe(1);
      expect(r.changes[0]).toMatchObject({
        decisionId: 'r60',
        conversationId: 'conv-r60',
        link: '/console#/c/conv-r60',
        orderId: '2001',
        before: { rule: 'refund.auto', outcome: 'allow' },
        after: { rule: 'refund.above_limit', outcome: 'needs_approval' },
        money: { currency: 'USD', refundDelta: '-60.00', approval: 'now_needed' },
      });
      expect(r.money).toEqual([
        {
          currency: 'USD',
          refundsIssued: '0.00',
          refundsWithheld: '60.00',
          approvalsNeeded: 1,
          approvalsAvoided: 0,
        },
      ]);
      expect(r.byRule).toContainEqual({
        rule: 'refund.auto',
        outcome: 'allow',
        before: 2,
        after: 1,
      });
      expect(r.byRule).toContainEqual({
        rule: 'refund.above_limit',
        outcome: 'needs_approval',
        before: 1,
        after: 2,
      });
    });

    it('a draft that does not validate is not replayed; the error names the line', async () => {
      const e = await studio.replay(`refunds:\n  autoLimit: -5\n`, {}).catch((x: unknown) => x);
      expect((e as AppError).code).toBe('validation_failed');
      expect((e as AppError).issues?.[0]?.message).toMatch(/^line 2:\d+ must not be negative/);
    });

    it('an empty period gives a clear zero report', async () => {
      const r = await studio.replay(v2, {
        since: '2025-01-01T00:00:00.000Z',
        until: '2025-02-01T00:00:00.000Z',
      });
      expect(r).toMatchObject({
        total: 0,
        replayed: 0,
        notReplayable: 0,
        changed: 0,
        byRule: [],
        money: [],
        changes: [],
      });
    });

    it('counts each rule and outcome in a period for insights', async () => {
      const cov = await store.studio.ruleCoverage({ since: '2026-11-01T00:00:00.000Z' });
      expect(cov).toContainEqual({ rule: 'refund.auto', outcome: 'allow', count: 3 });
      expect(cov).toContainEqual({
        rule: 'refund.above_limit',
        outcome: 'needs_approval',
        count: 1,
      });
    });
  });

  it('the written-out defaults are a valid policy', () => {
    expect(parsePolicyText(defaultPolicyText()).ok).toBe(true);
  });
});
