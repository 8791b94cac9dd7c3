import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import { authorizeConversationId, createProvenTokens, hashToken } from './auth.js';

/** A store holding one conversation, counting how often it is read. */
function storeWith(id: string, token: string): { store: Store; reads: () => number } {
  let reads = 0;
  const conversation = { id, tokenHash: hashToken(token) } as Conversation;
  const store = {
    conversations: {
      get: (wanted: string) => {
        reads++;
        return Promise.resolve(wanted === id ? conversation : null);
      },
    },
  } as unknown as Store;
  return { store, reads: () => reads };
}

const withToken = (token: string | null): FastifyRequest =>
  ({ headers: token === null ? {} : { authorization: `Bearer ${token}` } }) as FastifyRequest;

const codeOf = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'ok',
    (e: unknown) => (e as { code?: unknown }).code,
  );

describe('authorizeConversationId', () => {
  it('reads the conversation once for a token, then checks that token without reading', async () => {
    const { store, reads } = storeWith('c1', 'secret-token');
    const proven = createProvenTokens();
    for (let i = 0; i < 3; i++)
      expect(await authorizeConversationId(store, proven, withToken('secret-token'), 'c1')).toBe(
        'c1',
      );
    expect(reads()).toBe(1);
  });

  it('answers a wrong token with the same 404 as an unknown id, after a read, even once the right one was proven', async () => {
    const { store, reads } = storeWith('c1', 'secret-token');
    const proven = createProvenTokens();
    await authorizeConversationId(store, proven, withToken('secret-token'), 'c1');
    expect(await codeOf(authorizeConversationId(store, proven, withToken('guess'), 'c1'))).toBe(
      'not_found',
    );
    expect(await codeOf(authorizeConversationId(store, proven, withToken('guess'), 'c2'))).toBe(
      'not_found',
    );
    expect(reads()).toBe(3);
    expect(await codeOf(authorizeConversationId(store, proven, withToken(null), 'c1'))).toBe(
      'unauthorized',
    );
  });

  it('remembers at most as many conversations as it is given, the oldest going first', () => {
    const proven = createProvenTokens(2);
    const d = Buffer.alloc(32);
    proven.remember('a', d);
    proven.remember('b', d);
    proven.remember('c', d);
    expect([proven.get('a'), proven.get('b'), proven.get('c')].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
