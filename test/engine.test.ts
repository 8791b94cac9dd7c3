import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/index.js';
import { hashToken } from '../src/engine.js';
import { createLocalRuntime, manualClock, type LocalRuntime } from '../src/engine/runtime.js';

const now = new Date('2026-12-02T15:00:00Z');
const open: LocalRuntime[] = [];
const dirs: string[] = [];
async function runtime(dbUrl = 'sqlite::memory:', demo = true): Promise<LocalRuntime> {
  const r = await createLocalRuntime({ dbUrl, demo, clock: manualClock(now).now });
  open.push(r);
  return r;
}
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const text = (r: { replies: { text: string }[] }): string =>
  r.replies.map((x) => x.text).join('\n');

describe('engine', () => {
  it('stores only the SHA-256 of the token and greets with quick replies', async () => {
    const { assistant, store } = await runtime();
    const s = await assistant.start({ channel: 'web', lang: 'en' });
    const c = await store.conversations.get(s.conversation.id);
    expect(c?.tokenHash).toBe(hashToken(s.token));
    expect(JSON.stringify(c)).not.toContain(s.token);
    expect(s.result.replies[0]?.quickReplies.length).toBeGreaterThanOrEqual(4);
  });

  it('persists messages, events and state after each turn', async () => {
    const { assistant, store } = await runtime();
    const s = await assistant.start({ channel: 'web' });
    const r = await assistant.turn(s.conversation.id, {
      kind: 'text',
      text: "where's my order 1001? ana@example.com",
    });
    expect(r.events.map((e) => e.type)).toContain('identity.verified');
    const msgs = await store.messages.list(s.conversation.id);
    expect(msgs.map((m) => m.sender)).toEqual(['assistant', 'customer', 'assistant']);
    expect(msgs[1]?.meta?.['intent']).toBe('order_status');
    const events = await store.events.list({ conversationId: s.conversation.id });
    expect(events.map((e) => e.type)).toEqual(['identity.verified']);
    const c = await store.conversations.get(s.conversation.id);
    expect(c).toMatchObject({
      orderId: '1001',
      status: 'resolved',
      intent: 'order_status',
      version: 2,
    });
  });

  it('continues mid-flow after a restart: a new process over the same database loses nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'makerdesk-engine-'));
    dirs.push(dir);
    const url = `sqlite:${join(dir, 'restart.db')}`;
    const first = await runtime(url);
    const s = await first.assistant.start({ channel: 'web' });
    await first.assistant.turn(s.conversation.id, {
      kind: 'text',
      text: 'I made a typo in the engraving, order 1001, ana@example.com',
    });
    await first.close();
    open.splice(open.indexOf(first), 1);
    const second = await runtime(url, false);
    const r = await second.assistant.turn(s.conversation.id, { kind: 'text', text: 'Nora' });
    expect(text(r)).toContain('from **Mia** to **Nora**');
    const yes = await second.assistant.turn(s.conversation.id, {
      kind: 'choice',
      choice: r.replies[0]?.quickReplies[0]?.id ?? '',
    });
    expect(yes.events.map((e) => e.type)).toContain('change.recorded');
    expect((await second.store.orders.get('1001'))?.items[0]?.personalization['engraving']).toBe(
      'Nora',
    );
  });

  it('an unknown conversation is not_found', async () => {
    const { assistant } = await runtime();
    await expect(assistant.turn('nope', { kind: 'text', text: 'hi' })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === 'not_found',
    );
  });

  it('stays silent while a rep has taken over, keeps the message and tells the console', async () => {
    const { assistant, store } = await runtime();
    const s = await assistant.start({ channel: 'web' });
    const c = await store.conversations.get(s.conversation.id);
    if (!c) throw new Error('missing');
    await store.conversations.save(
      { ...c, handledBy: { userId: 'u1' }, version: c.version + 1 },
      c.version,
    );
    const seen: unknown[] = [];
    const unsub = await store.subscribe(`conversation:${c.id}`, (p) => seen.push(p));
    const r = await assistant.turn(c.id, { kind: 'text', text: 'are you there?' });
    await unsub();
    expect(r.replies).toEqual([]);
    const msgs = await store.messages.list(c.id);
    expect(msgs.at(-1)).toMatchObject({ sender: 'customer', text: 'are you there?' });
    expect(seen).toHaveLength(1);
  });

  it('a refund is executed once even if the same choice is sent twice', async () => {
    const { assistant, store } = await runtime();
    const s = await assistant.start({ channel: 'web' });
    await assistant.turn(s.conversation.id, {
      kind: 'text',
      text: 'My tumblers arrived cracked! Order 1017, quinn@example.com',
    });
    const up = await assistant.turn(s.conversation.id, {
      kind: 'attachment',
      attachmentIds: ['a1'],
    });
    const refund = up.replies[0]?.quickReplies.find((q) => q.label.startsWith('Refund'));
    if (!refund) throw new Error('no refund option');
    const first = await assistant.turn(s.conversation.id, { kind: 'choice', choice: refund.id });
    expect(first.events.map((e) => e.type)).toContain('refund.issued');
    const again = await assistant.turn(s.conversation.id, { kind: 'choice', choice: refund.id });
    expect(again.events).toEqual([]);
    expect(await store.refunds.listForOrder('1017')).toHaveLength(1);
    expect((await store.orders.get('1017'))?.payment.refundedMinor).toBe(2800);
  });

  it('escalation hands the complete package to actions and the case is queued', async () => {
    const { assistant, store } = await runtime();
    const s = await assistant.start({ channel: 'web' });
    await assistant.turn(s.conversation.id, {
      kind: 'text',
      text: 'where is my order 1015, 85004',
    });
    const r = await assistant.turn(s.conversation.id, {
      kind: 'text',
      text: 'I want to talk to a person',
    });
    expect(r.state.status).toBe('escalated');
    const [c] = await store.cases.list({ conversationId: s.conversation.id });
    expect(c?.handoff).toMatchObject({
      orderId: '1015',
      lang: 'en',
      rule: 'escalation.explicit_request',
      customer: { email: 'omar@example.com' },
    });
    expect(c?.handoff?.summary).toContain('1015');
    expect(c?.handoff?.suggestedNextStep).toBeTruthy();
    expect(c?.handoff?.facts['stage']).toBe('making');
  });
});

describe('repeat contact', () => {
  it('the third chat about the same problem on the same order goes to a person', async () => {
    const { assistant } = await runtime();
    const ask = async () => {
      const s = await assistant.start({ channel: 'web' });
      return assistant.turn(s.conversation.id, {
        kind: 'text',
        text: "The tracking for my order hasn't updated in days. Order 1010, jade@example.com",
      });
    };
    expect((await ask()).events.map((e) => e.type)).not.toContain('case.escalated');
    expect((await ask()).events.map((e) => e.type)).not.toContain('case.escalated');
    const third = await ask();
    expect(third.events).toContainEqual(
      expect.objectContaining({ type: 'case.escalated', rule: 'escalation.repeat_contact' }),
    );
  });
});
