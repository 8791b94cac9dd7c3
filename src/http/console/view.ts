import {
  coachingCues,
  summarizeThread,
  suggestReplies,
  sentimentOf,
  type DecisionCue,
  type OrderFacts,
} from '../../assist/index.js';
import type { Message } from '../../domain/conversation.js';
import { fromMinor } from '../../domain/money.js';
import type { Language, Order } from '../../domain/order.js';
import type { Case, Conversation, Refund } from '../../domain/records.js';
import type { StoredEvent, Store } from '../../domain/store.js';
import type { ConsoleShop } from './shop.js';

export type QueueItem = {
  id: string;
  kind: 'escalation' | 'approval' | 'unanswered';
  caseId: string | null;
  conversationId: string | null;
  orderId: string | null;
  priority: number;
  title: string;
  reason: string;
  lang: Language | null;
  waitingSince: string;
  waitingMinutes: number;
  assignedTo: string | null;
  /** Who answers the chat now: the assistant, or a rep (user id). */
  handledBy: string;
  /** The rep the item is with (assigned, or holding the chat), by e-mail; null when nobody has it. */
  assignee: string | null;
  /** The customer's name (or e-mail) when known. */
  customer: string | null;
  /** The customer's last words, shortened. */
  snippet: string | null;
  /** "Needs approval" for refunds and exceptions a person must decide, "Escalation", "Waiting". */
  typeLabel: string;
  /** "urgent" | "high" | "normal", from money at stake, the customer's mood, waiting time and a request for a person. */
  urgency: 'urgent' | 'high' | 'normal';
  /** Why the item ranks where it does, in words ("120.00 EUR at stake", "upset", "asked for a person"). */
  priorityWhy: string[];
  /** Other chats about the same order, folded into this item. */
  mergedConversationIds: string[];
  /** Against the response target: "ok", "soon" (past half of it) or "late". */
  sla: 'ok' | 'soon' | 'late';
};

/**
 * Whether a person must decide this case: a refund above the limit, or an escalation that asks for
 * an exception (a policy-exception rule, or a handoff that names what the customer wants decided).
 */
export function needsDecision(c: Pick<Case, 'kind' | 'status' | 'handoff'>): boolean {
  if (c.status === 'closed') return false;
  if (c.kind === 'approval') return true;
  if (c.kind !== 'escalation' || !c.handoff) return false;
  return c.handoff.rule.includes('exception') || Boolean(c.handoff.desiredResolution);
}

/** Minutes an item may wait before it is late (the queue colours it amber at half, red past it). */
export const slaMinutes = 60;

function snippetOf(text: string): string {
  const flat = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}

const kindWeight: Record<QueueItem['kind'], number> = { approval: 2, escalation: 1, unanswered: 0 };

function minutesBetween(from: string, now: Date): number {
  const t = Date.parse(from);
  return Number.isFinite(t) ? Math.max(0, Math.floor((now.getTime() - t) / 60_000)) : 0;
}

function handler(c: Conversation | null): string {
  if (!c) return 'assistant';
  return typeof c.handledBy === 'object' ? c.handledBy.userId : 'assistant';
}

type Draft = Omit<
  QueueItem,
  | 'assignee'
  | 'customer'
  | 'snippet'
  | 'typeLabel'
  | 'urgency'
  | 'priorityWhy'
  | 'mergedConversationIds'
  | 'sla'
> & { amount: number | null; handoffName: string | null };

