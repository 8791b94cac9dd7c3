import type { CookieSerializeOptions } from '@fastify/cookie';

export const sessionCookie = 'md_session';
/** The cookie only travels to the console API (and its photos), nowhere else on the site. */
export const cookiePath = '/api/console';

/** HTTP-only, SameSite=Strict session cookie, scoped to the console API; `Secure` when served over HTTPS. */
export function sessionCookieOptions(
  maxAgeSeconds: number,
  secure: boolean,
): CookieSerializeOptions {
  return { path: cookiePath, maxAge: maxAgeSeconds, httpOnly: true, sameSite: 'strict', secure };
}
