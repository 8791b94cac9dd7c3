import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../src/domain/errors.js';
import type { Assistant } from '../../src/domain/assistant.js';
import type { Message, Reply, TurnInput, TurnResult } from '../../src/domain/conversation.js';
import type { Store } from '../../src/domain/store.js';

/** A scripted Assistant for HTTP tests: echoes, records messages, publishes them like the engine. */
export function fakeAssistant(
  store: Store,
  now: () => Date = () => new Date(),
): Assistant & { turns: TurnInput[] } {
  const turns: TurnInput[] = [];
  const say = async (
    conversationId: string,
    sender: Message['sender'],
    reply: Reply | string,
  ): Promise<void> => {
    const text = typeof reply === 'string' ? reply : reply.text;
    const message: Message = {
      id: randomUUID(),
      conversationId,
      sender,
      text,
      createdAt: now().toISOString(),
    };
    if (typeof reply !== 'string' && reply.quickReplies.length > 0)
      message.quickReplies = reply.quickReplies;
    await store.messages.append(message);
    await store.publish(`conversation:${conversationId}`, { type: 'message', message });
  };
  return {
    turns,
    async start(input) {
      const token = randomBytes(24).toString('base64url');
      const at = now().toISOString();
      const conversation = {
        id: randomUUID(),
        channel: input.channel,
        lang: input.lang ?? 'en',
        status: 'open' as const,
        intent: null,
        orderId: null,
        tokenHash: createHash('sha256').update(token).digest('hex'),
        state: {},
        handledBy: 'assistant' as const,
        createdAt: at,
        updatedAt: at,
        version: 0,
      };
      await store.conversations.create(conversation);
      const reply: Reply = {
        text: 'Hi! I am **Mara**. How can I help?',
        quickReplies: [{ id: 'order_status', label: 'Where is my order?' }],
      };
      await say(conversation.id, 'assistant', reply);
      return {
        conversation,
        token,
        result: { replies: [reply], state: { intent: null, status: 'open' }, events: [] },
      };
    },
    async turn(id, input): Promise<TurnResult> {
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new AppError('not_found', 'no such conversation');
      turns.push(input);
      let reply: Reply;
      const events: TurnResult['events'] = [];
      switch (input.kind) {
        case 'text':
          await say(id, 'customer', input.text);
          reply = {
            text: `You said **${input.text}**`,
            quickReplies: [{ id: 'yes', label: 'Yes' }],
          };
          break;
        case 'choice':
          reply = { text: `You chose **${input.choice}**`, quickReplies: [] };
          break;
        case 'attachment':
          reply = {
            text: `Thanks, I have **${input.attachmentIds.length}** photo(s).`,
            quickReplies: [],
          };
          events.push({ type: 'evidence.received', attachmentIds: input.attachmentIds });
          break;
        case 'start':
          reply = { text: 'Hello again', quickReplies: [] };
          break;
      }
      await say(id, 'assistant', reply);
      return { replies: [reply], state: { intent: 'order_status', status: 'open' }, events };
    },
  };
}
