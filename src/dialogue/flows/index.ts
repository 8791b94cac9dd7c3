import { addressFlow } from './address.js';
import { briefFlow } from './brief.js';
import { cancelFlow } from './cancel.js';
import { changeFlow } from './change.js';
import { csatFlow } from './csat.js';
import { identifyFlow } from './identify.js';
import { qualityFlow } from './quality.js';
import { questionFlow } from './question.js';
import { returnFlow } from './return.js';
import type { FlowName, FlowRegistry, FlowSpec } from './spec.js';
import { whichOrderFlow } from './which-order.js';

export type { FlowName, FlowOf, FlowRegistry, FlowSpec } from './spec.js';

/** Every conversation flow by name: the router asks the registry, never a switch over names. */
export const flowRegistry: FlowRegistry = {
  identify: identifyFlow,
  which_order: whichOrderFlow,
  change: changeFlow,
  address: addressFlow,
  cancel: cancelFlow,
  return: returnFlow,
  quality: qualityFlow,
  brief: briefFlow,
  question: questionFlow,
  csat: csatFlow,
};

/** The spec of a flow, typed for that flow. */
export function specOf<N extends FlowName>(name: N): FlowSpec<N> {
  return flowRegistry[name];
}
