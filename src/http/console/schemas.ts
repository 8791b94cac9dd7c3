import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { languageSchema } from '../../domain/order.js';

export const loginBody = z.object({ email: z.string().max(254), password: z.string().min(1, 'is required').max(200) });
export const idParam = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id') });
export const attachmentParams = idParam.extend({ attachmentId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id') });
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
export const translateBody = z.object({ text: z.string().min(1).max(4000), from: languageSchema, to: languageSchema });
export const tipsBody = z.object({ draft: z.string().max(4000), conversationId: z.string().max(100).optional() });
export const translationsQuery = z.object({ to: languageSchema.optional() });
export const handBackBody = z.object({ force: z.boolean().optional() }).optional();

/** Validates one part of a request; bad input becomes a 400 with every issue and its path. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: i.code, message: i.message }));
  const first = issues[0];
  throw new AppError('validation_failed', `Invalid request ${where} — ${first ? `${first.path.join('.') || where}: ${first.message}` : 'invalid'}`, issues);
}
