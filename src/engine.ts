import { createHash } from 'node:crypto';
import type {
  Address,
  Assistant,
  Channel,
  Conversation,
  Decision,
  HandoffPackage,
  Language,
  Message,
  Order,
  Refund,
  Store,
  TurnEvent,
  TurnInput,
  TurnResult,
} from './domain/index.js';
import { AppError, languages } from './domain/index.js';
import {
  handleDialogue,
  initialState,
  orderNumberCandidates,
  repeatIntents,
  type DialogueInput,
  type DialoguePolicy,
  type DialogueState,
  type Effect,
  type KnowledgePort,
  type Understanding,
} from './dialogue/index.js';
import { queueChannel } from './actions/rep.js';
import { stripQuotedThread } from './nlu/acts/index.js';
import { pausedOrders, recordProofFailure } from './actions/identity-guard.js';
import { say } from './voice/index.js';

/** The NLU as the engine uses it (`createNlu()` satisfies it). */
export interface NluPort {
  understand(text: string, opts?: { lang?: Language }): Understanding;
  readonly clarifyThreshold: number;
}

/** What an action returns to the engine: the events it recorded (src/actions' `ActionResult`). */
export type ActionOutcome = { events: TurnEvent[] };

/** The actions the engine requests (src/actions satisfies it); each returns the events it produced. */
export interface ActionsPort {
  recordChange(i: {
    orderId: string;
    conversationId: string;
    itemSku: string;
    field: string;
    before: unknown;
    after: unknown;
    decision: Decision;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  changeAddress(i: {
    orderId: string;
    conversationId: string;
    address: Address;
    decision: Decision;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  cancelOrder(i: {
    orderId: string;
    conversationId: string;
    decision: Decision;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  createReturn(i: {
    orderId: string;
    conversationId: string;
    kind: 'return' | 'exchange';
    itemSkus: string[];
    reason: string;
    decision: Decision;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  requestRefund(i: {
    orderId: string;
    conversationId: string;
    amountMinor: number;
    reason: string;
    decision: Decision;
    autoLimitMinor: number;
    itemSkus?: string[];
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  createRemake(i: {
    orderId: string;
    conversationId: string;
    itemSkus: string[];
    reason: string;
    rush: boolean;
    decision: Decision;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  escalate(i: {
    conversationId: string;
    orderId: string | null;
    handoff: HandoffPackage;
    priority: number;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
  createBrief(i: {
    conversationId: string;
    brief: Record<string, unknown>;
    idempotencyKey: string;
  }): Promise<ActionOutcome>;
}

export type EnginePorts = {
  store: Store;
  actions: ActionsPort;
  nlu: NluPort;
  policy: DialoguePolicy;
  knowledge: KnowledgePort;
  clock: () => Date;
  newId: () => string;
  /** True when `actions` already appends the events it returns to `store.events`. */
  actionsStoreEvents?: boolean;
};

/** The one seam from a dialogue effect to an action: each effect kind maps to one typed call. */
async function runEffect(
  e: Effect,
  conversationId: string,
  actions: ActionsPort,
): Promise<TurnEvent[]> {
  return (await callAction(e, conversationId, actions)).events;
}

function callAction(
  e: Effect,
  conversationId: string,
  actions: ActionsPort,
): Promise<ActionOutcome> {
  const idempotencyKey = e.key;
  switch (e.kind) {
    case 'recordChange':
      return actions.recordChange({
        orderId: e.orderId,
        conversationId,
        itemSku: e.itemSku,
        field: e.field,
        before: e.before,
        after: e.after,
        decision: e.decision,
        idempotencyKey,
      });
    case 'changeAddress':
      return actions.changeAddress({
        orderId: e.orderId,
        conversationId,
        address: e.address,
        decision: e.decision,
        idempotencyKey,
      });
    case 'cancelOrder':
      return actions.cancelOrder({
        orderId: e.orderId,
        conversationId,
        decision: e.decision,
        idempotencyKey,
      });
    case 'createReturn':
      return actions.createReturn({
        orderId: e.orderId,
        conversationId,
        kind: e.returnKind,
        itemSkus: e.itemSkus,
        reason: e.reason,
        decision: e.decision,
        idempotencyKey,
      });
    case 'requestRefund':
      return actions.requestRefund({
        orderId: e.orderId,
        conversationId,
        amountMinor: e.amountMinor,
        reason: e.reason,
        decision: e.decision,
        autoLimitMinor: e.autoLimitMinor,
        ...(e.itemSkus !== undefined && { itemSkus: e.itemSkus }),
        idempotencyKey,
      });
    case 'createRemake':
      return actions.createRemake({
        orderId: e.orderId,
        conversationId,
        itemSkus: e.itemSkus,
        reason: e.reason,
        rush: true,
        decision: e.decision,
        idempotencyKey,
      });
    case 'escalate':
      return actions.escalate({
        conversationId,
        orderId: e.orderId,
        handoff: e.handoff,
        priority: e.priority,
        idempotencyKey,
      });
    case 'createBrief':
      return actions.createBrief({ conversationId, brief: e.brief, idempotencyKey });
  }
}

/** Reads the dialogue state back from the stored JSON; anything unreadable starts fresh. */
export function readState(conversation: Conversation): DialogueState {
  const s = conversation.state as Partial<DialogueState>;
  if (s && s.v === 1 && typeof s.turn === 'number' && s.identity && Array.isArray(s.notes))
    return s as DialogueState;
  return initialState(conversation.lang);
}

function customerText(input: TurnInput, state: DialogueState): string {
  switch (input.kind) {
    case 'text':
      return input.text;
    case 'choice':
      return state.offer?.options.find((o) => o.id === input.choice)?.label ?? `[${input.choice}]`;
    case 'attachment':
      return input.text ?? '';
    case 'start':
      return '';
  }
}

/**
 * Confidence needed to act on an intent without asking: the NLU's own threshold, but never
 * below 0.6 — a wrong flow (asking for an order number on a general question) costs more than
 * one clarifying question with buttons.
 */
export function actThreshold(nlu: NluPort): number {
  return Math.max(nlu.clarifyThreshold, 0.6);
}

/** What masking leaves behind: a lead-in whose value was cut ("order", "my email is", "#"), stray marks. */
const leftLeadIn =
  /\b(order|pedido|commande|bestellung|ordine|encomenda|e-?mail|correo|postcode|zip|c[óo]digo postal|code postal|postleitzahl|cap|is|es|est|ist|è|é|and|y|et|und|e|my|mi|mon|ma|meine?|il mio|la mia|o meu|a minha|no\.?|nr\.?|n[º°]|#)\s*[,.:;]?\s*(?=[,.;:!?]|$)/giu;
const spaceBeforeMark = /\s+([,.;:!?])/g;
const repeatedMarks = /([,.;:])\s*[,.;:]+/g;
const whitespace = /\s+/;
const letter = /\p{L}/u;

/**
 * Order numbers, e-mails and postcodes say who, not what: the intent is read from the text with
 * them masked out (they pull a classifier towards whatever its training messages with numbers
 * were about), the entities from the full text.
 */
export function understandRequest(
  nlu: NluPort,
  text: string,
  opts: { lang?: Language },
): Understanding {
  const u = nlu.understand(text, opts);
  // Several requests are read clause by clause already, and their spans point into `text`.
  if ((u.requests?.length ?? 1) > 1) return u;
  const spans = u.entities
    .filter((e) => e.type === 'order_number' || e.type === 'email' || e.type === 'postcode')
    .sort((a, b) => b.start - a.start);
  if (spans.length === 0) return u;
  // The masked reading wins only when it is surer, and no reading is surer than certain.
  if (u.confidence >= 1) return u;
  let masked = text;
  for (const e of spans) masked = masked.slice(0, e.start) + masked.slice(e.end);
  masked = masked
    .replace(leftLeadIn, '')
    .replace(spaceBeforeMark, '$1')
    .replace(repeatedMarks, '$1')
    .trim();
  if (masked.split(whitespace).filter((w) => letter.test(w)).length < 2) return u;
  const m = nlu.understand(masked, opts);
  // Masking can split what was one request into clauses ("… 1001 and 1101 (ana@…). I need to
  // change an engraving" → "… and (). | I need to …"): when the whole text's reading is one of
  // the masked requests, it is the request, and the leftover clause is not a second one.
  if ((m.requests?.length ?? 1) > 1 && m.requests?.some((r) => r.intent === u.intent)) return u;
  // Masking can strip a short request to almost nothing ("where is order 1010?" → "where is?"): keep the confident reading then.
  // Masking can also strip context a long message needs ("Olá, há novidades do meu colar?"): the
  // masked reading wins only when it is the surer one.
  if (
    m.confidence <= u.confidence ||
    ((m.confidence < actThreshold(nlu) || m.intent === 'other') && u.intent !== 'other')
  )
    return u;
  const span = { start: 0, end: text.length };
  return {
    ...m,
    lang: u.lang,
    langConfidence: u.langConfidence,
    entities: u.entities,
    requests: [{ intent: m.intent, confidence: m.confidence, span }],
  };
}

export type HandleTurnResult = {
  conversation: Conversation;
  result: TurnResult;
  messages: Message[];
};

/**
 * One customer turn, end to end (design.md): understand → decide (dialogue + policy) → act
 * (actions) → say → persist messages, events and state (optimistic version) → TurnResult.
 * Throws AppError('conflict') when another writer saved the conversation in between.
 */
export async function handleTurn(
  conversation: Conversation,
  input: TurnInput,
  ports: EnginePorts,
  opts: { create?: boolean } = {},
): Promise<HandleTurnResult> {
  const { store } = ports;
  const now = ports.clock();
  const at = now.toISOString();
  const state = readState(conversation);
  const messages: Message[] = [];

  // A rep has taken over: keep the customer's words for the console, say nothing.
  if (conversation.handledBy !== 'assistant' && input.kind !== 'start') {
    const m: Message = {
      id: ports.newId(),
      conversationId: conversation.id,
      sender: 'customer',
      text: customerText(input, state).slice(0, 10_000),
      createdAt: at,
    };
    if (input.kind === 'attachment') m.attachmentIds = input.attachmentIds;
    const next: Conversation = {
      ...conversation,
      updatedAt: at,
      version: conversation.version + 1,
    };
    await store.transaction(async (tx) => {
      await tx.messages.append(m);
      if (!(await tx.conversations.save(next, conversation.version)))
        throw new AppError('conflict', 'The conversation changed meanwhile; please send again.');
    });
    return {
      conversation: next,
      result: {
        replies: [],
        state: { intent: conversation.intent, status: conversation.status },
        events: [],
      },
      messages: [m],
    };
  }

  // Understand.
  let understanding: Understanding | null = null;
  let dInput: DialogueInput;
  const rawText =
    input.kind === 'text' ? input.text : input.kind === 'attachment' ? (input.text ?? '') : '';
  // A pasted e-mail thread: the customer's own words are read, not the quoted history.
  const text = stripQuotedThread(rawText).slice(0, 2000);
  if (text.trim() !== '') {
    const words = text.trim().split(whitespace).length;
    understanding = understandRequest(ports.nlu, text, words < 3 ? { lang: state.lang } : {});
  }
  switch (input.kind) {
    case 'start':
      dInput = { kind: 'start', lang: conversation.lang };
      break;
    case 'text':
      dInput = { kind: 'text', text: rawText, understanding };
      break;
    case 'choice':
      dInput = { kind: 'choice', choice: input.choice };
      break;
    case 'attachment':
      dInput = {
        kind: 'attachment',
        attachmentIds: input.attachmentIds,
        understanding,
        ...(input.text !== undefined ? { text: input.text } : {}),
      };
      break;
  }

  // Fetch what the dialogue may read: the proven order, orders the customer named, refunds.
  const candidates = new Set<string>();
  if (state.identity.orderId) candidates.add(state.identity.orderId);
  if (state.identity.orderNumber) candidates.add(state.identity.orderNumber);
  for (const e of understanding?.entities ?? [])
    if (e.type === 'order_number') candidates.add(e.value.replace(/^#/, ''));
  for (const c of orderNumberCandidates(text)) candidates.add(c);
  const orders: Record<string, Order | null> = {};
  for (const id of [...candidates].slice(0, 8)) orders[id] = await store.orders.get(id);
  let refunds: Refund[] = [];
  if (state.identity.orderId && orders[state.identity.orderId])
    refunds = await store.refunds.listForOrder(state.identity.orderId);
  // Contacts about an order in earlier chats, for "third contact about the same problem" (R9).
  // Each conversation claims its contact under the order's lock, so concurrent chats count each other.
  const pendingIntent = state.flow?.name === 'identify' ? state.flow.then : null;
  const repeatContact =
    !state.escalated &&
    ((understanding !== null && repeatIntents.has(understanding.intent)) ||
      (pendingIntent !== null && repeatIntents.has(pendingIntent)));
  const priorContacts: Record<string, number> = {};
  const claimed: string[] = [];
  if (repeatContact) {
    for (const [id, order] of Object.entries(orders)) {
      if (!order || id !== order.id) continue;
      const proven = await store.events.list({ orderId: id, type: 'identity.verified', limit: 50 });
      const earlier = new Set(
        proven.map((e) => e.conversationId).filter((c) => c !== null && c !== conversation.id),
      ).size;
      priorContacts[id] = Math.max(
        earlier,
        await store.guards.claimContact(id, conversation.id, at),
      );
      claimed.push(id);
    }
  }
  // Order numbers whose self-service look-ups are paused after repeated failed proofs (any chat).
  const paused = await pausedOrders(store, candidates, now);

  // Decide.
  const out = handleDialogue(state, dInput, {
    now,
    policy: ports.policy,
    knowledge: ports.knowledge,
    orders,
    refunds,
    priorContacts,
    lockedOrders: Object.keys(paused),
    clarifyThreshold: actThreshold(ports.nlu),
    conversationId: conversation.id,
  });

  // A claim counts only for a conversation that proves the order.
  for (const id of claimed) {
    if (out.state.identity.orderId !== id && state.identity.orderId !== id)
      await store.guards.releaseContact(id, conversation.id);
  }
  // Failed proofs also count per order number across conversations (five in an hour pause it).
  for (const e of out.events) {
    if (e.type === 'identity.failed' && typeof e.orderNumber === 'string') {
      const r = await recordProofFailure(
        { store, escalate: (i) => ports.actions.escalate(i), clock: ports.clock },
        { orderNumber: e.orderNumber, conversationId: conversation.id, lang: out.state.lang },
      );
      if (r.newlyPaused) await store.publish(queueChannel, { conversationId: conversation.id });
    }
  }

  // Act.
  const events: TurnEvent[] = [...out.events];
  const actionEvents: TurnEvent[] = [];
  let replies = out.replies;
  let status = out.state.status;
  for (const effect of out.effects) {
    try {
      actionEvents.push(...(await runEffect(effect, conversation.id, ports.actions)));
    } catch (e: unknown) {
      // The customer is told plainly; nothing is promised that did not happen.
      const message = e instanceof Error ? e.message : String(e);
      const voice = ports.policy.shop.voice;
      replies = [
        { text: say('error.action_failed', {}, { lang: out.state.lang, voice }), quickReplies: [] },
      ];
      out.state.flow = null;
      out.state.offer = null;
      out.state.notes = [...out.state.notes, `Action ${effect.kind} failed: ${message}`].slice(-12);
      status = 'open';
      if (effect.kind !== 'escalate') {
        try {
          const handoff: HandoffPackage = {
            orderId: out.state.identity.orderId,
            customer: null,
            lang: out.state.lang,
            rule: 'system.action_failed',
            reason: `The ${effect.kind} action failed: ${message}`,
            summary: out.state.notes.join(' ').slice(0, 1000),
            facts: { effect: effect.kind },
            attachmentIds: out.state.attachments,
            desiredResolution: null,
            suggestedNextStep: 'Complete the request by hand and tell the customer.',
          };
          actionEvents.push(
            ...(
              await ports.actions.escalate({
                conversationId: conversation.id,
                orderId: out.state.identity.orderId,
                handoff,
                priority: 1,
                idempotencyKey: `${effect.key}:failed`,
              })
            ).events,
          );
          status = 'escalated';
          out.state.escalated = true;
        } catch {
          // Escalation failed too; the reply already says a person will follow up.
        }
      }
      break;
    }
  }
  out.state.status = status;
  events.push(...actionEvents);

  // Persist: messages, events, state, in one transaction with the optimistic version check.
  if (input.kind !== 'start') {
    const m: Message = {
      id: ports.newId(),
      conversationId: conversation.id,
      sender: 'customer',
      text: customerText(input, state).slice(0, 10_000),
      lang: out.state.lang,
      createdAt: at,
    };
    if (input.kind === 'attachment') m.attachmentIds = input.attachmentIds;
    if (understanding) {
      m.meta = {
        intent: understanding.intent,
        confidence: understanding.confidence,
        lang: understanding.lang,
        sentiment: understanding.sentiment,
        ...out.meta,
      };
    } else if (Object.keys(out.meta).length > 0) m.meta = { ...out.meta };
    messages.push(m);
  }
  for (const r of replies) {
    messages.push({
      id: ports.newId(),
      conversationId: conversation.id,
      sender: 'assistant',
      text: r.text,
      lang: out.state.lang,
      quickReplies: r.quickReplies,
      createdAt: at,
    });
  }
  const next: Conversation = {
    ...conversation,
    lang: out.state.lang,
    status,
    intent: out.state.intent,
    orderId: out.state.identity.orderId,
    state: out.state,
    updatedAt: at,
    version: conversation.version + 1,
  };
  const toStore = ports.actionsStoreEvents ? out.events : events;
  await store.transaction(async (tx) => {
    // A new conversation is created with its first turn: one commit instead of two.
    if (opts.create === true) await tx.conversations.create(conversation);
    await tx.messages.appendMany(messages);
    for (const e of toStore)
      await tx.events.append({ ...e, id: ports.newId(), conversationId: conversation.id, at });
    if (!(await tx.conversations.save(next, conversation.version))) {
      throw new AppError('conflict', 'The conversation changed meanwhile; please send again.');
    }
  });

  return {
    conversation: next,
    result: { replies, state: { intent: next.intent, status: next.status }, events },
    messages,
  };
}

export type AssistantDeps = Omit<EnginePorts, 'newId'> & {
  newId: () => string;
  newToken: () => string;
};

/** SHA-256 of a bearer token, hex: the only form in which the token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The `Assistant` port on top of `handleTurn` (rep take-over and replies live in src/actions/rep.ts). */
/** The Assistant port, whose `start` may also take an order proven up front (signed link, `chat --order`). */
export type EngineAssistant = Assistant & {
  start(input: {
    channel: Channel;
    lang?: Language;
    verifiedOrderId?: string;
  }): ReturnType<Assistant['start']>;
};

export function createAssistant(deps: AssistantDeps): EngineAssistant {
  const { store } = deps;
  const publish = async (
    conversationId: string,
    messages: Message[],
    state: TurnResult['state'],
    events: TurnEvent[] = [],
    forQueue = false,
  ): Promise<void> => {
    await store.publish(`conversation:${conversationId}`, {
      conversationId,
      messages,
      state,
      events,
    });
    // Reps' queue: new cases, approvals, and customers writing while a rep holds the chat.
    if (
      forQueue ||
      events.some(
        (e) =>
          e.type === 'case.escalated' ||
          e.type === 'refund.pending_approval' ||
          e.type === 'brief.created',
      )
    ) {
      await store.publish(queueChannel, { conversationId });
    }
  };
  const load = async (id: string): Promise<Conversation> => {
    const c = await store.conversations.get(id);
    if (!c) throw new AppError('not_found', `No conversation ${id}.`);
    return c;
  };

  return {
    async start(input: { channel: Channel; lang?: Language; verifiedOrderId?: string }) {
      const lang: Language =
        input.lang && (languages as readonly string[]).includes(input.lang) ? input.lang : 'en';
      const token = deps.newToken();
      const at = deps.clock().toISOString();
      const conversation: Conversation = {
        id: deps.newId(),
        channel: input.channel,
        lang,
        status: 'open',
        intent: null,
        orderId: null,
        tokenHash: hashToken(token),
        state: initialState(lang),
        handledBy: 'assistant',
        createdAt: at,
        updatedAt: at,
        version: 0,
      };
      // A signed link (or the operator's `chat --order`) proves the order up front.
      const order = input.verifiedOrderId ? await store.orders.get(input.verifiedOrderId) : null;
      if (order) {
        const s = initialState(lang);
        const r = handleDialogue(
          s,
          { kind: 'start', lang, verifiedOrderId: order.id },
          {
            now: deps.clock(),
            policy: deps.policy,
            knowledge: deps.knowledge,
            orders: { [order.id]: order },
            refunds: [],
            clarifyThreshold: actThreshold(deps.nlu),
            conversationId: conversation.id,
          },
        );
        const msgs: Message[] = r.replies.map((x) => ({
          id: deps.newId(),
          conversationId: conversation.id,
          sender: 'assistant',
          text: x.text,
          lang,
          quickReplies: x.quickReplies,
          createdAt: at,
        }));
        const next: Conversation = {
          ...conversation,
          orderId: order.id,
          state: r.state,
          version: 1,
        };
        await store.transaction(async (tx) => {
          await tx.conversations.create(conversation);
          await tx.messages.appendMany(msgs);
          for (const e of r.events)
            await tx.events.append({
              ...e,
              id: deps.newId(),
              conversationId: conversation.id,
              at,
            });
          await tx.conversations.save(next, 0);
        });
        return {
          conversation: next,
          token,
          result: {
            replies: r.replies,
            state: { intent: null, status: 'open' },
            events: r.events,
          },
        };
      }
      const {
        conversation: next,
        result,
        messages,
      } = await handleTurn(conversation, { kind: 'start' }, deps, { create: true });
      await publish(next.id, messages, result.state);
      return { conversation: next, token, result };
    },

    async turn(conversationId: string, input: TurnInput) {
      const c = await load(conversationId);
      const { conversation, result, messages } = await handleTurn(c, input, deps);
      await publish(
        conversation.id,
        messages,
        result.state,
        result.events,
        c.handledBy !== 'assistant',
      );
      return result;
    },
  };
}
