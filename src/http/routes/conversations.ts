import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import type { Assistant } from '../../domain/assistant.js';
import type { Message, TurnInput } from '../../domain/conversation.js';
import type { Attachment, Conversation } from '../../domain/records.js';
import type { Store } from '../../domain/store.js';
import { authorizeConversation, authorizeConversationId, createProvenTokens } from '../auth.js';
import { cleanImage, type CleanImage } from '../images.js';
import { linkTokenOf, verifyOrderLink } from '../../auth/links.js';

function quotaError(quota: number): AppError {
  return new AppError(
    'quota_exceeded',
    `This conversation already holds the most photos it can (${quota}); a person from our team can take more by e-mail.`,
  );
}
import {
  attachmentParams,
  attachmentsResponse,
  conversationIdParams,
  errorSchema,
  messageBody,
  startConversationBody,
  startConversationResponse,
  tokenQuery,
  transcriptSchema,
  turnResultSchema,
} from '../schemas.js';
import { openStream } from '../stream.js';
import type { Hook, ZodApp } from '../types.js';

type Deps = {
  store: Store;
  assistant: Assistant;
  uploadsDir: string;
  clock: () => Date;
  newId: () => string;
  limits: { conversationTurn: Hook; start: Hook };
  /** Photos one conversation may hold. */
  uploadQuota: number;
  /** The key signed order links are checked with (src/auth/links.ts). */
  linkKey: () => Promise<string>;
};

/** What `start` takes when a signed link proved the order (the engine's assistant accepts it; others ignore it). */
type StartInput = Parameters<Assistant['start']>[0] & { verifiedOrderId?: string };

/** Anything the multipart parser (busboy) throws is malformed input, never a server fault. */
function multipartError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const status = (e as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return e;
  const detail =
    e instanceof Error && e.message ? ` (${e.message.replace(/^Multipart:\s*/i, '')})` : '';
  return new AppError(
    'invalid_multipart',
    `The upload is not valid multipart/form-data${detail}: send the photo in a "file" field with a boundary in the Content-Type header.`,
    undefined,
    { cause: e },
  );
}

const errors = {
  400: errorSchema,
  401: errorSchema,
  404: errorSchema,
  409: errorSchema,
  413: errorSchema,
  415: errorSchema,
  429: errorSchema,
};
const security = [{ conversationToken: [] }];

/** What a transcript shows of a stored message (never the NLU's notes). */
export function publicMessage(m: Message): z.infer<typeof transcriptSchema>['messages'][number] {
  const out: z.infer<typeof transcriptSchema>['messages'][number] = {
    id: m.id,
    sender: m.sender,
    text: m.text,
    createdAt: m.createdAt,
  };
  if (m.quickReplies && m.quickReplies.length > 0) out.quickReplies = m.quickReplies;
  if (m.attachmentIds && m.attachmentIds.length > 0) out.attachmentIds = m.attachmentIds;
  if (
    m.sender === 'agent' &&
    typeof m.meta?.authorName === 'string' &&
    m.meta.authorName.trim() !== ''
  )
    out.author = m.meta.authorName;
  return out;
}

/**
 * The quick replies the customer may press now (those of the last message the shop sent), and
 * where else `choice` was offered: on the turn just before (pressing it again is a repeated or
 * concurrent double press: 409) or on an older turn (a button left on screen from an earlier
 * question: the assistant says so and asks the current question again, as on every channel).
 */
async function offeredChoices(
  store: Store,
  conversationId: string,
  choice: string,
): Promise<{ now: string[]; previous: boolean; older: boolean }> {
  const messages = await store.messages.list(conversationId);
  let now: string[] | null = null;
  let turnsBack = 0;
  let previous = false;
  let older = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!m) continue;
    if (m.sender === 'customer') {
      if (now !== null) turnsBack += 1;
      continue;
    }
    const ids = (m.quickReplies ?? []).map((q) => q.id);
    if (now === null) now = ids;
    else if (ids.includes(choice)) {
      if (turnsBack <= 1) previous = true;
      else older = true;
    }
  }
  return { now: now ?? [], previous, older };
}

