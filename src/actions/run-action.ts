import { createHash } from 'node:crypto';
import { z } from 'zod';
import { outcomes, type Decision, type Outcome } from '../domain/decision.js';
import { AppError } from '../domain/errors.js';
import type { EventType, TurnEvent } from '../domain/events.js';
import { zodIssues } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import { actorLabel, actorSchema, can, type Actor, type Permission } from './actor.js';

export const decisionSchema = z.object({
  outcome: z.enum(outcomes),
  rule: z.string().min(1),
  reason: z.string(),
  facts: z.record(z.string(), z.unknown()).default({}),
});

export const idempotencyKeySchema = z.string().trim().min(1).max(200);

export type ActionDeps = { store: Store; clock: () => Date; newId: () => string };

/** What an action's `run` sees: the transaction, one instant for the whole action, ids, who. */
export type ActionContext = {
  tx: Store;
  now: string;
  newId: () => string;
  actor: Actor;
  actorLabel: string;
};

export type AuditDraft = {
  subjectType: string;
  subjectId: string;
  /** Defaults to the decision's rule and reason. */
  rule?: string | null;
  reason?: string | null;
  before: unknown;
  after: unknown;
};

export type ActionOutput<R> = { value: R; events: TurnEvent[]; audit: AuditDraft[] };
export type ActionResult<R> = R & { events: TurnEvent[] };

/**
 * One action: `{name, permission, input, run}`. Where it changes money or orders it names the
 * policy decision it acts on (`decision`); `run` is reached only for an accepted outcome
 * (default: allow). Other outcomes go to `refuse` (which records the refusal and changes
 * nothing) or are refused with AppError('forbidden').
 */
export type ActionDef<S extends z.ZodType, R extends object> = {
  name: string;
  permission: Permission;
  input: S;
  idempotencyKey?: (input: z.output<S>) => string | null;
  /** Order whose row lock is taken before anything else, so money checks see the latest state. */
  lockOrder?: (input: z.output<S>) => string | null;
  decision?: (input: z.output<S>) => Decision;
  accepts?: readonly Outcome[];
  run(ctx: ActionContext, input: z.output<S>): Promise<ActionOutput<R>>;
  refuse?(ctx: ActionContext, input: z.output<S>, decision: Decision): Promise<ActionOutput<R>>;
};

/**
 * What a refused order action records: one `<x>.refused` event with the decision, and one audit row
 * on the order. Nothing else changes.
 */
export function orderRefusal<R>(opts: {
  value: R;
  type: EventType;
  orderId: string;
  decision: Decision;
  /** Extra event fields naming what was asked for (e.g. `itemSkus`). */
  detail?: Record<string, unknown>;
  after: unknown;
}): Promise<ActionOutput<R>> {
  const { decision } = opts;
  return Promise.resolve({
    value: opts.value,
    events: [
      {
        type: opts.type,
        orderId: opts.orderId,
        ...opts.detail,
        rule: decision.rule,
        reason: decision.reason,
        outcome: decision.outcome,
      },
    ],
    audit: [{ subjectType: 'order', subjectId: opts.orderId, before: null, after: opts.after }],
  });
}

/** Helps inference: `defineAction({...})` keeps the schema's and result's types. */
export function defineAction<S extends z.ZodType, R extends object>(
  def: ActionDef<S, R>,
): ActionDef<S, R> {
  return def;
}

const storedResultSchema = z.object({
  inputHash: z.string(),
  result: z.record(z.string(), z.unknown()),
});

/** Signals that another transaction stored a result under the same key first. */
class KeyTaken extends Error {}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function replay<R>(name: string, key: string, prior: unknown, inputHash: string): ActionResult<R> {
  const parsed = storedResultSchema.safeParse(prior);
  if (!parsed.success)
    throw new AppError('internal', `stored result for ${name} key "${key}" is unreadable`);
  if (parsed.data.inputHash !== inputHash) {
    throw new AppError(
      'conflict',
      `idempotency key "${key}" was already used for a different ${name} request`,
    );
  }
  // Written by this very action with this very input (same hash): the shape is the action's.
  return parsed.data.result as ActionResult<R>;
}

/**
 * The one entry point: permission → validate → (lock order) → idempotency → decision gate →
 * run → audit → store the result under the key, all in one transaction. The same key returns
 * the stored result and has no second effect.
 */
