import { AppError } from '../../src/domain/errors.js';
import type { ChangeRequest, CustomBrief, Remake, ReturnRecord, Store, StoredEvent } from '../../src/domain/store.js';
import type { Message } from '../../src/domain/conversation.js';
import type {
  Attachment,
  AuditEntry,
  Case,
  Conversation,
  Refund,
  User,
} from '../../src/domain/records.js';
import type { Order } from '../../src/domain/order.js';
import { memoryInsights } from './memory-insights.js';

const clone = <T>(v: T): T => structuredClone(v);

function page<T>(rows: T[], p?: { limit?: number; offset?: number }): T[] {
  const offset = p?.offset ?? 0;
  return rows.slice(offset, p?.limit === undefined ? undefined : offset + p.limit);
}

/** A small in-memory `Store` for HTTP tests that must not depend on a database driver. */
export function memoryStore(): Store {
  const orders = new Map<string, Order>();
  const conversations = new Map<string, Conversation>();
  const messages: Message[] = [];
  const events: StoredEvent[] = [];
  const cases = new Map<string, Case>();
  const refunds = new Map<string, Refund>();
  const returns: ReturnRecord[] = [];
  const changes: ChangeRequest[] = [];
  const remakes: Remake[] = [];
  const briefs: CustomBrief[] = [];
  const users = new Map<string, User>();
  const sessions = new Map<string, { id: string; userId: string; csrfToken: string; expiresAt: string }>();
  const attachments = new Map<string, Attachment>();
  const audit: AuditEntry[] = [];
  const idem = new Map<string, unknown>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const store: Store = {
    dialect: 'sqlite',
    orders: {
      upsert: (o) => {
        const existed = orders.has(o.id);
        orders.set(o.id, clone(o));
        return Promise.resolve(existed ? 'updated' : 'created');
      },
      get: (id) => Promise.resolve(orders.has(id) ? clone(orders.get(id) ?? null) : null),
      getForUpdate: (id) => Promise.resolve(orders.has(id) ? clone(orders.get(id) ?? null) : null),
      list: (p) => Promise.resolve(page([...orders.values()].map(clone), p)),
      count: () => Promise.resolve(orders.size),
    },
    conversations: {
      create: (c) => {
        if (conversations.has(c.id)) return Promise.reject(new AppError('conflict', 'conversation exists'));
        conversations.set(c.id, clone(c));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(conversations.has(id) ? clone(conversations.get(id) ?? null) : null),
      save: (c, expected) => {
        const cur = conversations.get(c.id);
        if (!cur || cur.version !== expected) return Promise.resolve(false);
        conversations.set(c.id, { ...clone(c), version: expected + 1 });
        return Promise.resolve(true);
      },
      list: (f) => Promise.resolve(page([...conversations.values()].filter((c) => !f?.status || c.status === f.status).map(clone), f)),
    },
    messages: {
      append: (m) => {
        messages.push(clone(m));
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
                (!f?.type || e.type === f.type) &&
                (!f?.since || e.at >= f.since),
            ),
            f,
          ),
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
        if (!c) return Promise.reject(new AppError('not_found', `no case ${id}`));
        cases.set(id, { ...c, ...patch });
        return Promise.resolve();
      },
      list: (f) =>
        Promise.resolve(
          page(
            [...cases.values()].filter(
              (c) => (!f?.status || c.status === f.status) && (!f?.kind || c.kind === f.kind) && (!f?.conversationId || c.conversationId === f.conversationId),
            ),
            f,
          ),
        ),
    },
    refunds: {
      create: (r) => {
        refunds.set(r.id, clone(r));
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(clone(refunds.get(id) ?? null)),
      byIdempotencyKey: (k) => Promise.resolve([...refunds.values()].find((r) => r.idempotencyKey === k) ?? null),
      listForOrder: (id) => Promise.resolve([...refunds.values()].filter((r) => r.orderId === id)),
      setStatus: (id, status, by, at) => {
        const r = refunds.get(id);
        if (r) refunds.set(id, { ...r, status, decidedBy: by, decidedAt: at });
        return Promise.resolve();
      },
    },
    returns: {
      create: (r) => (returns.push(clone(r)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(returns.filter((r) => r.orderId === id)),
    },
    changeRequests: {
      create: (c) => (changes.push(clone(c)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(changes.filter((c) => c.orderId === id)),
    },
    remakes: {
      create: (r) => (remakes.push(clone(r)), Promise.resolve()),
      listForOrder: (id) => Promise.resolve(remakes.filter((r) => r.orderId === id)),
    },
    briefs: {
      create: (b) => (briefs.push(clone(b)), Promise.resolve()),
      list: (p) => Promise.resolve(page(briefs, p)),
    },
    users: {
      create: (u) => (users.set(u.id, clone(u)), Promise.resolve()),
      byEmail: (e) => Promise.resolve([...users.values()].find((u) => u.email === e) ?? null),
      get: (id) => Promise.resolve(users.get(id) ?? null),
      update: (id, patch) => {
        const u = users.get(id);
        if (u) users.set(id, { ...u, ...patch });
        return Promise.resolve();
      },
      list: () => Promise.resolve([...users.values()]),
    },
    sessions: {
      create: (s) => (sessions.set(s.id, s), Promise.resolve()),
      get: (id) => Promise.resolve(sessions.get(id) ?? null),
      delete: (id) => (sessions.delete(id), Promise.resolve()),
    },
    attachments: {
      create: (a) => (attachments.set(a.id, clone(a)), Promise.resolve()),
      get: (id) => Promise.resolve(clone(attachments.get(id) ?? null)),
      listForConversation: (id) => Promise.resolve([...attachments.values()].filter((a) => a.conversationId === id)),
    },
    audit: {
      append: (e) => (audit.push(clone(e)), Promise.resolve()),
      list: (f) => Promise.resolve(page(audit.filter((a) => (!f?.subjectType || a.subjectType === f.subjectType) && (!f?.subjectId || a.subjectId === f.subjectId)), f)),
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
      for (const l of listeners.get(channel) ?? []) l(payload);
      return Promise.resolve();
    },
    subscribe: (channel, listener) => {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return Promise.resolve(() => {
        set.delete(listener);
        return Promise.resolve();
      });
    },
    close: () => Promise.resolve(),
  };
  return store;
}
