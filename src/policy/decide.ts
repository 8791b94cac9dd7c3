import { DateTime } from 'luxon';
import {
  addCalendarDays,
  calendarDaysBetween,
  localDate,
  shipWindow,
  type ShipWindow,
} from '../calendar/index.js';
import { minorDigits } from '../domain/money.js';
import type { Decision, Outcome } from '../domain/decision.js';
import {
  calendarOf,
  effectivePolicy,
  isSellerSpecific,
  type OverridableSection,
  type ResolvedPolicy,
} from './effective.js';
import { subjectItems, type ItemFacts, type OrderFacts } from './facts.js';
import type { Policy, QualityProblem } from './schema.js';

type Facts = Record<string, unknown>;

function decision(outcome: Outcome, rule: string, reason: string, facts: Facts): Decision {
  return { outcome, rule, reason, facts };
}

/** The policy for an item's seller and product type (effectivePolicy keeps each pair resolved once). */
function resolveFor(policy: Policy, item: ItemFacts | null): ResolvedPolicy {
  return effectivePolicy(policy, { sellerId: item?.sellerId, productType: item?.productType });
}

/** Facts every decision carries: whose rules applied, so replies can say "this seller's policy" (R12). */
function whose(resolved: ResolvedPolicy, sections: readonly OverridableSection[]): Facts {
  const sellerSpecific = isSellerSpecific(resolved, sections);
  const source = sections.map((s) => resolved.sources[s]).find((s) => s !== 'shop') ?? 'shop';
  return {
    sellerId: resolved.sellerId,
    sellerName: resolved.sellerName,
    productType: resolved.productType,
    sellerSpecific,
    policySource: source,
  };
}

/** Runs a per-item decision over the request's items; the first refusal wins, else the first allow. */
function overItems(facts: OrderFacts, decide: (item: ItemFacts | null) => Decision): Decision {
  const items = subjectItems(facts);
  const decisions = (items.length > 0 ? items : [null]).map(decide);
  const refusal = decisions.find((d) => d.outcome !== 'allow');
  const first = refusal ?? decisions[0];
  if (!first) throw new RangeError('no decision');
  return first;
}

function stageIndex(policy: Policy | ResolvedPolicy, stage: string): number {
  return policy.pipeline.stages.findIndex((s) => s.id === stage);
}

function stageLabel(policy: Policy | ResolvedPolicy, stage: string): string {
  return policy.pipeline.stages.find((s) => s.id === stage)?.label ?? stage;
}

/** Whether the current stage locks personalisation; an unknown stage counts as locked (we can't tell). */
function isStageLocked(resolved: ResolvedPolicy, stage: string): boolean {
  const index = stageIndex(resolved, stage);
  if (index < 0) return true;
  if (resolved.lockPersonalizationFrom === null) return false;
  return index >= stageIndex(resolved, resolved.lockPersonalizationFrom);
}

type ChangeWindow = {
  open: boolean;
  closesAt: string;
  closesAtText: string;
  hoursSinceOrder: number;
  hours: number;
};

/** The change window counts real elapsed hours from the order instant (a DST shift doesn't stretch it). */
function changeWindow(createdAt: string, hours: number, timeZone: string, now: Date): ChangeWindow {
  const created = DateTime.fromISO(createdAt, { zone: timeZone });
  const closes = created.plus({ hours });
  const current = DateTime.fromJSDate(now).setZone(timeZone);
  return {
    open: current < closes,
    closesAt: closes.toISO() ?? createdAt,
    closesAtText: closingText(closes, timeZone),
    hoursSinceOrder: Math.floor(current.diff(created, 'minutes').minutes) / 60,
    hours,
  };
}

// Formatting is the costly part of a change-window decision; an order's window closes at one instant.
const closingTexts = new Map<string, string>();

function closingText(closes: DateTime, timeZone: string): string {
  const key = `${closes.toMillis()}|${timeZone}`;
  let text = closingTexts.get(key);
  if (text === undefined) {
    text = `${closes.setLocale('en').toFormat('ccc d LLL yyyy, HH:mm')} ${timeZone === 'UTC' ? 'UTC' : `(${timeZone})`}`;
    if (closingTexts.size >= 5000) closingTexts.delete(closingTexts.keys().next().value ?? '');
    closingTexts.set(key, text);
  }
  return text;
}

const hoursText = (h: number): string => (h === 1 ? '1 hour' : `${h} hours`);

