import { afterEach, describe, expect, it } from 'vitest';
import { createLocalRuntime, manualClock, type LocalRuntime } from '../engine/runtime.js';
import { demoPolicyYaml } from '../demo/index.js';
import type { OpenedStore } from '../store/index.js';
import { createPolicyStudio } from './service.js';
import { readInput } from './recorder.js';

const now = new Date('2026-12-02T15:00:00Z');
const open: LocalRuntime[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
});

describe('decisions made in conversations', () => {
  it('are stored with their inputs and the policy version, and replay to the same decision', async () => {
    const rt = await createLocalRuntime({ clock: manualClock(now).now });
    open.push(rt);
    const store = rt.store as OpenedStore;
    const s = await rt.assistant.start({ channel: 'web', lang: 'en' });
    await rt.assistant.turn(s.conversation.id, {
      kind: 'text',
      text: 'please cancel my order 1004, dev@example.com',
    });
    const decisions = await store.studio.listDecisions({});
    const cancel = decisions.find((d) => d.kind === 'cancel');
    expect(cancel).toMatchObject({
      conversationId: s.conversation.id,
      orderId: '1004',
      rule: 'cancel.before_production',
      outcome: 'allow',
      policyVersion: 1,
      at: now.toISOString(),
    });
    const input = readInput(cancel?.input);
    expect(input).toMatchObject({
      kind: 'cancel',
      now: now.toISOString(),
      order: { id: '1004', payment: { totalMinor: 7400 } },
    });

    // Replaying with the very same policy changes nothing.
    const studio = createPolicyStudio({
      store,
      live: { version: 1, policy: rt.policy, port: null as never, set: () => undefined },
      clock: () => now,
    });
    const same = await studio.replay(demoPolicyYaml, {});
    expect(same.replayed).toBeGreaterThan(0);
    expect(same.changed).toBe(0);

    // A draft where no order may be cancelled once placed withholds that refund.
    const strict = demoPolicyYaml.replace(/allowedStages:.*\n/, 'allowedStages: []\n');
    expect(strict).not.toBe(demoPolicyYaml);
    const r = await studio.replay(strict, {});
    const change = r.changes.find((c) => c.orderId === '1004');
    expect(change?.before.rule).toBe('cancel.before_production');
    expect(change?.after.outcome).toBe('deny');
    expect(change?.money).toEqual({ currency: 'USD', refundDelta: '-74.00', approval: null });
  });

  it('a conversation started after a publish is decided by the new version', async () => {
    const clock = manualClock(now);
    const rt = await createLocalRuntime({ clock: clock.now });
    open.push(rt);
    const store = rt.store as OpenedStore;
    const first = await rt.assistant.start({ channel: 'web', lang: 'en' });
    await rt.assistant.turn(first.conversation.id, {
      kind: 'text',
      text: 'please cancel my order 1004, dev@example.com',
    });
    // Published elsewhere (the console, another process): this runtime follows the announcement.
    const other = createPolicyStudio({
      store,
      live: { version: 1, policy: rt.policy, port: null as never, set: () => undefined },
      clock: clock.now,
    });
    await other.publish({
      text: `${demoPolicyYaml}\n# reviewed\n`,
      note: 'Reviewed, no change in rules',
      author: 'user:ada',
      source: 'console',
      baseVersion: 1,
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = await rt.assistant.start({ channel: 'web', lang: 'en' });
    await rt.assistant.turn(second.conversation.id, {
      kind: 'text',
      text: 'please cancel my order 1004, dev@example.com',
    });
    const byConversation = (await store.studio.listDecisions({})).filter(
      (d) => d.kind === 'cancel',
    );
    expect(
      byConversation.find((d) => d.conversationId === first.conversation.id)?.policyVersion,
    ).toBe(1);
    expect(
      byConversation.find((d) => d.conversationId === second.conversation.id)?.policyVersion,
    ).toBe(2);
  });
});
