import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { parsePeriod } from '../../insights/index.js';
import { defaultPolicy, formatPolicyIssues, parsePolicyText } from '../../policy/index.js';
import { openStore, type OpenedStore } from '../../store/index.js';
import {
  createPolicyStudio,
  livePolicy,
  type PolicyStudio,
  type ReplayReport,
} from '../../studio/index.js';
import type { RegisterCommand } from './index.js';

const defaultDb = 'sqlite:./data/makerdesk.db';
const dbOption = [
  '--db <url>',
  `database: sqlite:PATH or postgres://… (default: MAKERDESK_DB, else ${defaultDb})`,
] as const;

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function withStudio<T>(
  db: string | undefined,
  fn: (studio: PolicyStudio, store: OpenedStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(db ?? process.env['MAKERDESK_DB'] ?? defaultDb);
  try {
    return await fn(
      createPolicyStudio({ store, live: livePolicy(0, defaultPolicy), clock: () => new Date() }),
      store,
    );
  } finally {
    await store.close();
  }
}

/** Reads a policy file and stops with `file:line:col reason` lines when it does not validate. */
async function readValidPolicy(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e: unknown) {
    const code = (e as { code?: string }).code;
    throw new AppError(
      'bad_request',
      `cannot read policy file ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? e)}`,
      undefined,
      { cause: e },
    );
  }
  const parsed = parsePolicyText(text, file);
  if (!parsed.ok) {
    for (const line of formatPolicyIssues(file, parsed.issues)) process.stderr.write(`${line}\n`);
    throw new AppError(
      'validation_failed',
      `${file}: ${parsed.issues.length} ${parsed.issues.length === 1 ? 'problem' : 'problems'}, the policy is not valid; nothing was replayed or published`,
    );
  }
  return text;
}

function diffStat(diff: string): string {
  const lines = diff.split('\n');
  const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
  const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
  return `+${added} −${removed} lines`;
}

