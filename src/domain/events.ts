/** Event types a turn can report (contracts.md §4). */
export const eventTypes = [
  'identity.verified',
  'identity.failed',
  'change.recorded',
  'change.refused',
  'address.changed',
  'address.refused',
  'order.cancelled',
  'cancel.refused',
  'return.created',
  'return.refused',
  'evidence.requested',
  'evidence.received',
  'refund.issued',
  'refund.pending_approval',
  'refund.declined',
  'remake.created',
  'case.escalated',
  'brief.created',
  'csat.recorded',
  'notification.sent',
  'order.stage_changed',
  'order.delayed',
] as const;
export type EventType = (typeof eventTypes)[number];

/** Every event after a policy decision carries rule + reason; money events carry `amount` as a decimal string. */
export type TurnEvent = {
  type: EventType;
  orderId?: string;
  rule?: string;
  reason?: string;
  amount?: string;
  currency?: string;
  [key: string]: unknown;
};
