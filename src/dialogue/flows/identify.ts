import { continueIdentify, promptIdentify } from '../identity.js';
import type { FlowSpec } from './spec.js';

/** R2: proving the order is the customer's before anything about it is said or done. */
export const identifyFlow: FlowSpec<'identify'> = {
  intent: (f) => f.then,
  needsOrder: false,
  resumable: false,
  takesFreeText: () => true,
  prompt: (t, f) => promptIdentify(t, f),
  handle: (t, f, act) => continueIdentify(t, f, act),
};
