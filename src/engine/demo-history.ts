import type { Assistant, Language, Reply } from '../domain/index.js';

/** One customer step: words, or a tap on the quick reply whose label matches. */
type Step = { text: string } | { tap: RegExp };

/** A past conversation of the demo shop: when it started and what the customer did. */
type Journey = { daysAgo: number; hour: number; lang?: Language; steps: Step[] };

const stars = (n: number): Step => ({ tap: new RegExp(`^${'★'.repeat(n)}$`) });

/**
 * A few weeks of ordinary support traffic for the demo shop, so the Insights page has something
 * to show after `--demo`: order questions, FAQ questions (one the documents can't answer),
 * requests for a person, a complaint, CSAT answers. Only orders placed before each conversation
 * are named, and nothing here changes an order.
 */
export const demoJourneys: readonly Journey[] = [
  {
    daysAgo: 13,
    hour: 9,
    steps: [
      { text: 'Hi! Where is my order 1013? My email is marco@example.com' },
      { text: 'great, thank you!' },
      stars(5),
    ],
  },
  {
    daysAgo: 12,
    hour: 15,
    steps: [{ text: 'Is the glaze on your mugs food safe?' }, { text: 'thanks a lot' }, stars(4)],
  },
  {
    daysAgo: 11,
    hour: 11,
    steps: [{ text: 'Do you have a physical store I can visit in Chicago?' }],
  },
  {
    daysAgo: 10,
    hour: 17,
    steps: [
      { text: 'My pet portrait order 1015 is really late. omar@example.com' },
      { text: 'I want to talk to a real person please' },
    ],
  },
  {
    daysAgo: 9,
    hour: 10,
    steps: [{ text: 'This is the worst service I have ever had, nobody answers my emails!' }],
  },
  {
    daysAgo: 8,
    hour: 14,
    steps: [
      { text: 'What stage is order 1011 at? kofi@example.com' },
      { text: 'ok thanks' },
      stars(3),
    ],
  },
  {
    daysAgo: 6,
    hour: 12,
    steps: [
      { text: 'hello' },
      { text: 'How long does a custom pet portrait take to make?' },
      { text: 'perfect, thank you' },
      stars(5),
    ],
  },
  {
    daysAgo: 5,
    hour: 19,
    lang: 'es',
    steps: [
      { text: '¿Dónde está mi pedido 1020? Mi correo es tomas@example.com' },
      { text: 'muchas gracias' },
      stars(5),
    ],
  },
  {
    daysAgo: 4,
    hour: 9,
    steps: [
      { text: 'Can I get a tracking number for order 1010? jade@example.com' },
      { text: 'thank you!' },
      stars(4),
    ],
  },
  { daysAgo: 3, hour: 16, steps: [{ text: 'Is there a student discount?' }] },
  {
    daysAgo: 2,
    hour: 8,
    steps: [{ text: 'Do you ship to Iceland?' }, { text: 'thank you' }, stars(5)],
  },
  { daysAgo: 2, hour: 13, steps: [{ text: 'I need to speak to a human about my order' }] },
  { daysAgo: 1, hour: 8, steps: [{ text: 'Do you have a loyalty program?' }] },
  {
    daysAgo: 1,
    hour: 10,
    steps: [{ text: 'What sizes do your rings come in?' }, { text: 'thanks!' }, stars(2)],
  },
];

/** The clock the history moves: the assistant passed in must read it. */
export type HistoryClock = { set: (d: Date) => void };

function tapId(replies: Reply[], label: RegExp): string | null {
  for (const r of replies) for (const q of r.quickReplies) if (label.test(q.label)) return q.id;
  return null;
}

/**
 * Plays `demoJourneys` through a real assistant, each at its time before `now` (turns a minute
 * apart). Returns how many conversations were played. A step whose quick reply is not offered
 * ends that conversation there.
 */
export async function playDemoHistory(
  assistant: Assistant,
  clock: HistoryClock,
  now: Date,
): Promise<number> {
  const day = 86_400_000;
  let played = 0;
  for (const j of demoJourneys) {
    const start = new Date(now.getTime() - j.daysAgo * day);
    start.setUTCHours(j.hour, 0, 0, 0);
    if (start.getTime() >= now.getTime()) start.setTime(now.getTime() - 60 * 60_000);
    clock.set(start);
    const s = await assistant.start({ channel: 'web', lang: j.lang ?? 'en' });
    let replies = s.result.replies;
    let minute = 0;
    for (const step of j.steps) {
      clock.set(new Date(start.getTime() + ++minute * 60_000));
      if ('text' in step) {
        replies = (await assistant.turn(s.conversation.id, { kind: 'text', text: step.text }))
          .replies;
      } else {
        const id = tapId(replies, step.tap);
        if (id === null) break;
        replies = (await assistant.turn(s.conversation.id, { kind: 'choice', choice: id })).replies;
      }
    }
    played++;
  }
  clock.set(now);
  return played;
}
