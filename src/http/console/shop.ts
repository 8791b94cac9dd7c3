import type { AssistVoice } from '../../assist/types.js';
import type { Order } from '../../domain/order.js';

/**
 * What the console needs to know about the shop, built from the policy at the composition root:
 * its voice, the labels of its production stages, the ship window of an order and the policy's
 * clauses in plain words (for coaching).
 */
export type ConsoleShop = {
  voice: AssistVoice;
  stageLabel(stage: string): string;
  shipWindow(order: Order, now: Date): { start: string; end: string } | null;
  policyClauses: { rule: string; text: string }[];
  /** The reps' reading language; translations go into it. */
  repLang: 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';
};

/** A shop with no policy loaded: stage ids as labels, no ship windows promised. */
export function plainShop(name = 'Makerdesk'): ConsoleShop {
  return {
    voice: { shopName: name, formality: 'informal', emoji: false },
    stageLabel: (s) => s.replace(/_/g, ' '),
    shipWindow: () => null,
    policyClauses: [],
    repLang: 'en',
  };
}
