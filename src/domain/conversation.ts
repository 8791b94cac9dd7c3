import type { Language } from './order.js';
import type { TurnEvent } from './events.js';

export const intents = [
  'order_status',
  'delivery_problem',
  'change_details',
  'change_address',
  'cancel_order',
  'return_request',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'refund_status',
  'refund_request',
  'payment_issue',
  'shop_question',
  'custom_request',
  'human_agent',
  'complaint',
  'greeting',
  'thanks',
  'other',
] as const;
export type Intent = (typeof intents)[number];

export const conversationStatuses = [
  'open',
  'resolved',
  'escalated',
  'waiting_for_customer',
] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const channels = ['web', 'email', 'cli'] as const;
export type Channel = (typeof channels)[number];

export type QuickReply = { id: string; label: string };
export type Reply = { text: string; quickReplies: QuickReply[] };

export type Sender = 'customer' | 'assistant' | 'agent' | 'system';

export type Message = {
  id: string;
  conversationId: string;
  sender: Sender;
  text: string;
  lang?: Language;
  quickReplies?: QuickReply[];
  attachmentIds?: string[];
  createdAt: string;
  /** What the NLU made of a customer message (intent, confidence, sentiment), for insights and reps. */
  meta?: Record<string, unknown>;
};

/** What a customer sends in one turn. */
export type TurnInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; choice: string }
  | { kind: 'attachment'; attachmentIds: string[]; text?: string }
  | { kind: 'start' };

export type TurnResult = {
  replies: Reply[];
  state: { intent: Intent | null; status: ConversationStatus };
  events: TurnEvent[];
};
