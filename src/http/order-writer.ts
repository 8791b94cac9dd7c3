import { AppError } from '../domain/errors.js';
import type { Order } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import type { OrderEventBody } from './schemas.js';

/** What the order endpoints need; the composition root passes the actions layer's implementation. */
export type OrderWriter = {
  upsertOrder(order: Order, actor: string): Promise<'created' | 'updated'>;
  applyOrderEvent(orderId: string, event: OrderEventBody, actor: string): Promise<Order>;
};

/** Applies a production or shipment event to an order snapshot; pure. */
export function applyEventToOrder(order: Order, event: OrderEventBody, now: Date): Order {
  const at = new Date(event.at ?? now.toISOString()).toISOString();
  const next: Order = structuredClone(order);
  switch (event.type) {
    case 'stage':
      if (order.fulfillment.status !== 'unfulfilled') {
        throw new AppError('conflict', `Order ${order.id} has already shipped; its production stage can no longer change.`);
      }
      next.stage = event.stage;
      next.stageUpdatedAt = at;
      return next;
    case 'shipped':
      next.fulfillment = {
        ...next.fulfillment,
        status: next.fulfillment.status === 'delivered' ? 'delivered' : 'shipped',
        carrier: event.carrier,
        trackingNumber: event.trackingNumber,
        trackingUrl: event.trackingUrl ?? null,
        shippedAt: at,
        estimatedDeliveryAt: event.estimatedDeliveryAt ? new Date(event.estimatedDeliveryAt).toISOString() : null,
      };
      return next;
    case 'delivered':
      next.fulfillment = { ...next.fulfillment, status: 'delivered', shippedAt: next.fulfillment.shippedAt ?? at, deliveredAt: at };
      next.delayed = false;
      return next;
    case 'delayed':
      next.delayed = event.delayed;
      if (event.note !== undefined) next.note = event.note;
      return next;
  }
}

/** Writes orders straight to the store and audits them; used when no actions layer is wired in. */
export function storeOrderWriter(store: Store, clock: () => Date, newId: () => string): OrderWriter {
  const audit = (actor: string, action: string, subjectId: string, before: unknown, after: unknown) =>
    store.audit.append({ id: newId(), at: clock().toISOString(), actor, action, subjectType: 'order', subjectId, rule: null, reason: null, before, after });
  return {
    upsertOrder: (order, actor) =>
      store.transaction(async (tx) => {
        const before = await tx.orders.get(order.id);
        const result = await tx.orders.upsert(order);
        await audit(actor, `order.${result}`, order.id, before, order);
        return result;
      }),
    applyOrderEvent: (orderId, event, actor) =>
      store.transaction(async (tx) => {
        const order = await tx.orders.getForUpdate(orderId);
        if (!order) throw new AppError('not_found', `No order ${orderId}.`);
        const next = applyEventToOrder(order, event, clock());
        await tx.orders.upsert(next);
        await audit(actor, `order.${event.type}`, orderId, order, next);
        return next;
      }),
  };
}
