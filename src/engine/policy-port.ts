import { businessDaysBetween, nextOpening } from '../calendar/index.js';
import type { Decision, Order } from '../domain/index.js';
import { AppError } from '../domain/index.js';
import { isPolicyRule, type PolicyDecision } from '../dialogue/rules.js';
import type {
  DialoguePolicy,
  EscalationSignals,
  QualityProblem,
  Remedy,
} from '../dialogue/index.js';
import {
  calendarOf,
  decideAddressChange,
  decideCancel,
  decideChange,
  decideEscalation,
  decideQualityRemedy,
  decideRefund,
  decideReturn,
  effectivePolicy,
  estimateShipWindow,
  factsFromOrder,
  limitToMinor,
  type Policy,
  type ResolvedPolicy,
} from '../policy/index.js';
import type { VoiceSettings } from '../voice/index.js';

/** Words that signal a payment dispute, a sensitive context or a dispute about materials, in the six languages. */
const chargebackRe =
  /chargeback|dispute|disputa|contracargo|litige|r[ée]trofacturation|r[üu]ckbuchung|widerspruch|storno|contestazione|estorno|contesta[çc][ãa]o/i;
const sensitiveRe =
  /funeral|passed away|memorial|in memory|died|grief|funeral|falleci|luto|fun[ée]railles|d[ée]c[ée]d[ée]|obs[èe]ques|beerdigung|verstorben|trauer|funerale|scomparso|lutto|vel[óo]rio|faleceu|morreu/i;
const authenticityRe =
  /not real (silver|gold)|fake|counterfeit|not authentic|falso|falsificado|contrefa[çc]on|faux|gef[äa]lscht|unecht|contraffatto|falsifica/i;

/** A decision of the policy, with its rule id checked against the policy's own table. */
function ruled(d: Decision): PolicyDecision {
  if (!isPolicyRule(d.rule))
    throw new AppError('internal', `The policy returned an unknown rule id: ${d.rule}`);
  return { ...d, rule: d.rule };
}

/** The policy for the order's item (or its first item); effectivePolicy keeps each seller/product type resolved once. */
function resolvedFor(policy: Policy, order: Order, sku?: string): ResolvedPolicy {
  const item = (sku ? order.items.find((i) => i.sku === sku) : undefined) ?? order.items[0];
  return effectivePolicy(policy, { sellerId: item?.sellerId, productType: item?.productType });
}

function toPolicyProblem(p: QualityProblem): 'damaged' | 'wrong' | 'missing' {
  return p;
}

/** Ship windows depend on the order and the shop's local date only; local midnight falls on a quarter hour in every zone. */
const quarterHour = 15 * 60_000;

