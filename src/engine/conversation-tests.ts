import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Assistant, Language, TurnEvent, TurnResult } from '../domain/index.js';
import { conversationStatuses, intents, languageSchema } from '../domain/index.js';

/**
 * Conversation tests (docs/conversation-tests.md): one YAML file = one conversation with the
 * assistant at a fixed `now`, over a fresh in-memory store with the demo shop. Every turn is
 * also checked against the contract: events after a policy decision carry `rule` and `reason`.
 */

const eventExpect = z.union([z.string(), z.looseObject({ type: z.string() })]);
const expectSchema = z.strictObject({
  contains: z.array(z.string()).optional(),
  notContains: z.array(z.string()).optional(),
  matches: z.array(z.string()).optional(),
  events: z.array(eventExpect).optional(),
  noEvents: z.array(z.string()).optional(),
  /** Exactly these event types, in order (use [] for "no events"). */
  eventsExactly: z.array(z.string()).optional(),
  quickReplies: z.array(z.string()).optional(),
  noQuickReplies: z.boolean().optional(),
  status: z.enum(conversationStatuses).optional(),
  intent: z.enum(intents).nullable().optional(),
  silent: z.boolean().optional(),
});
export type TurnExpect = z.infer<typeof expectSchema>;

const durationRe = /^(\d+)\s*(m|min|h|d)$/;
const stepSchema = z.union([
  z.strictObject({ customer: z.string(), expect: expectSchema.optional() }),
  z.strictObject({
    choice: z.union([z.string(), z.number().int().positive()]),
    expect: expectSchema.optional(),
  }),
  z.strictObject({ rawChoice: z.string(), expect: expectSchema.optional() }),
  z.strictObject({
    upload: z.union([z.string(), z.array(z.string())]),
    text: z.string().optional(),
    expect: expectSchema.optional(),
  }),
  z.strictObject({
    wait: z.string().regex(durationRe, 'must be a duration such as "30m", "25h" or "3d"'),
  }),
  z.strictObject({ start: z.strictObject({ expect: expectSchema.optional() }) }),
]);
export type Step = z.infer<typeof stepSchema>;

export const conversationTestSchema = z.strictObject({
  name: z.string().min(1),
  lang: languageSchema.default('en'),
  now: z.iso.datetime({ offset: true }),
  /** Extra orders (contracts.md §5) next to the demo shop's. */
  orders: z.array(z.unknown()).optional(),
  /** false: no demo orders, only `orders`. */
  demo: z.boolean().default(true),
  /** A policy file (YAML) to use instead of the demo policy. */
  policy: z.string().optional(),
  steps: z.array(stepSchema).min(1),
});
export type ConversationTest = z.infer<typeof conversationTestSchema>;

export type RuntimeFactory = (
  t: ConversationTest,
  clock: { now: () => Date; advance: (ms: number) => void },
) => Promise<{ assistant: Assistant; close: () => Promise<void> }>;

export type TestOutcome = {
  file: string;
  name: string;
  ok: boolean;
  reason?: string;
  turns: number;
};

export function parseConversationTest(
  text: string,
  file: string,
): { ok: true; value: ConversationTest } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e: unknown) {
    return {
      ok: false,
      reason: `${file}: not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    };
  }
  const r = conversationTestSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    return {
      ok: false,
      reason: `${file}: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid'}`,
    };
  }
  return { ok: true, value: r.data };
}

/** Events that follow a policy decision must say which rule decided and why (contracts.md §4). */
export function contractProblems(events: TurnEvent[]): string[] {
  const problems: string[] = [];
  for (const e of events) {
    if (
      e.type.startsWith('identity.') ||
      e.type.startsWith('evidence.') ||
      e.type === 'csat.recorded' ||
      e.type === 'brief.created'
    )
      continue;
    if (
      typeof e.rule !== 'string' ||
      e.rule === '' ||
      typeof e.reason !== 'string' ||
      e.reason === ''
    )
      problems.push(`event ${e.type} lacks rule/reason`);
    if (e.type.startsWith('refund.') && typeof e.amount !== 'string')
      problems.push(`event ${e.type} lacks a decimal amount`);
  }
  return problems;
}

function matchesEvent(expected: z.infer<typeof eventExpect>, e: TurnEvent): boolean {
  if (typeof expected === 'string') return e.type === expected;
  return Object.entries(expected).every(([k, v]) => JSON.stringify(e[k]) === JSON.stringify(v));
}

