import { z } from 'zod';
import { intents, type Intent, type Message } from '../domain/conversation.js';
import { fromMinor } from '../domain/money.js';
import type { Order } from '../domain/order.js';
import type { Conversation } from '../domain/records.js';
import type { ChangeRequest, InsightsSource, Period, StoredEvent } from '../domain/store.js';
import type {
  DurationStats,
  FrictionRow,
  InsightsReport,
  KnowledgeGapExample,
  MoneyByCurrency,
  SentimentLabel,
} from './types.js';

export type InsightsOptions = {
  period: Period;
  /** When the report is made (ISO instant); the caller's clock. */
  generatedAt: string;
  /** NLU confidence below which a customer message counts as not understood (the NLU's clarify threshold). */
  lowConfidence?: number;
  /** A resolved conversation is first-contact when the same order has no new conversation on the same topic within this many days. */
  repeatContactDays?: number;
  /** How many knowledge-gap example messages to keep. */
  maxExamples?: number;
};

const defaults = { lowConfidence: 0.5, repeatContactDays: 7, maxExamples: 25 };
const dayMs = 86_400_000;
/** Days listed one by one in `topics.days`; longer periods only list days with data. */
const maxFilledDays = 400;
const smallTalk: ReadonlySet<Intent> = new Set<Intent>(['greeting', 'thanks']);

/** What the NLU and dialogue wrote on a customer message; anything unreadable is ignored. */
const metaSchema = z.object({
  intent: z.enum(intents).optional().catch(undefined),
  confidence: z.number().min(0).max(1).optional().catch(undefined),
  sentiment: z
    .object({ label: z.enum(['negative', 'neutral', 'positive']) })
    .optional()
    .catch(undefined),
  knowledgeGap: z.boolean().optional().catch(undefined),
});
type Meta = z.infer<typeof metaSchema>;

function metaOf(m: Message): Meta {
  const r = metaSchema.safeParse(m.meta ?? {});
  return r.success ? r.data : {};
}

const ms = (iso: string): number => Date.parse(iso);

function inPeriod(iso: string, p: Period): boolean {
  return (p.since === undefined || iso >= p.since) && (p.until === undefined || iso < p.until);
}

/** Nearest-rank percentile of sorted numbers (p in 0..1). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export function durationStats(seconds: readonly number[]): DurationStats {
  const sorted = [...seconds].filter((s) => Number.isFinite(s) && s >= 0).sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianSeconds: percentile(sorted, 0.5),
    p90Seconds: percentile(sorted, 0.9),
  };
}

/** part / whole rounded to 4 decimals; null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function addMoney(into: Map<string, number>, currency: string, minor: number): void {
  into.set(currency, (into.get(currency) ?? 0) + minor);
}

function money(m: Map<string, number>): MoneyByCurrency {
  return [...m.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, amount: fromMinor(minor, currency) }));
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const it of items) out.set(key(it), (out.get(key(it)) ?? 0) + 1);
  return out;
}

const utcDate = (iso: string): string => new Date(ms(iso)).toISOString().slice(0, 10);

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** Per-conversation facts every KPI is built from. */
type ConversationFacts = {
  c: Conversation;
  messages: Message[];
  customer: Message[];
  events: StoredEvent[];
  engaged: boolean;
  escalated: boolean;
  escalatedAt: string | null;
  humanTouched: boolean;
  resolved: boolean;
  /** Distinct non-small-talk intents with the time each first appeared. */
  topics: Map<Intent, string>;
  negative: number;
};

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Runs of 13–19 digits (with spaces or dashes): card numbers. */
const cardPattern = /\b(?:\d[ -]?){12,18}\d\b/g;
/** Phone numbers: an optional +, then 8 or more digits with spaces, dots, dashes or brackets. */
const phonePattern = /\+?\d[\d ().-]{6,}\d/g;

