import { AppError } from '../domain/errors.js';
import { fromMinor } from '../domain/money.js';
import type { Order } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import type { Actor } from './actor.js';

/** What one item of an order has already had, from the refunds, remakes and returns on record. */
export type ItemRemedies = {
  sku: string;
  /** Issued refunds naming this item, minor units. */
  refundedMinor: number;
  /** Refunds naming this item that wait for approval, minor units. */
  pendingMinor: number;
  remade: boolean;
  returned: boolean;
};

/**
 * The remedy ledger of an order: per item, what was refunded (issued or waiting), remade or
 * returned. Read under the order's row lock by the actions that add a remedy, so two
 * conversations cannot both give one item a remedy.
 */
export async function remedyLedger(tx: Store, order: Order): Promise<Map<string, ItemRemedies>> {
  const ledger = new Map<string, ItemRemedies>(
    order.items.map((i) => [
      i.sku,
      { sku: i.sku, refundedMinor: 0, pendingMinor: 0, remade: false, returned: false },
    ]),
  );
  const entry = (sku: string): ItemRemedies | undefined => ledger.get(sku);
  for (const r of await tx.refunds.listForOrder(order.id)) {
    if (r.status === 'declined') continue;
    for (const sku of r.itemSkus ?? []) {
      const e = entry(sku);
      if (!e) continue;
      if (r.status === 'issued') e.refundedMinor += r.amountMinor;
      else e.pendingMinor += r.amountMinor;
    }
  }
  for (const m of await tx.remakes.listForOrder(order.id))
    for (const sku of m.itemSkus) {
      const e = entry(sku);
      if (e) e.remade = true;
    }
  for (const r of await tx.returns.listForOrder(order.id))
    for (const sku of r.itemSkus) {
      const e = entry(sku);
      if (e) e.returned = true;
    }
  return ledger;
}

function describe(e: ItemRemedies, currency: string): string | null {
  const had: string[] = [];
  if (e.refundedMinor > 0)
    had.push(`a refund of ${fromMinor(e.refundedMinor, currency)} ${currency}`);
  if (e.pendingMinor > 0)
    had.push(`a refund of ${fromMinor(e.pendingMinor, currency)} ${currency} waiting for approval`);
  if (e.remade) had.push('a remake');
  if (e.returned) had.push('a return');
  return had.length > 0 ? had.join(' and ') : null;
}

/**
 * Refuses a second remedy (refund, remake, return) for an item that already had one, unless a
 * person (a console user) asks for it: `AppError('conflict')`, which the conversation engine
 * turns into a hand-off to a person.
 */
export async function assertNoPriorRemedy(
  tx: Store,
  order: Order,
  itemSkus: readonly string[],
  actor: Actor,
  what: string,
): Promise<void> {
  if (actor.type === 'user') return;
  const ledger = await remedyLedger(tx, order);
  for (const sku of itemSkus) {
    const e = ledger.get(sku);
    const had = e ? describe(e, order.currency) : null;
    if (had !== null) {
      throw new AppError(
        'conflict',
        `item ${sku} of order ${order.id} already had ${had}; a ${what} on top needs a person`,
      );
    }
  }
}