/** Checks one turn's result; returns the first problem, or null. */
export function checkTurn(
  result: TurnResult,
  x: TurnExpect | undefined,
  lang: Language,
): string | null {
  void lang;
  const text = result.replies.map((r) => r.text).join('\n');
  const labels = result.replies.flatMap((r) => r.quickReplies.map((q) => q.label));
  const contract = contractProblems(result.events);
  if (contract.length > 0) return contract.join('; ');
  if (!x) return null;
  const lower = text.toLowerCase();
  for (const c of x.contains ?? [])
    if (!lower.includes(c.toLowerCase()))
      return `reply does not contain ${JSON.stringify(c)}; reply was: ${JSON.stringify(text)}`;
  for (const c of x.notContains ?? [])
    if (lower.includes(c.toLowerCase()))
      return `reply contains ${JSON.stringify(c)}; reply was: ${JSON.stringify(text)}`;
  for (const m of x.matches ?? [])
    if (!new RegExp(m, 'iu').test(text))
      return `reply does not match /${m}/; reply was: ${JSON.stringify(text)}`;
  const types = result.events.map((e) => e.type);
  for (const ev of x.events ?? [])
    if (!result.events.some((e) => matchesEvent(ev, e)))
      return `no event ${JSON.stringify(ev)}; events were: ${JSON.stringify(result.events)}`;
  for (const ev of x.noEvents ?? [])
    if (types.includes(ev as TurnEvent['type'])) return `unexpected event ${ev}`;
  if (x.eventsExactly && JSON.stringify(types) !== JSON.stringify(x.eventsExactly))
    return `events were ${JSON.stringify(types)}, expected ${JSON.stringify(x.eventsExactly)}`;
  for (const q of x.quickReplies ?? [])
    if (!labels.some((l) => l.toLowerCase().includes(q.toLowerCase())))
      return `no quick reply ${JSON.stringify(q)}; offered: ${JSON.stringify(labels)}`;
  if (x.noQuickReplies && labels.length > 0)
    return `quick replies offered: ${JSON.stringify(labels)}`;
  if (x.status && result.state.status !== x.status)
    return `status ${result.state.status}, expected ${x.status}`;
  if (x.intent !== undefined && result.state.intent !== x.intent)
    return `intent ${String(result.state.intent)}, expected ${String(x.intent)}`;
  if (x.silent === true && result.replies.length > 0)
    return 'the assistant replied but should stay silent';
  return null;
}

const units: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** Runs one conversation test; never throws (a crash is a failure with its message). */
export async function runConversationTest(
  t: ConversationTest,
  file: string,
  makeRuntime: RuntimeFactory,
): Promise<TestOutcome> {
  let now = new Date(t.now).getTime();
  const clock = { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
  let turns = 0;
  let runtime: Awaited<ReturnType<RuntimeFactory>> | null = null;
  try {
    runtime = await makeRuntime(t, clock);
    const { assistant } = runtime;
    const started = await assistant.start({ channel: 'cli', lang: t.lang });
    const id = started.conversation.id;
    let last: TurnResult = started.result;
    const offered: { id: string; label: string }[][] = [
      started.result.replies.flatMap((r) => r.quickReplies),
    ];
    for (const [i, step] of t.steps.entries()) {
      const where = `step ${i + 1}`;
      if ('wait' in step) {
        const m = durationRe.exec(step.wait);
        clock.advance(Number(m?.[1] ?? 0) * (units[m?.[2] ?? 'm'] ?? 0));
        continue;
      }
      if ('start' in step) {
        const problem = checkTurn(last, step.start.expect, t.lang);
        if (problem)
          return {
            file,
            name: t.name,
            ok: false,
            reason: `${where} (greeting): ${problem}`,
            turns,
          };
        continue;
      }
      let result: TurnResult;
      if ('customer' in step)
        result = await assistant.turn(id, { kind: 'text', text: step.customer });
      else if ('rawChoice' in step)
        result = await assistant.turn(id, { kind: 'choice', choice: step.rawChoice });
      else if ('choice' in step) {
        const options = offered[offered.length - 1] ?? [];
        const pick =
          typeof step.choice === 'number'
            ? options[step.choice - 1]
            : (options.find((o) => o.label.toLowerCase() === String(step.choice).toLowerCase()) ??
              options.find((o) =>
                o.label.toLowerCase().includes(String(step.choice).toLowerCase()),
              ));
        if (!pick)
          return {
            file,
            name: t.name,
            ok: false,
            reason: `${where}: no quick reply ${JSON.stringify(step.choice)} was offered; offered: ${JSON.stringify(options.map((o) => o.label))}`,
            turns,
          };
        result = await assistant.turn(id, { kind: 'choice', choice: pick.id });
      } else {
        const ids = Array.isArray(step.upload) ? step.upload : [step.upload];
        result = await assistant.turn(id, {
          kind: 'attachment',
          attachmentIds: ids,
          ...(step.text !== undefined ? { text: step.text } : {}),
        });
      }
      turns++;
      last = result;
      offered.push(result.replies.flatMap((r) => r.quickReplies));
      const problem = checkTurn(result, step.expect, t.lang);
      if (problem) return { file, name: t.name, ok: false, reason: `${where}: ${problem}`, turns };
    }
    return { file, name: t.name, ok: true, turns };
  } catch (e: unknown) {
    return {
      file,
      name: t.name,
      ok: false,
      reason: `crashed after ${turns} turns: ${e instanceof Error ? e.message : String(e)}`,
      turns,
    };
  } finally {
    await runtime?.close();
  }
}

/** The YAML files under a path (a file, or every *.yaml / *.yml in a folder and its subfolders), sorted. */
export function conversationFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    const full = join(path, entry);
    if (statSync(full).isDirectory()) out.push(...conversationFiles(full));
    else if (/\.ya?ml$/.test(entry)) out.push(full);
  }
  return out;
}

/** Runs every test under `path` one after the other. */
export async function runConversationTests(
  path: string,
  makeRuntime: RuntimeFactory,
  onResult?: (r: TestOutcome) => void,
): Promise<TestOutcome[]> {
  const results: TestOutcome[] = [];
  for (const file of conversationFiles(path)) {
    const parsed = parseConversationTest(readFileSync(file, 'utf8'), basename(file));
    const r: TestOutcome = parsed.ok
      ? await runConversationTest(parsed.value, basename(file), makeRuntime)
      : { file: basename(file), name: basename(file), ok: false, reason: parsed.reason, turns: 0 };
    results.push(r);
    onResult?.(r);
  }
  return results;
}