function windowFacts(w: ChangeWindow): Facts {
  return {
    changeWindowHours: w.hours,
    changeWindowClosesAt: w.closesAt,
    hoursSinceOrder: Number(w.hoursSinceOrder.toFixed(2)),
    windowOpen: w.open,
  };
}

/** R3: may the personalisation / details of an item still be changed? */
export function decideChange(
  facts: OrderFacts & { field?: string },
  policy: Policy,
  now: Date,
): Decision {
  return overItems(facts, (item) => {
    const r = resolveFor(policy, item);
    const w = changeWindow(facts.createdAt, r.changeWindowHours, r.shop.timeZone, now);
    const base: Facts = {
      orderId: facts.orderId,
      sku: item?.sku ?? null,
      field: facts.field ?? null,
      stage: facts.stage,
      stageLabel: stageLabel(r, facts.stage),
      lockedFromStage: r.lockPersonalizationFrom,
      ...windowFacts(w),
      ...whose(r, ['changeWindowHours', 'lockPersonalizationFrom']),
    };
    if (facts.cancelled)
      return decision(
        'deny',
        'change.order_cancelled',
        'The order has been cancelled, so there is nothing left to change.',
        base,
      );
    if (facts.fulfillmentStatus !== 'unfulfilled') {
      return decision(
        'deny',
        'change.already_shipped',
        'The piece has already shipped, so its details can no longer be changed.',
        base,
      );
    }
    if (isStageLocked(r, facts.stage)) {
      return decision(
        'deny',
        'change.stage_locked',
        `The piece is in "${stageLabel(r, facts.stage)}", and from that stage on the personalisation is part of the piece and can't be changed.`,
        base,
      );
    }
    if (!w.open) {
      return decision(
        'deny',
        'change.window_closed',
        `Details can be changed for ${hoursText(r.changeWindowHours)} after ordering; that window closed on ${w.closesAtText}.`,
        base,
      );
    }
    return decision(
      'allow',
      'change.window_open',
      `The order is inside the ${r.changeWindowHours}-hour change window (until ${w.closesAtText}) and production hasn't locked the details yet.`,
      base,
    );
  });
}

/** R4: may the shipping address still be changed? */
export function decideAddressChange(facts: OrderFacts, policy: Policy, _now: Date): Decision {
  return overItems(facts, (item) => {
    const r = resolveFor(policy, item);
    const base: Facts = {
      orderId: facts.orderId,
      stage: facts.stage,
      fulfillmentStatus: facts.fulfillmentStatus,
      lockedFromStage: r.addressChange.lockedFromStage,
      ...whose(r, ['addressChange']),
    };
    if (facts.cancelled)
      return decision('deny', 'address.order_cancelled', 'The order has been cancelled.', base);
    if (facts.fulfillmentStatus !== 'unfulfilled') {
      return decision(
        'deny',
        'address.already_shipped',
        'The parcel has already shipped, so we can no longer change the address; the carrier may be able to redirect it.',
        { ...base, carrierRedirect: true },
      );
    }
    const locked = r.addressChange.lockedFromStage;
    if (locked !== null && stageIndex(r, facts.stage) >= stageIndex(r, locked)) {
      return decision(
        'deny',
        'address.label_printed',
        `The order is at "${stageLabel(r, facts.stage)}": the shipping label is already made, so a person needs to help with the address.`,
        { ...base, carrierRedirect: false },
      );
    }
    return decision(
      'allow',
      'address.unfulfilled',
      'The order has not shipped yet, so the address can still be changed.',
      base,
    );
  });
}

