import { describe, expect, it } from 'vitest';
import type { Message } from '../domain/conversation.js';
import { languages } from '../domain/order.js';
import { coachingCues, customDetailsChecklist, phrasingTips } from './coaching.js';
import { formatDateRange } from './format.js';
import { approvalNotice, handBackNotice, suggestReplies, takeOverNotice } from './suggest.js';
import { summarizeThread } from './summary.js';
import type { AssistContext, OrderFacts } from './types.js';

/** Intl puts thin and non-breaking spaces in dates and amounts; compare with plain spaces. */
const plain = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ');

const voice = {
  shopName: 'Makerdesk Demo Market',
  formality: 'informal' as const,
  emoji: false,
  signOff: '— The Demo Market team',
};

function anOrder(over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: 'MD-1042',
    customerName: 'Lucía Pérez',
    stageLabel: 'making',
    fulfillmentStatus: 'unfulfilled',
    shipWindow: { start: '2026-12-02', end: '2026-12-09' },
    personalized: true,
    currency: 'EUR',
    ...over,
  };
}

let seq = 0;
function msg(
  sender: Message['sender'],
  text: string,
  meta?: Record<string, unknown>,
  at = '2026-11-20T10:00:00Z',
): Message {
  return {
    id: `m${++seq}`,
    conversationId: 'c1',
    sender,
    text,
    createdAt: at,
    ...(meta ? { meta } : {}),
  };
}

