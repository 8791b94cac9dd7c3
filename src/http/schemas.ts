import { z } from 'zod';
import { channels, conversationStatuses, intents } from '../domain/conversation.js';
import { eventTypes } from '../domain/events.js';
import { languages } from '../domain/order.js';
import { orderEventSchema } from '../actions/orders.js';

/** Zod schemas of API v1: the single source for request validation, response shape and OpenAPI. */

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('A stable snake_case error code such as "validation_failed"'),
      message: z.string(),
      issues: z
        .array(
          z.object({
            path: z.array(z.union([z.string(), z.number()])),
            code: z.string(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .describe('Every error answer');

export const quickReplySchema = z.object({ id: z.string(), label: z.string() });
export const replySchema = z.object({
  text: z.string().describe('Markdown: short paragraphs, **bold** key facts'),
  quickReplies: z.array(quickReplySchema),
});
export const eventSchema = z
  .object({
    type: z.enum(eventTypes),
    rule: z.string().optional(),
    reason: z.string().optional(),
    amount: z.string().optional(),
  })
  .catchall(z.unknown());

export const turnStateSchema = z.object({
  intent: z.enum(intents).nullable(),
  status: z.enum(conversationStatuses),
});

export const turnResultSchema = z.object({
  replies: z.array(replySchema),
  state: turnStateSchema,
  events: z.array(eventSchema),
});

export const conversationIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a conversation id'),
});

export const startConversationBody = z
  .object({
    channel: z.literal(channels[0]).describe('Only "web" over this API'),
    lang: z.enum(languages).optional(),
    link: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .describe(
        "A signed order link from the shop's order e-mail (the `mdlink` token, or the whole URL): the conversation starts with that order proven",
      ),
  })
  .strict();

export const startConversationResponse = turnResultSchema.extend({
  id: z.string(),
  token: z
    .string()
    .describe('Bearer token for this conversation; send as `Authorization: Bearer <token>`'),
});

export const messageBody = z.union([
  z
    .object({
      text: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(2000, 'must be at most 2000 characters'),
    })
    .strict(),
  z.object({ choice: z.string().min(1).max(100) }).strict(),
]);

export const transcriptMessageSchema = z.object({
  id: z.string(),
  sender: z.enum(['customer', 'assistant', 'agent', 'system']),
  text: z.string(),
  quickReplies: z.array(quickReplySchema).optional(),
  attachmentIds: z.array(z.string()).optional(),
  author: z.string().optional().describe("On a shop person's message: the name they sign with"),
  createdAt: z.string(),
});

export const transcriptSchema = z.object({
  id: z.string(),
  channel: z.enum(channels),
  lang: z.enum(languages),
  state: turnStateSchema,
  messages: z.array(transcriptMessageSchema),
});

export const attachmentParams = conversationIdParams.extend({
  attachmentId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not an attachment id'),
});

export const tokenQuery = z.object({ token: z.string().max(200).optional() });

export const attachmentsResponse = turnResultSchema.extend({
  attachments: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      width: z.number(),
      height: z.number(),
      bytes: z.number(),
    }),
  ),
});

export const orderIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "-" and "_"'),
});

/** Production and shipment events: the actions layer's own schema, so validation and OpenAPI match what it accepts. */
export const orderEventBody = orderEventSchema;

export const orderWriteResponse = z.object({
  id: z.string(),
  result: z.enum(['created', 'updated']),
});
export const orderEventResponse = z.object({
  id: z.string(),
  stage: z.string(),
  fulfillment: z.object({ status: z.string() }).catchall(z.unknown()),
});

export const healthResponse = z.object({ ok: z.literal(true) });
