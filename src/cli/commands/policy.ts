import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { instantSchema, parseOrder, type Order } from '../../domain/order.js';
import { fromMinor, toMinor } from '../../domain/money.js';
import type { Decision } from '../../domain/decision.js';
import {
  decideAddressChange,
  decideCancel,
  decideChange,
  decideEscalation,
  decideQualityRemedy,
  decideRefund,
  decideReturn,
  estimateShipWindow,
  factsFromOrder,
  type EscalationSignals,
  type Policy,
} from '../../policy/index.js';
import { loadPolicyFile, readPolicyFile } from '../policy-file.js';
import type { RegisterCommand } from './index.js';

/** Request kinds `policy simulate` understands. */
export const requestKinds = [
  'status',
  'change',
  'address',
  'cancel',
  'return',
  'exchange',
  'damaged',
  'wrong',
  'misspelled',
  'defect',
  'missing',
  'refund',
  'escalation',
] as const;
export type RequestKind = (typeof requestKinds)[number];

/** Signals `--signal` accepts for escalation, mapped to EscalationSignals fields. */
const signalNames = {
  explicit_request: 'explicitRequest',
  chargeback: 'chargeback',
  fraud: 'fraud',
  sensitive_context: 'sensitiveContext',
  policy_exception: 'policyException',
  authenticity_dispute: 'authenticityDispute',
  missing_evidence: 'missingEvidenceAfterAsk',
  refund_above_limit: 'refundAboveLimit',
} as const satisfies Record<string, keyof EscalationSignals>;

type SimulateOptions = {
  order: string;
  request: string;
  at?: string;
  policy?: string;
  sku?: string;
  id?: string;
  amount?: string;
  evidence?: boolean;
  text?: string;
  signal?: string[];
  contacts?: string;
  json?: boolean;
};

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function checkCommand(file: string): Promise<void> {
  const r = await readPolicyFile(file);
  if (!r.ok) {
    for (const line of r.lines) process.stderr.write(`${line}\n`);
    throw new AppError(
      'validation_failed',
      `${file}: ${r.issues.length} ${r.issues.length === 1 ? 'problem' : 'problems'}, the policy is not valid`,
    );
  }
  const p = r.value;
  const sellers = Object.keys(p.sellers);
  out(`${file}: OK — policy for "${p.shop.name}" is valid`);
  out(
    `  time zone ${p.shop.timeZone}, ${p.shop.holidays.length} holidays, ${p.pipeline.stages.length} stages (${p.pipeline.stages.map((s) => s.id).join(' → ')})`,
  );
  out(
    `  sellers with their own rules: ${sellers.length > 0 ? sellers.join(', ') : 'none'}; product types: ${Object.keys(p.productTypes).join(', ') || 'none'}`,
  );
}

async function readOrder(file: string, id: string | undefined): Promise<Order> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e: unknown) {
    const code = (e as { code?: string }).code;
    throw new AppError(
      'bad_request',
      `cannot read order file ${file}: ${code === 'ENOENT' ? 'no such file' : String(code ?? e)}`,
      undefined,
      { cause: e },
    );
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e?.linePos?.[0];
    throw new AppError(
      'bad_request',
      `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid JSON: ${e?.message.split('\n')[0] ?? ''}`,
    );
  }
  const data: unknown = doc.toJS();
  let input: unknown = data;
  if (Array.isArray(data)) {
    const list: unknown[] = data;
    const pick =
      id === undefined && list.length === 1
        ? list[0]
        : list.find(
            (o) => typeof o === 'object' && o !== null && (o as { id?: unknown }).id === id,
          );
    if (pick === undefined) {
      throw new AppError(
        'bad_request',
        id === undefined
          ? `${file} holds ${list.length} orders; choose one with --id`
          : `${file} has no order with id "${id}"`,
      );
    }
    input = pick;
  }
  const parsed = parseOrder(input);
  if (!parsed.ok)
    throw new AppError('validation_failed', `${file}: not a valid order`, parsed.issues);
  return parsed.value;
}

function parseAt(at: string | undefined): Date {
  // The one place the CLI reads the clock: "now" unless --at says otherwise.
  if (at === undefined) return new Date();
  if (!instantSchema.safeParse(at).success) {
    throw new AppError(
      'bad_request',
      `--at must be an ISO-8601 date-time with a time zone, like 2026-11-21T14:03:00Z (got "${at}")`,
    );
  }
  return new Date(at);
}

