import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { channels, conversationStatuses, intents } from '../../domain/conversation.js';
import { languageSchema } from '../../domain/order.js';
import { caseKinds, caseStatuses, refundStatuses, roles } from '../../domain/records.js';

export const loginBody = z.object({
  email: z.string().max(254),
  password: z.string().min(1, 'is required').max(200),
});
export const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id'),
});
export const attachmentParams = idParam.extend({
  attachmentId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id'),
});
export const replyBody = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
  /** The language the rep wrote in; translated to the customer's when different. */
  lang: languageSchema.optional(),
  /** Send as written when the engine cannot translate this pair. */
  sendUntranslated: z.boolean().optional(),
  /** What the rep first wrote, when `text` is a translation they previewed and edited. */
  original: z.object({ text: z.string().trim().min(1).max(4000), lang: languageSchema }).optional(),
});
export const decisionBody = z.object({
  approve: z.boolean(),
  why: z.string().trim().min(3, 'must say why (at least 3 characters)').max(1000),
});
export const translateBody = z.object({
  text: z.string().min(1).max(4000),
  from: languageSchema,
  to: languageSchema,
});
export const tipsBody = z.object({
  draft: z.string().max(4000),
  conversationId: z.string().max(100).optional(),
});
export const translationsQuery = z.object({ to: languageSchema.optional() });
export const handBackBody = z.object({ force: z.boolean().optional() }).optional();

/** Validates one part of a request; bad input becomes a 400 with every issue and its path. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
  const first = issues[0];
  throw new AppError(
    'validation_failed',
    `Invalid request ${where} — ${first ? `${first.path.join('.') || where}: ${first.message}` : 'invalid'}`,
    issues,
  );
}

/*
 * Answers of the console API. Every route declares its answer here and in `schema.response`, so
 * the server checks what it sends and the browser code takes its types from the same place
 * (`z.infer<typeof …>` in web/console/api.ts): one definition, no copies that drift apart.
 */

const nullableString = z.string().nullable();
const languageOrNull = languageSchema.nullable();

export const publicUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(roles),
  sellerId: z.string().optional(),
});
export const sessionResponse = z.object({
  user: publicUserSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export const meResponse = sessionResponse.extend({
  translator: z.string(),
  repLang: languageSchema,
  shopName: z.string(),
});

export const queueItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['escalation', 'approval', 'unanswered']),
  caseId: nullableString,
  conversationId: nullableString,
  orderId: nullableString,
  priority: z.number(),
  title: z.string(),
  reason: z.string(),
  lang: languageOrNull,
  waitingSince: z.string(),
  waitingMinutes: z.number(),
  assignedTo: nullableString,
  /** Who answers the chat now: the assistant, or a rep (user id). */
  handledBy: z.string(),
  /** The rep the item is with (assigned, or holding the chat), by e-mail; null when nobody has it. */
  assignee: nullableString,
  /** The customer's name (or e-mail) when known. */
  customer: nullableString,
  /** The customer's last words, shortened. */
  snippet: nullableString,
  /** "Needs approval" for refunds and exceptions a person must decide, "Escalation", "Waiting". */
  typeLabel: z.string(),
  /** From money at stake, the customer's mood, waiting time and a request for a person. */
  urgency: z.enum(['urgent', 'high', 'normal']),
  /** Why the item ranks where it does, in words ("120.00 EUR at stake", "customer is upset"). */
  priorityWhy: z.array(z.string()),
  /** Other chats about the same order, folded into this item. */
  mergedConversationIds: z.array(z.string()),
  /** Against the response target: "ok", "soon" (past half of it) or "late". */
  sla: z.enum(['ok', 'soon', 'late']),
});
/** Also the payload of the `queue` event of `GET /queue/stream`. */
export const queueResponse = z.object({ items: z.array(queueItemSchema), at: z.string() });

export const handoffSchema = z.object({
  orderId: nullableString,
  customer: z.object({ email: z.string().optional(), name: z.string().optional() }).nullable(),
  lang: languageSchema,
  rule: z.string(),
  reason: z.string(),
  summary: z.string(),
  facts: z.record(z.string(), z.unknown()),
  attachmentIds: z.array(z.string()),
  desiredResolution: nullableString,
  suggestedNextStep: z.string(),
});
export const caseSchema = z.object({
  id: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(caseStatuses),
  priority: z.number(),
  conversationId: nullableString,
  orderId: nullableString,
  handoff: handoffSchema.nullable(),
  subject: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  assignedTo: nullableString,
});
/** After assigning (`a`) or closing (`e`) a case: the case as it is now, and whether anything changed. */
export const caseActionResponse = z.object({ case: caseSchema, changed: z.boolean() });
export const caseLookupResponse = z.object({ case: caseSchema, conversationId: nullableString });

