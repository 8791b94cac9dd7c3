import type { Message } from '../../src/domain/conversation.js';
import type { Order } from '../../src/domain/order.js';
import type { Case, Conversation, Refund } from '../../src/domain/records.js';
import { periodEventTypes } from '../../src/store/insights.js';
import type {
  ChangeRequest,
  InsightsSource,
  Period,
  Remake,
  ReturnRecord,
  Store,
  StoredEvent,
} from '../../src/domain/store.js';

type Tables = {
  orders: () => Iterable<Order>;
  conversations: () => Iterable<Conversation>;
  messages: () => Iterable<Message>;
  events: () => Iterable<StoredEvent>;
  cases: () => Iterable<Case>;
  refunds: () => Iterable<Refund>;
  changeRequests?: () => Iterable<ChangeRequest>;
  remakes?: () => Iterable<Remake>;
  returns?: () => Iterable<ReturnRecord>;
};

const within = (iso: string, p: Period): boolean =>
  (p.since === undefined || iso >= p.since) && (p.until === undefined || iso < p.until);

/** `store.insights` over in-memory tables, with the same selection rules as src/store/insights.ts. */
export function memoryInsights(t: Tables): Store['insights'] {
  return {
    load: (period) => {
      const conversations = [...t.conversations()]
        .filter((c) => within(c.createdAt, period))
        .map((c) => ({ ...structuredClone(c), state: {} }));
      const ids = new Set(conversations.map((c) => c.id));
      const inConv = (id: string | null): boolean => id !== null && ids.has(id);
      const records = {
        refunds: [...t.refunds()].filter((r) => within(r.createdAt, period)),
        changeRequests: [...(t.changeRequests?.() ?? [])].filter((r) =>
          within(r.createdAt, period),
        ),
        remakes: [...(t.remakes?.() ?? [])].filter((r) => within(r.createdAt, period)),
        returns: [...(t.returns?.() ?? [])].filter((r) => within(r.createdAt, period)),
      };
      const orderIds = new Set<string>([
        ...conversations.flatMap((c) => (c.orderId === null ? [] : [c.orderId])),
        ...Object.values(records).flatMap((l) => l.map((r) => r.orderId)),
      ]);
      const source: InsightsSource = {
        conversations,
        messages: [...t.messages()].filter((m) => ids.has(m.conversationId)),
        events: [...t.events()].filter(
          (e) =>
            inConv(e.conversationId) ||
            ((e.conversationId === null ||
              (periodEventTypes as readonly string[]).includes(e.type)) &&
              within(e.at, period)),
        ),
        cases: [...t.cases()].filter((c) => inConv(c.conversationId)),
        orders: [...t.orders()].filter((o) => orderIds.has(o.id)),
        ...records,
      };
      return Promise.resolve(structuredClone(source));
    },
  };
}
