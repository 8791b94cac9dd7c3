// The console's only channel to the server: fetch with the session cookie, CSRF header on writes.
import type { z } from 'zod';
import type * as schemas from '../../src/http/console/schemas.js';
import type { InsightsResponse } from '../../src/http/console/insights.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrf = '';
export function setCsrf(token: string): void {
  csrf = token;
}
/** The session's CSRF token, for the few requests `api` does not send (uploads). */
export function csrfToken(): string {
  return csrf;
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const res = await fetch(`/api/console${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined
      ? { body: JSON.stringify(body) }
      : method !== 'GET'
        ? { body: '{}' }
        : {}),
  });
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!res.ok)
    throw new ApiError(
      res.status,
      json?.error?.code ?? 'error',
      json?.error?.message ?? `Request failed (${res.status}).`,
    );
  return json as T;
}

/*
 * Every answer type below is inferred from the zod schema the server checks that answer against
 * (src/http/console/schemas.ts, insights.ts): change the schema and this code follows, or fails
 * to type-check. Type-only imports: nothing of the server ends up in the browser bundle.
 */
export type Me = z.infer<typeof schemas.meResponse>;
export type Session = z.infer<typeof schemas.sessionResponse>;
export type Role = Me['user']['role'];
export type QueueAnswer = z.infer<typeof schemas.queueResponse>;
export type QueueItem = z.infer<typeof schemas.queueItemSchema>;
export type CaseView = z.infer<typeof schemas.caseViewResponse>;
export type ViewMessage = z.infer<typeof schemas.messageViewSchema>;
export type Cue = z.infer<typeof schemas.cueSchema>;
export type TipsAnswer = z.infer<typeof schemas.tipsResponse>;
export type TranslateAnswer = z.infer<typeof schemas.translateResponse>;
export type TranslationsAnswer = z.infer<typeof schemas.translationsResponse>;
export type Translation = TranslationsAnswer['translations'][number] | TranslateAnswer;
export type ReplyAnswer = z.infer<typeof schemas.replyResponse>;
export type DecisionAnswer = z.infer<typeof schemas.decisionResponse>;
export type CaseActionAnswer = z.infer<typeof schemas.caseActionResponse>;
export type TakeOverAnswer = z.infer<typeof schemas.takeOverResponse>;
export type HandBackAnswer = z.infer<typeof schemas.handBackResponse>;
export type InsightsReport = InsightsResponse;
/** What the console may send: the request schemas' input types. */
export type ReplyRequest = z.input<typeof schemas.replyBody>;
export type DecisionRequest = z.input<typeof schemas.decisionBody>;
