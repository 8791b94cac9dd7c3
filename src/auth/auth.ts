import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { roles, type Role, type User } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import { hashPassword, verifyPassword } from './password.js';

export type AuthStore = Pick<Store, 'users' | 'sessions' | 'audit'>;

export type AuthOptions = {
  store: AuthStore;
  clock: () => Date;
  newId: () => string;
  /** Session lifetime; default 12 hours. */
  sessionTtlMs?: number;
  /** Failed logins within `failureWindowMs` before the account locks; default 5. */
  maxFailures?: number;
  /** The window failed logins are counted in; default 15 minutes. */
  failureWindowMs?: number;
  /** How long a lock lasts; default 15 minutes. */
  lockMs?: number;
};

export type PublicUser = { id: string; email: string; role: Role; sellerId?: string };

export type SessionInfo = { user: PublicUser; csrfToken: string; expiresAt: string };

export type LoginResult =
  | { ok: true; token: string; session: SessionInfo }
  | { ok: false; code: 'invalid_credentials' | 'locked'; message: string; lockedUntil?: string };

export const emailSchema = z
  .email('must be an e-mail address')
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
export const sellerIdSchema = z.string().trim().min(1).max(100);
export const newUserSchema = z
  .object({
    email: emailSchema,
    role: z.enum(roles),
    password: passwordSchema,
    sellerId: sellerIdSchema.optional(),
  })
  .refine((u) => (u.role === 'maker') === (u.sellerId !== undefined), {
    path: ['sellerId'],
    message: 'a maker account needs the seller it works for (--seller); other roles take none',
  });

/** The stored session id is a hash of the cookie value, so a database leak yields no live sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function publicUser(u: User): PublicUser {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    ...(u.sellerId !== undefined ? { sellerId: u.sellerId } : {}),
  };
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

// Compared against when the e-mail is unknown, so timing doesn't reveal which accounts exist.
const decoyHash = hashPassword('decoy-password-never-used');

export type Auth = ReturnType<typeof createAuth>;

/** Console accounts: scrypt passwords, sessions kept in the store, lock-out after repeated failures. */
export function createAuth(opts: AuthOptions) {
  const { store, clock, newId } = opts;
  const ttl = opts.sessionTtlMs ?? 12 * 60 * 60 * 1000;
  const maxFailures = opts.maxFailures ?? 5;
  const lockMs = opts.lockMs ?? 15 * 60 * 1000;
  const failureWindowMs = opts.failureWindowMs ?? 15 * 60 * 1000;

  async function audit(
    actor: string,
    action: string,
    subjectId: string,
    reason: string | null,
    after: unknown = null,
  ) {
    await store.audit.append({
      id: newId(),
      at: clock().toISOString(),
      actor,
      action,
      subjectType: 'user',
      subjectId,
      rule: null,
      reason,
      before: null,
      after,
    });
  }

  return {
    async addUser(
      input: { email: string; role: string; password: string; sellerId?: string },
      actor = 'system',
    ): Promise<PublicUser> {
      const parsed = newUserSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError(
          'validation_failed',
          'the user is not valid',
          parsed.error.issues.map((i) => ({
            path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            code: i.code,
            message: i.message,
          })),
        );
      }
      const { email, role, password, sellerId } = parsed.data;
      if (await store.users.byEmail(email))
        throw new AppError('conflict', `a user with e-mail ${email} already exists`);
      const user: User = {
        id: newId(),
        email,
        role,
        ...(sellerId !== undefined ? { sellerId } : {}),
        passwordHash: await hashPassword(password),
        failedLogins: 0,
        lockedUntil: null,
        createdAt: clock().toISOString(),
      };
      await store.users.create(user);
      await audit(actor, 'user.created', user.id, null, {
        email,
        role,
        ...(sellerId !== undefined ? { sellerId } : {}),
      });
      return publicUser(user);
    },

    async login(emailInput: string, password: string): Promise<LoginResult> {
      const invalid: LoginResult = {
        ok: false,
        code: 'invalid_credentials',
        message: 'E-mail or password is wrong.',
      };
      const email = emailSchema.safeParse(emailInput);
      const user = email.success ? await store.users.byEmail(email.data) : null;
      if (!user) {
        await verifyPassword(password, await decoyHash);
        return invalid;
      }
      const now = clock();
      if (user.lockedUntil && new Date(user.lockedUntil) > now) {
        return {
          ok: false,
          code: 'locked',
          message: `Too many failed attempts; the account is locked until ${user.lockedUntil}.`,
          lockedUntil: user.lockedUntil,
        };
      }
      if (!(await verifyPassword(password, user.passwordHash))) {
        // Counted in one statement, so concurrent wrong passwords cannot overwrite each other's count.
        const { failedLogins, lockedUntil } = await store.users.recordLoginFailure(user.id, {
          at: now.toISOString(),
          windowMs: failureWindowMs,
          max: maxFailures,
          lockMs,
        });
        if (lockedUntil !== null && new Date(lockedUntil) > now) {
          if (failedLogins === maxFailures)
            await audit(
              'system',
              'user.locked',
              user.id,
              `${failedLogins} failed logins within ${Math.round(failureWindowMs / 60_000)} minutes`,
              { lockedUntil },
            );
          return {
            ok: false,
            code: 'locked',
            message: `Too many failed attempts; the account is locked until ${lockedUntil}.`,
            lockedUntil,
          };
        }
        return invalid;
      }
      if (user.failedLogins !== 0 || user.lockedUntil)
        await store.users.update(user.id, { failedLogins: 0, lockedUntil: null });
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + ttl).toISOString();
      await store.sessions.create({
        id: sessionIdOf(token),
        userId: user.id,
        csrfToken,
        expiresAt,
      });
      await audit(user.id, 'user.login', user.id, null);
      return { ok: true, token, session: { user: publicUser(user), csrfToken, expiresAt } };
    },

    /** The live session for a cookie value, or null when unknown or expired (expired ones are removed). */
    async session(token: string | undefined): Promise<SessionInfo | null> {
      if (!token || token.length > 200) return null;
      const id = sessionIdOf(token);
      const s = await store.sessions.get(id);
      if (!s) return null;
      if (new Date(s.expiresAt) <= clock()) {
        await store.sessions.delete(id);
        return null;
      }
      const user = await store.users.get(s.userId);
      if (!user) return null;
      return { user: publicUser(user), csrfToken: s.csrfToken, expiresAt: s.expiresAt };
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await store.sessions.delete(sessionIdOf(token));
    },
  };
}