/**
 * Takes personal data out of a customer's words before they are shown as an example: e-mail
 * addresses, card numbers and phone numbers become placeholders. Short numbers (order numbers,
 * quantities, dates) stay, so the example still reads.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(emailPattern, '[e-mail]')
    .replace(cardPattern, '[card number]')
    .replace(phonePattern, (m) => (m.replace(/\D/g, '').length >= 8 ? '[phone]' : m));
}

/**
 * A reply that only gives an identifier ("#1010", "1010", "ana@example.com", "order 1010,
 * ana@example.com", "SW1A 1AA") answers the assistant's question; it is not a topic of its own.
 */
export function isIdentifierOnly(text: string): boolean {
  const rest = text
    .replace(emailPattern, ' ')
    .replace(
      /\b(?:my|the|it'?s|is|order|number|no\.?|nr\.?|n[º°o]|pedido|commande|bestellung|ordine|encomenda|e-?mail|postcode|zip|and|y|et|und|e)\b/gi,
      ' ',
    )
    .replace(/#?\s*[A-Za-z]{0,4}-?\d[\dA-Za-z-]*/g, ' ')
    .replace(/[\s.,:;#!?()\-]+/g, '');
  return rest === '' && /\d|@/.test(text);
}

function factsOf(
  c: Conversation,
  messages: Message[],
  events: StoredEvent[],
  escalationCases: number,
): ConversationFacts {
  const customer = messages.filter((m) => m.sender === 'customer');
  const escalationEvent = events.find((e) => e.type === 'case.escalated');
  const escalated =
    escalationEvent !== undefined || c.status === 'escalated' || escalationCases > 0;
  const agentWrote = messages.some((m) => m.sender === 'agent');
  const topics = new Map<Intent, string>();
  let negative = 0;
  for (const m of customer) {
    const meta = metaOf(m);
    if (meta.sentiment?.label === 'negative') negative += 1;
    if (
      meta.intent !== undefined &&
      !smallTalk.has(meta.intent) &&
      !topics.has(meta.intent) &&
      !isIdentifierOnly(m.text)
    )
      topics.set(meta.intent, m.createdAt);
  }
  if (
    topics.size === 0 &&
    c.intent !== null &&
    !smallTalk.has(c.intent) &&
    customer.some((m) => !isIdentifierOnly(m.text))
  )
    topics.set(c.intent, customer[0]?.createdAt ?? c.createdAt);
  return {
    c,
    messages,
    customer,
    events,
    engaged: customer.length > 0,
    escalated,
    escalatedAt: escalationEvent?.at ?? null,
    humanTouched: escalated || agentWrote || c.handledBy !== 'assistant',
    resolved: c.status === 'resolved',
    topics,
    negative,
  };
}

/** Seconds from the first customer message to the first reply (assistant or rep) after it. */
function firstResponseSeconds(f: ConversationFacts): number | null {
  const first = f.customer[0];
  if (!first) return null;
  const i = f.messages.indexOf(first);
  const reply = f.messages
    .slice(i + 1)
    .find((m) => m.sender === 'assistant' || m.sender === 'agent');
  return reply ? (ms(reply.createdAt) - ms(first.createdAt)) / 1000 : null;
}

function firstHumanResponseSeconds(f: ConversationFacts): number | null {
  if (f.escalatedAt === null) return null;
  const from = f.escalatedAt;
  const reply = f.messages.find((m) => m.sender === 'agent' && m.createdAt >= from);
  return reply ? (ms(reply.createdAt) - ms(from)) / 1000 : null;
}

/** Seconds from the first customer message to the last message of a resolved conversation. */
function resolutionSeconds(f: ConversationFacts): number | null {
  const first = f.customer[0];
  const last = f.messages[f.messages.length - 1];
  if (!f.resolved || !first || !last) return null;
  return (ms(last.createdAt) - ms(first.createdAt)) / 1000;
}

function emptyRow(key: string, label: string): FrictionRow & { topicCounts: Map<Intent, number> } {
  return {
    key,
    label,
    conversations: 0,
    escalations: 0,
    negativeMessages: 0,
    refunds: 0,
    remakes: 0,
    returns: 0,
    changesRefused: 0,
    topIntents: [],
    frictionScore: 0,
    topicCounts: new Map(),
  };
}

/**
 * The insights of one period from plain records (product.md I1, I2). Pure: the same source and
 * options give the same report. Definitions and formulas: docs/insights.md.
 */
export function computeInsights(source: InsightsSource, options: InsightsOptions): InsightsReport {
  const o = { ...defaults, ...options };
  const { period } = o;
  const conversations = source.conversations.filter((c) => inPeriod(c.createdAt, period));
  const byConv = groupBy(source.messages, (m) => m.conversationId);
  const eventsByConv = groupBy(source.events, (e) => e.conversationId);
  const escalationCasesByConv = countBy(
    source.cases.filter((c) => c.kind === 'escalation' && c.conversationId !== null),
    (c) => c.conversationId ?? '',
  );
  const facts = conversations.map((c) =>
    factsOf(
      c,
      [...(byConv.get(c.id) ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      eventsByConv.get(c.id) ?? [],
      escalationCasesByConv.get(c.id) ?? 0,
    ),
  );
  const engaged = facts.filter((f) => f.engaged);
  const resolved = engaged.filter((f) => f.resolved);
  const automated = resolved.filter((f) => !f.humanTouched);
  const escalated = engaged.filter((f) => f.escalated);

  // First contact: resolved, and no later conversation about the same order and topic soon after.
  const byOrder = groupBy(engaged, (f) => f.c.orderId);
  const repeatMs = o.repeatContactDays * dayMs;
  const firstContact = resolved.filter((f) => {
    if (f.c.orderId === null) return true;
    const start = ms(f.c.createdAt);
    return !(byOrder.get(f.c.orderId) ?? []).some((g) => {
      if (g === f) return false;
      const d = ms(g.c.createdAt) - start;
      if (d <= 0 || d > repeatMs) return false;
      return (
        g.topics.size === 0 ||
        f.topics.size === 0 ||
        [...g.topics.keys()].some((t) => f.topics.has(t))
      );
    });
  });

  // CSAT: the 1–5 answers recorded in the period.
  const csatScores = source.events
    .filter((e) => e.type === 'csat.recorded' && inPeriod(e.at, period))
    .map((e) => (typeof e['score'] === 'number' ? e['score'] : Number(e['score'])))
    .filter((s) => Number.isInteger(s) && s >= 1 && s <= 5);
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const s of csatScores) distribution[String(s) as keyof typeof distribution] += 1;
  const csatSum = csatScores.reduce((a, b) => a + b, 0);

  // Sentiment of every customer message with an NLU reading.
  const sentiment: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
  let sentimentMessages = 0;
  for (const f of engaged)
    for (const m of f.customer) {
      const label = metaOf(m).sentiment?.label;
      if (label) {
        sentiment[label] += 1;
        sentimentMessages += 1;
      }
    }

  // Money and records created in the period.
  const refunds = source.refunds.filter((r) => inPeriod(r.createdAt, period));
  const counted = refunds.filter((r) => r.status !== 'declined');
  const total = new Map<string, number>();
  const reasons = new Map<string, { count: number; amounts: Map<string, number> }>();
  for (const r of counted) {
    addMoney(total, r.currency, r.amountMinor);
    const entry = reasons.get(r.reason) ?? { count: 0, amounts: new Map<string, number>() };
    entry.count += 1;
    addMoney(entry.amounts, r.currency, r.amountMinor);
    reasons.set(r.reason, entry);
  }
  const changes = source.changeRequests.filter((c) => inPeriod(c.createdAt, period));
  // A refusal the dialogue decided itself is only a `change.refused` event (the actions layer
  // records a change request for the ones it handles, and names it in `changeRequestId`).
  const refusedByDialogue: ChangeRequest[] = source.events
    .filter(
      (e) =>
        e.type === 'change.refused' &&
        e['changeRequestId'] === undefined &&
        typeof e.orderId === 'string' &&
        inPeriod(e.at, period),
    )
    .map((e) => ({
      id: e.id,
      orderId: e.orderId ?? '',
      conversationId: e.conversationId,
      kind: 'personalization',
      target: {
        ...(typeof e['itemSku'] === 'string' ? { itemSku: e['itemSku'] } : {}),
        ...(typeof e['field'] === 'string' ? { field: e['field'] } : {}),
      },
      before: null,
      after: null,
      status: 'refused',
      rule: e.rule ?? 'unknown',
      reason: e.reason ?? '',
      insideWindow: e.rule !== 'change.window_closed',
      idempotencyKey: e.id,
      createdAt: e.at,
    }));
  const personal = [...changes.filter((c) => c.kind === 'personalization'), ...refusedByDialogue];
  const remakes = source.remakes.filter((r) => inPeriod(r.createdAt, period));
  const returns = source.returns.filter((r) => inPeriod(r.createdAt, period));

  // Topics per day.
  const dayCounts = new Map<string, Map<Intent, number>>();
  const topicTotals = new Map<Intent, number>();
  for (const f of engaged)
    for (const [intent, at] of f.topics) {
      const day = utcDate(at);
      const m = dayCounts.get(day) ?? new Map<Intent, number>();
      m.set(intent, (m.get(intent) ?? 0) + 1);
      dayCounts.set(day, m);
      topicTotals.set(intent, (topicTotals.get(intent) ?? 0) + 1);
    }
  const days = dayList(period, [...dayCounts.keys()], o.generatedAt).map((date) => {
    const m = dayCounts.get(date) ?? new Map<Intent, number>();
    return {
      date,
      total: [...m.values()].reduce((a, b) => a + b, 0),
      intents: Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
  });

  return {
    period: { since: period.since ?? null, until: period.until ?? null },
    generatedAt: o.generatedAt,
    kpis: {
      conversations: engaged.length,
      conversationsStarted: conversations.length,
      resolved: resolved.length,
      automatedResolutions: automated.length,
      automatedResolutionRate: rate(automated.length, engaged.length),
      escalated: escalated.length,
      escalationRate: rate(escalated.length, engaged.length),
      firstContactResolutions: firstContact.length,
      firstContactResolutionRate: rate(firstContact.length, engaged.length),
      firstResponse: durationStats(engaged.map(firstResponseSeconds).filter((s) => s !== null)),
      firstHumanResponse: durationStats(
        escalated.map(firstHumanResponseSeconds).filter((s) => s !== null),
      ),
      resolution: durationStats(resolved.map(resolutionSeconds).filter((s) => s !== null)),
      csat: {
        responses: csatScores.length,
        average:
          csatScores.length === 0 ? null : Math.round((csatSum / csatScores.length) * 100) / 100,
        satisfiedRate: rate(csatScores.filter((s) => s >= 4).length, csatScores.length),
        responseRate: rate(csatScores.length, resolved.length),
        distribution,
      },
      sentiment: { messages: sentimentMessages, ...sentiment },
      refunds: {
        count: refunds.length,
        byStatus: {
          issued: refunds.filter((r) => r.status === 'issued').length,
          pending_approval: refunds.filter((r) => r.status === 'pending_approval').length,
          declined: refunds.filter((r) => r.status === 'declined').length,
        },
        total: money(total),
        byReason: [...reasons.entries()]
          .sort(([ra, a], [rb, b]) => b.count - a.count || ra.localeCompare(rb))
          .map(([reason, e]) => ({ reason, count: e.count, amounts: money(e.amounts) })),
      },
      changeRequests: {
        total: personal.length,
        insideWindow: personal.filter((c) => c.insideWindow).length,
        outsideWindow: personal.filter((c) => !c.insideWindow).length,
        recorded: personal.filter((c) => c.status === 'recorded').length,
        refused: personal.filter((c) => c.status === 'refused').length,
        addressChanges: changes.filter((c) => c.kind === 'address').length,
      },
      remakes: {
        count: remakes.length,
        rush: remakes.filter((r) => r.rush).length,
        byReason: sortedCounts(countBy(remakes, (r) => r.reason)).map(([reason, count]) => ({
          reason,
          count,
        })),
      },
      returns: { count: returns.length },
    },
    topics: {
      days,
      totals: sortedCounts(topicTotals).map(([intent, count]) => ({ intent, count })),
    },
    friction: friction(engaged, source, { refunds, remakes, returns, changes: personal }),
    escalationReasons: escalationReasons(escalated, source),
    knowledgeGaps: knowledgeGaps(engaged, o.lowConfidence, o.maxExamples),
  };
}

function sortedCounts<K extends string>(m: Map<K, number>): [K, number][] {
  return [...m.entries()].sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
}

/** Every UTC date of the period (or from the first to the last day with data when open). */
function dayList(period: Period, withData: string[], generatedAt: string): string[] {
  const sorted = [...withData].sort();
  const first = period.since !== undefined ? utcDate(period.since) : sorted[0];
  const lastInstant =
    period.until !== undefined ? new Date(ms(period.until) - 1).toISOString() : undefined;
  const last =
    lastInstant !== undefined
      ? utcDate(lastInstant)
      : (sorted[sorted.length - 1] ?? utcDate(generatedAt));
  if (first === undefined || first > last) return sorted;
  const n = Math.round((ms(last) - ms(first)) / dayMs) + 1;
  if (n > maxFilledDays) return sorted;
  return Array.from({ length: n }, (_, i) =>
    new Date(ms(first) + i * dayMs).toISOString().slice(0, 10),
  );
}

type PeriodRecords = {
  refunds: InsightsSource['refunds'];
  remakes: InsightsSource['remakes'];
  returns: InsightsSource['returns'];
  changes: InsightsSource['changeRequests'];
};

/**
 * Friction per product, seller and collection: each conversation about an order counts for every
 * item of that order; refunds, remakes, returns and refused changes count for the items they name
 * (or all items of the order when they name none).
 */
function friction(
  engaged: ConversationFacts[],
  source: InsightsSource,
  records: PeriodRecords,
): InsightsReport['friction'] {
  const orders = new Map<string, Order>(source.orders.map((o) => [o.id, o]));
  const tables = {
    products: new Map<string, ReturnType<typeof emptyRow>>(),
    sellers: new Map<string, ReturnType<typeof emptyRow>>(),
    collections: new Map<string, ReturnType<typeof emptyRow>>(),
  };
  const rowsFor = (
    orderId: string | null,
    skus: readonly string[] = [],
  ): ReturnType<typeof emptyRow>[] => {
    const order = orderId === null ? undefined : orders.get(orderId);
    if (!order) return [];
    const items =
      skus.length > 0 && order.items.some((i) => skus.includes(i.sku))
        ? order.items.filter((i) => skus.includes(i.sku))
        : order.items;
    const out = new Set<ReturnType<typeof emptyRow>>();
    const get = (t: Map<string, ReturnType<typeof emptyRow>>, key: string, label: string): void => {
      let row = t.get(key);
      if (!row) t.set(key, (row = emptyRow(key, label)));
      out.add(row);
    };
    for (const it of items) {
      get(tables.products, it.sku, it.title);
      get(tables.sellers, it.sellerId, it.sellerId);
      if (it.productType !== undefined) get(tables.collections, it.productType, it.productType);
    }
    return [...out];
  };
  const problem = new Map<ReturnType<typeof emptyRow>, Set<string>>();
  const markProblem = (row: ReturnType<typeof emptyRow>, key: string): void => {
    const s = problem.get(row) ?? new Set<string>();
    s.add(key);
    problem.set(row, s);
  };
  for (const f of engaged) {
    for (const row of rowsFor(f.c.orderId)) {
      row.conversations += 1;
      if (f.escalated) {
        row.escalations += 1;
        markProblem(row, f.c.id);
      }
      if (f.negative > 0) {
        row.negativeMessages += f.negative;
        markProblem(row, f.c.id);
      }
      for (const t of f.topics.keys()) row.topicCounts.set(t, (row.topicCounts.get(t) ?? 0) + 1);
    }
  }
  const mark = (
    orderId: string,
    skus: readonly string[],
    conversationId: string | null,
    id: string,
    field: 'refunds' | 'remakes' | 'returns' | 'changesRefused',
  ): void => {
    for (const row of rowsFor(orderId, skus)) {
      row[field] += 1;
      markProblem(row, conversationId ?? `${field}:${id}`);
    }
  };
  for (const r of records.refunds)
    if (r.status !== 'declined') mark(r.orderId, [], r.conversationId, r.id, 'refunds');
  for (const r of records.remakes) mark(r.orderId, r.itemSkus, r.conversationId, r.id, 'remakes');
  for (const r of records.returns) mark(r.orderId, r.itemSkus, r.conversationId, r.id, 'returns');
  for (const c of records.changes)
    if (c.status === 'refused')
      mark(
        c.orderId,
        c.target['itemSku'] ? [c.target['itemSku']] : [],
        c.conversationId,
        c.id,
        'changesRefused',
      );

  const finish = (t: Map<string, ReturnType<typeof emptyRow>>): FrictionRow[] =>
    [...t.values()]
      .map(({ topicCounts, ...row }) => ({
        ...row,
        topIntents: sortedCounts(topicCounts)
          .slice(0, 5)
          .map(([intent, count]) => ({ intent, count })),
        frictionScore: problem.get(t.get(row.key) ?? emptyRow('', ''))?.size ?? 0,
      }))
      .sort(
        (a, b) =>
          b.frictionScore - a.frictionScore ||
          b.conversations - a.conversations ||
          a.key.localeCompare(b.key),
      );
  return {
    products: finish(tables.products),
    sellers: finish(tables.sellers),
    collections: finish(tables.collections),
  };
}

/** The rule behind each escalated conversation: its `case.escalated` event, else its escalation case. */
function escalationReasons(
  escalated: ConversationFacts[],
  source: InsightsSource,
): InsightsReport['escalationReasons'] {
  const casesByConv = groupBy(
    source.cases.filter((c) => c.kind === 'escalation'),
    (c) => c.conversationId,
  );
  const byRule = new Map<string, { count: number; example: string | null }>();
  for (const f of escalated) {
    const event = f.events.find((e) => e.type === 'case.escalated');
    const handoff =
      (casesByConv.get(f.c.id) ?? []).find((c) => c.handoff !== null)?.handoff ?? null;
    const rule =
      (typeof event?.rule === 'string' ? event.rule : null) ?? handoff?.rule ?? 'unknown';
    const reason =
      (typeof event?.reason === 'string' ? event.reason : null) ?? handoff?.reason ?? null;
    const entry = byRule.get(rule) ?? { count: 0, example: null };
    entry.count += 1;
    entry.example ??= reason;
    byRule.set(rule, entry);
  }
  return [...byRule.entries()]
    .sort(([ra, a], [rb, b]) => b.count - a.count || ra.localeCompare(rb))
    .map(([rule, e]) => ({ rule, ...e }));
}

/** Questions the assistant could not answer: no hit in the shop documents, or not understood. */
function knowledgeGaps(
  engaged: ConversationFacts[],
  lowConfidence: number,
  maxExamples: number,
): InsightsReport['knowledgeGaps'] {
  const found: KnowledgeGapExample[] = [];
  for (const f of engaged)
    for (const m of f.customer) {
      const meta = metaOf(m);
      const text = m.text.trim();
      if (text === '' || isIdentifierOnly(text)) continue;
      // Short replies inside a flow ("yes", "the 2nd") are dialogue acts, not questions.
      const unsure =
        meta.confidence !== undefined &&
        meta.confidence < lowConfidence &&
        text.split(/\s+/).length >= 3;
      const kind = meta.knowledgeGap === true ? 'no_answer' : unsure ? 'low_confidence' : null;
      if (kind === null) continue;
      found.push({
        conversationId: m.conversationId,
        messageId: m.id,
        at: m.createdAt,
        lang: m.lang ?? null,
        text: maskPersonalData(text).slice(0, 500),
        kind,
        intent: meta.intent ?? null,
        confidence: meta.confidence ?? null,
      });
    }
  found.sort((a, b) => b.at.localeCompare(a.at) || a.messageId.localeCompare(b.messageId));
  return {
    count: found.length,
    noAnswer: found.filter((g) => g.kind === 'no_answer').length,
    lowConfidence: found.filter((g) => g.kind === 'low_confidence').length,
    examples: found.slice(0, maxExamples),
  };
}
