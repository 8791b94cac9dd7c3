import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual, type Auth, type SessionInfo } from '../../auth/auth.js';
import { AppError } from '../../domain/errors.js';
import type { Role } from '../../domain/records.js';
import { sessionCookie } from './cookies.js';

export type Authed = SessionInfo & { token: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in rep, set by the console's session hook on every route behind it. */
    consoleSession: Authed | null;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The signed-in rep behind a request: a live session from the HTTP-only cookie (read by
 * @fastify/cookie), and for every state-changing method the session's CSRF token in
 * `x-csrf-token` (synchronizer token).
 */
export async function requireSession(auth: Auth, req: FastifyRequest): Promise<Authed> {
  const token = req.cookies[sessionCookie];
  if (!token) throw new AppError('unauthorized', 'Please sign in to the console.');
  const session = await auth.session(token);
  if (!session)
    throw new AppError(
      'unauthorized',
      'Your session has expired or was ended; please sign in again.',
    );
  if (unsafeMethods.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || sent === '')
      throw new AppError(
        'forbidden',
        'Missing CSRF token: send the x-csrf-token header the console received at sign-in.',
      );
    if (!safeEqual(sent, session.csrfToken))
      throw new AppError('forbidden', 'The CSRF token does not match this session.');
  }
  return { ...session, token };
}

/** The hook that guards every signed-in console route: registered once, on the plugin that holds them. */
export function sessionHook(auth: Auth) {
  return async (req: FastifyRequest): Promise<void> => {
    req.consoleSession = await requireSession(auth, req);
  };
}

/** The rep the session hook found; only call it in routes registered behind that hook. */
export function sessionOf(req: FastifyRequest): Authed {
  if (!req.consoleSession) throw new AppError('unauthorized', 'Please sign in to the console.');
  return req.consoleSession;
}

export function requireRole(who: Authed, allowed: readonly Role[], what: string): void {
  if (!allowed.includes(who.user.role))
    throw new AppError(
      'forbidden',
      `Only ${allowed.join(' or ')} accounts can ${what}; you are signed in as ${who.user.role}.`,
    );
}

export function noStore(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store');
}
