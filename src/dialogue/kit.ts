import type { Intent, Language, Order, TurnEvent } from '../domain/index.js';
import { fromMinor } from '../domain/money.js';
import { formatDay, formatInstant, formatInstantDay, formatMoney, say, type MessageId, type Params } from '../voice/index.js';
import type { DialogueContext, DialogueState, Effect, Entity, EscalationSignals, Understanding } from './types.js';

/** One option of a quick-reply set; `yesno` lets a typed "yes"/"no" pick it. */
export type Option = { value: string; label: string; yesno?: 'yes' | 'no' };

/** What the customer's input means inside the current turn, after resolving buttons and free text. */
export type Act = {
  /** Value of the option the customer picked, by button or by typing it. */
  choice: string | null;
  text: string;
  u: Understanding | null;
  affirm: 'yes' | 'no' | null;
  attachments: string[];
};

/** The working set of one turn: reads state and context, collects replies, effects and events. */
export class Turn {
  readonly paragraphs: string[] = [];
  quick: Option[] = [];
  readonly effects: Effect[] = [];
  readonly events: TurnEvent[] = [];
  readonly meta: Record<string, unknown> = {};
  /** Set by the router so flows can hand over to another intent without importing it. */
  route: (intent: Intent, entities: Entity[], text: string) => void = () => undefined;
  /** Set by the router: ask which of these the customer means. */
  clarify: (choices: Intent[]) => void = () => undefined;

  constructor(
    readonly s: DialogueState,
    readonly ctx: DialogueContext,
  ) {}

  get lang(): Language {
    return this.s.lang;
  }

  get now(): Date {
    return this.ctx.now;
  }

  say(id: MessageId, params: Params = {}): void {
    this.paragraphs.push(say(id, params, { lang: this.s.lang, voice: this.ctx.policy.shop.voice }));
  }

  /** Renders a label for a button. */
  label(id: MessageId, params: Params = {}): string {
    return say(id, params, { lang: this.s.lang, voice: this.ctx.policy.shop.voice });
  }

  options(opts: Option[]): void {
    this.quick = opts;
  }

  addOptions(opts: Option[]): void {
    this.quick = [...this.quick, ...opts];
  }

  /** The order the customer has proven is theirs, if any. */
  order(): Order | null {
    const id = this.s.identity.orderId;
    return id ? (this.ctx.orders[id] ?? null) : null;
  }

  emit(event: TurnEvent): void {
    this.events.push(event);
  }

  effect(e: Effect): void {
    this.effects.push(e);
  }

  note(line: string): void {
    this.s.notes = [...this.s.notes, line].slice(-12);
  }

  /** Idempotency key suffix: stable for this conversation turn and purpose. */
  key(purpose: string): string {
    return `${this.ctx.conversationId}:${this.s.turn}:${purpose}`;
  }

  day(d: string): string {
    return formatDay(d, this.s.lang);
  }

  instantDay(iso: string): string {
    return formatInstantDay(iso, this.s.lang, this.ctx.policy.shop.timeZone);
  }

  instant(iso: string): string {
    return formatInstant(iso, this.s.lang, this.ctx.policy.shop.timeZone);
  }

  money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.s.lang);
  }

  decimal(minor: number, currency: string): string {
    return fromMinor(minor, currency);
  }

  /** Escalation signals with nothing raised but what is given. */
  signals(over: Partial<EscalationSignals> & { text: string }): EscalationSignals {
    return { lang: this.s.lang, intent: this.s.intent, explicitRequest: false, sentimentScores: [], sameProblemContacts: 0, order: this.order(), ...over };
  }

  resolved(): void {
    this.s.resolved += 1;
    this.s.status = this.s.escalated ? 'escalated' : 'resolved';
  }
}

export function entity(entities: Entity[], type: string): string | undefined {
  return entities.find((e) => e.type === type)?.value;
}