/** The reps' queue (A1): open escalations and approvals, and chats where the customer waits for a person. */
export async function buildQueue(store: Store, now: Date): Promise<QueueItem[]> {
  const drafts = await queueDrafts(store, now);
  const emails = new Map((await store.users.list()).map((u) => [u.id, u.email]));
  const items: QueueItem[] = [];
  for (const d of drafts) {
    const conversation = d.conversationId ? await store.conversations.get(d.conversationId) : null;
    const messages = d.conversationId ? await store.messages.list(d.conversationId) : [];
    const order = d.orderId ? await store.orders.get(d.orderId) : null;
    const lastCustomer = [...messages].reverse().find((m) => m.sender === 'customer');
    const why: string[] = [];
    let score = d.kind === 'approval' ? 2 : d.kind === 'escalation' ? 1 : 0;
    const atStake = d.amount ?? (order ? order.payment.totalMinor / 100 : null);
    if (atStake !== null && atStake >= 100) {
      score += 1;
      why.push(`${atStake.toFixed(2)}${order ? ` ${order.currency}` : ''} at stake`);
    }
    if (lastCustomer && sentimentOf(lastCustomer)?.label === 'negative') {
      score += 1;
      why.push('customer is upset');
    }
    if (
      messages.some((m) => m.sender === 'customer' && m.meta?.intent === 'human_agent') ||
      conversation?.intent === 'human_agent'
    ) {
      score += 1;
      why.push('asked for a person');
    }
    if (d.waitingMinutes >= slaMinutes) {
      score += 1;
      why.push(`waiting over ${slaMinutes} min`);
    }
    const holder = d.assignedTo ?? (d.handledBy !== 'assistant' ? d.handledBy : null);
    items.push({
      id: d.id,
      kind: d.kind,
      caseId: d.caseId,
      conversationId: d.conversationId,
      orderId: d.orderId,
      title: d.title,
      reason: d.reason,
      lang: d.lang,
      waitingSince: d.waitingSince,
      waitingMinutes: d.waitingMinutes,
      assignedTo: d.assignedTo,
      handledBy: d.handledBy,
      priority: score,
      urgency: score >= 4 ? 'urgent' : score >= 2 ? 'high' : 'normal',
      priorityWhy: why,
      typeLabel:
        d.kind === 'approval'
          ? 'Needs approval'
          : d.kind === 'escalation'
            ? 'Escalation'
            : 'Waiting',
      assignee: holder ? (emails.get(holder) ?? holder) : null,
      customer: order?.customer.name ?? d.handoffName ?? order?.customer.email ?? null,
      snippet: lastCustomer ? snippetOf(lastCustomer.text) : null,
      mergedConversationIds: [],
      sla:
        d.waitingMinutes >= slaMinutes
          ? 'late'
          : d.waitingMinutes >= slaMinutes / 2
            ? 'soon'
            : 'ok',
    });
  }
  items.sort(
    (a, b) =>
      b.priority - a.priority ||
      kindWeight[b.kind] - kindWeight[a.kind] ||
      a.waitingSince.localeCompare(b.waitingSince),
  );
  // Two chats about one order are one piece of work: fold the later ones into the first.
  const byOrder = new Map<string, QueueItem>();
  const out: QueueItem[] = [];
  for (const it of items) {
    const lead = it.orderId ? byOrder.get(it.orderId) : undefined;
    if (
      lead &&
      it.conversationId &&
      it.conversationId !== lead.conversationId &&
      it.kind !== 'approval'
    ) {
      if (!lead.mergedConversationIds.includes(it.conversationId))
        lead.mergedConversationIds.push(it.conversationId);
      continue;
    }
    if (it.orderId && !lead) byOrder.set(it.orderId, it);
    out.push(it);
  }
  return out;
}

async function queueDrafts(store: Store, now: Date): Promise<Draft[]> {
  const [open, progress] = await Promise.all([
    store.cases.list({ status: 'open', limit: 500 }),
    store.cases.list({ status: 'in_progress', limit: 500 }),
  ]);
  const cases = [...open, ...progress].filter((c) => c.kind !== 'custom_brief');
  const items: Draft[] = [];
  const conversationsWithCase = new Set<string>();
  for (const c of cases) {
    const conversation = c.conversationId ? await store.conversations.get(c.conversationId) : null;
    if (c.conversationId) conversationsWithCase.add(c.conversationId);
    const amount =
      typeof c.subject.amount === 'string'
        ? ` ${c.subject.amount}${typeof c.subject.currency === 'string' ? ` ${c.subject.currency}` : ''}`
        : '';
    const kind: QueueItem['kind'] = needsDecision(c)
      ? 'approval'
      : c.kind === 'unanswered'
        ? 'unanswered'
        : 'escalation';
    const what =
      c.kind === 'approval'
        ? `refund${amount}`
        : `exception${c.handoff?.desiredResolution ? ` (${c.handoff.desiredResolution})` : ''}`;
    items.push({
      id: c.id,
      kind,
      caseId: c.id,
      conversationId: c.conversationId,
      orderId: c.orderId,
      priority: c.priority,
      title:
        kind === 'approval'
          ? `Approval: ${what}${c.orderId && c.kind !== 'approval' ? ` · order ${c.orderId}` : ''}`
          : kind === 'escalation'
            ? `Escalation${c.orderId ? ` · order ${c.orderId}` : ''}`
            : 'Waiting for an answer',
      reason: c.handoff
        ? `${c.handoff.rule}: ${c.handoff.reason}`
        : typeof c.subject.reason === 'string'
          ? c.subject.reason
          : c.kind,
      lang: c.handoff?.lang ?? conversation?.lang ?? null,
      waitingSince: c.createdAt,
      waitingMinutes: minutesBetween(c.createdAt, now),
      assignedTo: c.assignedTo,
      handledBy: handler(conversation),
      amount:
        typeof c.subject.amount === 'string' && Number.isFinite(Number(c.subject.amount))
          ? Number(c.subject.amount)
          : null,
      handoffName: c.handoff?.customer?.name ?? null,
    });
  }
  // Chats a rep holds (or that went quiet) where the customer spoke last and nobody answered.
  const conversations = [
    ...(await store.conversations.list({ status: 'open', limit: 200 })),
    ...(await store.conversations.list({ status: 'escalated', limit: 200 })),
  ];
  for (const conv of conversations) {
    if (conversationsWithCase.has(conv.id)) continue;
    const messages = await store.messages.list(conv.id);
    const last = messages.at(-1);
    if (!last || last.sender !== 'customer') continue;
    const byRep = typeof conv.handledBy === 'object';
    // The assistant answers in the same request; a customer line left unanswered for a minute needs a person.
    if (!byRep && minutesBetween(last.createdAt, now) < 1) continue;
    items.push({
      id: `conversation:${conv.id}`,
      kind: 'unanswered',
      caseId: null,
      conversationId: conv.id,
      orderId: conv.orderId,
      priority: byRep ? 2 : 1,
      title: 'Customer is waiting for an answer',
      reason: byRep
        ? 'taken over by a rep; the customer wrote last'
        : 'no reply to the last message',
      lang: conv.lang,
      waitingSince: last.createdAt,
      waitingMinutes: minutesBetween(last.createdAt, now),
      assignedTo: byRep ? handler(conv) : null,
      handledBy: handler(conv),
      amount: null,
      handoffName: null,
    });
  }
  return items;
}

