import { AppError } from '../domain/errors.js';
import type { Message } from '../domain/conversation.js';
import type { Language } from '../domain/order.js';
import type { Case, Conversation } from '../domain/records.js';
import type { Store } from '../domain/store.js';

export type RepActionsDeps = { store: Store; clock: () => Date; newId: () => string };

/** The channel the console's queue listens on; any change a rep should see soon is announced here. */
export const queueChannel = 'console:queue';

function handledByUser(c: Conversation): string | null {
  return typeof c.handledBy === 'object' ? c.handledBy.userId : null;
}

/**
 * What a rep does to a live chat (A7): take it over (the assistant stays silent), reply, hand it
 * back. Every change is audited and announced on `conversation:<id>` (the widget) and the queue.
 */
export function createRepActions({ store, clock, newId }: RepActionsDeps) {
  async function load(conversationId: string): Promise<Conversation> {
    const c = await store.conversations.get(conversationId);
    if (!c) throw new AppError('not_found', 'No such conversation.');
    return c;
  }

  async function setHandler(
    conversationId: string,
    handledBy: Conversation['handledBy'],
  ): Promise<Conversation> {
    // Optimistic concurrency: retry a few times if the engine saved the conversation meanwhile.
    for (let attempt = 0; attempt < 5; attempt++) {
      const c = await load(conversationId);
      const next: Conversation = {
        ...c,
        handledBy,
        updatedAt: clock().toISOString(),
        version: c.version + 1,
      };
      if (await store.conversations.save(next, c.version)) return next;
    }
    throw new AppError('conflict', 'The conversation changed while saving; please try again.');
  }

  async function audit(
    actor: string,
    action: string,
    conversationId: string,
    before: unknown,
    after: unknown,
    reason: string | null = null,
  ) {
    await store.audit.append({
      id: newId(),
      at: clock().toISOString(),
      actor,
      action,
      subjectType: 'conversation',
      subjectId: conversationId,
      rule: null,
      reason,
      before,
      after,
    });
  }

  async function post(message: Message): Promise<void> {
    await store.messages.append(message);
    await store.publish(`conversation:${message.conversationId}`, { message });
    await store.publish(queueChannel, { conversationId: message.conversationId });
  }

  const actions = {
    /** A rep takes the chat: from now on the assistant does not answer it. Refuses if another rep holds it. */
    async takeOver(
      conversationId: string,
      userId: string,
      notice?: { text: string; lang: Language },
    ): Promise<{ conversation: Conversation; changed: boolean }> {
      const c = await load(conversationId);
      const holder = handledByUser(c);
      if (holder === userId) return { conversation: c, changed: false };
      if (holder)
        throw new AppError(
          'conflict',
          'Another rep is handling this chat; ask them to hand it back first.',
        );
      const next = await setHandler(conversationId, { userId });
      await audit(
        userId,
        'conversation.taken_over',
        conversationId,
        { handledBy: c.handledBy },
        { handledBy: next.handledBy },
      );
      if (notice)
        await post({
          id: newId(),
          conversationId,
          sender: 'system',
          text: notice.text,
          lang: notice.lang,
          createdAt: clock().toISOString(),
        });
      else await store.publish(queueChannel, { conversationId });
      return { conversation: next, changed: true };
    },

    /** The assistant answers the chat again. Only the rep holding it (or an admin, `force`) may. */
    async handBack(
      conversationId: string,
      userId: string,
      force = false,
      notice?: { text: string; lang: Language },
    ): Promise<Conversation> {
      const c = await load(conversationId);
      const holder = handledByUser(c);
      if (!holder) return c;
      if (holder !== userId && !force)
        throw new AppError(
          'forbidden',
          'Only the rep handling this chat (or an admin) can hand it back.',
        );
      const next = await setHandler(conversationId, 'assistant');
      await audit(
        userId,
        'conversation.handed_back',
        conversationId,
        { handledBy: c.handledBy },
        { handledBy: 'assistant' },
      );
      // The customer is told the assistant answers again (post() also refreshes the queue).
      if (notice)
        await post({
          id: newId(),
          conversationId,
          sender: 'system',
          text: notice.text,
          lang: notice.lang,
          createdAt: clock().toISOString(),
        });
      else await store.publish(queueChannel, { conversationId });
      return next;
    },

    /** A rep's message to the customer, in the customer's language; takes the chat over first if nobody holds it. */
    async agentReply(
      conversationId: string,
      input: { userId: string; text: string; lang: Language; meta?: Record<string, unknown> },
    ): Promise<Message> {
      const c = await load(conversationId);
      const holder = handledByUser(c);
      if (holder && holder !== input.userId)
        throw new AppError('conflict', 'Another rep is handling this chat.');
      if (!holder) await actions.takeOver(conversationId, input.userId);
      const message: Message = {
        id: newId(),
        conversationId,
        sender: 'agent',
        text: input.text,
        lang: input.lang,
        createdAt: clock().toISOString(),
        meta: { userId: input.userId, ...input.meta },
      };
      await post(message);
      await audit(input.userId, 'conversation.agent_reply', conversationId, null, {
        messageId: message.id,
        lang: input.lang,
      });
      return message;
    },

    /** A message from the shop that a rep's decision produced (e.g. a refund approved), without taking the chat. */
    async notifyCustomer(
      conversationId: string,
      input: { text: string; lang: Language; actor: string; meta?: Record<string, unknown> },
    ): Promise<Message> {
      await load(conversationId);
      const message: Message = {
        id: newId(),
        conversationId,
        sender: 'assistant',
        text: input.text,
        lang: input.lang,
        createdAt: clock().toISOString(),
        ...(input.meta ? { meta: input.meta } : {}),
      };
      await post(message);
      return message;
    },

    /**
     * An approver's answer to an escalated request for a policy exception (A6): closes the case,
     * audited with who, when and why. Refund approvals go through the money actions instead.
     */
    async decideException(input: {
      caseId: string;
      approve: boolean;
      why: string;
      actor: string;
    }): Promise<Case> {
      return store.transaction(async (tx) => {
        const c = await tx.cases.get(input.caseId);
        if (!c) throw new AppError('not_found', 'No such case.');
        if (c.status === 'closed')
          throw new AppError('conflict', 'This case has already been decided.');
        const at = clock().toISOString();
        await tx.cases.update(c.id, {
          status: 'closed',
          updatedAt: at,
          subject: {
            ...c.subject,
            decision: input.approve ? 'approved' : 'declined',
            decidedBy: input.actor,
            decidedAt: at,
            why: input.why,
          },
        });
        await tx.audit.append({
          id: newId(),
          at,
          actor: input.actor,
          action: input.approve ? 'exception.approved' : 'exception.declined',
          subjectType: 'case',
          subjectId: c.id,
          rule: c.handoff?.rule ?? null,
          reason: input.why,
          before: { status: c.status },
          after: { status: 'closed', decision: input.approve ? 'approved' : 'declined' },
        });
        return { ...c, status: 'closed' as const, updatedAt: at };
      });
    },

    /** Puts a case with one rep (the "a" key: assign to me). Refuses a closed case; a no-op when already theirs. */
    async assignCase(caseId: string, userId: string): Promise<{ case: Case; changed: boolean }> {
      return store
        .transaction(async (tx) => {
          const c = await tx.cases.get(caseId);
          if (!c) throw new AppError('not_found', 'No such case.');
          if (c.status === 'closed') throw new AppError('conflict', 'This case is already closed.');
          if (c.assignedTo === userId) return { case: c, changed: false };
          const at = clock().toISOString();
          await tx.cases.update(c.id, { assignedTo: userId, updatedAt: at });
          await tx.audit.append({
            id: newId(),
            at,
            actor: userId,
            action: 'case.assigned',
            subjectType: 'case',
            subjectId: c.id,
            rule: null,
            reason: null,
            before: { assignedTo: c.assignedTo },
            after: { assignedTo: userId },
          });
          return { case: { ...c, assignedTo: userId, updatedAt: at }, changed: true };
        })
        .then(async (r) => {
          if (r.changed) await store.publish(queueChannel, { caseId });
          return r;
        });
    },

    /**
     * Closes a case that needs no decision (the "e" key: done). A refund or exception waiting for
     * approval is decided, never just closed: that is refused with a 409 that says so.
     */
    async closeCase(caseId: string, userId: string, needsDecision: boolean): Promise<Case> {
      const closed = await store.transaction(async (tx) => {
        const c = await tx.cases.get(caseId);
        if (!c) throw new AppError('not_found', 'No such case.');
        if (c.status === 'closed') throw new AppError('conflict', 'This case is already closed.');
        if (needsDecision)
          throw new AppError(
            'conflict',
            'This case waits for a decision: approve or decline it with a reason instead of closing it.',
          );
        const at = clock().toISOString();
        await tx.cases.update(c.id, {
          status: 'closed',
          updatedAt: at,
          subject: { ...c.subject, closedBy: userId, closedAt: at },
        });
        await tx.audit.append({
          id: newId(),
          at,
          actor: userId,
          action: 'case.closed',
          subjectType: 'case',
          subjectId: c.id,
          rule: c.handoff?.rule ?? null,
          reason: null,
          before: { status: c.status },
          after: { status: 'closed' },
        });
        return { ...c, status: 'closed' as const, updatedAt: at };
      });
      await store.publish(queueChannel, { caseId });
      return closed;
    },
  };
  return actions;
}

export type RepActions = ReturnType<typeof createRepActions>;