/** R5: may the order be cancelled, and what is refunded? */
export function decideCancel(facts: OrderFacts, policy: Policy, now: Date): Decision {
  const remaining = Math.max(0, facts.totalMinor - facts.refundedMinor);
  return overItems(facts, (item) => {
    const r = resolveFor(policy, item);
    const w = changeWindow(facts.createdAt, r.changeWindowHours, r.shop.timeZone, now);
    const base: Facts = {
      orderId: facts.orderId,
      stage: facts.stage,
      stageLabel: stageLabel(r, facts.stage),
      allowedStages: r.cancellation.allowedStages,
      ...windowFacts(w),
      ...whose(r, ['cancellation', 'changeWindowHours']),
    };
    if (facts.cancelled)
      return decision('deny', 'cancel.already_cancelled', 'The order is already cancelled.', base);
    if (facts.fulfillmentStatus !== 'unfulfilled') {
      return decision(
        'deny',
        'cancel.already_shipped',
        'The order has already shipped, so it can no longer be cancelled; a return may be possible instead.',
        {
          ...base,
          suggest: 'return',
        },
      );
    }
    const stageAllows = r.cancellation.allowedStages.includes(facts.stage);
    if (stageAllows && (!r.cancellation.requireChangeWindow || w.open)) {
      return decision(
        'allow',
        'cancel.before_production',
        "Production hasn't started yet, so the order can be cancelled with a full refund.",
        { ...base, refundMinor: remaining, currency: facts.currency, fullRefund: true },
      );
    }
    if (r.cancellation.afterwards === 'fee') {
      const feeMinor = Math.round((remaining * r.cancellation.feePercent) / 100);
      return decision(
        'allow',
        'cancel.with_fee',
        `Production has started; the shop's policy allows cancelling for a fee of ${r.cancellation.feePercent}% of the order.`,
        {
          ...base,
          refundMinor: remaining - feeMinor,
          feeMinor,
          currency: facts.currency,
          fullRefund: false,
        },
      );
    }
    if (stageAllows) {
      return decision(
        'deny',
        'cancel.window_closed',
        `Orders can be cancelled within ${hoursText(r.changeWindowHours)} of ordering; that window has closed. A person can look at an exception.`,
        { ...base, exceptionToPerson: true },
      );
    }
    return decision(
      'deny',
      'cancel.in_production',
      `The piece is already in production ("${stageLabel(r, facts.stage)}"), so it can't be cancelled. A person can look at an exception.`,
      { ...base, exceptionToPerson: true },
    );
  });
}

export type ReturnKind = 'return' | 'exchange';

/** R6: may an item be returned or exchanged for a non-quality reason? */
export function decideReturn(
  facts: OrderFacts & { kind?: ReturnKind },
  policy: Policy,
  now: Date,
): Decision {
  const kind = facts.kind ?? 'return';
  return overItems(facts, (item) => {
    const r = resolveFor(policy, item);
    const zone = r.shop.timeZone;
    const today = localDate(now, zone);
    const lastDay = facts.deliveredAt
      ? addCalendarDays(localDate(facts.deliveredAt, zone), r.returns.windowDays)
      : null;
    const base: Facts = {
      orderId: facts.orderId,
      kind,
      sku: item?.sku ?? null,
      personalized: item?.personalized ?? false,
      finalSale: item?.finalSale ?? false,
      windowDays: r.returns.windowDays,
      lastReturnDay: lastDay,
      buyerPaysShipping: r.returns.buyerPaysShipping,
      alternatives: r.returns.alternatives,
      ...whose(r, ['returns']),
    };
    const what = kind === 'exchange' ? 'exchanged' : 'returned';
    if (facts.cancelled)
      return decision('deny', 'returns.order_cancelled', 'The order has been cancelled.', base);
    const deliveredAt = facts.deliveredAt;
    if (facts.fulfillmentStatus !== 'delivered' || lastDay === null || deliveredAt === null) {
      return decision(
        'deny',
        'returns.not_delivered',
        facts.fulfillmentStatus === 'unfulfilled'
          ? "The order hasn't shipped yet; a return starts after delivery (cancelling may be possible instead)."
          : 'The parcel is on its way; a return can start once it has been delivered.',
        { ...base, fulfillmentStatus: facts.fulfillmentStatus },
      );
    }
    if (kind === 'exchange' && !r.returns.exchangesAllowed) {
      return decision(
        'deny',
        'returns.exchange_not_offered',
        "This shop doesn't offer exchanges.",
        base,
      );
    }
    if (item?.personalized && !r.returns.personalizedReturnable) {
      return decision(
        'deny',
        'returns.personalized',
        `The piece was made just for this customer (personalised), so it can't be resold and can't be ${what} for a reason other than a quality problem.`,
        base,
      );
    }
    if (item?.finalSale && !r.returns.finalSaleReturnable) {
      return decision(
        'deny',
        'returns.final_sale',
        `The item was sold as final sale, so it can't be ${what} for a reason other than a quality problem.`,
        base,
      );
    }
    if (today > lastDay) {
      return decision(
        'deny',
        'returns.window_closed',
        `Items can be ${what} within ${r.returns.windowDays} days of delivery; the last day was ${lastDay}.`,
        base,
      );
    }
    return decision(
      'allow',
      'returns.window_open',
      `Delivered ${calendarDaysBetween(localDate(deliveredAt, zone), today)} days ago, inside the ${r.returns.windowDays}-day window (last day ${lastDay}); ${
        r.returns.buyerPaysShipping
          ? 'the customer pays return shipping'
          : 'the shop pays return shipping'
      }.`,
      base,
    );
  });
}

