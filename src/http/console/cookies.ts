export const sessionCookie = 'md_session';
/** The cookie only travels to the console API (and its photos), nowhere else on the site. */
export const cookiePath = '/api/console';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** HTTP-only, SameSite=Strict session cookie; `Secure` when served over HTTPS. */
export function sessionCookieHeader(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${sessionCookie}=${encodeURIComponent(token)}`, `Path=${cookiePath}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearCookieHeader(secure: boolean): string {
  return sessionCookieHeader('', 0, secure);
}