export function simulate(
  kind: RequestKind,
  order: Order,
  policy: Policy,
  now: Date,
  opts: SimulateOptions,
): Decision | { window: ReturnType<typeof estimateShipWindow> } {
  const facts = factsFromOrder(order, opts.sku);
  if (opts.sku !== undefined && facts.item === null) {
    throw new AppError(
      'bad_request',
      `order ${order.id} has no item with SKU "${opts.sku}" (it has ${order.items.map((i) => i.sku).join(', ')})`,
    );
  }
  switch (kind) {
    case 'status':
      return { window: estimateShipWindow(facts, policy, now) };
    case 'change':
      return decideChange(facts, policy, now);
    case 'address':
      return decideAddressChange(facts, policy, now);
    case 'cancel':
      return decideCancel(facts, policy, now);
    case 'return':
    case 'exchange':
      return decideReturn({ ...facts, kind }, policy, now);
    case 'damaged':
    case 'wrong':
    case 'misspelled':
    case 'defect':
    case 'missing':
      return decideQualityRemedy(
        { ...facts, problem: kind, evidenceProvided: opts.evidence === true },
        policy,
        now,
      );
    case 'refund': {
      if (opts.amount === undefined)
        throw new AppError('bad_request', '--request refund needs --amount, e.g. --amount 48.00');
      const minor = toMinor(opts.amount, order.currency);
      if (!minor.ok) throw new AppError('bad_request', `--amount ${opts.amount} ${minor.message}`);
      return decideRefund({ ...facts, amountMinor: minor.value }, policy, now);
    }
    case 'escalation': {
      const signals: EscalationSignals = {
        sellerId: facts.item?.sellerId ?? null,
        productType: facts.item?.productType ?? null,
      };
      if (opts.text !== undefined) signals.text = opts.text;
      for (const name of opts.signal ?? []) {
        const field = (
          signalNames as Record<string, (typeof signalNames)[keyof typeof signalNames] | undefined>
        )[name];
        if (field === undefined)
          throw new AppError(
            'bad_request',
            `unknown --signal "${name}"; use one of ${Object.keys(signalNames).join(', ')}`,
          );
        signals[field] = true;
      }
      if (opts.contacts !== undefined) {
        const n = Number(opts.contacts);
        if (!Number.isInteger(n) || n < 1)
          throw new AppError(
            'bad_request',
            `--contacts must be a whole number ≥ 1 (got "${opts.contacts}")`,
          );
        signals.contactCount = n;
      }
      if (order.fulfillment.status === 'unfulfilled')
        signals.businessDaysLate = estimateShipWindow(facts, policy, now).businessDaysLate;
      return decideEscalation(signals, policy);
    }
  }
}

function printDecision(
  order: Order,
  kind: RequestKind,
  now: Date,
  result: ReturnType<typeof simulate>,
  json: boolean,
): void {
  if (json) {
    out(
      JSON.stringify({ order: order.id, request: kind, at: now.toISOString(), ...result }, null, 2),
    );
    return;
  }
  out(`order ${order.id} · request ${kind} · at ${now.toISOString()}`);
  if ('window' in result) {
    const w = result.window;
    out(
      `stage:   ${w.stageLabel} (${w.stage})${order.fulfillment.status !== 'unfulfilled' ? ` — the order is ${order.fulfillment.status}` : ''}`,
    );
    out(
      `window:  ships between ${w.start} and ${w.end} (${w.businessDaysLeft.min}–${w.businessDaysLeft.max} business days)`,
    );
    out(
      `planned: ${w.planned.start} – ${w.planned.end}${w.late ? ` · LATE${w.businessDaysLate > 0 ? ` by ${w.businessDaysLate} business days` : ''}` : ''}`,
    );
    out(
      `lead:    ${w.leadTime.minBusinessDays}–${w.leadTime.maxBusinessDays} business days${w.sellerSpecific ? " (the seller's own)" : ''}`,
    );
    return;
  }
  out(`outcome: ${result.outcome}`);
  out(`rule:    ${result.rule}`);
  out(`reason:  ${result.reason}`);
  const facts = { ...result.facts };
  for (const key of Object.keys(facts)) {
    const value = facts[key];
    if (key.endsWith('Minor') && typeof value === 'number') {
      delete facts[key];
      facts[key.replace(/Minor$/, '')] = fromMinor(value, order.currency);
    }
  }
  out(`facts:   ${JSON.stringify(facts)}`);
}

export const registerPolicy: RegisterCommand = (program: Command) => {
  const policy = program
    .command('policy')
    .description(
      'Check a policy file, or see what the assistant would decide for an order and request.',
    );
  policy
    .command('check')
    .description(
      'Validate a policy file (YAML or JSON); prints file:line:col and the reason for each problem, exit 2 if any.',
    )
    .argument('<file>', 'policy file, .yaml/.yml or .json')
    .action(async (file: string) => {
      await checkCommand(file);
    });
  policy
    .command('simulate')
    .description('Show the decision (outcome, rule, reason) for an order and a request.')
    .requiredOption(
      '--order <file>',
      'order as JSON (contracts.md §5 schema); a JSON array needs --id',
    )
    .requiredOption('--request <kind>', `one of: ${requestKinds.join(', ')}`)
    .option('--at <iso>', 'decide as of this instant (ISO-8601 with time zone); default now')
    .option('--policy <file>', 'policy file (YAML or JSON); default: the built-in defaults')
    .option('--id <orderId>', 'which order of an array to use')
    .option('--sku <sku>', 'the item the request is about')
    .option('--amount <decimal>', 'refund amount in the order currency (for --request refund)')
    .option('--evidence', 'a photo has been provided (for damaged/wrong/misspelled/defect)')
    .option('--text <message>', "the customer's message (for --request escalation: safety words)")
    .option('--signal <name...>', `escalation signals: ${Object.keys(signalNames).join(', ')}`)
    .option('--contacts <n>', 'contacts about the same problem so far, this one included')
    .option('--json', 'print the decision as JSON')
    .action(async (opts: SimulateOptions) => {
      const kind = requestKinds.find((k) => k === opts.request);
      if (kind === undefined)
        throw new AppError(
          'bad_request',
          `unknown --request "${opts.request}"; use one of ${requestKinds.join(', ')}`,
        );
      const now = parseAt(opts.at);
      const policyValue = await loadPolicyFile(opts.policy);
      const order = await readOrder(opts.order, opts.id);
      printDecision(
        order,
        kind,
        now,
        simulate(kind, order, policyValue, now, opts),
        opts.json === true,
      );
    });
};