describe('suggestReplies', () => {
  const base: AssistContext = { lang: 'es', voice, repName: 'Ana', order: anOrder() };

  it('writes in the customer language with a version for the rep, grounded in the ship window', () => {
    const s = suggestReplies(base);
    const status = s.find((x) => x.id === 'status');
    expect(status?.text).toContain('**MD-1042**');
    expect(status?.text).toContain('Gracias');
    expect(status?.text).toMatch(/\*\*2–9 de diciembre\*\*/);
    expect(plain(status?.repText)).toContain('**December 2 – 9**');
    expect(status?.basis).toContain('2026-12-02 – 2026-12-09');
    expect(s[0]?.text).toBe(
      'Hola Lucía, soy Ana de Makerdesk Demo Market. He leído todo lo que nos has enviado, así que no tendrás que repetir nada.',
    );
  });

  it('follows the shop voice: formal address', () => {
    const s = suggestReplies({ ...base, voice: { ...voice, formality: 'formal' } });
    expect(s[0]?.text).toContain('no tendrá que repetir');
    expect(s.find((x) => x.id === 'status')?.text).toContain('Su pedido');
  });

  it('never states a ship window the order does not have', () => {
    const s = suggestReplies({ ...base, order: anOrder({ shipWindow: undefined as never }) });
    expect(s.map((x) => x.id)).not.toContain('status');
  });

  it('says honestly that tracking is not available yet', () => {
    const s = suggestReplies({
      ...base,
      lang: 'en',
      order: anOrder({ fulfillmentStatus: 'shipped', carrier: 'DHL', trackingUrl: null }),
    });
    expect(s.find((x) => x.id === 'shipped')?.text).toContain(
      "tracking details aren't available yet",
    );
  });

  it('explains a refused change from the decision and apologises for quality issues', () => {
    const s = suggestReplies({
      ...base,
      lang: 'en',
      intent: 'damaged_item',
      decisions: [{ outcome: 'deny', rule: 'change.locked_by_stage', reason: 'engraving is done' }],
    });
    const ids = s.map((x) => x.id);
    expect(ids).toContain('qualityApology');
    expect(ids).toContain('changeRefused');
    expect(s.find((x) => x.id === 'changeRefused')?.basis).toBe(
      'change.locked_by_stage: engraving is done',
    );
  });

  it('mentions a pending refund with the amount in the customer format', () => {
    const s = suggestReplies({ ...base, pendingRefund: { amount: '120.00', currency: 'EUR' } });
    expect(s.find((x) => x.id === 'refundPending')?.text).toContain('120,00');
  });

  it('has every phrase in all six languages', () => {
    for (const lang of languages) {
      // With a refund pending, the photo request (and its remedies) is not offered; without, it is.
      const pending = suggestReplies({
        ...base,
        lang,
        intent: 'wrong_item',
        pendingRefund: { amount: '80.00', currency: 'USD' },
        decisions: [{ outcome: 'allow', rule: 'change.inside_window', reason: 'inside 24 h' }],
      });
      const before = suggestReplies({ ...base, lang, intent: 'wrong_item' });
      expect(pending.length).toBeGreaterThanOrEqual(5);
      expect(before.some((x) => x.id === 'qualityApology')).toBe(true);
      const s = [...pending, ...before];
      for (const x of s) expect(x.text).not.toMatch(/undefined|\$\{/);
    }
  });

  it('ends the closing with the shop sign-off', () => {
    expect(suggestReplies(base).at(-1)?.text).toMatch(/— The Demo Market team$/);
  });
});

describe('notices', () => {
  it('tells the customer about an approved or declined refund in their language', () => {
    expect(
      plain(
        approvalNotice({ approve: true, amount: '120.00', currency: 'EUR', lang: 'es', voice }),
      ),
    ).toBe(
      '¡Buenas noticias! Hemos aprobado tu reembolso de **120,00 €**. Normalmente aparece en tu cuenta en **5–10 días laborables**.',
    );
    expect(
      approvalNotice({ approve: false, amount: '120.00', currency: 'EUR', lang: 'en', voice }),
    ).toContain("can't approve it as asked");
    expect(takeOverNotice({ repName: 'Ana', lang: 'fr', voice })).toBe(
      'Ana de Makerdesk Demo Market a rejoint la conversation.',
    );
    // Italian without a gendered participle: right for Marco as for Ana.
    expect(takeOverNotice({ repName: 'Marco', lang: 'it', voice })).toBe(
      "Adesso in chat c'è Marco di Makerdesk Demo Market.",
    );
  });

  it('tells the customer in each of the six languages that the assistant answers again after a hand-back', () => {
    const texts = languages.map((lang) => handBackNotice({ repName: 'Ana', lang, voice }));
    for (const t of texts) expect(t).toMatch(/^Ana .*Makerdesk Demo Market/);
    expect(new Set(texts).size).toBe(6);
    expect(texts[1]).toContain('ha devuelto el chat');
    expect(handBackNotice({ lang: 'de', voice: { ...voice, formality: 'formal' } })).toBe(
      'Unser Team hat den Chat wieder an den Assistenten von Makerdesk Demo Market übergeben. Schreiben Sie gern weiter hier; wenn Sie wieder mit einem Menschen sprechen möchten, sagen Sie einfach Bescheid.',
    );
  });
});

describe('summarizeThread', () => {
  it('summarises topics, decisions, quotes and what is open', () => {
    const messages = [
      msg(
        'customer',
        'Hola, la taza llegó rota',
        { intent: 'damaged_item' },
        '2026-11-20T10:00:00Z',
      ),
      msg('assistant', '¿Puedes enviar una foto?', undefined, '2026-11-20T10:00:05Z'),
      msg(
        'customer',
        'Quiero mi dinero de vuelta, todo',
        { intent: 'refund_request' },
        '2026-11-20T10:30:00Z',
      ),
    ];
    const s = summarizeThread({
      messages,
      lang: 'es',
      handoff: {
        orderId: 'MD-1',
        customer: null,
        lang: 'es',
        rule: 'refunds.above_auto_limit',
        reason: 'refund 120.00 is above 75.00',
        summary: '',
        facts: {},
        attachmentIds: [],
        desiredResolution: 'full refund',
        suggestedNextStep: 'approve or decline the refund',
      },
    });
    expect(s.lines[0]).toBe(
      'The customer (writes in Spanish) asked about a damaged item, a refund.',
    );
    expect(s.lines).toContain(
      'Handed over under refunds.above_auto_limit: refund 120.00 is above 75.00',
    );
    expect(s.lines).toContain('The customer is waiting for an answer.');
    expect(s.lines).toContain('Latest message: “Quiero mi dinero de vuelta, todo”');
    expect(s.spanMinutes).toBe(30);
    expect(s.customerMessages).toBe(2);
  });

  it('copes with an empty thread', () => {
    expect(summarizeThread({ messages: [] })).toEqual({
      lines: [],
      messageCount: 0,
      customerMessages: 0,
      spanMinutes: 0,
    });
  });
});

describe('coachingCues', () => {
  const neg = (score: number) => ({ sentiment: { label: 'negative', score } });

  it('alerts on strongly negative sentiment twice in a row', () => {
    const cues = coachingCues({
      lang: 'en',
      voice,
      messages: [
        msg('customer', 'this is awful', neg(-0.8)),
        msg('customer', 'worst ever', neg(-0.9)),
      ],
    });
    expect(cues[0]).toMatchObject({
      kind: 'sentiment',
      severity: 'alert',
      title: 'Customer is very upset',
    });
  });

  it('warns on mild negativity and stays quiet on neutral or missing sentiment', () => {
    expect(
      coachingCues({ lang: 'en', voice, messages: [msg('customer', 'hmm', neg(-0.2))] })[0],
    ).toMatchObject({ severity: 'warn' });
    expect(
      coachingCues({
        lang: 'en',
        voice,
        messages: [
          msg('customer', 'ok', { sentiment: { label: 'neutral', score: 0 } }),
          msg('customer', 'x', { sentiment: 'bad' }),
        ],
      }),
    ).toEqual([]);
  });

  it('shows the checklist before confirming custom details and the applying policy clause', () => {
    const cues = coachingCues({
      lang: 'en',
      voice,
      intent: 'change_details',
      decisions: [
        {
          outcome: 'allow',
          rule: 'change.inside_window',
          reason: 'ordered 3 hours ago; the window is 24 hours',
        },
      ],
      policyClauses: [
        { rule: 'change', text: 'Changes are possible for 24 hours after the order.' },
      ],
    });
    expect(cues.find((c) => c.kind === 'checklist')?.items).toEqual(customDetailsChecklist);
    expect(cues.find((c) => c.kind === 'policy')).toEqual({
      kind: 'policy',
      severity: 'info',
      title: 'Policy change.inside_window allows this',
      text: 'ordered 3 hours ago; the window is 24 hours — Changes are possible for 24 hours after the order.',
    });
  });
});

describe('phrasingTips', () => {
  it('flags blame, single dates, policy-citing, shouting and avoided words', () => {
    const titles = (d: string, o = {}) => phrasingTips(d, o).map((t) => t.title);
    expect(titles('As I said, you should have checked.')).toContain('Sounds like blame');
    expect(titles('It will ship on 3 December.')).toContain('A single date promises too much');
    expect(titles('Our policy says no.')).toContain("Explain, don't cite");
    expect(titles('WHERE IS THE PROBLEM HERE')).toContain('All capitals reads as shouting');
    expect(titles('Unfortunately the cheap chain is gone', { avoidWords: ['cheap'] })).toEqual([
      'Lead with thanks or empathy',
      'The shop avoids "cheap"',
    ]);
    expect(titles('Here is the update.', { customerNegative: true })).toEqual([
      'Acknowledge first',
    ]);
  });

  it('has nothing to say about a warm, plain reply', () => {
    expect(
      phrasingTips('Thank you for your patience! Your order ships between **2–9 December**.'),
    ).toEqual([]);
    expect(phrasingTips('   ')).toEqual([]);
  });

  it('catches "it\'s your fault"-type blame in the six languages', () => {
    const blame = (d: string) =>
      phrasingTips(d)
        .map((t) => t.title)
        .includes('Sounds like blame');
    for (const draft of [
      "Well, it's your fault the address was wrong.",
      'Honestly that’s on you, the form asked twice.',
      'Es tu culpa, pusiste mal la dirección.',
      'Como ya le dije, no podemos cambiarlo.',
      "C'est votre faute, vous auriez dû vérifier l'adresse.",
      'Das ist Ihre Schuld, die Adresse war falsch.',
      'Du hättest die Gravur vorher prüfen müssen.',
      'È colpa tua, avevi scritto il nome sbagliato.',
      'Avresti dovuto controllare prima di ordinare.',
      'A culpa é sua, o endereço estava errado.',
      'Como já te disse, não dá para mudar.',
    ])
      expect(blame(draft), draft).toBe(true);
    for (const draft of [
      "It's not your fault at all — the courier lost it, and I'm sending a new one today.",
      'No es culpa tuya: el paquete se perdió y te enviamos otro hoy.',
      "Ce n'est pas de votre faute : nous renvoyons la commande aujourd'hui.",
      'Das ist nicht Ihre Schuld – wir schicken heute Ersatz.',
      'Non è colpa tua: spediamo oggi un nuovo ciondolo.',
      'Não é culpa sua: enviamos outro hoje.',
      'Thanks for your patience, I have your order open.',
    ])
      expect(blame(draft), draft).toBe(false);
  });

  it('catches shouting in part of a draft, not acronyms or order numbers', () => {
    const shouting = (d: string) =>
      phrasingTips(d)
        .map((t) => t.title)
        .includes('All capitals reads as shouting');
    expect(shouting('I TOLD YOU ALREADY, the engraving is locked.')).toBe(true);
    expect(shouting('Lo siento, pero NO ES POSIBLE cambiarlo ahora.')).toBe(true);
    expect(shouting('Das geht leider ÜBERHAUPT nicht mehr.')).toBe(true);
    expect(shouting('Your refund of 40.00 EUR is on its way with DHL, order MD-1042.')).toBe(false);
    expect(shouting('Thank you! It ships between 2 and 9 December.')).toBe(false);
  });
});

describe('formatDateRange', () => {
  it('formats ranges natively and survives bad input', () => {
    expect(formatDateRange('2026-12-02', '2026-12-02', 'en')).toBe('December 2');
    expect(formatDateRange('x', 'y', 'en')).toBe('x – y');
  });
});
