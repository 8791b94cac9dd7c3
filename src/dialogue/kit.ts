import type { Intent, Language, Order, TurnEvent } from '../domain/index.js';
import { fromMinor } from '../domain/money.js';
import {
  formatDay,
  formatInstant,
  formatInstantDay,
  formatMoney,
  say,
  type MessageId,
  type Params,
} from '../voice/index.js';
import type { Choice, ChoiceValue } from './quick-replies.js';
import type { RuleId } from './rules.js';
import type {
  DialogueContext,
  DialogueState,
  Effect,
  Entity,
  EscalationSignals,
  Understanding,
} from './types.js';

/** One option of a quick-reply set; `yesno` lets a typed "yes"/"no" pick it. */
export type Option = { value: ChoiceValue; label: string; yesno?: 'yes' | 'no' };

/** What the customer's input means inside the current turn, after resolving buttons and free text. */
export type Act = {
  /** Value of the option the customer picked, by button or by typing it. */
  choice: ChoiceValue | null;
  /** The same choice, decoded. */
  picked: Choice | null;
  text: string;
  u: Understanding | null;
  affirm: 'yes' | 'no' | null;
  /** The message only thanks, acknowledges or says goodbye. */
  closing?: 'thanks' | 'bye' | 'ok' | null;
  attachments: string[];
};

/** The working set of one turn: reads state and context, collects replies, effects and events. */
export class Turn {
  readonly paragraphs: string[] = [];
  quick: Option[] = [];
  readonly effects: Effect[] = [];
  readonly events: TurnEvent[] = [];
  readonly meta: Record<string, unknown> = {};
  /** The customer's words this turn (empty for a button). */
  said = '';
  /** Set by the router so flows can hand over to another intent without importing it. */
  route: (intent: Intent, entities: Entity[], text: string) => void = () => undefined;
  /** Set by the router: the further requests of a message, once its first is served. */
  followUp: (also: { intent: Intent; text: string }[]) => void = () => undefined;
  /** Set by the router: the request a message makes, read as the router reads it (words before an unsure guess). */
  readRequest: (u: Understanding, text: string) => Intent = (u) => u.intent;
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
    this.paragraphs.push(say(id, params, this.sayOptions()));
  }

  /** Renders a label for a button. */
  label(id: MessageId, params: Params = {}): string {
    return say(id, params, this.sayOptions());
  }

  /** The language, the shop's voice, and the customer's own register (du) when they write that way. */
  private sayOptions(): {
    lang: Language;
    voice: DialogueContext['policy']['shop']['voice'];
    familiar: boolean;
  } {
    return {
      lang: this.s.lang,
      voice: this.ctx.policy.shop.voice,
      familiar: this.s.familiar === true,
    };
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
    return {
      lang: this.s.lang,
      intent: this.s.intent,
      explicitRequest: false,
      sentimentScores: [],
      sameProblemContacts: 0,
      order: this.order(),
      ...over,
    };
  }

  /** Something was answered or done (the conversation's status follows from it). */
  resolved(): void {
    this.s.resolved += 1;
  }

  /** Set when this turn's answer failed validation (the count resets on any other turn). */
  invalidAnswer = false;

  /**
   * The answer to the open question failed validation: say so with `id`, or after the third
   * time in a row offer a person. True when a person was offered.
   */
  invalid(
    id: MessageId,
    params: Params = {},
    pending: { rule: RuleId; reason: string; desired: string | null } | null = null,
  ): boolean {
    this.invalidAnswer = true;
    this.s.invalid = (this.s.invalid ?? 0) + 1;
    if (this.s.invalid < 3) {
      this.say(id, params);
      return false;
    }
    this.s.invalid = 0;
    this.say('input.invalid_thrice');
    this.s.pendingHandoff = pending ?? {
      rule: 'escalation.explicit_request',
      reason: 'An answer failed validation three times.',
      desired: null,
    };
    this.options([
      { value: 'person', label: this.label('qr.person'), yesno: 'yes' },
      { value: 'cancel_flow', label: this.label('qr.never_mind'), yesno: 'no' },
    ]);
    return true;
  }
}

export function entity(entities: Entity[], type: string): string | undefined {
  return entities.find((e) => e.type === type)?.value;
}

// Words that take back what was just written: "1002, sorry, I meant 1020".
const selfCorrectionRe =
  /\b(?:sorry|i meant|no wait|rather|perd[oó]n|perdona|perdone|quise decir|quer[ií]a decir|me refer[ií]a|me equivoqu[eé]|mejor dicho|digo|desculp[ae]|quis dizer|quer(?:ia|o) dizer|me enganei|ali[aá]s|scusa|scusate|volevo dire|intendevo|anzi|pardon|je voulais dire|plut[oô]t|entschuldigung|ich meinte|sondern)\b/iu;

/** The value of a type, or the later one when the customer corrected themselves in between. */
export function correctedEntity(
  entities: Entity[],
  type: string,
  text: string,
): string | undefined {
  const all = entities.filter((e) => e.type === type);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last || first === last || first.value === last.value) return first?.value;
  return selfCorrectionRe.test(text.slice(first.end, last.start)) ? last.value : first.value;
}
