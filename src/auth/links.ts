import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import type { Store } from '../domain/store.js';

/**
 * Signed order links: what the shop's order e-mails carry so a customer arrives already proven
 * as the owner of that order (e-mail-level proof). A link is
 * `v1.<order id, base64url>.<expiry, unix seconds>.<HMAC-SHA256, base64url>`, signed with the
 * server's link key: `MAKERDESK_LINK_SECRET` when set, else a random key created once and kept
 * in the database (so `makerdesk link` and `makerdesk serve` on one database agree).
 */
export const linkKeyName = 'order_link_key';
/** Default lifetime of a link: 30 days. */
export const defaultLinkTtlMs = 30 * 24 * 60 * 60 * 1000;
/** Longest lifetime a link may be given: one year. */
export const maxLinkTtlMs = 366 * 24 * 60 * 60 * 1000;

export type LinkCheck =
  | { ok: true; orderId: string; expiresAt: string }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired'; message: string };

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64url');

function mac(key: string, orderId: string, exp: number): Buffer {
  return createHmac('sha256', key).update(`v1|${orderId}|${exp}`, 'utf8').digest();
}

/** The link key: the configured secret (at least 32 characters) or the one kept in the store. */
export async function resolveLinkKey(
  store: Pick<Store, 'secrets'>,
  env: Record<string, string | undefined>,
): Promise<string> {
  const configured = env['MAKERDESK_LINK_SECRET'];
  if (configured !== undefined && configured !== '') {
    if (configured.length < 32)
      throw new AppError(
        'bad_request',
        'MAKERDESK_LINK_SECRET must be at least 32 characters long',
      );
    return configured;
  }
  return store.secrets.getOrCreate(linkKeyName, () => randomBytes(32).toString('base64url'));
}

/** Signs a link token for an order, valid until `expiresAt`. */
export function signOrderLink(key: string, orderId: string, expiresAt: Date): string {
  if (orderId === '' || orderId.length > 64)
    throw new AppError('validation_failed', 'the order id must be 1–64 characters');
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `v1.${b64(orderId)}.${exp}.${b64(mac(key, orderId, exp))}`;
}

/** Accepts a token or a whole URL carrying it as `?mdlink=`. */
export function linkTokenOf(text: string): string {
  const t = text.trim();
  if (/^https?:\/\//i.test(t)) {
    try {
      return new URL(t).searchParams.get('mdlink') ?? '';
    } catch {
      return '';
    }
  }
  return t;
}

/** Checks a link token: signature (constant time) first, then expiry. */
export function verifyOrderLink(key: string, token: string, now: Date): LinkCheck {
  const parts = token.length <= 512 ? token.split('.') : [];
  const [v, idPart, expPart, sigPart] = parts;
  if (
    parts.length !== 4 ||
    v !== 'v1' ||
    !idPart ||
    !expPart ||
    !sigPart ||
    !/^\d{1,12}$/.test(expPart) ||
    !/^[A-Za-z0-9_-]+$/.test(idPart + sigPart)
  ) {
    return {
      ok: false,
      reason: 'malformed',
      message: 'This order link is not complete; please open it again from your order e-mail.',
    };
  }
  const orderId = Buffer.from(idPart, 'base64url').toString('utf8');
  const exp = Number(expPart);
  // Compared as text, so only the one canonical encoding of the signature is accepted.
  const given = Buffer.from(sigPart, 'utf8');
  const expected = Buffer.from(b64(mac(key, orderId, exp)), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      reason: 'bad_signature',
      message: 'This order link is not valid; please open it again from your order e-mail.',
    };
  }
  if (exp * 1000 <= now.getTime()) {
    return {
      ok: false,
      reason: 'expired',
      message:
        'This order link has expired; you can still ask about your order with its number and your e-mail.',
    };
  }
  return { ok: true, orderId, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The URL an order e-mail carries: the shop page with the widget, plus `?mdlink=`. */
export function orderLinkUrl(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('mdlink', token);
  return url.toString();
}