export const sentimentSchema = z.object({
  label: z.enum(['negative', 'neutral', 'positive']),
  score: z.number(),
});
export const messageViewSchema = z.object({
  id: z.string(),
  sender: z.enum(['customer', 'assistant', 'agent', 'system']),
  text: z.string(),
  lang: z.string().nullable(),
  createdAt: z.string(),
  attachmentIds: z.array(z.string()),
  intent: nullableString,
  sentiment: sentimentSchema.nullable(),
  original: z.object({ text: z.string(), lang: nullableString }).nullable(),
  /** For a rep's message: the name the customer sees on it. */
  author: nullableString,
});

export const cueSchema = z.object({
  kind: z.enum(['sentiment', 'phrasing', 'checklist', 'policy']),
  severity: z.enum(['info', 'warn', 'alert']),
  title: z.string(),
  text: z.string(),
  items: z.array(z.string()).optional(),
});

const shipWindowSchema = z.object({ start: z.string(), end: z.string() });
export const orderViewSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  shipWindow: shipWindowSchema.nullable(),
  delayed: z.boolean(),
  cancelledAt: nullableString,
  currency: z.string(),
  total: z.string(),
  refunded: z.string(),
  customer: z.object({ name: nullableString, email: z.string(), language: languageOrNull }),
  items: z.array(
    z.object({
      sku: z.string(),
      title: z.string(),
      sellerId: z.string(),
      quantity: z.number(),
      unitPrice: z.string(),
      personalized: z.boolean(),
      personalization: z.record(z.string(), z.string()),
      finalSale: z.boolean(),
    }),
  ),
  fulfillment: z
    .object({
      status: z.string(),
      carrier: nullableString,
      trackingNumber: nullableString,
      trackingUrl: nullableString,
    })
    .catchall(z.unknown()),
});

export const decisionViewSchema = z.object({
  type: z.string(),
  at: z.string(),
  outcome: z.enum(['allow', 'deny', 'needs_approval', 'escalate']),
  rule: z.string(),
  reason: z.string(),
  amount: z.string().optional(),
  currency: z.string().optional(),
});

export const refundViewSchema = z.object({
  id: z.string(),
  amount: z.string(),
  currency: z.string(),
  status: z.enum(refundStatuses),
  reason: z.string(),
  rule: z.string(),
  createdAt: z.string(),
  decidedAt: nullableString,
  decidedBy: nullableString,
});

export const caseViewResponse = z.object({
  me: publicUserSchema,
  conversation: z.object({
    id: z.string(),
    channel: z.enum(channels),
    lang: languageSchema,
    status: z.enum(conversationStatuses),
    intent: z.enum(intents).nullable(),
    handledBy: z.string(),
    createdAt: z.string(),
  }),
  case: caseSchema.nullable(),
  cases: z.array(caseSchema),
  /** Open cases an approver decides (refunds above the limit and exceptions). */
  decisionCaseIds: z.array(z.string()),
  messages: z.array(messageViewSchema),
  order: orderViewSchema.nullable(),
  decisions: z.array(decisionViewSchema),
  refunds: z.array(refundViewSchema),
  attachments: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      width: z.number(),
      height: z.number(),
      mime: z.string(),
      createdAt: z.string(),
    }),
  ),
  summary: z.object({
    lines: z.array(z.string()),
    messageCount: z.number(),
    customerMessages: z.number(),
    spanMinutes: z.number(),
  }),
  suggestions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      text: z.string(),
      repText: z.string(),
      basis: z.string(),
    }),
  ),
  coaching: z.array(cueSchema),
  audit: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      subjectType: z.string(),
      subjectId: z.string(),
      rule: nullableString,
      reason: nullableString,
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export const translationSchema = z.union([
  z.object({ text: z.string(), engine: z.string(), pivot: languageSchema.optional() }),
  z.object({ untranslated: z.literal(true), reason: z.string() }),
]);
const translationPair = z.object({ from: languageSchema, to: languageSchema });
export const translateResponse = z.intersection(translationPair, translationSchema);
export const translationsResponse = z.object({
  engine: z.string(),
  to: languageSchema,
  translations: z.array(
    z.intersection(translationPair.extend({ messageId: z.string() }), translationSchema),
  ),
});
export const tipsResponse = z.object({ tips: z.array(cueSchema) });
export const takeOverResponse = z.object({ handledBy: z.string(), changed: z.boolean() });
export const handBackResponse = z.object({ handledBy: z.literal('assistant') });
export const replyResponse = z.object({ message: messageViewSchema });
export const decisionResponse = z.object({
  case: caseSchema.nullable(),
  events: z.array(z.object({ type: z.string() }).catchall(z.unknown())),
  message: messageViewSchema.nullable(),
});
/** The payload of the `changed` event of `GET /conversations/:id/stream`: a hint to re-read the case. */
export const conversationChangedEvent = z.object({});
