import type { Channel, TurnInput, TurnResult } from './conversation.js';
import type { Language } from './order.js';
import type { Conversation } from './records.js';

/**
 * What channels (HTTP widget, e-mail, `makerdesk chat`) call. Implemented in src/engine.ts on top
 * of `handleTurn`; loads and persists conversation state around each turn.
 */
export interface Assistant {
  start(input: { channel: Channel; lang?: Language }): Promise<{
    conversation: Conversation;
    /** Bearer token for the customer's later calls; only its hash is stored. */
    token: string;
    result: TurnResult;
  }>;
  /** One customer turn. Throws AppError('not_found') for an unknown conversation. */
  turn(conversationId: string, input: TurnInput): Promise<TurnResult>;
}