function outcomeOf(e: StoredEvent): DecisionCue['outcome'] {
  if (e.type.endsWith('.refused') || e.type === 'refund.declined') return 'deny';
  if (e.type === 'refund.pending_approval') return 'needs_approval';
  if (e.type === 'case.escalated') return 'escalate';
  return 'allow';
}

export function decisionsFrom(
  events: StoredEvent[],
): (DecisionCue & { type: string; at: string; amount?: string; currency?: string })[] {
  return events
    .filter((e) => typeof e.rule === 'string' && typeof e.reason === 'string')
    .map((e) => ({
      type: e.type,
      at: e.at,
      outcome: outcomeOf(e),
      rule: e.rule ?? '',
      reason: e.reason ?? '',
      ...(e.amount ? { amount: e.amount } : {}),
      ...(e.currency ? { currency: e.currency } : {}),
    }));
}

export function orderView(order: Order, shop: ConsoleShop, now: Date) {
  const window =
    order.fulfillment.status === 'unfulfilled' && !order.cancelledAt
      ? shop.shipWindow(order, now)
      : null;
  return {
    id: order.id,
    createdAt: order.createdAt,
    stage: order.stage,
    // Once it has left the workshop, the parcel's state is the stage: never "Packed and ready" beside "delivered".
    stageLabel: order.cancelledAt
      ? 'Cancelled'
      : order.fulfillment.status === 'delivered'
        ? 'Delivered'
        : order.fulfillment.status === 'shipped'
          ? 'Shipped'
          : shop.stageLabel(order.stage),
    shipWindow: window,
    delayed: order.delayed,
    cancelledAt: order.cancelledAt ?? null,
    currency: order.currency,
    total: fromMinor(order.payment.totalMinor, order.currency),
    refunded: fromMinor(order.payment.refundedMinor, order.currency),
    customer: {
      name: order.customer.name ?? null,
      email: order.customer.email,
      language: order.customer.language ?? null,
    },
    items: order.items.map((i) => ({
      sku: i.sku,
      title: i.title,
      sellerId: i.sellerId,
      quantity: i.quantity,
      unitPrice: fromMinor(i.unitPriceMinor, order.currency),
      personalized: i.personalized,
      personalization: i.personalization,
      finalSale: i.finalSale,
    })),
    fulfillment: order.fulfillment,
  };
}

export function refundView(r: Refund) {
  return {
    id: r.id,
    amount: fromMinor(r.amountMinor, r.currency),
    currency: r.currency,
    status: r.status,
    reason: r.reason,
    rule: r.rule,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy,
  };
}

/** The name a rep's message is signed with (stored when it was sent), as the customer sees it. */
export function authorOf(m: Message): string | null {
  return m.sender === 'agent' &&
    typeof m.meta?.authorName === 'string' &&
    m.meta.authorName.trim() !== ''
    ? m.meta.authorName
    : null;
}

export function messageView(m: Message) {
  const sentiment = m.sender === 'customer' ? sentimentOf(m) : null;
  return {
    id: m.id,
    sender: m.sender,
    text: m.text,
    lang: m.lang ?? null,
    createdAt: m.createdAt,
    attachmentIds: m.attachmentIds ?? [],
    intent: typeof m.meta?.intent === 'string' ? m.meta.intent : null,
    sentiment,
    original:
      typeof m.meta?.original === 'string'
        ? {
            text: m.meta.original,
            lang: typeof m.meta.originalLang === 'string' ? m.meta.originalLang : null,
          }
        : null,
    author: authorOf(m),
  };
}

