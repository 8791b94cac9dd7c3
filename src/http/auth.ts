import { hash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import type { Conversation } from '../domain/records.js';
import type { Store } from '../domain/store.js';

// One-shot digest: no Hash object per call.
const sha256 = (text: string): Buffer => hash('sha256', text, 'buffer');

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

/** The customer's token, or 401. */
function requireToken(req: FastifyRequest, allowQuery: boolean): string {
  const token = bearerToken(req, allowQuery);
  if (!token)
    throw new AppError(
      'unauthorized',
      'Send the conversation token as "Authorization: Bearer <token>".',
    );
  return token;
}

const noSuchConversation = (): AppError =>
  new AppError('not_found', 'No conversation with this id for this token.');

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
  const token = requireToken(req, allowQuery);
  const conversation = await store.conversations.get(id);
  if (!conversation || !tokenMatches(token, conversation.tokenHash)) throw noSuchConversation();
  return conversation;
}

/**
 * Conversation ids whose token a request has proven, with that token's digest. A conversation's
 * token is set when it starts and never changes, so a turn need not read the conversation only to
 * check the token (the engine reads it again anyway). Holds at most `max` ids, the oldest go first.
 */
export type ProvenTokens = {
  get(id: string): Buffer | undefined;
  remember(id: string, digest: Buffer): void;
};

export function createProvenTokens(max = 4096): ProvenTokens {
  const known = new Map<string, Buffer>();
  return {
    get: (id) => known.get(id),
    remember(id, digest) {
      if (known.has(id)) return;
      if (known.size >= max) {
        const oldest = known.keys().next().value;
        if (oldest !== undefined) known.delete(oldest);
      }
      known.set(id, digest);
    },
  };
}

/**
 * Like `authorizeConversation` for routes that need only the conversation's id: the same 401 and
 * 404 answers, but a token proven before is checked against its remembered digest without reading
 * the conversation. A token that does not match the remembered one takes the full path (a read
 * and a comparison), so a wrong token costs the same time whether or not the id was seen before.
 */
export async function authorizeConversationId(
  store: Store,
  proven: ProvenTokens,
  req: FastifyRequest,
  id: string,
  allowQuery = false,
): Promise<string> {
  const presented = sha256(requireToken(req, allowQuery));
  const remembered = proven.get(id);
  if (remembered && timingSafeEqual(presented, remembered)) return id;
  const conversation = await store.conversations.get(id);
  const expected = conversation ? storedDigest(conversation.tokenHash) : null;
  if (!expected || !timingSafeEqual(presented, expected)) throw noSuchConversation();
  proven.remember(id, expected);
  return id;
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