export async function runAction<S extends z.ZodType, R extends object>(
  deps: ActionDeps,
  def: ActionDef<S, R>,
  rawInput: unknown,
  rawActor: unknown,
): Promise<ActionResult<R>> {
  const actor = await resolveActor(deps.store, def.name, rawActor);
  const label = actorLabel(actor);
  if (!can(actor, def.permission))
    throw new AppError('forbidden', `${label} may not ${def.name} (needs ${def.permission})`);
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      `${def.name}: input is not valid`,
      zodIssues(parsed.error),
    );
  const input: z.output<S> = parsed.data;
  const key = def.idempotencyKey?.(input) ?? null;
  const ledgerKey = key === null ? null : `${def.name}:${key}`;
  // Only keyed actions compare inputs; hashing a whole order for every other call is waste.
  const inputHash =
    ledgerKey === null ? '' : createHash('sha256').update(stableJson(input)).digest('hex');
  const orderId = def.lockOrder?.(input) ?? null;

  try {
    return await deps.store.transaction(async (tx) => {
      if (orderId !== null) await tx.orders.getForUpdate(orderId);
      if (ledgerKey !== null && key !== null) {
        const prior = await tx.idempotency.get(ledgerKey);
        if (prior !== undefined) return replay<R>(def.name, key, prior, inputHash);
      }
      const now = deps.clock().toISOString();
      const ctx: ActionContext = { tx, now, newId: deps.newId, actor, actorLabel: label };
      const decision = def.decision?.(input);
      let out: ActionOutput<R>;
      if (decision !== undefined && !(def.accepts ?? ['allow']).includes(decision.outcome)) {
        if (!def.refuse) {
          throw new AppError(
            'forbidden',
            `${def.name} needs an allowing decision; got "${decision.outcome}" (${decision.rule}: ${decision.reason})`,
          );
        }
        out = await def.refuse(ctx, input, decision);
      } else {
        out = await def.run(ctx, input);
      }
      for (const a of out.audit) {
        await tx.audit.append({
          id: deps.newId(),
          at: now,
          actor: label,
          action: def.name,
          subjectType: a.subjectType,
          subjectId: a.subjectId,
          rule: a.rule !== undefined ? a.rule : (decision?.rule ?? null),
          reason: a.reason !== undefined ? a.reason : (decision?.reason ?? null),
          before: a.before,
          after: a.after,
        });
      }
      const result: ActionResult<R> = { ...out.value, events: out.events };
      if (ledgerKey !== null && !(await tx.idempotency.put(ledgerKey, { inputHash, result })))
        throw new KeyTaken();
      return result;
    });
  } catch (e: unknown) {
    if (e instanceof KeyTaken && ledgerKey !== null && key !== null) {
      return replay<R>(def.name, key, await deps.store.idempotency.get(ledgerKey), inputHash);
    }
    if (
      e instanceof AppError &&
      (e.code === 'conflict' || e.code === 'forbidden' || e.code === 'not_found')
    ) {
      try {
        await auditRefusal(deps, def.name, label, orderId ?? key ?? '-', e);
      } catch (auditError: unknown) {
        throw new AppError(e.code, e.message, e.issues, { cause: auditError });
      }
    }
    throw e;
  }
}

/** Reads the actor a caller named; a user named by id gets the role stored for them. */
export async function resolveActor(store: Store, action: string, raw: unknown): Promise<Actor> {
  if (typeof raw === 'string') {
    const name = raw.trim();
    if (name === 'assistant') return { type: 'assistant' };
    if (name === 'api' || name === 'integration') return { type: 'integration' };
    if (name === 'system' || name.startsWith('system:')) {
      return { type: 'system', name: name.slice('system:'.length) || 'system' };
    }
    const userId = name.startsWith('user:') ? name.slice('user:'.length) : name;
    const user = userId === '' ? null : await store.users.get(userId);
    if (!user) throw new AppError('forbidden', `${action}: unknown actor "${name}"`);
    return { type: 'user', userId: user.id, role: user.role };
  }
  const parsed = actorSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      `${action}: actor is not valid`,
      zodIssues(parsed.error).map((i) => ({ ...i, path: ['actor', ...i.path] })),
    );
  }
  return parsed.data;
}

/** Refused attempts leave a trace too (the transaction that tried was rolled back). */
async function auditRefusal(
  deps: ActionDeps,
  action: string,
  actor: string,
  subjectId: string,
  e: AppError,
): Promise<void> {
  await deps.store.audit.append({
    id: deps.newId(),
    at: deps.clock().toISOString(),
    actor,
    action,
    subjectType: 'refusal',
    subjectId,
    rule: null,
    reason: e.message,
    before: null,
    after: { code: e.code },
  });
}
