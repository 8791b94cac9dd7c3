import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Message } from '../domain/conversation.js';
import type { Store } from '../domain/store.js';
import { publicMessage } from './routes/conversations.js';

export type StreamEvent =
  | {
      type: 'messages';
      messages: ReturnType<typeof publicMessage>[];
      state?: { intent: unknown; status: unknown };
    }
  | { type: 'refresh' };

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Message).id === 'string' &&
  typeof (v as Message).text === 'string' &&
  typeof (v as Message).sender === 'string';

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
  if (s && typeof s === 'object')
    event.state = { intent: s.intent ?? null, status: s.status ?? null };
  return event;
}

/** One open server-sent-events answer: named events out, and clean-up once the client goes. */
export type EventStream = {
  readonly closed: boolean;
  /** Writes `event: <name>` with the JSON of `data`; nothing once closed. */
  send(event: string, data: unknown): void;
  /** Runs when the client goes away (at once if it already has); errors are logged, not thrown. */
  onClose(cleanup: () => unknown): void;
};

/**
 * Turns a request into an SSE answer, the one way every stream in the app is opened (the widget's
 * conversation stream and the console's queue and case streams): the headers the hooks already set
 * (CORS, security headers) are kept, proxies are asked not to buffer, a comment every 25 s keeps the
 * connection alive, and everything registered with `onClose` runs once when the client leaves.
 */
export function openEventStream(
  req: FastifyRequest,
  reply: FastifyReply,
  pingMs = 25_000,
): EventStream {
  reply.hijack();
  const res = reply.raw;
  const early: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) early[k] = v;
  res.writeHead(200, {
    ...early,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': req.id,
  });
  res.write('retry: 3000\n\n');
  let closed = false;
  const cleanups: (() => unknown)[] = [];
  const run = (fn: () => unknown): void => {
    try {
      const r = fn();
      if (r instanceof Promise)
        r.catch((e: unknown) => req.log.warn({ err: e }, 'stream clean-up failed'));
    } catch (e: unknown) {
      req.log.warn({ err: e }, 'stream clean-up failed');
    }
  };
  const ping = setInterval(() => res.write(': ping\n\n'), pingMs);
  ping.unref();
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    for (const fn of cleanups.splice(0)) run(fn);
  };
  req.raw.on('close', close);
  res.on('close', close);
  if (req.raw.destroyed) close();
  return {
    get closed() {
      return closed;
    },
    send(event, data) {
      if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(cleanup) {
      if (closed) run(cleanup);
      else cleanups.push(cleanup);
    },
  };
}

/** Keeps an SSE response open and forwards the conversation's published updates to it (the widget's stream). */
export async function openStream(
  store: Store,
  conversationId: string,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const stream = openEventStream(req, reply);
  const unsubscribe = await store.subscribe(`conversation:${conversationId}`, (payload) =>
    stream.send('update', toStreamEvent(payload)),
  );
  stream.onClose(unsubscribe);
}
