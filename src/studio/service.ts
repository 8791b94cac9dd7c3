import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import { AppError } from '../domain/errors.js';
import type { Period } from '../domain/store.js';
import {
  defaultPolicy,
  formatPolicyIssues,
  parsePolicyText,
  type Policy,
  type PolicyIssue,
} from '../policy/index.js';
import type { PolicySource, PolicyVersion, RuleCount, StudioRepository } from '../store/studio.js';
import type { LivePolicy } from './recorder.js';
import { replayDecisions, type ReplayReport } from './replay.js';

/** The store as the studio needs it: its repository, transactions and the pub/sub that tells other server processes. */
export type StudioStore = {
  studio: StudioRepository;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  publish(channel: string, payload: unknown): Promise<void>;
  subscribe(channel: string, listener: (payload: unknown) => void): Promise<() => Promise<void>>;
};

/** Pub/sub channel on which a newly published version is announced. */
export const policyChannel = 'policy:published';

/** The defaults written out in full, so the studio's editor starts from every rule there is. */
export function defaultPolicyText(): string {
  return `# The shop's policy. Every rule below is a default (docs/policy.md); change what differs for your shop.\n${stringify(defaultPolicy)}`;
}

/** Validation issues as the API returns them: `line N:C message`, with the path. */
export function issuesError(message: string, issues: readonly PolicyIssue[]): AppError {
  return new AppError(
    'validation_failed',
    `${message} ${formatPolicyIssues('policy', issues.slice(0, 3))
      .map((l) => l.replace(/^policy:/, 'line '))
      .join('; ')}`,
    issues.map((i) => ({
      path: ['text', ...i.path],
      code: 'policy',
      message: `line ${i.line}:${i.column} ${i.message}`,
    })),
  );
}

export function parseDraft(text: string): Policy {
  const parsed = parsePolicyText(text, 'draft.yaml');
  if (!parsed.ok)
    throw issuesError(
      `The policy is not valid (${parsed.issues.length} ${parsed.issues.length === 1 ? 'problem' : 'problems'}):`,
      parsed.issues,
    );
  return parsed.value;
}

export function versionDiff(before: PolicyVersion | null, text: string, version: number): string {
  if (before === null) return '';
  return createTwoFilesPatch(
    `version ${before.version}`,
    `version ${version}`,
    before.text,
    text,
    undefined,
    undefined,
    { context: 3 },
  );
}

export type PublishInput = {
  text: string;
  note: string;
  author: string;
  source: PolicySource;
  /** The version the author edited; publishing fails with a conflict if another version was published since. */
  baseVersion: number | null;
};

