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

const sentimentSchema = z.object({
  label: z.enum(['negative', 'neutral', 'positive']),
  score: z.number().min(-1).max(1),
});

/** The NLU's sentiment stored on a customer message, if any. */
export function sentimentOf(m: Message): z.infer<typeof sentimentSchema> | null {
  const parsed = sentimentSchema.safeParse(m.meta?.sentiment);
  return parsed.success ? parsed.data : null;
}

// Below this score a message counts as strongly negative (contracts.md §6 escalates on two in a row).
const strongNegative = -0.5;

function sentimentCues(messages: Message[]): Cue[] {
  const scored = messages
    .filter((m) => m.sender === 'customer')
    .map((m) => sentimentOf(m))
    .filter((s) => s !== null);
  const last = scored.at(-1);
  if (!last || last.label !== 'negative') return [];
  const previous = scored.at(-2);
  if (
    last.score <= strongNegative &&
    previous &&
    previous.label === 'negative' &&
    previous.score <= strongNegative
  ) {
    return [
      {
        kind: 'sentiment',
        severity: 'alert',
        title: 'Customer is very upset',
        text: 'Strongly negative twice in a row. Acknowledge how they feel before any facts, apologise for the experience, and say exactly what you will do next and when.',
      },
    ];
  }
  if (last.score <= strongNegative) {
    return [
      {
        kind: 'sentiment',
        severity: 'alert',
        title: 'Strongly negative message',
        text: 'Start by acknowledging the frustration in plain words; keep the reply short and concrete.',
      },
    ];
  }
  return [
    {
      kind: 'sentiment',
      severity: 'warn',
      title: 'Customer sounds unhappy',
      text: 'Thank them for their patience and lead with what you can do.',
    },
  ];
}

export const customDetailsChecklist = [
  'Read the final text back exactly as it will be made, in bold.',
  'Check spelling, capitals, accents and spacing letter by letter with the customer.',
  'Confirm size, colour and font if the item has them.',
  'Check the change window and that production has not locked the detail (see the policy cue).',
  'Get an explicit "yes" from the customer before you record the change.',
];

function policyCues(
  decisions: DecisionCue[],
  clauses: { rule: string; text: string }[],
  shown?: { rule: string; reason: string },
): Cue[] {
  const seen = new Set<string>();
  return decisions.flatMap((d): Cue[] => {
    const key = `${d.outcome}|${d.rule}|${d.reason}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const clause = clauses.find((c) => c.rule === d.rule || d.rule.startsWith(`${c.rule}.`));
    const severity = d.outcome === 'allow' ? 'info' : d.outcome === 'deny' ? 'warn' : 'alert';
    // The rule and reason the rep already reads elsewhere on the page are not repeated: only what the policy says.
    if (shown && d.rule === shown.rule && d.reason === shown.reason)
      return clause
        ? [
            {
              kind: 'policy',
              severity,
              title: 'What the policy says about this',
              text: clause.text,
            },
          ]
        : [];
    const outcome = {
      allow: 'allows',
      deny: 'does not allow',
      needs_approval: 'needs approval for',
      escalate: 'escalates',
    }[d.outcome];
    return [
      {
        kind: 'policy',
        severity,
        title: `Policy ${d.rule} ${outcome} this`,
        text: clause ? `${d.reason} — ${clause.text}` : d.reason,
      },
    ];
  });
}

/**
 * Coaching for the rep in the moment (A5): sentiment alerts from the NLU's reading of the customer's
 * messages, the checklist before confirming custom details, and the policy clauses that apply.
 */
export function coachingCues(
  ctx: AssistContext & {
    policyClauses?: { rule: string; text: string }[];
    shownRule?: { rule: string; reason: string };
  },
): Cue[] {
  const cues: Cue[] = [...sentimentCues(ctx.messages ?? [])];
  const decisions = ctx.decisions ?? [];
  const aboutDetails =
    ctx.intent === 'change_details' || decisions.some((d) => d.rule.startsWith('change'));
  if (aboutDetails || (ctx.order?.personalized && ctx.intent === 'wrong_item')) {
    cues.push({
      kind: 'checklist',
      severity: 'info',
      title: 'Before confirming custom details',
      text: 'A personalised piece is made exactly as confirmed.',
      items: customDetailsChecklist,
    });
  }
  cues.push(...policyCues(decisions, ctx.policyClauses ?? [], ctx.shownRule));
  if (ctx.pendingRefund) {
    cues.push({
      kind: 'policy',
      severity: 'warn',
      title: 'Refund above the automatic limit',
      text: `A refund of ${ctx.pendingRefund.amount} ${ctx.pendingRefund.currency} waits for an approver. Don't promise it before it is approved.`,
    });
  }
  return cues;
}

