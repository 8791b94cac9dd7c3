import { AsyncLocalStorage } from 'node:async_hooks';
import type { Decision, Order } from '../domain/index.js';
import type { DialoguePolicy, EscalationSignals, QualityProblem } from '../dialogue/index.js';
import type { PolicyDecision } from '../dialogue/rules.js';
import { createPolicyPort } from '../engine/policy-port.js';
import type { EngineAssistant } from '../engine.js';
import type { Policy } from '../policy/index.js';
import type { DecisionRecord, StudioRepository } from '../store/studio.js';

/**
 * What one decision was made on, exactly as the assistant asked the policy: the order snapshot
 * (with what was already paid and refunded), the request, and the instant. Re-deciding it with
 * another policy runs the same code path the live assistant runs.
 */
export type DecisionInput =
  | { v: 1; kind: 'change'; order: Order; sku: string; field: string; now: string }
  | { v: 1; kind: 'address'; order: Order; now: string }
  | { v: 1; kind: 'cancel'; order: Order; now: string }
  | {
      v: 1;
      kind: 'return';
      order: Order;
      skus: string[];
      returnKind: 'return' | 'exchange';
      now: string;
    }
  | {
      v: 1;
      kind: 'quality';
      order: Order;
      problem: QualityProblem;
      skus: string[];
      hasEvidence: boolean;
      now: string;
    }
  | { v: 1; kind: 'refund'; order: Order; amountMinor: number; now: string }
  | { v: 1; kind: 'escalation'; signals: EscalationSignals; now: string };

export type DecisionKind = DecisionInput['kind'];

/** The decision an input gets from a policy port; escalation checks that find nothing say `escalation.none`. */
export function decideWith(port: DialoguePolicy, input: DecisionInput): Decision {
  const now = new Date(input.now);
  switch (input.kind) {
    case 'change':
      return port.decideChange(input.order, input.sku, input.field, now);
    case 'address':
      return port.decideAddressChange(input.order, now);
    case 'cancel':
      return port.decideCancel(input.order, now);
    case 'return':
      return port.decideReturn(input.order, input.skus, input.returnKind, now);
    case 'quality':
      return port.decideQuality(input.order, input.problem, input.skus, input.hasEvidence, now);
    case 'refund':
      return port.decideRefund(input.order, input.amountMinor, now);
    case 'escalation':
      return (
        port.decideEscalation(input.signals) ?? {
          outcome: 'allow',
          rule: 'escalation.none',
          reason: 'Nothing calls for a person.',
          facts: {},
        }
      );
  }
}

/** Reads a stored input back; anything that is not a known shape is not replayable. */
export function readInput(value: unknown): DecisionInput | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as {
    v?: unknown;
    kind?: unknown;
    now?: unknown;
    order?: unknown;
    signals?: unknown;
  };
  if (v.v !== 1 || typeof v.now !== 'string') return null;
  if (v.kind === 'escalation')
    return typeof v.signals === 'object' && v.signals !== null ? (value as DecisionInput) : null;
  if (typeof v.order !== 'object' || v.order === null) return null;
  return ['change', 'address', 'cancel', 'return', 'quality', 'refund'].includes(String(v.kind))
    ? (value as DecisionInput)
    : null;
}

type Pending = { key: string; input: DecisionInput; decision: Decision; version: number };
type TurnLog = { pending: Pending[] };

const turns = new AsyncLocalStorage<TurnLog>();

/** The policy the assistant uses now, and its version; `set` switches every later decision to another version. */
export type LivePolicy = {
  readonly version: number;
  readonly policy: Policy;
  readonly port: DialoguePolicy;
  set(version: number, policy: Policy): void;
};

export function livePolicy(version: number, policy: Policy): LivePolicy {
  let current = { version, policy, port: createPolicyPort(policy) };
  return {
    get version() {
      return current.version;
    },
    get policy() {
      return current.policy;
    },
    get port() {
      return current.port;
    },
    set(v, p) {
      if (v === current.version) return;
      current = { version: v, policy: p, port: createPolicyPort(p) };
    },
  };
}

/**
 * A policy port that always asks the live version and, inside a turn run by `withDecisionLog`,
 * notes every decision with its inputs and version.
 */
