import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createAuth } from '../../src/auth/auth.js';
import { parseOrder, type OrderInput } from '../../src/domain/order.js';
import type { Store } from '../../src/domain/store.js';
import type { DecideApproval } from '../../src/http/console/routes.js';
import { computeInsights, parsePeriod, type InsightsReport } from '../../src/insights/index.js';

export const passwords = {
  rep: 'rep-password-1',
  approver: 'approver-password-1',
  admin: 'admin-password-1',
  rep2: 'rep2-password-1',
};

export const spanishOrder: OrderInput = {
  id: 'MD-1042',
  createdAt: '2026-11-10T09:00:00Z',
  currency: 'EUR',
  customer: { email: 'lucia@example.com', name: 'Lucía Pérez', postcode: '28001', language: 'es' },
  items: [
    {
      sku: 'MUG-NAME',
      title: 'Hand-thrown mug with name',
      sellerId: 'claywork',
      quantity: 1,
      unitPrice: '140.00',
      personalized: true,
      personalization: { name: 'Lucía' },
    },
  ],
  stage: 'making',
  payment: { total: '140.00' },
};

/** A store with three console users, a Spanish conversation with an escalation and a pending refund, and photos. */
export async function seedConsole(store: Store, clock: () => Date, newId: () => string) {
  const auth = createAuth({ store, clock, newId });
  const rep = await auth.addUser({
    email: 'rep@shop.example',
    role: 'rep',
    password: passwords.rep,
  });
  const rep2 = await auth.addUser({
    email: 'rep2@shop.example',
    role: 'rep',
    password: passwords.rep2,
  });
  const approver = await auth.addUser({
    email: 'approver@shop.example',
    role: 'approver',
    password: passwords.approver,
  });
  const admin = await auth.addUser({
    email: 'admin@shop.example',
    role: 'admin',
    password: passwords.admin,
  });
  const parsed = parseOrder(spanishOrder);
  if (!parsed.ok) throw new Error('bad fixture order');
  await store.orders.upsert(parsed.value);
  const t0 = '2026-11-20T09:00:00.000Z';
  const conv = {
    id: 'conv-es',
    channel: 'web' as const,
    lang: 'es' as const,
    status: 'escalated' as const,
    intent: 'damaged_item' as const,
    orderId: 'MD-1042',
    tokenHash: 'x',
    state: {},
    handledBy: 'assistant' as const,
    createdAt: t0,
    updatedAt: t0,
    version: 1,
  };
  await store.conversations.create(conv);
  await store.conversations.create({
    ...conv,
    id: 'conv-other',
    lang: 'en',
    orderId: null,
    status: 'open',
  });
  const msgs = [
    {
      sender: 'customer' as const,
      text: 'Hola, la taza llegó rota.',
      meta: { intent: 'damaged_item', sentiment: { label: 'negative', score: -0.6 } },
    },
    { sender: 'assistant' as const, text: 'Lo siento mucho. ¿Puedes enviar una foto?' },
    {
      sender: 'customer' as const,
      text: '<img src=x onerror="window.__xss=1">Quiero un reembolso completo.',
      meta: { intent: 'refund_request', sentiment: { label: 'negative', score: -0.7 } },
      attachmentIds: ['att-es'],
    },
  ];
  let minute = 0;
  for (const m of msgs) {
    await store.messages.append({
      id: newId(),
      conversationId: 'conv-es',
      lang: 'es',
      createdAt: new Date(Date.parse(t0) + ++minute * 60_000).toISOString(),
      ...m,
    });
  }
  await store.messages.append({
    id: newId(),
    conversationId: 'conv-other',
    sender: 'customer',
    text: 'Is anyone there?',
    lang: 'en',
    createdAt: '2026-11-20T09:30:00.000Z',
  });
  await store.events.append({
    id: newId(),
    conversationId: 'conv-es',
    at: '2026-11-20T09:03:00.000Z',
    type: 'refund.pending_approval',
    orderId: 'MD-1042',
    rule: 'refunds.above_auto_limit',
    reason: 'refund 140.00 is above the automatic limit of 75.00',
    amount: '140.00',
    currency: 'EUR',
  });
  await store.refunds.create({
    id: 'ref-1',
    orderId: 'MD-1042',
    conversationId: 'conv-es',
    amountMinor: 14000,
    currency: 'EUR',
    reason: 'damaged',
    rule: 'refunds.above_auto_limit',
    status: 'pending_approval',
    idempotencyKey: 'k1',
    createdAt: '2026-11-20T09:03:00.000Z',
    decidedAt: null,
    decidedBy: null,
  });
  const handoff = {
    orderId: 'MD-1042',
    customer: { email: 'lucia@example.com', name: 'Lucía Pérez' },
    lang: 'es' as const,
    rule: 'refunds.above_auto_limit',
    reason: 'refund 140.00 is above the automatic limit of 75.00',
    summary: 'Mug arrived broken; wants a full refund.',
    facts: { damaged: true },
    attachmentIds: ['att-es'],
    desiredResolution: 'full refund',
    suggestedNextStep: 'Approve or decline the refund of 140.00 EUR.',
  };
  await store.cases.create({
    id: 'case-approval',
    kind: 'approval',
    status: 'open',
    priority: 3,
    conversationId: 'conv-es',
    orderId: 'MD-1042',
    handoff,
    subject: { refundId: 'ref-1', amount: '140.00', currency: 'EUR' },
    createdAt: '2026-11-20T09:03:00.000Z',
    updatedAt: '2026-11-20T09:03:00.000Z',
    assignedTo: null,
  });
  await store.cases.create({
    id: 'case-exception',
    kind: 'escalation',
    status: 'open',
    priority: 2,
    conversationId: 'conv-other',
    orderId: null,
    handoff: {
      ...handoff,
      orderId: null,
      lang: 'en',
      rule: 'escalation.policy_exception',
      reason: 'asks to return a personalised item',
    },
    subject: {},
    createdAt: '2026-11-20T09:31:00.000Z',
    updatedAt: '2026-11-20T09:31:00.000Z',
    assignedTo: null,
  });

  const uploadsDir = mkdtempSync(join(tmpdir(), 'md-console-'));
  mkdirSync(join(uploadsDir, 'conv-es'));
  mkdirSync(join(uploadsDir, 'conv-other'));
  const photo = (background: string) =>
    sharp({ create: { width: 120, height: 90, channels: 3, background } })
      .jpeg()
      .toBuffer();
  writeFileSync(join(uploadsDir, 'conv-es', 'a.jpg'), await photo('#b5523b'));
  writeFileSync(join(uploadsDir, 'conv-other', 'b.jpg'), await photo('#3b6fb5'));
  await store.attachments.create({
    id: 'att-es',
    conversationId: 'conv-es',
    path: 'conv-es/a.jpg',
    mime: 'image/jpeg',
    bytes: 700,
    width: 120,
    height: 90,
    createdAt: t0,
  });
  await store.attachments.create({
    id: 'att-other',
    conversationId: 'conv-other',
    path: 'conv-other/b.jpg',
    mime: 'image/jpeg',
    bytes: 700,
    width: 120,
    height: 90,
    createdAt: t0,
  });
  return { auth, users: { rep, rep2, approver, admin }, uploadsDir };
}

