import type { z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { TurnEvent } from '../domain/events.js';
import type { ActorInput } from './actor.js';
import {
  briefSchema,
  createBriefAction,
  createRemakeAction,
  createReturnAction,
  escalateAction,
  escalationSchema,
  remakeRequestSchema,
  returnRequestSchema,
} from './cases.js';
import {
  addressChangeSchema,
  changeAddressAction,
  changeRequestSchema,
  recordChangeAction,
} from './changes.js';
import { applyOrderEventAction, upsertOrderAction } from './orders.js';
import {
  advanceStageAction,
  markDelayAction,
  advanceStageSchema,
  markDelaySchema,
} from './makers.js';
import {
  approvalDecisionSchema,
  cancelOrderAction,
  cancelRequestSchema,
  decideApprovalAction,
  refundRequestSchema,
  requestRefundAction,
} from './refunds.js';
import { runAction, type ActionDeps, type ActionResult } from './run-action.js';

export {
  actorLabel,
  actors,
  actorSchema,
  can,
  permissions,
  type Actor,
  type ActorInput,
  type Permission,
} from './actor.js';
export { orderEventSchema, type OrderEvent } from './orders.js';
export { orderHasSeller } from './makers.js';
export { addressSchema } from './changes.js';
export { handoffInputSchema } from './cases.js';
export {
  decisionSchema,
  runAction,
  type ActionDef,
  type ActionDeps,
  type ActionResult,
} from './run-action.js';
export type { RefundResult, CancelResult } from './refunds.js';
export type { ChangeResult } from './changes.js';

/** Every action there is, explicitly; nothing registers itself by being imported. */
export const actionRegistry = [
  upsertOrderAction,
  applyOrderEventAction,
  recordChangeAction,
  changeAddressAction,
  cancelOrderAction,
  createReturnAction,
  requestRefundAction,
  decideApprovalAction,
  createRemakeAction,
  escalateAction,
  createBriefAction,
  advanceStageAction,
  markDelayAction,
] as const;

/** The actor may be left out by the conversation engine: it then is the assistant. */
type WithActor<S extends z.ZodType> = z.input<S> & { actor?: ActorInput };

/**
 * The only writers of orders, refunds, returns, changes and cases. Each call is checked
 * (permission, input, decision), runs in one transaction, is audited, and — where it takes an
 * `idempotencyKey` — returns the first result again for a repeated key, with no second effect.
 * Results carry the TurnEvents produced (contracts.md §4); callers store them with the turn,
 * except `decideApproval`, which stores its own (no turn surrounds it).
 */
export function createActions(deps: ActionDeps) {
  const split = <S extends z.ZodType>(
    input: WithActor<S>,
  ): [Omit<WithActor<S>, 'actor'>, ActorInput] => {
    const { actor, ...rest } = input;
    return [rest, actor ?? 'assistant'];
  };
  return {
    upsertOrder: (order: unknown, actor: ActorInput) =>
      runAction(deps, upsertOrderAction, order, actor),
    applyOrderEvent: (orderId: string, event: unknown, actor: ActorInput) =>
      runAction(deps, applyOrderEventAction, { orderId, event }, actor),
    recordChange: (input: WithActor<typeof changeRequestSchema>) =>
      runAction(deps, recordChangeAction, ...split(input)),
    changeAddress: (input: WithActor<typeof addressChangeSchema>) =>
      runAction(deps, changeAddressAction, ...split(input)),
    cancelOrder: (input: WithActor<typeof cancelRequestSchema>) =>
      runAction(deps, cancelOrderAction, ...split(input)),
    createReturn: (input: WithActor<typeof returnRequestSchema>) =>
      runAction(deps, createReturnAction, ...split(input)),
    requestRefund: async (input: WithActor<typeof refundRequestSchema>) => {
      const result = await runAction(deps, requestRefundAction, ...split(input));
      const [event] = result.events;
      if (!event) throw new AppError('internal', 'requestRefund produced no event');
      return { ...result, event } satisfies ActionResult<object> & { event: TurnEvent };
    },
    decideApproval: (input: WithActor<typeof approvalDecisionSchema>) =>
      runAction(deps, decideApprovalAction, ...split(input)),
    createRemake: (input: WithActor<typeof remakeRequestSchema>) =>
      runAction(deps, createRemakeAction, ...split(input)),
    escalate: (input: WithActor<typeof escalationSchema>) =>
      runAction(deps, escalateAction, ...split(input)),
    createBrief: (input: WithActor<typeof briefSchema>) =>
      runAction(deps, createBriefAction, ...split(input)),
    advanceStage: (input: WithActor<typeof advanceStageSchema>) =>
      runAction(deps, advanceStageAction, ...split(input)),
    markDelay: (input: WithActor<typeof markDelaySchema>) =>
      runAction(deps, markDelayAction, ...split(input)),
  };
}

export type Actions = ReturnType<typeof createActions>;