/** Decimal policy amount → minor units of `currency`, rounded down (a limit never grows by rounding). */
export function limitToMinor(amount: string, currency: string): number {
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = amount.split('.');
  const value = Number(whole + fraction.padEnd(digits, '0').slice(0, digits));
  return Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
}

function itemsValue(items: readonly ItemFacts[]): number {
  return items.reduce((sum, i) => sum + i.unitPriceMinor * i.quantity, 0);
}

export type QualityFacts = OrderFacts & { problem: QualityProblem; evidenceProvided: boolean };

/** R7: what can be offered for a quality problem or our error, and is evidence needed first? */
export function decideQualityRemedy(facts: QualityFacts, policy: Policy, now: Date): Decision {
  const available = Math.max(0, facts.totalMinor - facts.refundedMinor);
  return overItems(facts, (item) => {
    const r = resolveFor(policy, item);
    const affected = item ? [item] : facts.items;
    const refundMaxMinor = Math.min(itemsValue(affected), available);
    const limitMinor = limitToMinor(r.refunds.autoLimit, facts.currency);
    const evidenceNeeded =
      r.quality.evidenceRequired && !r.quality.evidenceNotNeededFor.includes(facts.problem);
    const remedies = r.quality.remedies.filter(
      (m) => m === 'remake' || m === 'store_credit' || refundMaxMinor > 0,
    );
    const base: Facts = {
      orderId: facts.orderId,
      problem: facts.problem,
      sku: item?.sku ?? null,
      evidenceRequired: evidenceNeeded,
      evidenceProvided: facts.evidenceProvided,
      remedies,
      refundMaxMinor,
      autoLimitMinor: limitMinor,
      refundNeedsApproval: refundMaxMinor + facts.refundedMinor > limitMinor,
      currency: facts.currency,
      ...whose(r, ['quality', 'refunds']),
    };
    if (facts.cancelled)
      return decision('deny', 'quality.order_cancelled', 'The order was cancelled.', base);
    if (facts.fulfillmentStatus === 'unfulfilled') {
      return decision(
        'deny',
        'quality.not_shipped',
        "The order hasn't shipped yet, so it can't have arrived damaged or wrong; a person can check.",
        base,
      );
    }
    const days = r.quality.reportWindowDays;
    if (days !== null && facts.deliveredAt !== null) {
      const lastDay = addCalendarDays(localDate(facts.deliveredAt, r.shop.timeZone), days);
      if (localDate(now, r.shop.timeZone) > lastDay) {
        return decision(
          'escalate',
          'quality.report_window_closed',
          `Problems are reported within ${days} days of delivery (last day ${lastDay}); a person will look at it.`,
          {
            ...base,
            lastReportDay: lastDay,
            reportWindowDays: days,
          },
        );
      }
    }
    if (evidenceNeeded && !facts.evidenceProvided) {
      return decision(
        'deny',
        'quality.evidence_required',
        'A photo of the problem is needed before a remedy can be offered.',
        base,
      );
    }
    const bespokeLimit = r.escalation.bespokeDamageValue;
    const isBespoke = affected.some((i) => i.personalized);
    if (
      bespokeLimit !== null &&
      isBespoke &&
      facts.problem !== 'missing' &&
      itemsValue(affected) > limitToMinor(bespokeLimit, facts.currency)
    ) {
      return decision(
        'escalate',
        'quality.high_value_bespoke',
        `A personalised piece worth more than ${bespokeLimit} ${facts.currency} is affected; a person will decide the remedy.`,
        base,
      );
    }
    return decision(
      'allow',
      'quality.remedy_offer',
      `The problem is covered: the customer may choose ${remedies.join(' or ')}.`,
      base,
    );
  });
}

