import type { Intent } from '../domain/conversation.js';

/** A sample statistic over durations, in seconds; null figures when there were no samples. */
export type DurationStats = {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
};

/** An amount per currency, as a decimal string in that currency ("52.00"). */
export type MoneyByCurrency = { currency: string; amount: string }[];

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export type KnowledgeGapExample = {
  conversationId: string;
  messageId: string;
  at: string;
  lang: string | null;
  text: string;
  /** `no_answer`: the shop documents had nothing; `low_confidence`: the NLU was unsure what was meant. */
  kind: 'no_answer' | 'low_confidence';
  intent: Intent | null;
  confidence: number | null;
};

export type FrictionRow = {
  /** The product's SKU, the seller's id, or the collection (item `productType`). */
  key: string;
  /** A readable name: the product title (SKU rows); the key otherwise. */
  label: string;
  conversations: number;
  escalations: number;
  negativeMessages: number;
  refunds: number;
  remakes: number;
  returns: number;
  changesRefused: number;
  /** The customer intents these conversations were about, most frequent first (greeting/thanks left out). */
  topIntents: { intent: Intent; count: number }[];
  /** conversations with a problem (escalation, refund, remake, return, refused change or negative message). */
  frictionScore: number;
};

/** The KPIs of product.md I1 and the topics and friction points of I2, for one period. */
export type InsightsReport = {
  period: { since: string | null; until: string | null };
  generatedAt: string;
  kpis: {
    /** Conversations started in the period in which the customer wrote at least once. */
    conversations: number;
    /** All conversations started, including widget openings with no customer message. */
    conversationsStarted: number;
    resolved: number;
    /** Resolved with no person involved (no escalation, no rep message, no take-over). */
    automatedResolutions: number;
    automatedResolutionRate: number | null;
    escalated: number;
    escalationRate: number | null;
    firstContactResolutions: number;
    firstContactResolutionRate: number | null;
    firstResponse: DurationStats;
    /** From the escalation to the first message a rep wrote. */
    firstHumanResponse: DurationStats;
    resolution: DurationStats;
    csat: {
      responses: number;
      average: number | null;
      /** Share of 4 and 5 answers. */
      satisfiedRate: number | null;
      /** Responses per resolved conversation. */
      responseRate: number | null;
      distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
    };
    sentiment: { messages: number } & Record<SentimentLabel, number>;
    refunds: {
      count: number;
      byStatus: { issued: number; pending_approval: number; declined: number };
      /** Issued and pending refunds (declined ones are left out) per currency. */
      total: MoneyByCurrency;
      byReason: { reason: string; count: number; amounts: MoneyByCurrency }[];
    };
    changeRequests: {
      total: number;
      insideWindow: number;
      outsideWindow: number;
      recorded: number;
      refused: number;
      addressChanges: number;
    };
    remakes: { count: number; rush: number; byReason: { reason: string; count: number }[] };
    returns: { count: number };
  };
  topics: {
    /** Every day of the period (UTC) with the conversations per intent that day. */
    days: { date: string; total: number; intents: Partial<Record<Intent, number>> }[];
    totals: { intent: Intent; count: number }[];
  };
  friction: { products: FrictionRow[]; sellers: FrictionRow[]; collections: FrictionRow[] };
  escalationReasons: { rule: string; count: number; example: string | null }[];
  knowledgeGaps: {
    count: number;
    noAnswer: number;
    lowConfidence: number;
    examples: KnowledgeGapExample[];
  };
};
