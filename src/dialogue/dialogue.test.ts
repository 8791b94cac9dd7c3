import { describe, expect, it } from 'vitest';
import type { Intent, Order } from '../domain/index.js';
import { anOrder, fakeKnowledge, fakePolicy, fakeUnderstand } from '../../test/support/fakes.js';
import { handleDialogue, initialState, type DialogueOutput, type DialogueState } from './index.js';

/** Drives the pure dialogue like a channel would, with fake NLU and policy. */
function chat(
  orders: Order[] = [anOrder()],
  now = new Date('2026-11-20T18:00:00Z'),
  clarifyThreshold = 0.5,
) {
  let state: DialogueState = initialState('en');
  let last: DialogueOutput;
  const byId = Object.fromEntries(orders.map((o) => [o.id, o]));
  const step = (input: Parameters<typeof handleDialogue>[1]): DialogueOutput => {
    const ctx = {
      now,
      policy: fakePolicy(),
      knowledge: fakeKnowledge,
      orders: new Proxy(byId, { get: (t, k: string) => t[k] ?? null }) as Record<
        string,
        Order | null
      >,
      refunds: [],
      clarifyThreshold,
      conversationId: 'c1',
    };
    last = handleDialogue(state, input, ctx);
    state = last.state;
    return last;
  };
  const api = {
    start: () => step({ kind: 'start' }),
    say: (text: string) =>
      step({ kind: 'text', text, understanding: text.trim() ? fakeUnderstand(text) : null }),
    /** A message with the reading a real model might give it. */
    sayAs: (text: string, intent: Intent, confidence: number) =>
      step({ kind: 'text', text, understanding: { ...fakeUnderstand(text), intent, confidence } }),
    pick: (label: string) => {
      const qr = last.replies[0]?.quickReplies.find((q) =>
        q.label.toLowerCase().includes(label.toLowerCase()),
      );
      if (!qr)
        throw new Error(
          `no quick reply "${label}" in ${JSON.stringify(last.replies[0]?.quickReplies)}`,
        );
      return step({ kind: 'choice', choice: qr.id });
    },
    choice: (id: string) => step({ kind: 'choice', choice: id }),
    /** A message read as the test says (intent, confidence, alternatives), not by the fake rules. */
    read: (text: string, u: Partial<ReturnType<typeof fakeUnderstand>>) =>
      step({ kind: 'text', text, understanding: { ...fakeUnderstand(text), ...u } }),
    upload: (id: string) => step({ kind: 'attachment', attachmentIds: [id], understanding: null }),
    get state() {
      return state;
    },
    text: () => last.replies.map((r) => r.text).join('\n'),
    labels: () => last.replies.flatMap((r) => r.quickReplies.map((q) => q.label)),
  };
  return api;
}