/** Stands in for the money actions' decideApproval where those are not wired: same effects, audited. */
export function storeDecideApproval(
  store: Store,
  clock: () => Date,
  newId: () => string,
): DecideApproval {
  return async ({ caseId, approve, why, actor }) => {
    const c = await store.cases.get(caseId);
    const refundId = c?.subject.refundId;
    if (!c || typeof refundId !== 'string') throw new Error('not an approval');
    const at = clock().toISOString();
    await store.refunds.setStatus(refundId, approve ? 'issued' : 'declined', actor, at);
    await store.cases.update(caseId, { status: 'closed', updatedAt: at });
    await store.audit.append({
      id: newId(),
      at,
      actor,
      action: approve ? 'refund.approved' : 'refund.declined',
      subjectType: 'refund',
      subjectId: refundId,
      rule: 'refunds.above_auto_limit',
      reason: why,
      before: { status: 'pending_approval' },
      after: { status: approve ? 'issued' : 'declined' },
    });
    return {
      events: [
        {
          type: approve ? 'refund.issued' : 'refund.declined',
          rule: 'refunds.above_auto_limit',
          reason: why,
        },
      ],
    };
  };
}

/** The report the Insights page shows by default: the 30 days up to and including today (UTC). */
export async function insightsOfLast30Days(store: Store): Promise<InsightsReport> {
  const today = new Date().toISOString().slice(0, 10);
  const since = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
  const period = parsePeriod({ since, until: today }, new Date());
  if (!period.ok) throw new Error(period.message);
  return computeInsights(await store.insights.load(period.value), {
    period: period.value,
    generatedAt: new Date().toISOString(),
  });
}
