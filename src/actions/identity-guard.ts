import type { HandoffPackage } from '../domain/records.js';
import type { Language } from '../domain/order.js';
import type { Store } from '../domain/store.js';

/**
 * Failed proofs of ownership counted per order number across all conversations (contracts.md
 * §6): five within an hour pause self-service look-ups of that order for an hour, and the shop
 * gets an alert in the console queue. The per-conversation limit lives in the dialogue.
 */
export const orderProofRules = { max: 5, windowMs: 60 * 60_000, pauseMs: 60 * 60_000 } as const;

/** The alert's rule id, as the console shows it. */
export const orderPausedRule = 'identity.order_paused';

/** How an order number is keyed: as typed, without a leading "#" and spaces. */
export function orderKey(orderNumber: string): string {
  return orderNumber.trim().replace(/^#/, '');
}

type Escalate = (i: {
  conversationId: string;
  orderId: string | null;
  handoff: HandoffPackage;
  priority: number;
  idempotencyKey: string;
}) => Promise<unknown>;

export type ProofFailureResult = {
  failures: number;
  pausedUntil: string | null;
  newlyPaused: boolean;
};

/**
 * Counts one failed proof for an order number (whether or not such an order exists, so the
 * answer and the counting reveal nothing). When this failure starts a pause, the shop is
 * alerted once with an escalation case (rule `identity.order_paused`).
 */
export async function recordProofFailure(
  deps: { store: Store; escalate: Escalate; clock: () => Date },
  input: { orderNumber: string; conversationId: string; lang: Language },
): Promise<ProofFailureResult> {
  const key = orderKey(input.orderNumber);
  const at = deps.clock().toISOString();
  const result = await deps.store.guards.recordProofFailure({
    orderKey: key,
    conversationId: input.conversationId,
    at,
    ...orderProofRules,
  });
  if (result.newlyPaused && result.pausedUntil !== null) {
    const exists = (await deps.store.orders.get(key)) !== null;
    const reason = `${result.failures} failed proofs of ownership for order ${key} within an hour; self-service look-ups of this order are paused until ${result.pausedUntil}.`;
    await deps.escalate({
      conversationId: input.conversationId,
      orderId: exists ? key : null,
      priority: 3,
      idempotencyKey: `${orderPausedRule}:${key}:${result.pausedUntil}`,
      handoff: {
        orderId: exists ? key : null,
        customer: null,
        lang: input.lang,
        rule: orderPausedRule,
        reason,
        summary: `Someone may be guessing the details of order ${key}. ${reason}`,
        facts: {
          orderNumber: key,
          failures: result.failures,
          pausedUntil: result.pausedUntil,
          orderExists: exists,
        },
        attachmentIds: [],
        desiredResolution: null,
        suggestedNextStep:
          'Check recent conversations about this order; contact the customer by the e-mail on the order if it looks like an attack.',
      },
    });
  }
  return result;
}

/** The order numbers among `orderNumbers` whose self-service look-ups are paused now, with until when. */
export async function pausedOrders(
  store: Store,
  orderNumbers: Iterable<string>,
  at: Date,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const n of orderNumbers) {
    const until = await store.guards.pausedUntil(orderKey(n), at.toISOString());
    if (until !== null) out[n] = until;
  }
  return out;
}