export type PolicyStudio = {
  readonly live: LivePolicy;
  /** Seeds version 1 (or publishes a changed policy file) and makes the newest version live. */
  init(seed: {
    text: string;
    source: PolicySource;
    author: string;
    /** The text already parsed, when the caller has done it: it is then not parsed again. */
    policy?: Policy;
  }): Promise<PolicyVersion>;
  current(): Promise<PolicyVersion>;
  versions(): Promise<PolicyVersion[]>;
  version(n: number): Promise<PolicyVersion>;
  publish(input: PublishInput): Promise<PolicyVersion>;
  rollback(input: {
    version: number;
    author: string;
    baseVersion: number | null;
    note?: string;
  }): Promise<PolicyVersion>;
  replay(draftText: string, period: Period): Promise<ReplayReport>;
  /** How often each rule decided in the period, by outcome. */
  coverage(period: Period): Promise<RuleCount[]>;
  /** Follows versions published by other server processes; returns the unsubscribe. */
  follow(): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export function createPolicyStudio(o: {
  store: StudioStore;
  live: LivePolicy;
  clock: () => Date;
}): PolicyStudio {
  const { store, live } = o;
  const repo = store.studio;
  const unsubscribers: (() => Promise<void>)[] = [];

  const goLive = (v: PolicyVersion): void => {
    const parsed = parsePolicyText(v.text, `version ${v.version}`);
    // A stored version that no longer validates is never made live; the last good one stays.
    if (parsed.ok) live.set(v.version, parsed.value);
  };

  async function insert(input: PublishInput, policyCheck: () => void): Promise<PolicyVersion> {
    policyCheck();
    const note = input.note.trim();
    if (note === '')
      throw new AppError('validation_failed', 'Say in a short note what changes and why.', [
        { path: ['note'], code: 'required', message: 'is required' },
      ]);
    let created: PolicyVersion;
    try {
      created = await store.transaction(async () => {
        const latest = await repo.latestVersion();
        const latestNumber = latest?.version ?? null;
        if (input.baseVersion !== null && input.baseVersion !== latestNumber)
          throw conflict(input.baseVersion, latest);
        if (latest !== null && latest.text === input.text) {
          throw new AppError(
            'bad_request',
            `This is exactly version ${latest.version}; there is nothing new to publish.`,
          );
        }
        const version = (latestNumber ?? 0) + 1;
        const v: PolicyVersion = {
          version,
          text: input.text,
          note: note.slice(0, 500),
          author: input.author,
          source: input.source,
          diff: versionDiff(latest, input.text, version),
          createdAt: o.clock().toISOString(),
        };
        await repo.insertVersion(v);
        return v;
      });
    } catch (e: unknown) {
      // Two publishers read the same latest version; the second insert hits the taken number.
      if (e instanceof AppError && e.code === 'conflict' && !e.message.startsWith('Version')) {
        throw conflict(input.baseVersion ?? 0, await repo.latestVersion());
      }
      throw e;
    }
    goLive(created);
    await store.publish(policyChannel, { version: created.version });
    return created;
  }

  const studio: PolicyStudio = {
    live,
    async init(seed) {
      const latest = await repo.latestVersion();
      let seedPolicy = seed.policy;
      if (latest === null) {
        seedPolicy ??= parseDraft(seed.text);
        const v: PolicyVersion = {
          version: 1,
          text: seed.text,
          note:
            seed.source === 'file'
              ? `Loaded from ${seed.author.replace(/^file:/, '')}`
              : 'The policy the shop started with',
          author: seed.author,
          source: seed.source,
          diff: '',
          createdAt: o.clock().toISOString(),
        };
        try {
          await repo.insertVersion(v);
        } catch (e: unknown) {
          // Another server process seeded it first: use theirs.
          if (!(e instanceof AppError && e.code === 'conflict')) throw e;
        }
      } else if (seed.source === 'file') {
        // The file changed since it was last loaded: the operator means it.
        const fromFile = await repo.latestFromSource('file');
        if (fromFile?.text !== seed.text && latest.text !== seed.text) {
          await insert(
            {
              text: seed.text,
              note: `Loaded from ${seed.author.replace(/^file:/, '')} (the file changed)`,
              author: seed.author,
              source: 'file',
              baseVersion: latest.version,
            },
            () => parseDraft(seed.text),
          );
        }
      }
      const now = await studio.current();
      if (seedPolicy !== undefined && now.text === seed.text) live.set(now.version, seedPolicy);
      else goLive(now);
      return now;
    },
    async current() {
      const v = await repo.latestVersion();
      if (!v) throw new AppError('not_found', 'No policy version has been published yet.');
      return v;
    },
    versions: () => repo.listVersions(),
    async version(n) {
      const v = await repo.getVersion(n);
      if (!v) throw new AppError('not_found', `There is no policy version ${n}.`);
      return v;
    },
    publish: (input) => insert(input, () => parseDraft(input.text)),
    async rollback(input) {
      const target = await studio.version(input.version);
      const parsed = parsePolicyText(target.text, `version ${target.version}`);
      if (!parsed.ok) {
        throw issuesError(
          `Version ${target.version} no longer validates against the current policy rules, so it cannot be made live again; publish a corrected copy instead.`,
          parsed.issues,
        );
      }
      const latest = await repo.latestVersion();
      if (latest !== null && latest.text === target.text)
        throw new AppError(
          'bad_request',
          `Version ${latest.version} is already the same as version ${target.version}; nothing to roll back.`,
        );
      return insert(
        {
          text: target.text,
          note: input.note?.trim() || `Rollback to version ${target.version}`,
          author: input.author,
          source: 'rollback',
          baseVersion: input.baseVersion,
        },
        () => undefined,
      );
    },
    async replay(draftText, period) {
      const draft = parseDraft(draftText);
      const records = await repo.listDecisions(period);
      return replayDecisions(records, draft, period);
    },
    coverage: (period) => repo.ruleCoverage(period),
    async follow() {
      const off = await store.subscribe(policyChannel, () => {
        void repo.latestVersion().then(
          (v) => {
            if (v) goLive(v);
          },
          () => undefined,
        );
      });
      unsubscribers.push(off);
      return off;
    },
    async close() {
      for (const off of unsubscribers.splice(0)) await off();
    },
  };
  return studio;
}

function conflict(base: number, latest: PolicyVersion | null): AppError {
  const who = latest ? ` by ${latest.author} at ${latest.createdAt}` : '';
  return new AppError(
    'conflict',
    `Version ${latest?.version ?? '?'} was published${who} while you were editing version ${base}. Nothing was published: reload, look at what changed, and publish again.`,
  );
}