/** Refunds: amount against what is left to refund and against the automatic limit (per order, cumulative). */
export function decideRefund(
  facts: OrderFacts & { amountMinor: number },
  policy: Policy,
  _now: Date,
): Decision {
  const available = Math.max(0, facts.totalMinor - facts.refundedMinor);
  const items = subjectItems(facts);
  const resolved = (items.length > 0 ? items : [null]).map((i) => resolveFor(policy, i));
  // Several sellers in one order: the strictest limit applies.
  const limits = resolved.map((r) => ({
    r,
    minor: limitToMinor(r.refunds.autoLimit, facts.currency),
  }));
  const strictest = limits.reduce((a, b) => (b.minor < a.minor ? b : a));
  const base: Facts = {
    orderId: facts.orderId,
    amountMinor: facts.amountMinor,
    currency: facts.currency,
    paidMinor: facts.totalMinor,
    refundedMinor: facts.refundedMinor,
    availableMinor: available,
    autoLimitMinor: strictest.minor,
    ...whose(strictest.r, ['refunds']),
  };
  if (!Number.isSafeInteger(facts.amountMinor) || facts.amountMinor <= 0) {
    return decision('deny', 'refund.invalid_amount', 'A refund must be a positive amount.', base);
  }
  if (facts.amountMinor > available) {
    return decision(
      'deny',
      'refund.exceeds_paid',
      'The amount is more than what was paid minus what was already refunded.',
      base,
    );
  }
  if (facts.refundedMinor + facts.amountMinor > strictest.minor) {
    return decision(
      'needs_approval',
      'refund.above_limit',
      `Refunds above ${strictest.r.refunds.autoLimit} ${facts.currency} per order need a person's approval.`,
      base,
    );
  }
  return decision(
    'allow',
    'refund.auto',
    `The refund is within the automatic limit of ${strictest.r.refunds.autoLimit} ${facts.currency} per order.`,
    base,
  );
}

/** What the conversation layer has noticed; every field optional. */
export type EscalationSignals = {
  explicitRequest?: boolean;
  chargeback?: boolean;
  fraud?: boolean;
  /** The customer's message, scanned for the policy's safety words. */
  text?: string;
  sensitiveContext?: boolean;
  policyException?: boolean;
  authenticityDispute?: boolean;
  missingEvidenceAfterAsk?: boolean;
  /** How many times the customer has contacted us about this same problem, this one included. */
  contactCount?: number;
  /** Sentiment scores of the customer's recent messages, oldest first (-1..1). */
  sentimentScores?: readonly number[];
  refundAboveLimit?: boolean;
  /** Business days past the planned ship window. */
  businessDaysLate?: number;
  sellerId?: string | null;
  productType?: string | null;
};

export type EscalationPriority = 'urgent' | 'high' | 'normal';

/** Safety words found in a text (any language of the policy); matching ignores case and starts at a word boundary. */
export function findSafetyWords(text: string, policy: Policy | ResolvedPolicy): string[] {
  const haystack = text.normalize('NFC').toLocaleLowerCase();
  const { any, words } = safetyPatterns(policy.escalation.safetyWords);
  // Most messages name none: one pass with all the words finds that out.
  if (any === null || !any.test(haystack)) return [];
  const found = new Set<string>();
  for (const { word, re } of words) if (re.test(haystack)) found.add(word);
  return [...found];
}

type SafetyPatterns = { any: RegExp | null; words: { word: string; re: RegExp }[] };

// One compiled pattern per safety word, and one for any of them, per (immutable) word list.
const patterns = new WeakMap<object, SafetyPatterns>();

function safetyPatterns(safetyWords: Policy['escalation']['safetyWords']): SafetyPatterns {
  let compiled = patterns.get(safetyWords);
  if (!compiled) {
    const needles: string[] = [];
    const boundary = '(^|[^\\p{L}\\p{N}])';
    const words = Object.values(safetyWords).flatMap((list) =>
      (list ?? []).map((word) => {
        const needle = word
          .normalize('NFC')
          .toLocaleLowerCase()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        needles.push(needle);
        return { word, re: new RegExp(`${boundary}${needle}`, 'u') };
      }),
    );
    const any = needles.length > 0 ? new RegExp(`${boundary}(?:${needles.join('|')})`, 'u') : null;
    compiled = { any, words };
    patterns.set(safetyWords, compiled);
  }
  return compiled;
}

