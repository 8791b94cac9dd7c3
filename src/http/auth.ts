import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import type { Conversation } from '../domain/records.js';
import type { Store } from '../domain/store.js';

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** SHA-256 of a customer token, hex; what `Conversation.tokenHash` holds. */
export function hashToken(token: string): string {
  return sha256(token).toString('hex');
}

/** Constant-time comparison of two secrets of any length: both sides are hashed to equal-length digests first. */
export function secretsEqual(presented: string, expected: string): boolean {
  return timingSafeEqual(sha256(presented), sha256(expected));
}

/** The bearer token from `Authorization: Bearer …`, else from `?token=` (EventSource and <img> cannot set headers). */
export function bearerToken(req: FastifyRequest, allowQuery = false): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return m?.[1] ?? null;
  }
  if (allowQuery) {
    const q = (req.query as { token?: unknown } | undefined)?.token;
    if (typeof q === 'string' && q.length > 0) return q;
  }
  return null;
}

function storedDigest(tokenHash: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(tokenHash)) return Buffer.from(tokenHash, 'hex');
  const b = Buffer.from(tokenHash, 'base64');
  return b.length === 32 ? b : null;
}

export function tokenMatches(token: string, tokenHash: string): boolean {
  const expected = storedDigest(tokenHash);
  if (!expected) return false;
  return timingSafeEqual(sha256(token), expected);
}

/**
 * Loads the conversation a customer token opens. No token → 401. An unknown id and a token that
 * belongs to another conversation both answer the same 404, so ids cannot be probed.
 */
export async function authorizeConversation(
  store: Store,
  req: FastifyRequest,
  id: string,
  allowQuery = false,
): Promise<Conversation> {
  const token = bearerToken(req, allowQuery);
  if (!token)
    throw new AppError(
      'unauthorized',
      'Send the conversation token as "Authorization: Bearer <token>".',
    );
  const conversation = await store.conversations.get(id);
  if (!conversation || !tokenMatches(token, conversation.tokenHash)) {
    throw new AppError('not_found', 'No conversation with this id for this token.');
  }
  return conversation;
}

/** Checks the shop's integration key (MAKERDESK_API_KEY) for the order endpoints. */
export function requireApiKey(req: FastifyRequest, apiKey: string | null): void {
  if (!apiKey)
    throw new AppError(
      'forbidden',
      'The order API is disabled: set MAKERDESK_API_KEY on the server.',
    );
  const token = bearerToken(req);
  if (!token)
    throw new AppError(
      'unauthorized',
      'Send the shop key as "Authorization: Bearer <MAKERDESK_API_KEY>".',
    );
  if (!secretsEqual(token, apiKey)) throw new AppError('unauthorized', 'The API key is not valid.');
}
