import { describe, expect, it } from 'vitest';
import type { Message } from '../domain/conversation.js';
import { suggestReplies } from './suggest.js';
import type { AssistContext } from './types.js';

const voice = {
  shopName: 'Demo Market',
  formality: 'informal' as const,
  emoji: false,
  signOff: '— Demo Market',
};
const msg = (o: Partial<Message>): Message => ({
  id: 'm1',
  conversationId: 'c1',
  sender: 'customer',
  text: 'my mug came broken',
  createdAt: '2026-11-20T09:00:00.000Z',
  ...o,
});
const base: AssistContext = { lang: 'en', voice, intent: 'damaged_item', messages: [msg({})] };
const ids = (ctx: AssistContext) => suggestReplies(ctx).map((s) => s.id);

describe('suggested replies that know what already happened', () => {
  it('asks for a photo while none has arrived', () => {
    expect(ids(base)).toContain('qualityApology');
  });
  it('does not ask for a photo once the customer sent one', () => {
    expect(
      ids({ ...base, messages: [msg({}), msg({ id: 'm2', text: '', attachmentIds: ['a1'] })] }),
    ).not.toContain('qualityApology');
  });
  it('does not promise a remedy that waits for a person', () => {
    expect(ids({ ...base, pendingRefund: { amount: '140.00', currency: 'EUR' } })).not.toContain(
      'qualityApology',
    );
    expect(
      ids({
        ...base,
        decisions: [
          { outcome: 'escalate', rule: 'quality.escalate', reason: 'the maker must look at it' },
        ],
      }),
    ).not.toContain('qualityApology');
  });
});