export function conversationRoutes(api: ZodApp, deps: Deps): void {
  const { store, assistant } = deps;
  const proven = createProvenTokens();

  api.post(
    '/conversations',
    {
      onRequest: deps.limits.start,
      schema: {
        summary: 'Start a conversation',
        tags: ['conversations'],
        body: startConversationBody,
        response: { 201: startConversationResponse, 400: errorSchema, 429: errorSchema },
      },
    },
    async (req, reply) => {
      const input: StartInput = { channel: req.body.channel };
      if (req.body.lang) input.lang = req.body.lang;
      if (req.body.link !== undefined) {
        // A signed link from the shop's order e-mail proves the order up front.
        const check = verifyOrderLink(
          await deps.linkKey(),
          linkTokenOf(req.body.link),
          deps.clock(),
        );
        if (!check.ok) throw new AppError('bad_request', check.message);
        input.verifiedOrderId = check.orderId;
      }
      const started = await assistant.start(input);
      return reply
        .code(201)
        .send({ id: started.conversation.id, token: started.token, ...started.result });
    },
  );

  api.get(
    '/conversations/:id',
    {
      schema: {
        summary: 'The transcript and state of a conversation',
        tags: ['conversations'],
        security,
        params: conversationIdParams,
        response: { 200: transcriptSchema, ...errors },
      },
    },
    async (req) => {
      const c = await authorizeConversation(store, req, req.params.id);
      const messages = await store.messages.list(c.id);
      return {
        id: c.id,
        channel: c.channel,
        lang: c.lang,
        state: { intent: c.intent, status: c.status },
        messages: messages.map(publicMessage),
      };
    },
  );

  api.post(
    '/conversations/:id/messages',
    {
      onRequest: deps.limits.conversationTurn,
      schema: {
        summary: 'Send a customer message or press a quick reply',
        tags: ['conversations'],
        security,
        params: conversationIdParams,
        body: messageBody,
        response: { 200: turnResultSchema, ...errors },
      },
    },
    async (req) => {
      const id = await authorizeConversationId(store, proven, req, req.params.id);
      let input: TurnInput;
      if ('text' in req.body) {
        input = { kind: 'text', text: req.body.text };
      } else {
        const offered = await offeredChoices(store, id, req.body.choice);
        if (!offered.now.includes(req.body.choice) && !offered.older) {
          if (offered.previous)
            throw new AppError(
              'conflict',
              `"${req.body.choice}" was already answered; the conversation has moved on.`,
            );
          throw new AppError(
            'bad_request',
            `"${req.body.choice}" is not one of the quick replies offered right now${offered.now.length ? ` (${offered.now.join(', ')})` : ''}.`,
          );
        }
        input = { kind: 'choice', choice: req.body.choice };
      }
      return assistant.turn(id, input);
    },
  );

  api.post(
    '/conversations/:id/attachments',
    {
      onRequest: deps.limits.conversationTurn,
      schema: {
        summary:
          'Upload photos (multipart/form-data, field "file", up to 4 images of at most 10 MB; optional field "text")',
        description:
          'JPEG, PNG, WebP or AVIF, checked by content. Images are re-encoded as JPEG without metadata.',
        tags: ['conversations'],
        security,
        consumes: ['multipart/form-data'],
        params: conversationIdParams,
        response: { 201: attachmentsResponse, ...errors },
      },
    },
    async (req, reply) => {
      const c = await authorizeConversation(store, req, req.params.id);
      if (!req.isMultipart())
        throw new AppError(
          'unsupported_media_type',
          'Send photos as multipart/form-data with a "file" field.',
        );
      const boundary =
        /;\s*boundary=("?)([^";]*)\1/i.exec(String(req.headers['content-type'] ?? ''))?.[2] ?? '';
      if (boundary.trim() === '')
        throw new AppError(
          'invalid_multipart',
          'The upload is not valid multipart/form-data: the Content-Type header names no boundary.',
        );
      const held = (await store.attachments.listForConversation(c.id)).length;
      if (held >= deps.uploadQuota) throw quotaError(deps.uploadQuota);
      const files: Buffer[] = [];
      let text: string | undefined;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            // The client's file name is never used: the bytes decide what this is.
            files.push(await part.toBuffer());
          } else if (
            part.fieldname === 'text' &&
            typeof part.value === 'string' &&
            part.value.trim()
          ) {
            text = part.value.trim().slice(0, 2000);
          }
        }
      } catch (e: unknown) {
        throw multipartError(e);
      }
      if (held + files.length > deps.uploadQuota) throw quotaError(deps.uploadQuota);
      const images: CleanImage[] = [];
      try {
        for (const f of files) images.push(await cleanImage(f));
      } catch (e: unknown) {
        // The image pool is full: worth trying again in a few seconds, not a minute.
        if (e instanceof AppError && e.code === 'rate_limited')
          void reply.header('retry-after', '5');
        throw e;
      }
      if (images.length === 0)
        throw new AppError('bad_request', 'No image in the upload: send it in a "file" field.');
      const saved = await saveAttachments(deps, c, images);
      const input: TurnInput = { kind: 'attachment', attachmentIds: saved.map((a) => a.id) };
      if (text !== undefined) input.text = text;
      const result = await assistant.turn(c.id, input);
      const attachments = saved.map((a) => ({
        id: a.id,
        url: `/api/v1/conversations/${c.id}/attachments/${a.id}`,
        width: a.width,
        height: a.height,
        bytes: a.bytes,
      }));
      return reply.code(201).send({ ...result, attachments });
    },
  );

  api.get(
    '/conversations/:id/attachments/:attachmentId',
    {
      schema: {
        summary: 'A photo of this conversation (token in the header or as ?token= for <img>)',
        tags: ['conversations'],
        security,
        params: attachmentParams,
        querystring: tokenQuery,
      },
    },
    async (req, reply) => {
      const c = await authorizeConversation(store, req, req.params.id, true);
      const a = await store.attachments.get(req.params.attachmentId);
      if (!a || a.conversationId !== c.id)
        throw new AppError('not_found', 'No such attachment in this conversation.');
      const data = await readFile(attachmentFile(deps.uploadsDir, a.path));
      return reply.type(a.mime).header('cache-control', 'private, max-age=3600').send(data);
    },
  );

  api.get(
    '/conversations/:id/stream',
    {
      schema: {
        summary:
          'Live updates (Server-Sent Events); token as ?token= because EventSource cannot send headers',
        tags: ['conversations'],
        security,
        params: conversationIdParams,
        querystring: tokenQuery,
      },
    },
    async (req, reply) => {
      const id = await authorizeConversationId(store, proven, req, req.params.id, true);
      await openStream(store, id, req, reply);
    },
  );
}

