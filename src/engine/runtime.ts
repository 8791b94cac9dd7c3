import { randomBytes, randomUUID } from 'node:crypto';
import { actors, createActions, type Actions } from '../actions/index.js';
import { demoOrders, demoPolicyYaml, loadDemoContent } from '../demo/index.js';
import type { Store } from '../domain/index.js';
import { AppError, parseOrder } from '../domain/index.js';
import {
  createAssistant,
  type ActionsPort,
  type EngineAssistant,
  type NluPort,
} from '../engine.js';
import { createKnowledge, type Knowledge, type KnowledgeDoc } from '../knowledge/index.js';
import { createNlu } from '../nlu/index.js';
import { parsePolicyText, type Policy } from '../policy/index.js';
import { openStore } from '../store/index.js';
import { createPolicyStudio, livePolicy, recordingPort, withDecisionLog } from '../studio/index.js';

/** A clock that tests and the terminal chat can hold still or move on. */
export type ManualClock = {
  now: () => Date;
  set: (d: Date) => void;
  advance: (ms: number) => void;
};

export function manualClock(start: Date): ManualClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = d.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** The actions as the assistant calls them: every call acts as the assistant. */
export function assistantActions(actions: Actions): ActionsPort {
  return {
    recordChange: (i) =>
      actions.recordChange({ ...i, after: String(i.after), actor: actors.assistant }),
    changeAddress: (i) => actions.changeAddress({ ...i, actor: actors.assistant }),
    cancelOrder: (i) => actions.cancelOrder({ ...i, actor: actors.assistant }),
    createReturn: (i) => actions.createReturn({ ...i, actor: actors.assistant }),
    requestRefund: (i) => actions.requestRefund({ ...i, actor: actors.assistant }),
    createRemake: (i) => actions.createRemake({ ...i, actor: actors.assistant }),
    escalate: (i) => actions.escalate({ ...i, actor: actors.assistant }),
    createBrief: (i) => actions.createBrief({ ...i, actor: actors.assistant }),
  };
}

export type LocalRuntime = {
  store: Store;
  assistant: EngineAssistant;
  policy: Policy;
  close: () => Promise<void>;
};

export type LocalRuntimeOptions = {
  /** `sqlite::memory:` (default), `sqlite:./file.db` or `postgres://…`. */
  dbUrl?: string;
  clock?: () => Date;
  /** Policy file text (YAML or JSON); default: the demo shop's policy. */
  policyText?: string;
  /** Seed the demo orders (placed relative to the clock) when the store has no orders. */
  demo?: boolean;
  /** Extra orders (contracts.md §5), upserted after the demo. */
  orders?: unknown[];
  /** The shop's FAQ and policy Markdown; default: the demo content. */
  docs?: KnowledgeDoc[];
  /** A knowledge index to share between runtimes (tests, bench); default: one built from `docs`. */
  knowledge?: Knowledge;
  /** An NLU to share between runtimes (tests, bench); default: a new one. */
  nlu?: NluPort;
};

/**
 * Everything a customer turn needs, wired over one store: what `makerdesk chat`,
 * `makerdesk test-conversations` and the engine bench run on.
 */
export async function createLocalRuntime(opts: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const clock = opts.clock ?? (() => new Date());
  const parsed = opts.policyText === undefined ? demoPolicy() : parsePolicyText(opts.policyText);
  if (!parsed.ok) {
    throw new AppError(
      'validation_failed',
      'The policy file is not valid.',
      parsed.issues.map((i) => ({
        path: i.path,
        code: 'policy',
        message: `line ${i.line}: ${i.message}`,
      })),
    );
  }
  const policy = parsed.value;
  const store = await openStore(opts.dbUrl ?? 'sqlite::memory:');
  try {
    const actions = createActions({ store, clock, newId: randomUUID });
    if (opts.demo !== false && (await store.orders.count()) === 0) {
      for (const o of demoOrders(clock())) await upsert(actions, o);
    }
    for (const o of opts.orders ?? []) await upsert(actions, o);
    // Decisions are recorded with the version that made them (the given policy seeds version 1).
    const live = livePolicy(0, policy);
    const studio = createPolicyStudio({ store, live, clock });
    await studio.follow();
    await studio.init(
      opts.policyText !== undefined
        ? { text: opts.policyText, source: 'file', author: 'file:policy', policy }
        : { text: demoPolicyYaml, source: 'default', author: 'system', policy },
    );
    const engine = createAssistant({
      store,
      actions: assistantActions(actions),
      nlu: opts.nlu ?? createNlu(),
      policy: recordingPort(live, clock),
      knowledge: opts.knowledge ?? createKnowledge(opts.docs ?? loadDemoContent()),
      clock,
      newId: randomUUID,
      newToken: () => randomBytes(24).toString('base64url'),
    });
    const assistant = withDecisionLog(engine, { studio: store.studio, newId: randomUUID });
    return { store, assistant, policy: live.policy, close: () => store.close() };
  } catch (e: unknown) {
    await store.close();
    throw e;
  }
}

/**
 * The demo policy, parsed once per process: a runtime is made per conversation by the tests and
 * the bench, and parsing it is most of what making one costs. Policies are never changed in place.
 */
let demoPolicyParsed: ReturnType<typeof parsePolicyText> | undefined;
function demoPolicy(): ReturnType<typeof parsePolicyText> {
  return (demoPolicyParsed ??= parsePolicyText(demoPolicyYaml, 'policy'));
}

/** Validated once, by the action (which takes it as a shop's payload unless it is in minor units). */
async function upsert(actions: Actions, input: unknown): Promise<void> {
  const payment =
    typeof input === 'object' && input !== null && 'payment' in input ? input.payment : null;
  if (typeof payment === 'object' && payment !== null && 'totalMinor' in payment) {
    const parsed = parseOrder(input);
    if (!parsed.ok) throw fixtureOrderError(parsed.issues);
  }
  try {
    await actions.upsertOrder(input, actors.integration);
  } catch (e: unknown) {
    if (!(e instanceof AppError && e.code === 'validation_failed')) throw e;
    // Every problem of the order, as the shop's payload check finds them.
    const parsed = parseOrder(input);
    throw fixtureOrderError(parsed.ok ? e.issues : parsed.issues);
  }
}

function fixtureOrderError(issues: AppError['issues']): AppError {
  return new AppError('validation_failed', 'An order in the fixture is not valid.', issues);
}
