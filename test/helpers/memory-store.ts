import { AppError } from '../../src/domain/errors.js';
import type {
  ChangeRequest,
  Remake,
  ReturnRecord,
  Store,
  StoredEvent,
} from '../../src/domain/store.js';
import type { Message } from '../../src/domain/conversation.js';
import type { Order } from '../../src/domain/order.js';
import type {
  Attachment,
  AuditEntry,
  Case,
  Conversation,
  Refund,
  User,
} from '../../src/domain/records.js';
import { memoryInsights } from '../support/memory-insights.js';

const clone = <T>(v: T): T => structuredClone(v);

function page<T>(rows: T[], p?: { limit?: number; offset?: number }): T[] {
  const off = p?.offset ?? 0;
  return rows.slice(off, p?.limit !== undefined ? off + p.limit : undefined);
}

/** A whole Store in memory, for fast HTTP tests of the console that don't exercise SQL. */
export function memoryStore(): Store {
  const orders = new Map<string, Order>();
  const conversations = new Map<string, Conversation>();
  const messages: Message[] = [];
  const events: StoredEvent[] = [];
  const cases = new Map<string, Case>();
  const refunds = new Map<string, Refund>();
  const users = new Map<string, User>();
  const sessions = new Map<
    string,
    { id: string; userId: string; csrfToken: string; expiresAt: string }
  >();
  const attachments = new Map<string, Attachment>();
  const audit: AuditEntry[] = [];
  const idem = new Map<string, unknown>();
  const failedSince = new Map<string, number>();
  const proofFailures = new Map<string, number[]>();
  const pauses = new Map<string, string>();
  const contacts = new Map<string, string[]>();
  const secrets = new Map<string, string>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const returns: ReturnRecord[] = [];
  const changes: ChangeRequest[] = [];
  const remakes: Remake[] = [];
  const store: Store = {
    dialect: 'sqlite',
    orders: {
      upsert: (o) => {
        const had = orders.has(o.id);
        orders.set(o.id, clone(o));
        return Promise.resolve(had ? 'updated' : 'created');
      },
      get: (id) => Promise.resolve(clone(orders.get(id) ?? null)),
      getForUpdate: (id: string) => Promise.resolve(clone(orders.get(id) ?? null)),
      list: (p) => Promise.resolve(page([...orders.values()], p).map(clone)),
      count: () => Promise.resolve(orders.size),
    },
    conversations: {
      create: (c) => {
        if (conversations.has(c.id)) throw new AppError('conflict', 'exists');
        conversations.set(c.id, clone(c));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(clone(conversations.get(id) ?? null)),
      save: (c, expected) => {
        const cur = conversations.get(c.id);
        if (!cur || cur.version !== expected) return Promise.resolve(false);
        conversations.set(c.id, clone({ ...c, version: expected + 1 }));
        return Promise.resolve(true);
      },
      list: (f) =>
        Promise.resolve(
          page(
            [...conversations.values()].filter((c) => !f?.status || c.status === f.status),
            f,
          ).map(clone),
        ),
    },
    messages: {
      append: (m) => {
        messages.push(clone(m));
        return Promise.resolve();
      },
      appendMany: (ms) => {
        for (const m of ms) messages.push(clone(m));
        return Promise.resolve();
      },
      list: (id) => Promise.resolve(messages.filter((m) => m.conversationId === id).map(clone)),
    },
    events: {
      append: (e) => {
        events.push(clone(e));
        return Promise.resolve();
      },
      list: (f) =>
        Promise.resolve(
          page(
            events.filter(
              (e) =>
                (!f?.conversationId || e.conversationId === f.conversationId) &&
                (!f?.orderId || e.orderId === f.orderId) &&
                (!f?.type || e.type === f.type),
            ),
            f,
          ).map(clone),
        ),
    },
    cases: {
      create: (c) => {
        cases.set(c.id, clone(c));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(clone(cases.get(id) ?? null)),
      update: (id, patch) => {
        const c = cases.get(id);
        if (!c) throw new AppError('not_found', 'no case');
        cases.set(id, { ...c, ...clone(patch) });
        return Promise.resolve();
      },
      list: (f) =>
        Promise.resolve(
          page(
            [...cases.values()].filter(
              (c) =>
                (!f?.status || c.status === f.status) &&
                (!f?.kind || c.kind === f.kind) &&
                (!f?.conversationId || c.conversationId === f.conversationId),
            ),
            f,
          ).map(clone),
        ),
    },
    refunds: {
      create: (r) => {
        refunds.set(r.id, clone(r));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(clone(refunds.get(id) ?? null)),
      byIdempotencyKey: (k) =>
        Promise.resolve(clone([...refunds.values()].find((r) => r.idempotencyKey === k) ?? null)),
      listForOrder: (id) =>
        Promise.resolve([...refunds.values()].filter((r) => r.orderId === id).map(clone)),
      setStatus: (id, status, by, at) => {
        const r = refunds.get(id);
        if (r) refunds.set(id, { ...r, status, decidedBy: by, decidedAt: at });
        return Promise.resolve();
      },
    },
    returns: {
      create: (r) => (returns.push(clone(r)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(returns.filter((r) => r.orderId === id).map(clone)),
    },
    changeRequests: {
      create: (c) => (changes.push(clone(c)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(changes.filter((c) => c.orderId === id).map(clone)),
    },
    remakes: {
      create: (r) => (remakes.push(clone(r)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(remakes.filter((r) => r.orderId === id).map(clone)),
    },
    briefs: { create: () => Promise.resolve(), list: () => Promise.resolve([]) },
    users: {
      create: (u) => {
        users.set(u.id, clone(u));
        return Promise.resolve();
      },
      byEmail: (e) =>
        Promise.resolve(clone([...users.values()].find((u) => u.email === e) ?? null)),
      get: (id) => Promise.resolve(clone(users.get(id) ?? null)),
      update: (id, patch) => {
        const u = users.get(id);
        if (u) users.set(id, { ...u, ...patch });
        return Promise.resolve();
      },
      list: () => Promise.resolve([...users.values()].map(clone)),
      recordLoginFailure: (id, rule) => {
        const u = users.get(id);
        if (!u) return Promise.resolve({ failedLogins: 0, lockedUntil: null });
        const since = failedSince.get(id);
        const at = Date.parse(rule.at);
        const fresh =
          since === undefined ||
          since <= at - rule.windowMs ||
          (u.lockedUntil !== null && Date.parse(u.lockedUntil) <= at);
        const failedLogins = fresh ? 1 : u.failedLogins + 1;
        if (fresh) failedSince.set(id, at);
        const lockedUntil =
          failedLogins >= rule.max
            ? new Date(at + rule.lockMs).toISOString()
            : u.lockedUntil !== null && Date.parse(u.lockedUntil) <= at
              ? null
              : u.lockedUntil;
        users.set(id, { ...u, failedLogins, lockedUntil });
        return Promise.resolve({ failedLogins, lockedUntil });
      },
    },
    guards: {
      recordProofFailure: (i) => {
        const list = proofFailures.get(i.orderKey) ?? [];
        list.push(Date.parse(i.at));
        proofFailures.set(i.orderKey, list);
        const failures = list.filter((t) => t > Date.parse(i.at) - i.windowMs).length;
        const paused = pauses.get(i.orderKey);
        let pausedUntil = paused !== undefined && paused > i.at ? paused : null;
        let newlyPaused = false;
        if (failures >= i.max && pausedUntil === null) {
          pausedUntil = new Date(Date.parse(i.at) + i.pauseMs).toISOString();
          pauses.set(i.orderKey, pausedUntil);
          newlyPaused = true;
        }
        return Promise.resolve({ failures, pausedUntil, newlyPaused });
      },
      pausedUntil: (key, at) => {
        const p = pauses.get(key);
        return Promise.resolve(p !== undefined && p > at ? p : null);
      },
      claimContact: (orderId, conversationId) => {
        const list = contacts.get(orderId) ?? [];
        if (!list.includes(conversationId)) list.push(conversationId);
        contacts.set(orderId, list);
        return Promise.resolve(list.indexOf(conversationId));
      },
      releaseContact: (orderId, conversationId) => {
        contacts.set(
          orderId,
          (contacts.get(orderId) ?? []).filter((c) => c !== conversationId),
        );
        return Promise.resolve();
      },
    },
    secrets: {
      getOrCreate: (name, create) => {
        if (!secrets.has(name)) secrets.set(name, create());
        return Promise.resolve(secrets.get(name) ?? '');
      },
    },
    sessions: {
      create: (s) => {
        sessions.set(s.id, s);
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(sessions.get(id) ?? null),
      delete: (id) => {
        sessions.delete(id);
        return Promise.resolve();
      },
    },
    attachments: {
      create: (a) => {
        attachments.set(a.id, clone(a));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(clone(attachments.get(id) ?? null)),
      listForConversation: (id) =>
        Promise.resolve(
          [...attachments.values()].filter((a) => a.conversationId === id).map(clone),
        ),
    },
    audit: {
      append: (e) => {
        audit.push(clone(e));
        return Promise.resolve();
      },
      list: (f) =>
        Promise.resolve(
          page(
            audit.filter(
              (e) =>
                (!f?.subjectType || e.subjectType === f.subjectType) &&
                (!f?.subjectId || e.subjectId === f.subjectId),
            ),
            f,
          ).map(clone),
        ),
    },
    idempotency: {
      get: (k) => Promise.resolve(idem.get(k)),
      put: (k, v) => {
        if (idem.has(k)) return Promise.resolve(false);
        idem.set(k, v);
        return Promise.resolve(true);
      },
    },
    insights: memoryInsights({
      orders: () => orders.values(),
      conversations: () => conversations.values(),
      messages: () => messages,
      events: () => events,
      cases: () => cases.values(),
      refunds: () => refunds.values(),
      changeRequests: () => changes,
      remakes: () => remakes,
      returns: () => returns,
    }),
    transaction: (fn) => fn(store),
    publish: (channel, payload) => {
      for (const l of listeners.get(channel) ?? []) l(clone(payload));
      return Promise.resolve();
    },
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return Promise.resolve(() => {
        set.delete(listener);
        return Promise.resolve();
      });
    },
    close: () => Promise.resolve(),
  };
  return store;
}