/** Resolves a stored relative path inside the uploads folder, refusing anything that escapes it. */
export function attachmentFile(uploadsDir: string, relative: string): string {
  const root = resolve(uploadsDir);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new AppError('not_found', 'No such attachment.');
  return full;
}

/** Writes every image, then records them all; on any failure removes what was written. */
async function saveAttachments(
  deps: Deps,
  c: Conversation,
  images: CleanImage[],
): Promise<Attachment[]> {
  const dir = join(resolve(deps.uploadsDir), c.id);
  await mkdir(dir, { recursive: true });
  const records: Attachment[] = images.map((img) => {
    const relative = join(c.id, `${randomBytes(16).toString('hex')}.jpg`);
    return {
      id: deps.newId(),
      conversationId: c.id,
      path: relative,
      mime: img.mime,
      bytes: img.data.length,
      width: img.width,
      height: img.height,
      createdAt: deps.clock().toISOString(),
    };
  });
  const files = records.map((r) => attachmentFile(deps.uploadsDir, r.path));
  try {
    await Promise.all(images.map((img, i) => writeFile(files[i] ?? '', img.data, { flag: 'wx' })));
    await deps.store.transaction(async (tx) => {
      for (const r of records) await tx.attachments.create(r);
    });
  } catch (e: unknown) {
    await Promise.all(files.map((f) => rm(f, { force: true })));
    throw e;
  }
  return records;
}
