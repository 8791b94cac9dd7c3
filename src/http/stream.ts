import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Message } from '../domain/conversation.js';
import type { Store } from '../domain/store.js';
import { publicMessage } from './routes/conversations.js';

export type StreamEvent =
  | { type: 'messages'; messages: ReturnType<typeof publicMessage>[]; state?: { intent: unknown; status: unknown } }
  | { type: 'refresh' };

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).id === 'string' && typeof (v as Message).text === 'string' && typeof (v as Message).sender === 'string';

/**
 * Normalises what the engine or console published on `conversation:<id>` into what a customer may
 * see: messages without internal notes. Anything unrecognised becomes a `refresh` hint.
 */
export function toStreamEvent(payload: unknown): StreamEvent {
  const p = payload as { message?: unknown; messages?: unknown; state?: unknown } | null;
  const list: unknown[] = Array.isArray(payload)
    ? payload
    : isMessage(payload)
      ? [payload]
      : Array.isArray(p?.messages)
        ? (p.messages as unknown[])
        : p?.message !== undefined
          ? [p.message]
          : [];
  const messages = list.filter(isMessage).map(publicMessage);
  if (messages.length === 0) return { type: 'refresh' };
  const event: StreamEvent = { type: 'messages', messages };
  const s = p?.state as { intent?: unknown; status?: unknown } | undefined;
  if (s && typeof s === 'object') event.state = { intent: s.intent ?? null, status: s.status ?? null };
  return event;
}

/** Keeps an SSE response open and forwards the conversation's published updates to it. */
export async function openStream(store: Store, conversationId: string, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'access-control-allow-origin': '*',
    'x-request-id': req.id,
  });
  res.write('retry: 3000\n\n');
  let closed = false;
  const unsubscribe = await store.subscribe(`conversation:${conversationId}`, (payload) => {
    if (closed) return;
    res.write(`event: update\ndata: ${JSON.stringify(toStreamEvent(payload))}\n\n`);
  });
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  ping.unref();
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    unsubscribe().catch((e: unknown) => req.log.warn({ err: e }, 'unsubscribe failed'));
  };
  req.raw.on('close', close);
  res.on('close', close);
  if (req.raw.destroyed) close();
}
