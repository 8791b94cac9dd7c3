import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { actors, createActions, type Actions } from './actions/index.js';
import { loadPolicyFile } from './cli/policy-file.js';
import {
  demoContentDir,
  demoCredentials,
  demoOrders,
  demoPolicyYaml,
  loadDemoContent,
} from './demo/index.js';
import { AppError } from './domain/errors.js';
import type { Store } from './domain/store.js';
import { createAssistant } from './engine.js';
import { playDemoHistory } from './engine/demo-history.js';
import { assistantActions, manualClock } from './engine/runtime.js';
import { setupConsole } from './http/console/setup.js';
import { buildApp, type Limits, type RoutePlugin } from './http/index.js';
import { createKnowledge, type KnowledgeDoc } from './knowledge/index.js';
import { createNlu } from './nlu/index.js';
import { formatPolicyIssues, parsePolicyText, type Policy } from './policy/index.js';
import { openStore, type OpenedStore } from './store/index.js';
import { setupIntegrations, type IntegrationsSetup } from './integrations/index.js';
import {
  createPolicyStudio,
  livePolicy,
  recordingPort,
  withDecisionLog,
  type PolicyStudio,
} from './studio/index.js';
import { policySeed } from './studio/seed.js';

export type RuntimeOptions = {
  /** `sqlite:./data/makerdesk.db`, `sqlite::memory:` or `postgres://…`. */
  dbUrl: string;
  /** The shop's policy file; without it the demo policy (with `demo`) or the defaults apply. */
  policyFile?: string;
  /** Seed the demo shop (policy, orders, FAQ) when the database has no orders. */
  demo: boolean;
  /** With `demo`, when it seeds: also play a few weeks of past conversations (for Insights and the queue). */
  demoHistory?: boolean;
  uploadsDir: string;
  /** MAKERDESK_API_KEY; null disables the order API. */
  apiKey: string | null;
  /** A folder of the shop's Markdown documents (FAQ, policies) for answers; the demo has its own. */
  contentDir?: string;
  logger?: FastifyBaseLogger | false;
  /** Built browser files; defaults to dist/web of this package. */
  webDir?: string | null;
  clock?: () => Date;
  limits?: Partial<Limits>;
  trustProxy?: boolean;
  /** Extra routes after the API and the console. */
  plugins?: RoutePlugin[];
  /** Environment the console reads: MAKERDESK_ADMIN_EMAIL/_PASSWORD, MAKERDESK_TRANSLATOR(_URL, _KEY). */
  env?: Record<string, string | undefined>;
};

export type DemoInfo = {
  seededOrders: number;
  orders: readonly { orderId: string; email: string; postcode: string; situation: string }[];
  /** Console accounts that exist for the demo, with their passwords. */
  logins: { email: string; password: string; role: string }[];
};

export type Runtime = {
  app: FastifyInstance;
  store: OpenedStore;
  /** Webhooks, e-mail and the outbox; `start()` runs their background parts (serve does). */
  integrations: IntegrationsSetup;
  /** The policy live now (the newest published version). */
  readonly policy: Policy;
  /** Policy versions, publishing and replay. */
  studio: PolicyStudio;
  demo: DemoInfo | null;
  close(): Promise<void>;
};

/** Where `npm run build` put the widget and storefront, from src/ (tests) or dist/src/ (built). */
export function defaultWebDir(): string | null {
  for (const url of [
    new URL('../web/', import.meta.url),
    new URL('../dist/web/', import.meta.url),
  ]) {
    const dir = fileURLToPath(url);
    if (existsSync(join(dir, 'widget.js'))) return dir;
  }
  return null;
}