/** Creates the admin named by MAKERDESK_ADMIN_EMAIL / MAKERDESK_ADMIN_PASSWORD if absent (called by serve). */
export async function ensureAdminFromEnv(
  auth: Auth,
  store: AuthStore,
  env: Record<string, string | undefined>,
): Promise<'created' | 'exists' | 'not_configured'> {
  const email = env.MAKERDESK_ADMIN_EMAIL?.trim();
  const password = env.MAKERDESK_ADMIN_PASSWORD;
  if (!email && !password) return 'not_configured';
  if (!email || !password)
    throw new AppError(
      'bad_request',
      'set both MAKERDESK_ADMIN_EMAIL and MAKERDESK_ADMIN_PASSWORD, or neither',
    );
  if (await store.users.byEmail(email.toLowerCase())) return 'exists';
  await auth.addUser({ email, role: 'admin', password });
  return 'created';
}

/** Demo accounts the demo seeding creates and the start banner prints. */
export const demoConsoleUsers = [
  { email: 'ana@demo.makerdesk.test', password: 'demo-rep-password', role: 'rep' },
  { email: 'sam@demo.makerdesk.test', password: 'demo-approver-password', role: 'approver' },
  {
    email: 'lucia@demo.makerdesk.test',
    password: 'demo-maker-password',
    role: 'maker',
    sellerId: 'lunastudio',
  },
] as const satisfies readonly { email: string; password: string; role: Role; sellerId?: string }[];

/** Creates the demo rep, approver and maker (of the demo seller lunastudio) if absent. */
export async function seedDemoUsers(
  auth: Auth,
  store: AuthStore,
): Promise<typeof demoConsoleUsers> {
  for (const u of demoConsoleUsers) {
    if (!(await store.users.byEmail(u.email))) await auth.addUser(u);
  }
  return demoConsoleUsers;
}
