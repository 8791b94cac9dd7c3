import type { OpenedStore } from '../store/index.js';
import type { OutboxItem } from '../domain/integrations.js';
import { PermanentFailure } from '../outbox/outbox.js';
import { makerdeskSignature } from './signatures.js';

/** Events Makerdesk sends to MAKERDESK_EVENTS_URL (docs/integrations.md). */
export const outgoingEventTypes = [
  'order.created',
  'order.updated',
  'order.cancelled',
  'shipment.updated',
  'delivery.exception',
  'notification.sent',
  'email.received',
] as const;
export type OutgoingEventType = (typeof outgoingEventTypes)[number];

export type EventsConfig = { url: string; secret: string } | null;

/**
 * Queues one outgoing event in the outbox (inside the caller's transaction when there is one),
 * so it is sent only if what it reports was committed. `key` makes it unique.
 */
export async function queueEvent(
  deps: { store: OpenedStore; newId: () => string; clock: () => Date; events: EventsConfig },
  type: OutgoingEventType,
  key: string,
  data: Record<string, unknown>,
): Promise<void> {
  if (!deps.events) return;
  const at = deps.clock().toISOString();
  const id = deps.newId();
  await deps.store.integrations.outbox.enqueue({
    id,
    kind: 'event',
    dedupeKey: `event:${type}:${key}`,
    payload: { id, type, at, data },
    nextAttemptAt: at,
    createdAt: at,
  });
}

/** The outbox sender for events: POST JSON, signed, 2xx is done; 4xx other than 408/429 is final. */
export function eventSender(config: { url: string; secret: string }, timeoutMs = 10_000) {
  return async (item: OutboxItem): Promise<void> => {
    const body = JSON.stringify(item.payload);
    let res: Response;
    try {
      res = await fetch(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-makerdesk-signature': makerdeskSignature(body, config.secret),
          'x-makerdesk-event-id': item.id,
          'x-makerdesk-delivery-attempt': String(item.attempts),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e: unknown) {
      throw new Error(`events URL unreachable: ${e instanceof Error ? e.message : String(e)}`, {
        cause: e,
      });
    }
    await res.body?.cancel();
    if (res.ok) return;
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new PermanentFailure(`events URL answered ${res.status}`);
    }
    throw new Error(`events URL answered ${res.status}`);
  };
}