export function recordingPort(live: LivePolicy, clock: () => Date): DialoguePolicy {
  const note = <D extends PolicyDecision | null>(
    input: DecisionInput,
    version: number,
    decision: D,
  ): D => {
    const log = turns.getStore();
    if (log && decision) {
      const key = JSON.stringify(input);
      if (!log.pending.some((p) => p.key === key))
        log.pending.push({ key, input, decision, version });
    }
    return decision;
  };
  const at = (d: Date): string => d.toISOString();
  return {
    get shop() {
      return live.port.shop;
    },
    leadTime: (order) => live.port.leadTime(order),
    shipWindow: (order, now) => live.port.shipWindow(order, now),
    businessDaysLate: (order, now) => live.port.businessDaysLate(order, now),
    delayThresholdBusinessDays: (order) => live.port.delayThresholdBusinessDays(order),
    returnAlternatives: (order, sku) => live.port.returnAlternatives(order, sku),
    returnShippingPaidBy: (order, sku) => live.port.returnShippingPaidBy(order, sku),
    evidenceRequired: (order, problem, sku) => live.port.evidenceRequired(order, problem, sku),
    remedies: (order, problem, sku) => live.port.remedies(order, problem, sku),
    autoLimitMinor: (order) => live.port.autoLimitMinor(order),
    responseExpectation: (now) => live.port.responseExpectation(now),
    decideChange(order, sku, field, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'change', order, sku, field, now: at(now) },
        version,
        port.decideChange(order, sku, field, now),
      );
    },
    decideAddressChange(order, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'address', order, now: at(now) },
        version,
        port.decideAddressChange(order, now),
      );
    },
    decideCancel(order, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'cancel', order, now: at(now) },
        version,
        port.decideCancel(order, now),
      );
    },
    decideReturn(order, skus, kind, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'return', order, skus, returnKind: kind, now: at(now) },
        version,
        port.decideReturn(order, skus, kind, now),
      );
    },
    decideQuality(order, problem, skus, hasEvidence, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'quality', order, problem, skus, hasEvidence, now: at(now) },
        version,
        port.decideQuality(order, problem, skus, hasEvidence, now),
      );
    },
    decideRefund(order, amountMinor, now) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'refund', order, amountMinor, now: at(now) },
        version,
        port.decideRefund(order, amountMinor, now),
      );
    },
    // Only escalations are kept: the check runs on most messages and "nothing to escalate" is the rule.
    decideEscalation(signals) {
      const { port, version } = live;
      return note(
        { v: 1, kind: 'escalation', signals, now: at(clock()) },
        version,
        port.decideEscalation(signals),
      );
    },
  };
}

export type DecisionLogOptions = {
  studio: Pick<StudioRepository, 'appendDecisions'>;
  newId: () => string;
  /** A decision log that could not be written (the turn itself succeeded). */
  onError?: (e: unknown) => void;
};

function orderIdOf(input: DecisionInput): string | null {
  return input.kind === 'escalation' ? (input.signals.order?.id ?? null) : input.order.id;
}

/** Runs each turn of `assistant` with a decision log and stores what the policy decided in it, once the turn is saved. */
export function withDecisionLog(
  assistant: EngineAssistant,
  o: DecisionLogOptions,
): EngineAssistant {
  const save = async (log: TurnLog, conversationId: string): Promise<void> => {
    if (log.pending.length === 0) return;
    const rows: DecisionRecord[] = log.pending.map((p) => ({
      id: o.newId(),
      conversationId,
      orderId: orderIdOf(p.input),
      kind: p.input.kind,
      rule: p.decision.rule,
      outcome: p.decision.outcome,
      reason: p.decision.reason,
      policyVersion: p.version,
      input: p.input,
      facts: p.decision.facts,
      at: p.input.now,
    }));
    try {
      await o.studio.appendDecisions(rows);
    } catch (e: unknown) {
      o.onError?.(e);
    }
  };
  return {
    ...assistant,
    async start(input) {
      const log: TurnLog = { pending: [] };
      const r = await turns.run(log, () => assistant.start(input));
      await save(log, r.conversation.id);
      return r;
    },
    async turn(conversationId, input) {
      const log: TurnLog = { pending: [] };
      const r = await turns.run(log, () => assistant.turn(conversationId, input));
      await save(log, conversationId);
      return r;
    },
  };
}