/** The replay report as a terminal table. */
export function replayTable(r: ReplayReport): string {
  const lines: string[] = [];
  lines.push(`Replay ${r.period.since ?? '…'} → ${r.period.until ?? '…'}`);
  if (r.total === 0) {
    lines.push('No decisions were made in this period: nothing to replay, nothing would change.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Decisions ${r.total} · replayed ${r.replayed} · not replayable ${r.notReplayable} (made before their inputs were recorded)`,
  );
  lines.push(`Would change ${r.changed} · unchanged ${r.unchanged}`);
  lines.push('');
  lines.push('Rule'.padEnd(34) + 'Outcome'.padEnd(16) + 'Before'.padStart(8) + 'After'.padStart(8));
  for (const c of r.byRule)
    lines.push(
      c.rule.padEnd(34) +
        c.outcome.padEnd(16) +
        String(c.before).padStart(8) +
        String(c.after).padStart(8),
    );
  if (r.money.length > 0) {
    lines.push('');
    lines.push('Money');
    for (const m of r.money) {
      lines.push(
        `  ${m.currency}: refunds issued +${m.refundsIssued}, withheld ${m.refundsWithheld}; approvals newly needed ${m.approvalsNeeded}, no longer needed ${m.approvalsAvoided}`,
      );
    }
  }
  if (r.changes.length > 0) {
    lines.push('');
    lines.push('Changed decisions');
    for (const c of r.changes) {
      const money = c.money
        ? ` · ${c.money.refundDelta} ${c.money.currency}${c.money.approval ? ` · approval ${c.money.approval.replace(/_/g, ' ')}` : ''}`
        : '';
      lines.push(
        `  ${c.at} order ${c.orderId ?? '—'}: ${c.before.rule} (${c.before.outcome}) → ${c.after.rule} (${c.after.outcome})${money}${c.link ? ` · ${c.link}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export const registerPolicyStudio: RegisterCommand = (program: Command) => {
  const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy');
  policy
    .command('publish')
    .description(
      'Publish a policy file as the next version in the database (the running server switches to it).',
    )
    .argument('<file>', 'policy file, .yaml/.yml or .json')
    .requiredOption('--note <text>', 'what changes and why')
    .option(
      '--base <version>',
      'the version this edit started from; refused if another version was published since',
    )
    .option(...dbOption)
    .action(async (file: string, opts: { note: string; base?: string; db?: string }) => {
      const text = await readValidPolicy(file);
      const base = opts.base === undefined ? undefined : Number(opts.base);
      if (base !== undefined && (!Number.isInteger(base) || base < 1))
        throw new AppError(
          'bad_request',
          `--base must be a version number ≥ 1 (got "${opts.base}")`,
        );
      await withStudio(opts.db, async (studio, store) => {
        const latest = await store.studio.latestVersion();
        const v = await studio.publish({
          text,
          note: opts.note,
          author: `cli:${process.env['USER'] ?? 'operator'}`,
          source: 'cli',
          baseVersion: base ?? latest?.version ?? null,
        });
        out(
          `Published policy version ${v.version} (${v.diff === '' ? 'first version' : diffStat(v.diff)}): ${v.note}`,
        );
      });
    });
  policy
    .command('versions')
    .description('List the published policy versions, newest first.')
    .option('--json', "print as JSON (with each version's text and diff)")
    .option(...dbOption)
    .action(async (opts: { json?: boolean; db?: string }) => {
      await withStudio(opts.db, async (studio) => {
        const versions = await studio.versions();
        if (opts.json) return out(JSON.stringify(versions, null, 2));
        if (versions.length === 0)
          return out(
            'No policy version has been published yet; `makerdesk serve` seeds version 1.',
          );
        for (const v of versions)
          out(`${String(v.version).padStart(4)}  ${v.createdAt}  ${v.author.padEnd(24)} ${v.note}`);
      });
    });
  policy
    .command('rollback')
    .description('Make an earlier version live again (published as a new version, a copy of it).')
    .argument('<version>', 'the version to go back to')
    .option('--note <text>', 'why (default: "Rollback to version N")')
    .option(...dbOption)
    .action(async (version: string, opts: { note?: string; db?: string }) => {
      const n = Number(version);
      if (!Number.isInteger(n) || n < 1)
        throw new AppError('bad_request', `version must be a number ≥ 1 (got "${version}")`);
      await withStudio(opts.db, async (studio, store) => {
        const latest = await store.studio.latestVersion();
        const v = await studio.rollback({
          version: n,
          author: `cli:${process.env['USER'] ?? 'operator'}`,
          baseVersion: latest?.version ?? null,
          ...(opts.note ? { note: opts.note } : {}),
        });
        out(`Published policy version ${v.version}, a copy of version ${n}: ${v.note}`);
      });
    });
  policy
    .command('replay')
    .description(
      'Re-decide every stored decision of a period with a draft policy and show what would change.',
    )
    .requiredOption('--policy <file>', 'the draft policy file (YAML or JSON)')
    .option(
      '--since <date>',
      'start: YYYY-MM-DD (UTC) or an ISO instant; default 30 days before --until',
    )
    .option('--until <date>', 'end, inclusive for a date; default now')
    .option('--json', 'print the whole report as JSON')
    .option(...dbOption)
    .action(
      async (opts: {
        policy: string;
        since?: string;
        until?: string;
        json?: boolean;
        db?: string;
      }) => {
        const period = parsePeriod({ since: opts.since, until: opts.until }, new Date());
        if (!period.ok) throw new AppError('bad_request', period.message);
        const text = await readValidPolicy(opts.policy);
        await withStudio(opts.db, async (studio) => {
          const report = await studio.replay(text, period.value);
          process.stdout.write(
            opts.json ? `${JSON.stringify(report, null, 2)}\n` : replayTable(report),
          );
        });
      },
    );
};
