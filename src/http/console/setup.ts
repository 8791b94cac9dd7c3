import type { FastifyInstance } from 'fastify';
import {
  createAuth,
  demoConsoleUsers,
  ensureAdminFromEnv,
  seedDemoUsers,
} from '../../auth/auth.js';
import { AppError } from '../../domain/errors.js';
import type { TurnEvent } from '../../domain/events.js';
import type { Role } from '../../domain/records.js';
import type { Policy } from '../../policy/index.js';
import type { PolicyStudio } from '../../studio/index.js';
import { translatorFromEnv } from '../../translate/index.js';
import type { Translator } from '../../translate/translator.js';
import { consoleRoutes, type ConsoleOptions } from './routes.js';
import { makerRoutes, type MakerRouteOptions } from './makers.js';
import { shopFromPolicy } from './shop-from-policy.js';

/** The part of the money actions the console calls (src/actions `createActions`). */
export type ApprovalActions = {
  decideApproval(input: {
    caseId: string;
    approve: boolean;
    why: string;
    actor: { type: 'user'; userId: string; role: Role };
  }): Promise<{ events: TurnEvent[] }>;
} & MakerRouteOptions['actions'];

export type ConsoleSetupOptions = {
  store: MakerRouteOptions['store'];
  policy: Policy;
  /** The policy studio (versions, replay, publish); without it the studio routes are absent. */
  studio?: PolicyStudio;
  actions: ApprovalActions;
  clock: () => Date;
  newId: () => string;
  uploadsDir: string;
  /** Reads MAKERDESK_TRANSLATOR(_URL, _KEY) and MAKERDESK_ADMIN_EMAIL / _PASSWORD. */
  env: Record<string, string | undefined>;
  /** Seed the demo rep and approver. */
  demo: boolean;
  translator?: Translator;
  secureCookies?: boolean;
  /** The NLU's clarify threshold, for the insights' "not understood" questions. */
  lowConfidence?: number;
};

/**
 * Everything the composition root needs for the console: creates the admin named in the
 * environment and the demo accounts, and returns the route plugin and the demo logins to print.
 */
export async function setupConsole(o: ConsoleSetupOptions): Promise<{
  plugin: (app: FastifyInstance) => Promise<void>;
  logins: { email: string; password: string; role: string }[];
  translator: Translator;
}> {
  const auth = createAuth({ store: o.store, clock: o.clock, newId: o.newId });
  await ensureAdminFromEnv(auth, o.store, o.env);
  const logins = o.demo ? (await seedDemoUsers(auth, o.store)).map((u) => ({ ...u })) : [];
  const translator = o.translator ?? translatorFromEnv(o.env);
  const decideApproval: ConsoleOptions['decideApproval'] = async ({
    caseId,
    approve,
    why,
    actor,
  }) => {
    const user = await o.store.users.get(actor);
    if (!user) throw new AppError('unauthorized', 'Your account no longer exists.');
    const r = await o.actions.decideApproval({
      caseId,
      approve,
      why,
      actor: { type: 'user', userId: user.id, role: user.role },
    });
    return { events: r.events };
  };
  const makers = makerRoutes({
    store: o.store,
    auth,
    policy: o.policy,
    actions: o.actions,
    clock: o.clock,
    uploadsDir: o.uploadsDir,
  });
  const consolePlugin = consoleRoutes({
    store: o.store,
    auth,
    translator,
    shop: shopFromPolicy(o.policy),
    clock: o.clock,
    newId: o.newId,
    uploadsDir: o.uploadsDir,
    decideApproval,
    ...(o.studio ? { studio: o.studio } : {}),
    ...(o.secureCookies !== undefined ? { secureCookies: o.secureCookies } : {}),
    ...(o.lowConfidence !== undefined ? { lowConfidence: o.lowConfidence } : {}),
  });
  const plugin = async (app: FastifyInstance): Promise<void> => {
    await consolePlugin(app);
    await makers(app);
  };
  return { plugin, logins, translator };
}

export { demoConsoleUsers };
