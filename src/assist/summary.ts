import type { Message } from '../domain/conversation.js';
import type { HandoffPackage } from '../domain/records.js';
import type { DecisionCue } from './types.js';

export type ThreadSummary = {
  /** Short lines, most important first, in the rep's language (English). */
  lines: string[];
  messageCount: number;
  customerMessages: number;
  /** Minutes from the first to the last message. */
  spanMinutes: number;
};

const intentNames: Record<string, string> = {
  order_status: 'order status',
  delivery_problem: 'a delivery problem',
  change_details: 'changing personal details',
  change_address: 'changing the address',
  cancel_order: 'cancelling',
  return_request: 'a return or exchange',
  damaged_item: 'a damaged item',
  wrong_item: 'a wrong or misspelled item',
  missing_item: 'a missing item',
  refund_status: 'refund status',
  refund_request: 'a refund',
  payment_issue: 'a payment issue',
  shop_question: 'a shop question',
  custom_request: 'a custom order',
  human_agent: 'talking to a person',
  complaint: 'a complaint',
};

const languageNames: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
};

function clip(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function intentOf(m: Message): string | null {
  const i = m.meta?.intent;
  return typeof i === 'string' ? i : null;
}

/**
 * A short summary of a thread for a rep (A7), built only from what was said and decided: what the
 * customer wants, in which language, what was decided under which rule, and what is still open.
 */
export function summarizeThread(input: {
  messages: Message[];
  handoff?: HandoffPackage | null;
  decisions?: DecisionCue[];
  lang?: string;
}): ThreadSummary {
  const { messages } = input;
  const customer = messages.filter((m) => m.sender === 'customer');
  const lines: string[] = [];
  const topics = [
    ...new Set(customer.map(intentOf).filter((i): i is string => i !== null && i in intentNames)),
  ].map((i) => intentNames[i]);
  const lang = input.lang ?? input.handoff?.lang;
  const who = `The customer${lang && lang !== 'en' ? ` (writes in ${languageNames[lang] ?? lang})` : ''}`;
  if (topics.length > 0) lines.push(`${who} asked about ${topics.join(', ')}.`);
  else if (customer.length > 0)
    lines.push(`${who} sent ${customer.length} message${customer.length === 1 ? '' : 's'}.`);
  if (input.handoff) {
    lines.push(`Handed over under ${input.handoff.rule}: ${input.handoff.reason}`);
    if (input.handoff.desiredResolution)
      lines.push(`They want: ${input.handoff.desiredResolution}`);
  }
  for (const d of input.decisions ?? [])
    lines.push(`Decided ${d.outcome.replace('_', ' ')} by ${d.rule}: ${d.reason}`);
  const first = customer[0];
  if (first) lines.push(`First message: “${clip(first.text)}”`);
  const last = customer.at(-1);
  if (last && last !== first) lines.push(`Latest message: “${clip(last.text)}”`);
  const lastMessage = messages.at(-1);
  if (lastMessage?.sender === 'customer') lines.push('The customer is waiting for an answer.');
  if (input.handoff?.suggestedNextStep) lines.push(`Next step: ${input.handoff.suggestedNextStep}`);
  const times = messages.map((m) => Date.parse(m.createdAt)).filter((t) => Number.isFinite(t));
  const spanMinutes =
    times.length > 1 ? Math.round((Math.max(...times) - Math.min(...times)) / 60_000) : 0;
  return { lines, messageCount: messages.length, customerMessages: customer.length, spanMinutes };
}
