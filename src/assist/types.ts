import type { Message } from '../domain/conversation.js';
import type { Language } from '../domain/order.js';

/** The shop's voice as assist needs it (a subset of the policy file's `shop.voice`). */
export type AssistVoice = {
  shopName: string;
  formality: 'informal' | 'formal';
  emoji: boolean;
  signOff?: string;
  avoidWords?: string[];
};

/** A policy decision as the console shows it: which rule decided and why. */
export type DecisionCue = {
  outcome: 'allow' | 'deny' | 'needs_approval' | 'escalate';
  rule: string;
  reason: string;
  facts?: Record<string, unknown>;
};

/** The facts about the order that replies may state (never more certain than these). */
export type OrderFacts = {
  id: string;
  customerName?: string;
  stageLabel: string;
  fulfillmentStatus: 'unfulfilled' | 'shipped' | 'delivered';
  /** Business-date range in the shop's zone, `YYYY-MM-DD`. */
  shipWindow?: { start: string; end: string };
  carrier?: string | null;
  trackingUrl?: string | null;
  delayed?: boolean;
  personalized: boolean;
  currency: string;
};

export type PendingRefund = { amount: string; currency: string };

export type AssistContext = {
  lang: Language;
  /** The rep's reading language; suggestions come with a version in it. */
  repLang?: Language;
  voice: AssistVoice;
  repName?: string;
  order?: OrderFacts;
  intent?: string | null;
  decisions?: DecisionCue[];
  pendingRefund?: PendingRefund;
  messages?: Message[];
};