/** The policy module seen through the dialogue's port: facts are built here from the order snapshot. */
export function createPolicyPort(policy: Policy): DialoguePolicy {
  // Business-day maths is the costliest part of a status turn; the same order asks for it twice.
  const windows = new Map<string, ReturnType<typeof estimateShipWindow>>();
  const windowOf = (order: Order, now: Date): ReturnType<typeof estimateShipWindow> => {
    const key = [
      order.id,
      order.createdAt,
      order.stage,
      order.stageUpdatedAt ?? '',
      order.delayed ? 1 : 0,
      order.items.map((i) => i.sellerId + '/' + (i.productType ?? '')).join(','),
      Math.floor(now.getTime() / quarterHour),
    ].join('|');
    let w = windows.get(key);
    if (!w) {
      w = estimateShipWindow(factsFromOrder(order), policy, now);
      if (windows.size >= 1000) windows.delete(windows.keys().next().value ?? '');
      windows.set(key, w);
    }
    return w;
  };
  const v = policy.shop.voice;
  const voice: VoiceSettings = {
    assistantName: v.assistantName,
    greeting: v.greeting,
    signOff: v.signOff,
    formality: v.formality,
    emoji: v.emoji,
    avoidWords: v.avoidWords,
  };
  return {
    shop: {
      name: policy.shop.name,
      timeZone: policy.shop.timeZone,
      voice,
      stages: policy.pipeline.stages.map((s) => ({ id: s.id, label: s.label })),
    },
    leadTime: (order) => resolvedFor(policy, order).leadTime,
    shipWindow(order, now) {
      if (order.fulfillment.status !== 'unfulfilled' || order.cancelledAt) return null;
      const w = windowOf(order, now);
      // Once the workshop marked the order delayed with a new date, that date ends the window.
      if (
        order.delayed &&
        order.expectedShipDate !== undefined &&
        order.expectedShipDate > w.start
      ) {
        const max = businessDaysBetween(
          w.today,
          order.expectedShipDate,
          calendarOf(resolvedFor(policy, order)),
        );
        return {
          start: w.start,
          end: order.expectedShipDate,
          businessDaysLeft: {
            min: w.businessDaysLeft.min,
            max: Math.max(w.businessDaysLeft.min + 1, max),
          },
        };
      }
      return { start: w.start, end: w.end, businessDaysLeft: w.businessDaysLeft };
    },
    businessDaysLate(order, now) {
      if (order.fulfillment.status !== 'unfulfilled') return 0;
      return windowOf(order, now).businessDaysLate;
    },
    delayThresholdBusinessDays: (order) =>
      resolvedFor(policy, order).escalation.delayThresholdBusinessDays ?? Number.POSITIVE_INFINITY,
    decideChange: (order, sku, field, now) =>
      ruled(decideChange({ ...factsFromOrder(order, sku), field }, policy, now)),
    decideAddressChange: (order, now) =>
      ruled(decideAddressChange(factsFromOrder(order), policy, now)),
    decideCancel: (order, now) => ruled(decideCancel(factsFromOrder(order), policy, now)),
    decideReturn: (order, skus, kind, now) =>
      ruled(decideReturn({ ...factsFromOrder(order, skus[0]), kind }, policy, now)),
    returnAlternatives: (order, sku) =>
      resolvedFor(policy, order, sku).returns.alternatives.filter(
        (a) => a !== 'exchange' && a !== 'gift_note',
      ),
    returnShippingPaidBy: (order, sku) =>
      resolvedFor(policy, order, sku).returns.buyerPaysShipping ? 'buyer' : 'shop',
    decideQuality: (order, problem, skus, hasEvidence, now) =>
      ruled(
        decideQualityRemedy(
          {
            ...factsFromOrder(order, skus[0]),
            problem: toPolicyProblem(problem),
            evidenceProvided: hasEvidence,
          },
          policy,
          now,
        ),
      ),
    evidenceRequired(order, problem, sku) {
      const q = resolvedFor(policy, order, sku).quality;
      return q.evidenceRequired && !q.evidenceNotNeededFor.includes(toPolicyProblem(problem));
    },
    remedies(order, _problem, sku) {
      const out = new Set<Remedy>();
      for (const r of resolvedFor(policy, order, sku).quality.remedies) {
        if (r === 'remake') out.add('remake');
        else if (r === 'refund' || r === 'partial_refund') out.add('refund');
      }
      return [...out];
    },
    decideRefund: (order, amountMinor, now) =>
      ruled(decideRefund({ ...factsFromOrder(order), amountMinor }, policy, now)),
    autoLimitMinor: (order) =>
      limitToMinor(
        (order ? resolvedFor(policy, order) : policy).refunds.autoLimit,
        order?.currency ?? policy.shop.currencyDefault ?? 'USD',
      ),
    decideEscalation(s: EscalationSignals) {
      const item = s.order?.items[0];
      const d = decideEscalation(
        {
          text: s.text,
          explicitRequest: s.explicitRequest,
          chargeback: chargebackRe.test(s.text),
          sensitiveContext: sensitiveRe.test(s.text),
          authenticityDispute: authenticityRe.test(s.text),
          missingEvidenceAfterAsk: s.missingEvidence === true,
          contactCount: s.sameProblemContacts,
          sentimentScores: s.sentimentScores,
          sellerId: item?.sellerId ?? null,
          productType: item?.productType ?? null,
        },
        policy,
      );
      return d.outcome === 'escalate' ? ruled(d) : null;
    },
    responseExpectation(now) {
      const o = nextOpening(now, calendarOf(policy), policy.shop.businessHours);
      return { openNow: o.openNow, nextOpenAt: o.at };
    },
  };
}