describe('dialogue', () => {
  it('lists "Talk to a person" once in a clarifying menu, also when the NLU half-read that', () => {
    const c = chat();
    c.start();
    c.read('hmm staff or my order maybe', {
      intent: 'human_agent',
      confidence: 0.4,
      alternatives: [{ intent: 'order_status', confidence: 0.3 }],
    });
    expect(c.labels().filter((l) => l === 'Talk to a person')).toHaveLength(1);
    expect(c.labels()).toContain('Where’s my order?');
  });

  it('greets with quick replies', () => {
    const c = chat();
    const out = c.start();
    expect(c.text()).toContain('Mo');
    expect(out.replies[0]?.quickReplies.length).toBeGreaterThanOrEqual(4);
  });

  it('asks for proof before any order detail, takes both from the first message', () => {
    const c = chat();
    c.start();
    c.say('where is my order?');
    expect(c.text()).toMatch(/order number/);
    expect(c.text()).not.toContain('design');
    const out = c.say('it is 1042, ana@example.com');
    expect(out.events.map((e) => e.type)).toContain('identity.verified');
    expect(c.text()).toContain('**design and layout**');
    expect(c.text()).toMatch(/between \*\*.+\*\* and \*\*.+\*\*/);
  });

  it('uses the same words for an unknown order and a wrong e-mail, and throttles after three', () => {
    const c = chat();
    c.say('where is my order 9999 bob@example.com');
    // Same words, whichever number was tried (the number itself is kept and read back).
    const unknown = c.text().replace(/#\d+/g, '#N');
    c.say('1042 bob@example.com');
    expect(c.text().replace(/#\d+/g, '#N')).toBe(unknown);
    const out = c.say('1042 eve@example.com');
    expect(out.events.map((e) => e.type)).toEqual(['identity.failed']);
    expect(c.text()).toMatch(/paused/);
    expect(c.labels()).toContain('Talk to a person');
    c.say('where is my order 1042 ana@example.com');
    expect(c.text()).toMatch(/paused/);
    expect(c.state.identity.orderId).toBeNull();
  });

  it('changes an engraving with bold read-back and an explicit yes; "actually make it Emma" re-reads', () => {
    const c = chat();
    c.say('I made a typo in the engraving, order 1042 ana@example.com');
    expect(c.text()).toContain('change window');
    c.say('Mila');
    expect(c.text()).toContain('**Mila**');
    expect(c.state.flow?.name).toBe('change');
    const again = c.say('actually make it Emma');
    expect(again.effects).toHaveLength(0);
    expect(c.text()).toContain('**Emma**');
    const done = c.say('yes please');
    expect(done.effects[0]).toMatchObject({
      kind: 'recordChange',
      after: 'Emma',
      before: 'Mia',
      field: 'engraving',
    });
  });

  it('refuses a change after the window and offers a person', () => {
    const c = chat([anOrder({ stage: 'making' })]);
    const out = c.say('change the engraving please 1042 ana@example.com');
    expect(out.events.find((e) => e.type === 'change.refused')).toMatchObject({
      rule: 'change.stage_locked',
    });
    expect(c.text()).toMatch(/one of a kind/);
    const esc = c.pick('person');
    expect(esc.effects[0]).toMatchObject({ kind: 'escalate' });
  });

  it('ignores a choice from an old turn and re-asks', () => {
    const c = chat();
    c.start();
    const old = c.state.offer?.options[0]?.id ?? '';
    c.say('hello');
    const out = c.choice(old);
    expect(out.effects).toHaveLength(0);
    expect(c.text()).toMatch(/earlier question/);
  });

  it('answers "yes" to nothing with a clear re-ask', () => {
    const c = chat();
    c.say('yes');
    expect(c.text()).toMatch(/not sure what that answers/);
  });

  it('handles empty, emoji-only, and foreign-script messages', () => {
    const c = chat();
    c.say('   ');
    expect(c.text()).toMatch(/empty/);
    c.say('🎉🎉');
    expect(c.text()).toMatch(/words/);
    c.say('Где мой заказ?');
    expect(c.text()).toMatch(/Spanish/);
    c.pick('Español');
    expect(c.state.lang).toBe('es');
  });

  it('lets the customer change subject mid-flow and come back', () => {
    const c = chat();
    c.say('change my engraving 1042 ana@example.com');
    expect(c.state.flow?.name).toBe('change');
    c.say('is the glaze food safe?');
    expect(c.text()).toContain('food safe');
    expect(c.labels()).toContain('Yes, let’s continue');
    c.say('yes');
    expect(c.state.flow?.name).toBe('change');
  });

  it('quality problem: apology, photo, remedy choice, refund within the limit', () => {
    const c = chat(
      [
        anOrder({
          stage: 'ready_to_ship',
          fulfillment: {
            status: 'delivered',
            carrier: 'UPS',
            trackingNumber: '1Z',
            trackingUrl: null,
            shippedAt: '2026-11-25T10:00:00Z',
            deliveredAt: '2026-11-28T10:00:00Z',
            estimatedDeliveryAt: null,
          },
        }),
      ],
      new Date('2026-12-01T10:00:00Z'),
    );
    const first = c.say('my necklace arrived damaged 1042 ana@example.com');
    expect(first.events.map((e) => e.type)).toEqual(['identity.verified', 'evidence.requested']);
    expect(c.text()).toMatch(/sorry/);
    const up = c.upload('att1');
    expect(up.events.map((e) => e.type)).toEqual(['evidence.received']);
    const r = c.pick('Refund');
    expect(r.effects[0]).toMatchObject({ kind: 'requestRefund', amountMinor: 4800 });
    expect(c.text()).toContain('**$48.00**');
  });

  it('escalates with a complete handoff package on request', () => {
    const c = chat();
    c.say('where is my order 1042 ana@example.com');
    const out = c.say('I want to talk to a human');
    const e = out.effects[0];
    expect(e?.kind).toBe('escalate');
    if (e?.kind === 'escalate') {
      expect(e.handoff).toMatchObject({
        orderId: '1042',
        lang: 'en',
        rule: 'escalation.explicit_request',
      });
      expect(e.handoff.summary).toContain('1042');
      expect(e.handoff.suggestedNextStep).not.toBe('');
    }
    expect(c.text()).toMatch(/won’t have to repeat/);
  });

  it('asks CSAT when something was resolved and the customer is done', () => {
    const c = chat();
    c.say('where is my order 1042 ana@example.com');
    c.say('thanks!');
    expect(c.text()).toMatch(/1 \(poor\) to 5/);
    const out = c.say('5');
    expect(out.events).toEqual([{ type: 'csat.recorded', score: 5 }]);
  });

  it('reads an unsure wrong-item guess as the change the words name', () => {
    const c = chat(undefined, undefined, 0.6);
    c.sayAs(
      'Ana here, I have two orders this week, 1042 (ana@example.com). I need to change an engraving',
      'wrong_item',
      0.51,
    );
    expect(c.text()).toMatch(/change window/);
    expect(c.state.intent).toBe('change_details');
  });

  it('answers an unsure "where is it?" with the status once the details prove the order', () => {
    // The engine acts from 0.6 (engine.ts actThreshold); the NLU's own threshold is 0.5.
    const c = chat(undefined, undefined, 0.6);
    const out = c.sayAs(
      "I'm forwarding the e-mails below, a bit confused. Where is order 1042? ana@example.com",
      'order_status',
      0.55,
    );
    expect(out.events.map((e) => e.type)).toContain('identity.verified');
    expect(c.text()).toContain('**#1042**');
    expect(c.text()).not.toMatch(/Which of these is closest/);
    // Below the NLU's own threshold it still asks what the customer needs.
    const d = chat(undefined, undefined, 0.6);
    d.sayAs('forwarding you the e-mails, order 1042 ana@example.com', 'order_status', 0.4);
    expect(d.text()).toMatch(/Which of these is closest/);
  });

  it('takes a short answer where the new text was asked for as the text, not a request for a person', () => {
    const c = chat();
    c.say('change my engraving 1042 ana@example.com');
    const out = c.sayAs('Maia please', 'human_agent', 0.6);
    expect(out.events.map((e) => e.type)).not.toContain('escalated');
    expect(c.state.escalated).toBe(false);
    expect(c.text()).toContain('**Maia**');
    // "please" in any of the six languages is not a word of the answer.
    const f = chat();
    f.say('change my engraving 1042 ana@example.com');
    f.sayAs("C + M s'il vous plaît", 'human_agent', 0.74);
    expect(f.state.escalated).toBe(false);
    expect(f.text()).toContain('**C + M**');
    // Asking for a person in so many words still hands over.
    const d = chat();
    d.say('change my engraving 1042 ana@example.com');
    d.sayAs('a person please', 'human_agent', 0.6);
    expect(d.state.escalated).toBe(true);
  });

  it('reads the request the flow already serves, said again, as an answer', () => {
    const c = chat();
    c.say('I need to change my address, order 1042 ana@example.com');
    expect(c.state.flow?.name).toBe('address');
    c.sayAs('idk just send it to my new place', 'change_address', 0.9);
    expect(c.state.flow?.name).toBe('address');
    expect(c.text()).not.toMatch(/can still be changed/);
  });

  it('takes the number of the order a change is on as the pick of that order, not as the new text', () => {
    const c = chat();
    c.say('change my engraving 1042 ana@example.com');
    c.sayAs('the necklace one, 1042', 'wrong_item', 0.6);
    expect(c.state.flow).toMatchObject({ name: 'change', step: 'value' });
    expect(c.text()).toContain('**Mia**');
    expect(c.text()).not.toContain('**the necklace one');
  });

  it('acts on an unsure reading of a change when the words name the change and the detail', () => {
    const c = chat();
    c.sayAs(
      'Hi, Ana here, two orders this week, 1042 and 1101 (ana@example.com). I need to change an engraving',
      'change_details',
      0.45,
    );
    expect(c.state.flow?.name).toBe('change');
    expect(c.text()).toContain('change window');
  });

  it('never crashes on hostile text and never echoes markup', () => {
    const c = chat();
    c.say('change my engraving 1042 ana@example.com');
    c.say('<script>alert(1)</script>');
    expect(c.text()).not.toContain('<script>');
    c.say('x'.repeat(10_000));
    expect(c.text().length).toBeLessThan(3000);
  });
});
