import { z } from 'zod';
import type { Message } from '../domain/conversation.js';
import type { AssistContext, DecisionCue } from './types.js';

export type Cue = {
  kind: 'sentiment' | 'phrasing' | 'checklist' | 'policy';
  severity: 'info' | 'warn' | 'alert';
  title: string;
  text: string;
  /** For checklists: the steps, in order. */
  items?: string[];
};

const sentimentSchema = z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number().min(-1).max(1) });

/** The NLU's sentiment stored on a customer message, if any. */
export function sentimentOf(m: Message): z.infer<typeof sentimentSchema> | null {
  const parsed = sentimentSchema.safeParse(m.meta?.sentiment);
  return parsed.success ? parsed.data : null;
}

// Below this score a message counts as strongly negative (contracts.md §6 escalates on two in a row).
const strongNegative = -0.5;

function sentimentCues(messages: Message[]): Cue[] {
  const scored = messages.filter((m) => m.sender === 'customer').map((m) => sentimentOf(m)).filter((s) => s !== null);
  const last = scored.at(-1);
  if (!last || last.label !== 'negative') return [];
  const previous = scored.at(-2);
  if (last.score <= strongNegative && previous && previous.label === 'negative' && previous.score <= strongNegative) {
    return [{ kind: 'sentiment', severity: 'alert', title: 'Customer is very upset', text: 'Strongly negative twice in a row. Acknowledge how they feel before any facts, apologise for the experience, and say exactly what you will do next and when.' }];
  }
  if (last.score <= strongNegative) {
    return [{ kind: 'sentiment', severity: 'alert', title: 'Strongly negative message', text: 'Start by acknowledging the frustration in plain words; keep the reply short and concrete.' }];
  }
  return [{ kind: 'sentiment', severity: 'warn', title: 'Customer sounds unhappy', text: 'Thank them for their patience and lead with what you can do.' }];
}

export const customDetailsChecklist = [
  'Read the final text back exactly as it will be made, in bold.',
  'Check spelling, capitals, accents and spacing letter by letter with the customer.',
  'Confirm size, colour and font if the item has them.',
  'Check the change window and that production has not locked the detail (see the policy cue).',
  'Get an explicit "yes" from the customer before you record the change.',
];

function policyCues(decisions: DecisionCue[], clauses: { rule: string; text: string }[], shown?: { rule: string; reason: string }): Cue[] {
  const seen = new Set<string>();
  return decisions.flatMap((d): Cue[] => {
    const key = `${d.outcome}|${d.rule}|${d.reason}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const clause = clauses.find((c) => c.rule === d.rule || d.rule.startsWith(`${c.rule}.`));
    const severity = d.outcome === 'allow' ? 'info' : d.outcome === 'deny' ? 'warn' : 'alert';
    // The rule and reason the rep already reads elsewhere on the page are not repeated: only what the policy says.
    if (shown && d.rule === shown.rule && d.reason === shown.reason) return clause ? [{ kind: 'policy', severity, title: 'What the policy says about this', text: clause.text }] : [];
    const outcome = { allow: 'allows', deny: 'does not allow', needs_approval: 'needs approval for', escalate: 'escalates' }[d.outcome];
    return [{ kind: 'policy', severity, title: `Policy ${d.rule} ${outcome} this`, text: clause ? `${d.reason} — ${clause.text}` : d.reason }];
  });
}

/**
 * Coaching for the rep in the moment (A5): sentiment alerts from the NLU's reading of the customer's
 * messages, the checklist before confirming custom details, and the policy clauses that apply.
 */
export function coachingCues(ctx: AssistContext & { policyClauses?: { rule: string; text: string }[]; shownRule?: { rule: string; reason: string } }): Cue[] {
  const cues: Cue[] = [...sentimentCues(ctx.messages ?? [])];
  const decisions = ctx.decisions ?? [];
  const aboutDetails = ctx.intent === 'change_details' || decisions.some((d) => d.rule.startsWith('change'));
  if (aboutDetails || (ctx.order?.personalized && ctx.intent === 'wrong_item')) {
    cues.push({ kind: 'checklist', severity: 'info', title: 'Before confirming custom details', text: 'A personalised piece is made exactly as confirmed.', items: customDetailsChecklist });
  }
  cues.push(...policyCues(decisions, ctx.policyClauses ?? [], ctx.shownRule));
  if (ctx.pendingRefund) {
    cues.push({ kind: 'policy', severity: 'warn', title: 'Refund above the automatic limit', text: `A refund of ${ctx.pendingRefund.amount} ${ctx.pendingRefund.currency} waits for an approver. Don't promise it before it is approved.` });
  }
  return cues;
}

const blaming = /\b(you should have|you didn'?t read|as i (already )?said|calm down|that's not our problem|you failed to)\b/i;
const certainDate = /\b(will (ship|arrive|be delivered) on|guaranteed? (by|on))\b/i;
const policyHiding = /\b(company policy|our policy says|rules are rules)\b/i;

/** Tips on a draft reply before it is sent (A5). Pure: same draft, same tips. */
export function phrasingTips(draft: string, opts: { avoidWords?: string[]; customerNegative?: boolean } = {}): Cue[] {
  const tips: Cue[] = [];
  const text = draft.trim();
  if (text === '') return tips;
  const tip = (title: string, body: string, severity: Cue['severity'] = 'warn') => tips.push({ kind: 'phrasing', severity, title, text: body });
  if (blaming.test(text)) tip('Sounds like blame', 'Rephrase around what you will do next rather than what the customer did.');
  if (certainDate.test(text)) tip('A single date promises too much', 'Give the ship window as a range of business days, never one fixed date.');
  if (policyHiding.test(text)) tip('Explain, don\'t cite', 'Say why in plain words (e.g. the piece is one-of-a-kind and already made) instead of pointing at "policy".');
  if (/^\s*unfortunately\b/i.test(text)) tip('Lead with thanks or empathy', 'Starting with "Unfortunately" makes the whole reply read as a no. Thank them first.', 'info');
  const letters = text.replace(/[^A-Za-zÀ-ÿ]/g, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) tip('All capitals reads as shouting', 'Write in normal case; bold the key facts instead.');
  if (/!{2,}/.test(text)) tip('One exclamation mark is plenty', 'Several in a row can sound alarmed or sarcastic.', 'info');
  for (const word of opts.avoidWords ?? []) {
    if (word && new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)) {
      tip(`The shop avoids "${word}"`, 'This shop asks not to use this word in customer replies.');
    }
  }
  if (opts.customerNegative && !/\b(sorry|apolog|thank|lo siento|disculp|gracias|désolé|merci|leid|danke|dispiace|grazie|lamento|obrigad)/i.test(text)) {
    tip('Acknowledge first', 'The customer is upset; an apology or a thank-you at the start helps.', 'info');
  }
  if (text.length > 900) tip('Long reply', 'Keep it to a few short paragraphs; bold what matters.', 'info');
  return tips;
}
