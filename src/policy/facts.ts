import type { FulfillmentStatus, Order } from '../domain/order.js';

/** What the policy engine knows about one item. */
export type ItemFacts = {
  sku: string;
  title: string;
  sellerId: string;
  productType: string | null;
  quantity: number;
  unitPriceMinor: number;
  personalized: boolean;
  finalSale: boolean;
};

/**
 * A plain snapshot of an order for the pure decisions, built by the caller (never fetched).
 * `item` is the item the request is about; null means "the whole order".
 */
export type OrderFacts = {
  orderId: string;
  createdAt: string;
  currency: string;
  stage: string;
  stageUpdatedAt: string | null;
  fulfillmentStatus: FulfillmentStatus;
  shippedAt: string | null;
  deliveredAt: string | null;
  cancelled: boolean;
  delayed: boolean;
  totalMinor: number;
  refundedMinor: number;
  items: ItemFacts[];
  item: ItemFacts | null;
};

function itemFacts(i: Order['items'][number]): ItemFacts {
  return {
    sku: i.sku,
    title: i.title,
    sellerId: i.sellerId,
    productType: i.productType ?? null,
    quantity: i.quantity,
    unitPriceMinor: i.unitPriceMinor,
    personalized: i.personalized,
    finalSale: i.finalSale,
  };
}

/**
 * Builds the facts for a request about `order` (and, when given, the item with that SKU). With no
 * SKU and a single item, that item is the subject; with several, the whole order is.
 */
export function factsFromOrder(order: Order, sku?: string): OrderFacts {
  const items = order.items.map(itemFacts);
  const item =
    sku !== undefined
      ? (items.find((i) => i.sku === sku) ?? null)
      : items.length === 1
        ? (items[0] ?? null)
        : null;
  return {
    orderId: order.id,
    createdAt: order.createdAt,
    currency: order.currency,
    stage: order.stage,
    stageUpdatedAt: order.stageUpdatedAt ?? null,
    fulfillmentStatus: order.fulfillment.status,
    shippedAt: order.fulfillment.shippedAt,
    deliveredAt: order.fulfillment.deliveredAt,
    cancelled: order.cancelledAt !== undefined,
    delayed: order.delayed,
    totalMinor: order.payment.totalMinor,
    refundedMinor: order.payment.refundedMinor,
    items,
    item,
  };
}

/** The items a request touches: the chosen item, or all of them. */
export function subjectItems(facts: OrderFacts): ItemFacts[] {
  return facts.item ? [facts.item] : facts.items;
}
