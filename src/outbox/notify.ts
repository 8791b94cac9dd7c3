import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { localDate } from '../calendar/index.js';
import type { OrderChange, OutboxItem } from '../domain/integrations.js';
import { languages, type Language, type Order } from '../domain/order.js';
import type { Message } from '../domain/conversation.js';
import { estimateShipWindow, factsFromOrder, type Policy } from '../policy/index.js';
import type { OpenedStore } from '../store/index.js';
import { mailTexts } from '../channels/texts.js';
import { composeReply } from '../channels/compose.js';
import { formatDay, formatInstantDay } from '../voice/index.js';
import { PermanentFailure } from './outbox.js';

export const notificationKinds = ['stage', 'delay', 'shipped', 'delivered'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** What an order change is worth telling the customer (R16), or null. The biggest news wins. */
export function notificationFor(
  before: Order | null,
  after: Order | null,
  announced: ReadonlySet<string>,
): NotificationKind | null {
  if (!before || !after || after.cancelledAt !== undefined) return null;
  const b = before.fulfillment.status;
  const a = after.fulfillment.status;
  if (a === 'delivered' && b !== 'delivered') return 'delivered';
  if (a === 'shipped' && b === 'unfulfilled') return 'shipped';
  // A delay, or a new date for one already announced: both are news the customer must hear.
  if (
    after.delayed &&
    (!before.delayed ||
      (after.expectedShipDate !== undefined && after.expectedShipDate !== before.expectedShipDate))
  )
    return 'delay';
  if (a === 'unfulfilled' && after.stage !== before.stage && announced.has(after.stage))
    return 'stage';
  return null;
}

/** Signs an opt-out link for an address; the link needs no stored token. */
export function optOutToken(email: string, secret: string): string {
  const e = Buffer.from(email.toLowerCase()).toString('base64url');
  return `${e}.${createHmac('sha256', secret).update(`optout:${email.toLowerCase()}`).digest('base64url').slice(0, 32)}`;
}

/** The address an opt-out token names, or null when it was not signed by us. */
export function readOptOutToken(token: string, secret: string): string | null {
  const [e, sig] = token.split('.');
  if (!e || !sig) return null;
  const email = Buffer.from(e, 'base64url').toString('utf8');
  const expected = optOutToken(email, secret).split('.')[1] ?? '';
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? email : null;
}

export type NotifierDeps = {
  store: OpenedStore;
  policy: Policy;
  clock: () => Date;
  newId: () => string;
  /** Stage ids the shop announces (MAKERDESK_ANNOUNCE_STAGES). */
  announcedStages: ReadonlySet<string>;
  /** Where the opt-out link points (MAKERDESK_PUBLIC_URL). */
  publicUrl: string;
  optOutSecret: string;
  /** False when no SMTP is configured: then only open widget conversations are told. */
  mailEnabled: boolean;
  mailFrom: string;
  signature: string | null;
};

const cursorName = 'notifications';

/**
 * Reads order changes from the audit log since its durable cursor and queues the proactive
 * updates they call for, in the same transaction that moves the cursor: each change is looked at
 * once, even across restarts. At most one update per order per day, except delays.
 */
export function createNotifier(deps: NotifierDeps) {
  const { integrations } = deps.store;
  const tz = deps.policy.shop.timeZone;
  const stageLabel = (id: string, lang: Language): string =>
    mailTexts[lang].stageNames[id] ??
    deps.policy.pipeline.stages.find((s) => s.id === id)?.label ??
    id.replace(/_/g, ' ');

  async function queueChange(
    change: OrderChange,
    order: Order,
    kind: NotificationKind,
  ): Promise<boolean> {
    const dedupeKey =
      kind === 'delay'
        ? `notify:${order.id}:delay:${change.seq}`
        : `notify:${order.id}:${localDate(change.at, tz)}`;
    return queue(order, kind, dedupeKey);
  }

  async function queue(order: Order, kind: NotificationKind, dedupeKey: string): Promise<boolean> {
    if (await integrations.optOuts.has(order.customer.email)) return false;
    // A chat the customer had about this order in the last day is still on their screen or in their tab.
    const dayAgo = new Date(deps.clock().getTime() - 86400_000).toISOString();
    const widget = (await integrations.recentConversationIds(order.id, 'web', dayAgo))[0];
    const conversation = widget ? await deps.store.conversations.get(widget) : null;
    const langOf = (l: string | undefined): Language | undefined => languages.find((x) => x === l);
    const lang: Language = langOf(order.customer.language) ?? conversation?.lang ?? 'en';
    const t = mailTexts[lang];
    const estimated = order.fulfillment.estimatedDeliveryAt;
    const line =
      kind === 'stage'
        ? t.stage(order.id, stageLabel(order.stage, lang))
        : kind === 'delay'
          ? t.delay(
              order.id,
              order.expectedShipDate
                ? formatDay(order.expectedShipDate, lang)
                : estimated
                  ? formatInstantDay(estimated, lang, tz)
                  : null,
            )
          : kind === 'shipped'
            ? t.shipped(order.id, order.fulfillment.carrier, order.fulfillment.trackingNumber)
            : t.delivered(order.id);
    const at = deps.clock().toISOString();
    const id = deps.newId();
    const notification = { orderId: order.id, kind };
    if (conversation) {
      return integrations.outbox.enqueue({
        id,
        kind: 'widget',
        dedupeKey,
        payload: {
          conversationId: conversation.id,
          text: line,
          lang,
          notification: { ...notification, channel: 'web' },
        },
        nextAttemptAt: at,
        createdAt: at,
      });
    }
    if (!deps.mailEnabled) return false;
    const thread = await integrations.mail.threadForAddress(order.customer.email);
    const link = `${deps.publicUrl.replace(/\/$/, '')}/api/v1/notifications/opt-out?token=${optOutToken(order.customer.email, deps.optOutSecret)}`;
    const name = order.customer.name ?? null;
    const body = composeReply([{ text: `${t.hello(name)}\n\n${line}`, quickReplies: [] }], {
      lang,
      signature: deps.signature,
    });
    const optOutText = t.optOut.replace('{url}', link);
    const domain = /@([^>\s]+)/.exec(deps.mailFrom)?.[1] ?? 'makerdesk.local';
    const messageId = `<${id}@${domain}>`;
    return integrations.outbox.enqueue({
      id,
      kind: 'mail',
      dedupeKey,
      payload: {
        to: name ? { name, address: order.customer.email } : order.customer.email,
        subject: t.subject[kind](order.id),
        text: `${body.text}\n${optOutText}\n`,
        html: body.html.replace(
          '</body>',
          `<p style="font-size: small; color: #666">${optOutText.replace(link, `<a href="${link}">${link}</a>`)}</p>\n</body>`,
        ),
        messageId,
        ...(thread
          ? {
              inReplyTo: thread.lastMessageId,
              references: [thread.lastMessageId],
              conversationId: thread.conversationId,
            }
          : {}),
        headers: { 'List-Unsubscribe': `<${link}>` },
        notification: { ...notification, channel: 'email' },
      },
      nextAttemptAt: at,
      createdAt: at,
    });
  }

  /** Looks at the changes since the cursor; returns how many updates were queued. */
  async function scanOnce(batch = 200): Promise<number> {
    let queued = 0;
    for (;;) {
      const n = await deps.store.transaction(async () => {
        const stored = await integrations.cursors.get(cursorName);
        if (stored === null) {
          // First run on this database: what happened before is history, not news.
          await integrations.cursors.set(cursorName, await integrations.latestAuditSeq());
          return -1;
        }
        const cursor = stored;
        const changes = await integrations.orderChangesAfter(cursor, batch);
        if (changes.length === 0) return -1;
        let count = 0;
        for (const c of changes) {
          const kind = notificationFor(c.before, c.after, deps.announcedStages);
          if (kind && c.after && (await queueChange(c, c.after, kind))) count++;
        }
        await integrations.cursors.set(cursorName, changes.at(-1)?.seq ?? cursor);
        return changes.length < batch ? -(count + 2) : count;
      });
      if (n === -1) return queued;
      if (n < -1) return queued + (-n - 2);
      queued += n;
    }
  }

  /**
   * Orders past the ship window promised at order time that nobody marked delayed: the customer
   * hears of the delay before they have to ask, once per order (the outbox key says so).
   */
  async function scanOverdue(limit = 5000): Promise<number> {
    const now = deps.clock();
    let queued = 0;
    for (const order of await integrations.unfulfilledOrders(limit)) {
      if (order.cancelledAt !== undefined || order.delayed) continue;
      if (estimateShipWindow(factsFromOrder(order), deps.policy, now).businessDaysLate <= 0)
        continue;
      if (await queue(order, 'delay', `notify:${order.id}:overdue`)) queued++;
    }
    return queued;
  }

  return { scanOnce, scanOverdue };
}

const notificationPayload = z.object({
  orderId: z.string(),
  kind: z.enum(notificationKinds),
  channel: z.enum(['web', 'email']),
});

/** The `notification.sent` event of a sent item, stored with the order (and the conversation it went to). */
export async function recordNotificationSent(
  store: OpenedStore,
  newId: () => string,
  item: OutboxItem,
  at: string,
): Promise<void> {
  const n = notificationPayload.safeParse(item.payload['notification']);
  if (!n.success) return;
  const conversationId =
    typeof item.payload['conversationId'] === 'string' ? item.payload['conversationId'] : null;
  await store.events.append({
    type: 'notification.sent',
    orderId: n.data.orderId,
    channel: n.data.channel,
    kind: n.data.kind,
    outboxId: item.id,
    id: newId(),
    conversationId,
    at,
  });
}

/** The outbox sender for widget updates: the message appears in the open conversation, live. */
export function widgetSender(store: OpenedStore, newId: () => string, clock: () => Date) {
  return async (item: OutboxItem): Promise<void> => {
    const { conversationId, text } = item.payload;
    if (typeof conversationId !== 'string' || typeof text !== 'string')
      throw new PermanentFailure(`widget update ${item.id} has no conversation or text`);
    const conversation = await store.conversations.get(conversationId);
    if (!conversation) throw new PermanentFailure(`conversation ${conversationId} is gone`);
    const lang = languages.find((l) => l === item.payload['lang']) ?? conversation.lang;
    const m: Message = {
      id: newId(),
      conversationId,
      sender: 'assistant',
      text,
      lang,
      quickReplies: [],
      createdAt: clock().toISOString(),
    };
    await store.messages.append(m);
    await store.publish(`conversation:${conversationId}`, {
      conversationId,
      messages: [m],
      state: { intent: conversation.intent, status: conversation.status },
      events: [],
    });
  };
}