/** Everything a rep needs on one screen (A2, A3, A5, A7). */
export async function buildCaseView(
  store: Store,
  shop: ConsoleShop,
  conversationId: string,
  now: Date,
  repName: string | undefined,
) {
  const conversation = await store.conversations.get(conversationId);
  if (!conversation) return null;
  const [messages, events, cases, attachments] = await Promise.all([
    store.messages.list(conversationId),
    store.events.list({ conversationId, limit: 500 }),
    store.cases.list({ conversationId, limit: 50 }),
    store.attachments.listForConversation(conversationId),
  ]);
  const orderId = conversation.orderId ?? cases.find((c) => c.orderId)?.orderId ?? null;
  const order = orderId ? await store.orders.get(orderId) : null;
  const refunds = order ? await store.refunds.listForOrder(order.id) : [];
  const decisions = decisionsFrom(events);
  // The case to lead with: an open one with a handoff package, else any open one, else the latest.
  const open = cases.filter((c) => c.status !== 'closed');
  const activeCase: Case | undefined =
    open.find((c) => c.handoff) ?? open[0] ?? cases.find((c) => c.handoff) ?? cases.at(-1);
  const pending = refunds.find((r) => r.status === 'pending_approval');
  const ov = order ? orderView(order, shop, now) : null;
  const facts: OrderFacts | undefined =
    order && ov
      ? {
          id: order.id,
          ...(order.customer.name ? { customerName: order.customer.name } : {}),
          stageLabel: ov.stageLabel,
          fulfillmentStatus: order.fulfillment.status,
          ...(ov.shipWindow ? { shipWindow: ov.shipWindow } : {}),
          carrier: order.fulfillment.carrier,
          trackingUrl: order.fulfillment.trackingUrl,
          delayed: order.delayed,
          personalized: order.items.some((i) => i.personalized),
          currency: order.currency,
        }
      : undefined;
  const lastIntent = [...messages]
    .reverse()
    .find((m) => m.sender === 'customer' && typeof m.meta?.intent === 'string')?.meta?.intent;
  const intent = typeof lastIntent === 'string' ? lastIntent : conversation.intent;
  const ctx = {
    lang: conversation.lang,
    repLang: shop.repLang,
    voice: shop.voice,
    ...(repName ? { repName } : {}),
    ...(facts ? { order: facts } : {}),
    intent,
    decisions,
    ...(pending
      ? {
          pendingRefund: {
            amount: fromMinor(pending.amountMinor, pending.currency),
            currency: pending.currency,
          },
        }
      : {}),
    messages,
  };
  const audit = (
    await Promise.all(
      cases.map((c) => store.audit.list({ subjectType: 'case', subjectId: c.id, limit: 100 })),
    )
  ).flat();
  const refundAudit = (
    await Promise.all(
      refunds.map((r) => store.audit.list({ subjectType: 'refund', subjectId: r.id, limit: 50 })),
    )
  ).flat();
  const conversationAudit = await store.audit.list({
    subjectType: 'conversation',
    subjectId: conversationId,
    limit: 100,
  });
  // Show people by e-mail rather than by id ("user:<id>" or the bare id).
  const emails = new Map((await store.users.list()).map((u) => [u.id, u.email]));
  const who = (actor: string) =>
    emails.get(actor.startsWith('user:') ? actor.slice(5) : actor) ?? actor;
  return {
    conversation: {
      id: conversation.id,
      channel: conversation.channel,
      lang: conversation.lang,
      status: conversation.status,
      intent: conversation.intent,
      handledBy: handler(conversation),
      createdAt: conversation.createdAt,
    },
    case: activeCase ?? null,
    cases,
    /** Open cases an approver decides (refunds above the limit and exceptions). */
    decisionCaseIds: cases.filter(needsDecision).map((c) => c.id),
    messages: messages.map(messageView),
    order: ov,
    decisions,
    refunds: refunds.map(refundView),
    attachments: attachments.map((a) => ({
      id: a.id,
      url: `/api/console/conversations/${conversationId}/attachments/${a.id}`,
      width: a.width,
      height: a.height,
      mime: a.mime,
      createdAt: a.createdAt,
    })),
    // The handoff and the decisions have their own sections on the case page: the summary tells the conversation only.
    summary: summarizeThread({ messages, lang: conversation.lang }),
    suggestions: suggestReplies(ctx),
    coaching: coachingCues({
      ...ctx,
      policyClauses: shop.policyClauses,
      ...(activeCase?.handoff
        ? { shownRule: { rule: activeCase.handoff.rule, reason: activeCase.handoff.reason } }
        : {}),
    }),
    audit: [...audit, ...refundAudit, ...conversationAudit]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((a) => ({ ...a, actor: who(a.actor) })),
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof buildCaseView>>>;
