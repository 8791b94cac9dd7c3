import type { Intent, Order } from '../../domain/index.js';
import type { Act, Turn } from '../kit.js';
import type { Flow } from '../types.js';

export type FlowName = Flow['name'];
export type FlowOf<N extends FlowName> = Extract<Flow, { name: N }>;

/**
 * One conversation flow: how it asks its open question again, and how it reads each answer.
 * `handle` returns false when the message is not an answer to the open question (a new request:
 * the flow is then kept aside and offered again after the detour).
 */
export type FlowSpec<N extends FlowName> = {
  /** The request that starts the flow; an order flow without a proven order proves it first for this. */
  intent(flow: FlowOf<N>): Intent | null;
  /** Works on the proven order (R2). */
  needsOrder: boolean;
  /** Kept aside on a detour and offered again afterwards. */
  resumable: boolean;
  /** The open question takes free text (a new value, an address, a brief slot, proof details). */
  takesFreeText(flow: FlowOf<N>): boolean;
  /** Asks the open question (again). */
  prompt(t: Turn, flow: FlowOf<N>, order: Order | null): void;
  /** Reads the customer's answer: a choice, yes/no, a value; false when it is something else. */
  handle(t: Turn, flow: FlowOf<N>, act: Act, order: Order | null): boolean;
};

export type FlowRegistry = { [N in FlowName]: FlowSpec<N> };