/** A phrase on its own: not glued to other letters (works for é, ü, ç… where \b does not). */
const phrases = (...alternatives: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');

/** "It's not your fault", "no es culpa tuya", "nicht Ihre Schuld": the opposite of blame. */
const negatedBefore =
  /(?<![\p{L}])(not|no|pas|nicht|non|não|never|nunca|jamais|mai)(?![\p{L}])[^.!?;:]{0,12}$/iu;

function blames(text: string): boolean {
  const t = text.replace(/[’‘]/g, "'");
  return blaming.some((re) =>
    [...t.matchAll(re)].some(
      (m) => !negatedBefore.test(t.slice(Math.max(0, m.index - 16), m.index)),
    ),
  );
}

/**
 * Blame put on the customer, in the six languages a rep may write in: "it's your fault", "you
 * should have…", "as I already said", "calm down". Replies should be about what happens next.
 */
const blaming = [
  phrases(
    "it'?s (all )?your (own )?fault",
    'it is (all )?your (own )?fault',
    'your (own )?fault',
    "that'?s on you",
    'you should have',
    "you didn'?t read",
    'you failed to',
    'as i (already )?(said|told you)',
    'calm down',
    "that'?s not our problem",
    'your mistake',
    'you got it wrong',
  ),
  phrases(
    'es (tu|su) culpa',
    'culpa (tuya|suya)',
    '(fue|ha sido) culpa',
    'deberías haber',
    'no (leíste|ha leído|has leído)',
    'como ya (te|le) (dije|he dicho)',
    'te equivocaste',
    'cálmate',
    'no es (nuestro|mi) problema',
  ),
  phrases(
    "c'est (de )?(ta|votre) faute",
    'tu aurais dû',
    'vous auriez dû',
    "(tu n'as|vous n'avez) pas (bien )?lu",
    "comme je (te|vous) l'ai (déjà )?dit",
    'calmez-vous',
    'calme-toi',
    "ce n'est pas (notre|mon) problème",
    "(tu t'es|vous vous êtes) trompée?s?",
  ),
  phrases(
    '(das ist|es ist|das war) (deine|ihre|eure) schuld',
    'selbst schuld',
    'du hättest',
    'wie (ich )?(schon|bereits) gesagt',
    '(dein|ihr) fehler',
    'beruhigen sie sich',
    'beruhig dich',
    'nicht (unser|mein) problem',
  ),
  phrases(
    '(è|e) colpa (tua|sua|vostra)',
    'colpa (tua|sua)',
    'avresti dovuto',
    'come (ti|le) ho già detto',
    'non hai letto',
    'calmati',
    'si calmi',
    'non è (un )?(nostro|mio) problema',
  ),
  phrases(
    '(é|foi) culpa (tua|sua|vossa)',
    'a culpa é (tua|sua)',
    '(devias|deverias) ter',
    'como já (te|lhe) disse',
    'não (leste|leu)',
    'acalma-te',
    'acalme-se',
    'não é (problema nosso|nosso problema)',
  ),
];

/**
 * Shouting: the whole draft in capitals, or a stretch of it ("I TOLD YOU ALREADY", "NOT POSSIBLE").
 * Short capitals such as EUR, DHL or an order number are not shouting.
 */
function shouts(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 12 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  )
    return true;
  let run: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const isCaps = /^\p{Lu}{2,}$/u.test(word);
    if (isCaps) run.push(word);
    else run = [];
    const runLetters = run.join('').length;
    if ((run.length >= 2 && runLetters >= 8) || (run.length >= 1 && (run.at(-1)?.length ?? 0) >= 7))
      return true;
  }
  return false;
}
const certainDate = /\b(will (ship|arrive|be delivered) on|guaranteed? (by|on))\b/i;
const policyHiding = /\b(company policy|our policy says|rules are rules)\b/i;

/** Tips on a draft reply before it is sent (A5). Pure: same draft, same tips. */
export function phrasingTips(
  draft: string,
  opts: { avoidWords?: string[]; customerNegative?: boolean } = {},
): Cue[] {
  const tips: Cue[] = [];
  const text = draft.trim();
  if (text === '') return tips;
  const tip = (title: string, body: string, severity: Cue['severity'] = 'warn') =>
    tips.push({ kind: 'phrasing', severity, title, text: body });
  if (blames(text))
    tip(
      'Sounds like blame',
      'Rephrase around what you will do next rather than what the customer did.',
    );
  if (certainDate.test(text))
    tip(
      'A single date promises too much',
      'Give the ship window as a range of business days, never one fixed date.',
    );
  if (policyHiding.test(text))
    tip(
      "Explain, don't cite",
      'Say why in plain words (e.g. the piece is one-of-a-kind and already made) instead of pointing at "policy".',
    );
  if (/^\s*unfortunately\b/i.test(text))
    tip(
      'Lead with thanks or empathy',
      'Starting with "Unfortunately" makes the whole reply read as a no. Thank them first.',
      'info',
    );
  if (shouts(text))
    tip('All capitals reads as shouting', 'Write in normal case; bold the key facts instead.');
  if (/!{2,}/.test(text))
    tip(
      'One exclamation mark is plenty',
      'Several in a row can sound alarmed or sarcastic.',
      'info',
    );
  for (const word of opts.avoidWords ?? []) {
    if (
      word &&
      new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)
    ) {
      tip(`The shop avoids "${word}"`, 'This shop asks not to use this word in customer replies.');
    }
  }
  if (
    opts.customerNegative &&
    !/\b(sorry|apolog|thank|lo siento|disculp|gracias|désolé|merci|leid|danke|dispiace|grazie|lamento|obrigad)/i.test(
      text,
    )
  ) {
    tip(
      'Acknowledge first',
      'The customer is upset; an apology or a thank-you at the start helps.',
      'info',
    );
  }
  if (text.length > 900)
    tip('Long reply', 'Keep it to a few short paragraphs; bold what matters.', 'info');
  return tips;
}
