import type { Order, OrderItem } from '../../src/domain/order.js';
import type { Case, Conversation, Refund } from '../../src/domain/records.js';

export const t0 = '2026-11-20T14:03:00.000Z';

export function anItem(overrides: Partial<OrderItem> = {}): OrderItem {
  return {
    sku: 'NECK-NAME',
    title: 'Name necklace',
    sellerId: 'lunastudio',
    quantity: 1,
    unitPriceMinor: 4800,
    personalized: true,
    personalization: { engraving: 'Mia' },
    finalSale: false,
    ...overrides,
  };
}

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: '1042',
    createdAt: t0,
    currency: 'USD',
    customer: { email: 'ana@example.com', name: 'Ana', postcode: '94110', language: 'en' },
    shippingAddress: {
      line1: '1 Main St',
      city: 'San Francisco',
      postcode: '94110',
      country: 'US',
    },
    items: [anItem()],
    stage: 'design',
    fulfillment: {
      status: 'unfulfilled',
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
      shippedAt: null,
      deliveredAt: null,
      estimatedDeliveryAt: null,
    },
    payment: { totalMinor: 5200, refundedMinor: 0 },
    delayed: false,
    ...overrides,
  };
}

export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    channel: 'web',
    lang: 'en',
    status: 'open',
    intent: null,
    orderId: null,
    tokenHash: 'hash',
    state: { flow: 'start', slots: { a: 1 } },
    handledBy: 'assistant',
    createdAt: t0,
    updatedAt: t0,
    version: 1,
    ...overrides,
  };
}

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: 'case1',
    kind: 'escalation',
    status: 'open',
    priority: 1,
    conversationId: null,
    orderId: null,
    handoff: null,
    subject: {},
    createdAt: t0,
    updatedAt: t0,
    assignedTo: null,
    ...overrides,
  };
}

export function aRefund(overrides: Partial<Refund> = {}): Refund {
  return {
    id: 'r1',
    orderId: '1042',
    conversationId: null,
    amountMinor: 1000,
    currency: 'USD',
    reason: 'damaged',
    rule: 'quality.damaged',
    status: 'issued',
    idempotencyKey: 'k1',
    createdAt: t0,
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}
