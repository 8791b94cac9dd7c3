// The console's only channel to the server: fetch with the session cookie, CSRF header on writes.

export type Role = 'rep' | 'approver' | 'admin' | 'maker';
export type Me = { user: { id: string; email: string; role: Role; sellerId?: string }; csrfToken: string; translator?: string; repLang?: string; shopName?: string };

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
  const res = await fetch(`/api/console${path}`, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : method !== 'GET' ? { body: '{}' } : {}) });
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? 'error', json?.error?.message ?? `Request failed (${res.status}).`);
  return json as T;
}

export type { QueueItem } from '../../src/http/console/view.js';

export type Translation = { messageId?: string; from: string; to: string; text?: string; engine?: string; pivot?: string; untranslated?: true; reason?: string };

export type Cue = { kind: string; severity: 'info' | 'warn' | 'alert'; title: string; text: string; items?: string[] };

export type ViewMessage = {
  id: string;
  sender: 'customer' | 'assistant' | 'agent' | 'system';
  text: string;
  lang: string | null;
  createdAt: string;
  attachmentIds: string[];
  intent: string | null;
  sentiment: { label: string; score: number } | null;
  original: { text: string; lang: string | null } | null;
};

export type CaseView = {
  me: Me['user'];
  conversation: { id: string; lang: string; status: string; intent: string | null; handledBy: string; channel: string };
  case: {
    id: string;
    kind: string;
    status: string;
    priority: number;
    createdAt: string;
    subject: Record<string, unknown>;
    handoff: { rule: string; reason: string; summary: string; desiredResolution: string | null; suggestedNextStep: string; facts: Record<string, unknown>; customer: { email?: string; name?: string } | null } | null;
  } | null;
  cases: NonNullable<CaseView['case']>[];
  decisionCaseIds: string[];
  messages: ViewMessage[];
  order: {
    id: string;
    createdAt: string;
    stage: string;
    stageLabel: string;
    shipWindow: { start: string; end: string } | null;
    delayed: boolean;
    currency: string;
    total: string;
    refunded: string;
    customer: { name: string | null; email: string };
    items: { sku: string; title: string; quantity: number; unitPrice: string; personalized: boolean; personalization: Record<string, string> }[];
    fulfillment: { status: string; carrier: string | null; trackingUrl: string | null };
  } | null;
  decisions: { type: string; at: string; outcome: string; rule: string; reason: string; amount?: string; currency?: string }[];
  refunds: { id: string; amount: string; currency: string; status: string; reason: string; rule: string; decidedBy: string | null; decidedAt: string | null }[];
  attachments: { id: string; url: string; width: number; height: number }[];
  summary: { lines: string[]; messageCount: number; spanMinutes: number };
  suggestions: { id: string; label: string; text: string; repText: string; basis: string }[];
  coaching: Cue[];
  audit: { id: string; at: string; actor: string; action: string; subjectType: string; reason: string | null }[];
};
