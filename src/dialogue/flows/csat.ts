import { escapeText, shopText } from '../../voice/index.js';
import { detectScore } from '../../nlu/acts/readers.js';
import type { Turn } from '../kit.js';
import { csatScore } from '../quick-replies.js';
import type { FlowSpec } from './spec.js';

const stars = [1, 2, 3, 4, 5] as const;

function askCsat(t: Turn): void {
  t.say('csat.ask');
  t.options(stars.map((n) => ({ value: csatScore(n), label: '★'.repeat(n) })));
}

/** The end of a topic: the satisfaction question once something was resolved, else a warm goodbye. */
export function closing(t: Turn): void {
  const s = t.s;
  if (s.resolved > 0 && s.csat === 'none') {
    s.csat = 'asked';
    s.flow = { name: 'csat' };
    askCsat(t);
    return;
  }
  t.say('thanks.reply');
  const signOff = shopText(t.ctx.policy.shop.voice.signOff, t.lang);
  if (signOff) t.paragraphs.push(escapeText(signOff));
  t.options([]);
}

export function recordCsat(t: Turn, score: number): void {
  if (!Number.isInteger(score) || score < 1 || score > 5) return;
  t.s.csat = 'done';
  t.s.flow = null;
  t.emit({ type: 'csat.recorded', score });
  t.say(score >= 4 ? 'csat.thanks' : 'csat.thanks_low');
  const signOff = shopText(t.ctx.policy.shop.voice.signOff, t.lang);
  if (signOff) t.paragraphs.push(escapeText(signOff));
  t.options([]);
}

/** The satisfaction question (1–5); anything else ends it and is read as a new message. */
export const csatFlow: FlowSpec<'csat'> = {
  intent: () => null,
  needsOrder: false,
  resumable: false,
  takesFreeText: () => false,
  prompt: (t) => askCsat(t),
  handle: (t, _f, act) => {
    const score = act.picked?.kind === 'csat' ? act.picked.score : detectScore(act.text);
    if (!score) {
      t.s.flow = null;
      return false;
    }
    recordCsat(t, score);
    return true;
  },
};