function readContentDir(dir: string): KnowledgeDoc[] {
  if (!existsSync(dir)) throw new AppError('bad_request', `content folder ${dir} does not exist`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f.replace(/\.md$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

async function resolvePolicy(options: RuntimeOptions): Promise<Policy> {
  if (options.policyFile !== undefined) return loadPolicyFile(options.policyFile);
  if (!options.demo) return loadPolicyFile(undefined);
  const parsed = parsePolicyText(demoPolicyYaml, 'demo-policy.yaml');
  if (!parsed.ok)
    throw new AppError(
      'internal',
      `the demo policy is invalid:\n${formatPolicyIssues('demo-policy.yaml', parsed.issues).join('\n')}`,
    );
  return parsed.value;
}

/** Seeds the demo orders when the shop has none yet; returns how many were written. */
async function seedDemo(store: Store, actions: Actions, now: Date): Promise<number> {
  if ((await store.orders.count()) > 0) return 0;
  let n = 0;
  for (const input of demoOrders(now)) {
    await actions.upsertOrder(input, actors.system('demo'));
    n++;
  }
  return n;
}

/**
 * The composition root: opens the store, loads the policy, builds NLU, knowledge, actions and the
 * assistant, seeds the demo shop if asked, and returns the HTTP app (not yet listening).
 */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? (() => new Date());
  const newId = (): string => randomUUID();
  const newToken = (): string => randomBytes(32).toString('base64url');
  const policy = await resolvePolicy(options);
  const store = await openStore(options.dbUrl);
  try {
    const nlu = createNlu();
    const docs = options.contentDir
      ? readContentDir(options.contentDir)
      : options.demo
        ? loadDemoContent(demoContentDir())
        : [];
    const knowledge = createKnowledge(docs);
    const actions = createActions({ store, clock, newId });
    // The newest published version decides; the policy file (or the demo's, or the defaults) seeds version 1.
    const live = livePolicy(0, policy);
    const studio = createPolicyStudio({ store, live, clock });
    await studio.init(
      await policySeed({
        policyFile: options.policyFile,
        demoText: options.demo ? demoPolicyYaml : undefined,
      }),
    );
    await studio.follow();
    const decisionLog = {
      studio: store.studio,
      newId,
      onError: (e: unknown) =>
        options.logger ? options.logger.error({ err: e }, 'decision log not written') : undefined,
    };
    const assistant = withDecisionLog(
      createAssistant({
        store,
        actions: assistantActions(actions),
        nlu,
        policy: recordingPort(live, clock),
        knowledge,
        clock,
        newId,
        newToken,
      }),
      decisionLog,
    );
    const consoleSetup = await setupConsole({
      store,
      policy,
      studio,
      actions,
      clock,
      newId,
      uploadsDir: options.uploadsDir,
      env: options.env ?? {},
      demo: options.demo,
    });
    let demo: DemoInfo | null = null;
    if (options.demo) {
      const seededOrders = await seedDemo(store, actions, clock());
      if (seededOrders > 0 && options.demoHistory === true) {
        // The past is played through the real assistant on a clock of its own.
        const past = manualClock(clock());
        const pastActions = createActions({ store, clock: past.now, newId });
        const pastAssistant = withDecisionLog(
          createAssistant({
            store,
            actions: assistantActions(pastActions),
            nlu,
            policy: recordingPort(live, past.now),
            knowledge,
            clock: past.now,
            newId,
            newToken,
          }),
          decisionLog,
        );
        await playDemoHistory(pastAssistant, past, clock());
      }
      demo = { seededOrders, orders: demoCredentials, logins: consoleSetup.logins };
    }
    const integrations = setupIntegrations({
      store,
      actions,
      assistant,
      policy,
      clock,
      newId,
      uploadsDir: options.uploadsDir,
      env: options.env ?? {},
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const app = await buildApp({
      store,
      assistant,
      apiKey: options.apiKey,
      uploadsDir: options.uploadsDir,
      clock,
      newId,
      actions,
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
      webDir: options.webDir === undefined ? defaultWebDir() : options.webDir,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
      publicUrl: options.env?.['MAKERDESK_PUBLIC_URL'] ?? null,
      ...(options.env?.['MAKERDESK_LINK_SECRET']
        ? { linkSecret: options.env['MAKERDESK_LINK_SECRET'] }
        : {}),
      plugins: [consoleSetup.plugin, integrations.plugin, ...(options.plugins ?? [])],
    });
    return {
      app,
      store,
      get policy() {
        return live.policy;
      },
      studio,
      demo,
      integrations,
      async close() {
        await studio.close();
        await integrations.close();
        await app.close();
        await store.close();
      },
    };
  } catch (e: unknown) {
    await store.close();
    throw e;
  }
}