/** R9: should a person take over? The highest-priority trigger decides; all triggers are listed. */
export function decideEscalation(signals: EscalationSignals, policy: Policy): Decision {
  const r = effectivePolicy(policy, {
    sellerId: signals.sellerId,
    productType: signals.productType,
  });
  const e = r.escalation;
  const triggers: { rule: string; reason: string; priority: EscalationPriority }[] = [];
  const add = (on: boolean, rule: string, reason: string, priority: EscalationPriority): void => {
    if (on) triggers.push({ rule, reason, priority });
  };
  const safetyWords = signals.text ? findSafetyWords(signals.text, r) : [];
  add(
    e.safety && safetyWords.length > 0,
    'escalation.safety',
    `The customer mentions a possible safety or health concern (${safetyWords.join(', ')}).`,
    'urgent',
  );
  add(
    e.chargeback && signals.chargeback === true,
    'escalation.chargeback',
    'The customer mentions a chargeback or payment dispute.',
    'urgent',
  );
  add(
    e.fraud && signals.fraud === true,
    'escalation.fraud',
    'There are signs of possible fraud.',
    'urgent',
  );
  add(
    e.explicitRequest && signals.explicitRequest === true,
    'escalation.explicit_request',
    'The customer asked for a person.',
    'high',
  );
  add(
    e.sensitiveContext && signals.sensitiveContext === true,
    'escalation.sensitive_context',
    'The situation is emotional or sensitive and deserves a personal touch.',
    'high',
  );
  add(
    e.refundAboveLimit && signals.refundAboveLimit === true,
    'escalation.refund_above_limit',
    "A refund above the automatic limit needs a person's approval.",
    'high',
  );
  add(
    e.authenticityDispute && signals.authenticityDispute === true,
    'escalation.authenticity_dispute',
    'The customer questions the authenticity or materials of the piece.',
    'high',
  );
  const streakNeeded = e.negativeSentimentStreak;
  const scores = signals.sentimentScores ?? [];
  let streak = 0;
  for (let i = scores.length - 1; i >= 0 && (scores[i] ?? 0) <= e.negativeSentimentScore; i--)
    streak++;
  add(
    streakNeeded !== null && streak >= streakNeeded,
    'escalation.negative_sentiment',
    `The customer has been very unhappy for ${streak} messages in a row.`,
    'high',
  );
  const threshold = e.repeatContactThreshold;
  add(
    threshold !== null && (signals.contactCount ?? 0) >= threshold,
    'escalation.repeat_contact',
    `This is contact number ${signals.contactCount ?? 0} about the same problem.`,
    'high',
  );
  add(
    e.policyException && signals.policyException === true,
    'escalation.policy_exception',
    'The customer asks for an exception to the policy, which only a person can grant.',
    'normal',
  );
  add(
    e.missingEvidenceAfterAsk && signals.missingEvidenceAfterAsk === true,
    'escalation.missing_evidence',
    "The photo evidence we asked for hasn't arrived.",
    'normal',
  );
  const delay = e.delayThresholdBusinessDays;
  add(
    delay !== null && (signals.businessDaysLate ?? 0) > delay,
    'escalation.delay_threshold',
    `The order is ${signals.businessDaysLate ?? 0} business days past its ship window (the shop's threshold is ${delay ?? 0}).`,
    'normal',
  );
  const facts: Facts = {
    triggers: triggers.map((t) => t.rule),
    safetyWords,
    ...whose(r, ['escalation']),
  };
  const top = triggers[0];
  if (!top)
    return decision('allow', 'escalation.none', 'Nothing calls for a person yet.', {
      ...facts,
      priority: null,
    });
  return decision('escalate', top.rule, top.reason, { ...facts, priority: top.priority });
}

export type OrderShipWindow = ShipWindow & {
  stage: string;
  stageLabel: string;
  leadTime: { minBusinessDays: number; maxBusinessDays: number };
  sellerSpecific: boolean;
  /** The order is flagged delayed, or today lies past the planned window. */
  late: boolean;
};

/**
 * R1: the estimated ship window of an unfulfilled order, as a range of business dates. With items
 * from several sellers, the latest window counts (the order ships when the slowest piece is ready).
 */
export function estimateShipWindow(facts: OrderFacts, policy: Policy, now: Date): OrderShipWindow {
  const items = subjectItems(facts);
  const windows = (items.length > 0 ? items : [null]).map((item) => {
    const r = resolveFor(policy, item);
    const w = shipWindow({
      orderCreatedAt: facts.createdAt,
      stage: facts.stage,
      stageEnteredAt: facts.stageUpdatedAt ?? undefined,
      now,
      pipeline: r.pipeline,
      calendar: calendarOf(r),
      leadTime: r.leadTime,
    });
    return {
      ...w,
      stage: facts.stage,
      stageLabel: stageLabel(r, facts.stage),
      leadTime: r.leadTime,
      sellerSpecific: isSellerSpecific(r, ['leadTime']),
      late: facts.delayed || w.businessDaysLate > 0,
    };
  });
  return windows.reduce((a, b) => (b.end > a.end ? b : a));
}
