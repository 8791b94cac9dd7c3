import { describe, expect, it } from 'vitest';
import { safeEncode } from 'zod/v4/core';
import type { z } from 'zod';
import { compileSerializer, serialisationSchema } from './serialize.js';
import {
  errorSchema,
  healthResponse,
  orderEventResponse,
  orderWriteResponse,
  startConversationResponse,
  transcriptSchema,
  turnResultSchema,
} from './schemas.js';

/** What the zod serialiser wrote before: the schema's output parse, stringified. */
function viaZod(schema: z.ZodType, data: unknown): string {
  const r = safeEncode(schema, data);
  if (r.error) throw r.error;
  return JSON.stringify(r.data);
}

const turn = {
  replies: [
    {
      text: 'Your order **1001** ships "soon" \\ ✓ — ok?\n',
      quickReplies: [{ id: 'track', label: 'Track it' }],
    },
  ],
  state: { intent: 'order_status', status: 'open' },
  events: [
    {
      type: 'refund.issued',
      rule: 'R3',
      amount: '12.00',
      orderId: '1001',
      extra: { a: [1, null] },
    },
    { type: 'case.escalated', reason: 'asked for a person' },
  ],
};

const cases: [string, z.ZodType, unknown][] = [
  ['a turn', turnResultSchema, turn],
  [
    'a turn with no intent yet',
    turnResultSchema,
    { ...turn, state: { intent: null, status: 'open' }, events: [] },
  ],
  ['a start', startConversationResponse, { ...turn, id: 'c1', token: 't0k3n' }],
  [
    'a transcript',
    transcriptSchema,
    {
      id: 'c1',
      channel: 'web',
      lang: 'fr',
      state: { intent: null, status: 'waiting_for_customer' },
      messages: [
        { id: 'm1', sender: 'customer', text: 'Bonjour', createdAt: '2026-12-07T10:00:00.000Z' },
        {
          id: 'm2',
          sender: 'agent',
          text: 'Salut',
          author: 'Léa',
          attachmentIds: ['a1'],
          quickReplies: [{ id: 'x', label: 'Oui' }],
          createdAt: '2026-12-07T10:01:00.000Z',
        },
      ],
    },
  ],
  ['an error', errorSchema, { error: { code: 'not_found', message: 'No conversation.' } }],
  [
    'a validation error',
    errorSchema,
    {
      error: {
        code: 'validation_failed',
        message: 'Invalid request body',
        issues: [{ path: ['items', 0, 'sku'], code: 'too_small', message: 'too short' }],
      },
    },
  ],
  ['an order write', orderWriteResponse, { id: '1042', result: 'created' }],
  [
    'an order event',
    orderEventResponse,
    { id: '1042', stage: 'shipped', fulfillment: { status: 'shipped', carrier: 'UPS', at: null } },
  ],
  ['/healthz', healthResponse, { ok: true }],
];

describe('compileSerializer', () => {
  for (const [name, schema, data] of cases)
    it(`writes ${name} as the zod output parse did`, () => {
      const written = compileSerializer(schema)(data);
      expect(JSON.parse(written)).toEqual(JSON.parse(viaZod(schema, data)));
    });

  it('writes only the properties the schema names', () => {
    const write = compileSerializer(transcriptSchema);
    const [, , data] = cases[3]!;
    const out = JSON.parse(
      write({
        ...(data as object),
        tokenHash: 'secret',
        state: { intent: null, status: 'open', notes: 'x' },
      }),
    ) as Record<string, unknown>;
    expect(out['tokenHash']).toBeUndefined();
    expect(out['state']).toEqual({ intent: null, status: 'open' });
  });

  it('fails an answer that lacks a required property', () => {
    expect(() => compileSerializer(turnResultSchema)({ replies: [], events: [] })).toThrow(/state/);
  });

  it('keeps property names that are also keywords', () => {
    expect(
      serialisationSchema({
        type: 'object',
        properties: { description: { type: 'string', description: 'x' }, enum: { type: 'number' } },
      }),
    ).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, enum: { type: 'number' } },
    });
  });
});
