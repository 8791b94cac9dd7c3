import { z } from 'zod';
import {
  isValidClockTime,
  isValidLocalDate,
  isValidTimeZone,
  weekdays,
} from '../calendar/index.js';
import { languages } from '../domain/order.js';
import { currencySchema } from '../domain/money.js';

/**
 * The policy file: the shop's whole configuration (apis.md, contracts.md §6). Every field has a
 * default, so `{}` is a valid policy and gives exactly the defaults of contracts.md §6. Objects are
 * strict: an unknown key is an error, because a misspelt key would otherwise silently do nothing.
 */

const stageId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a stage id in snake_case, such as "design"');
const nonNegativeInt = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .int('must be a whole number')
    .min(0, 'must not be negative');

/** A decimal amount in the order's currency, written 75 or "75.00"; kept as a canonical string. */
export const decimalLimitSchema = z
  .union([z.number(), z.string()], { error: 'must be an amount such as 75 or "75.00"' })
  .transform((v, ctx) => {
    const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'NaN') : v.trim();
    if (/^-/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      return z.NEVER;
    }
    if (!/^\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not an amount such as 75 or "75.00"` });
      return z.NEVER;
    }
    return text;
  });

export const voiceDefaults = {
  assistantName: 'Makerdesk',
  greeting: 'Hi there! Thanks for getting in touch.',
  signOff: 'Warmly, the studio team',
  formality: 'informal' as const,
  emoji: false,
  avoidWords: [] as string[],
};

const voiceSchema = z.strictObject({
  assistantName: z.string().trim().min(1).max(60).default(voiceDefaults.assistantName),
  greeting: z.string().max(300).default(voiceDefaults.greeting),
  signOff: z.string().max(300).default(voiceDefaults.signOff),
  formality: z.enum(['informal', 'formal']).default(voiceDefaults.formality),
  emoji: z.boolean().default(voiceDefaults.emoji),
  avoidWords: z.array(z.string().min(1)).default([]),
});

const businessHoursSchema = z
  .strictObject({
    open: z
      .string()
      .refine(isValidClockTime, 'must be a time "HH:MM" such as "09:00"')
      .default('09:00'),
    close: z
      .string()
      .refine(isValidClockTime, 'must be a time "HH:MM" such as "17:00"')
      .default('17:00'),
  })
  .refine((h) => h.open < h.close, { message: 'open must be before close', path: ['close'] });

const shopSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).default('Our shop'),
  timeZone: z
    .string()
    .refine(
      isValidTimeZone,
      'is not a known IANA time zone such as "Europe/Lisbon" or "America/New_York"',
    )
    .default('UTC'),
  holidays: z
    .array(
      z
        .string()
        .refine(isValidLocalDate, 'must be a real date written YYYY-MM-DD, such as "2026-12-25"'),
    )
    .default([]),
  businessDays: z
    .array(z.enum(weekdays, { error: `must be one of ${weekdays.join(', ')}` }))
    .min(1, 'must name at least one day')
    .default(['mon', 'tue', 'wed', 'thu', 'fri']),
  businessHours: businessHoursSchema.prefault({}),
  currencyDefault: currencySchema.optional(),
  voice: voiceSchema.prefault({}),
});

const stageSchema = z.strictObject({
  id: stageId,
  label: z.string().trim().min(1).max(100),
  lockPersonalization: z.boolean().default(false),
  typicalBusinessDays: nonNegativeInt('business days').default(1),
});

export const defaultStages = [
  { id: 'received', label: 'Order received', lockPersonalization: false, typicalBusinessDays: 1 },
  { id: 'design', label: 'Design and layout', lockPersonalization: false, typicalBusinessDays: 2 },
  { id: 'making', label: 'Making', lockPersonalization: true, typicalBusinessDays: 5 },
  { id: 'finishing', label: 'Finishing', lockPersonalization: true, typicalBusinessDays: 2 },
  {
    id: 'quality_check',
    label: 'Final quality check',
    lockPersonalization: true,
    typicalBusinessDays: 1,
  },
  {
    id: 'ready_to_ship',
    label: 'Packed and ready to ship',
    lockPersonalization: true,
    typicalBusinessDays: 1,
  },
];

const pipelineSchema = z
  .strictObject({ stages: z.array(stageSchema).min(1, 'must list at least one stage') })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.stages.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'id'],
          message: `stage id "${s.id}" appears twice`,
        });
      seen.add(s.id);
    });
  });

const leadTimeFields = {
  minBusinessDays: nonNegativeInt('business days'),
  maxBusinessDays: nonNegativeInt('business days'),
};

const cancellationFields = {
  /** Stages in which an order may still be cancelled with a full refund. */
  allowedStages: z.array(stageId),
  /** Whether cancelling also needs the change window to be open (contracts.md §6: yes). */
  requireChangeWindow: z.boolean(),
  /** After that: refuse (a person may grant an exception) or cancel for a fee. */
  afterwards: z.enum(['refuse', 'fee']),
  /** Fee as a percentage of what is left to refund, when `afterwards` is "fee". */
  feePercent: z.number().min(0, 'must not be negative').max(100, 'must be at most 100'),
};

const addressChangeFields = {
  /** Stage from which the address is locked even before shipping (e.g. label printed); null: only shipping locks it. */
  lockedFromStage: stageId.nullable(),
};

const alternatives = [
  'resize',
  'repair',
  'store_credit',
  'exchange',
  'engrave_again',
  'gift_note',
] as const;
const returnsFields = {
  windowDays: nonNegativeInt('days'),
  buyerPaysShipping: z.boolean(),
  personalizedReturnable: z.boolean(),
  finalSaleReturnable: z.boolean(),
  exchangesAllowed: z.boolean(),
  alternatives: z.array(
    z.enum(alternatives, { error: `must be one of ${alternatives.join(', ')}` }),
  ),
};

export const qualityProblems = ['damaged', 'wrong', 'misspelled', 'defect', 'missing'] as const;
export type QualityProblem = (typeof qualityProblems)[number];
const remedies = ['remake', 'refund', 'partial_refund', 'store_credit'] as const;
export type Remedy = (typeof remedies)[number];
const qualityFields = {
  evidenceRequired: z.boolean(),
  /** Problems for which a photo is not needed (a missing piece can't be photographed). */
  evidenceNotNeededFor: z.array(
    z.enum(qualityProblems, { error: `must be one of ${qualityProblems.join(', ')}` }),
  ),
  remedies: z
    .array(z.enum(remedies, { error: `must be one of ${remedies.join(', ')}` }))
    .min(1, 'must offer at least one remedy'),
  /** Days after delivery within which a problem can be reported; null: no limit. */
  reportWindowDays: nonNegativeInt('days').nullable(),
};

const refundsFields = {
  /** Refunds on one order up to this total (order currency) run at once; above it a person approves. */
  autoLimit: decimalLimitSchema,
};

const safetyWordsSchema = z.partialRecord(
  z.enum(languages, { error: `must be a language code: ${languages.join(', ')}` }),
  z.array(z.string().trim().min(2)),
);
const escalationFields = {
  explicitRequest: z.boolean(),
  chargeback: z.boolean(),
  fraud: z.boolean(),
  safety: z.boolean(),
  sensitiveContext: z.boolean(),
  policyException: z.boolean(),
  authenticityDispute: z.boolean(),
  missingEvidenceAfterAsk: z.boolean(),
  /** Escalate on this contact about the same problem (3 = the third); null: never. */
  repeatContactThreshold: z.number().int().min(2, 'must be at least 2').nullable(),
  /** Consecutive strongly negative messages that escalate; null: never. */
  negativeSentimentStreak: z.number().int().min(1, 'must be at least 1').nullable(),
  /** Sentiment score (-1..1) at or below which a message counts as strongly negative. */
  negativeSentimentScore: z
    .number()
    .min(-1, 'must be between -1 and 1')
    .max(1, 'must be between -1 and 1'),
  refundAboveLimit: z.boolean(),
  /** Business days past the planned ship window after which a person is offered; null: never. */
  delayThresholdBusinessDays: nonNegativeInt('business days').nullable(),
  /** A damaged or wrong personalised item worth more than this goes to a person; null: never. */
  bespokeDamageValue: decimalLimitSchema.nullable(),
  safetyWords: safetyWordsSchema,
};

export const defaultSafetyWords: Record<(typeof languages)[number], string[]> = {
  en: [
    'allergic',
    'allergy',
    'rash',
    'burn',
    'burned',
    'injury',
    'injured',
    'cut myself',
    'bleeding',
    'choking',
    'swallowed',
    'toxic',
    'poison',
    'lead paint',
    'hospital',
    'unsafe',
    'dangerous',
  ],
  es: [
    'alergia',
    'alérgica',
    'alérgico',
    'quemadura',
    'herida',
    'sangre',
    'atragant',
    'tragó',
    'tóxico',
    'veneno',
    'hospital',
    'peligroso',
  ],
  fr: [
    'allergie',
    'allergique',
    'brûlure',
    'blessure',
    'blessé',
    'saigne',
    'étouff',
    'avalé',
    'toxique',
    'poison',
    'hôpital',
    'dangereux',
  ],
  de: [
    'allergie',
    'allergisch',
    'verbrennung',
    'verletzung',
    'verletzt',
    'blutet',
    'erstick',
    'verschluckt',
    'giftig',
    'krankenhaus',
    'gefährlich',
  ],
  it: [
    'allergia',
    'allergico',
    'allergica',
    'ustione',
    'ferita',
    'sanguina',
    'soffoc',
    'ingoiato',
    'tossico',
    'veleno',
    'ospedale',
    'pericoloso',
  ],
  pt: [
    'alergia',
    'alérgico',
    'alérgica',
    'queimadura',
    'ferida',
    'sangr',
    'engasg',
    'engoliu',
    'tóxico',
    'veneno',
    'hospital',
    'perigoso',
  ],
};

/** The defaults of contracts.md §6, section by section. */
export const defaultRules = {
  leadTime: { minBusinessDays: 7, maxBusinessDays: 14 },
  changeWindowHours: 24,
  cancellation: {
    allowedStages: ['received', 'design'],
    requireChangeWindow: true,
    afterwards: 'refuse' as const,
    feePercent: 0,
  },
  addressChange: { lockedFromStage: null },
  returns: {
    windowDays: 30,
    buyerPaysShipping: true,
    personalizedReturnable: false,
    finalSaleReturnable: false,
    exchangesAllowed: true,
    alternatives: [] as (typeof alternatives)[number][],
  },
  quality: {
    evidenceRequired: true,
    evidenceNotNeededFor: ['missing'] as QualityProblem[],
    remedies: ['remake', 'refund'] as Remedy[],
    reportWindowDays: null,
  },
  refunds: { autoLimit: '75.00' },
  escalation: {
    explicitRequest: true,
    chargeback: true,
    fraud: true,
    safety: true,
    sensitiveContext: true,
    policyException: true,
    authenticityDispute: true,
    missingEvidenceAfterAsk: true,
    repeatContactThreshold: 3,
    negativeSentimentStreak: 2,
    negativeSentimentScore: -0.5,
    refundAboveLimit: true,
    delayThresholdBusinessDays: 3,
    bespokeDamageValue: null,
    safetyWords: defaultSafetyWords,
  },
};

type Fields = Record<string, z.ZodType>;
// Inside a section every field has its default, so a file may set just one of them.
const withDefaults = <F extends Fields>(fields: F, defaults: { [K in keyof F]: z.input<F[K]> }) => {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([k, schema]) => [
      k,
      schema.default(defaults[k as keyof F] as never),
    ]),
  ) as { [K in keyof F]: z.ZodDefault<F[K]> };
  return z.strictObject(shape).prefault({} as never);
};

const rulesShape = {
  leadTime: withDefaults(leadTimeFields, defaultRules.leadTime),
  changeWindowHours: nonNegativeInt('hours').default(defaultRules.changeWindowHours),
  cancellation: withDefaults(cancellationFields, defaultRules.cancellation),
  addressChange: withDefaults(addressChangeFields, defaultRules.addressChange),
  returns: withDefaults(returnsFields, defaultRules.returns),
  quality: withDefaults(qualityFields, defaultRules.quality),
  refunds: withDefaults(refundsFields, defaultRules.refunds),
  escalation: withDefaults(escalationFields, defaultRules.escalation),
};

/** Overrides name only what differs; missing fields come from the level below. */
const partialSection = <F extends Fields>(fields: F) => z.strictObject(fields).partial().optional();

export const overrideSchema = z.strictObject({
  /** Stage from which personalisation is locked for this seller/product type (overrides the pipeline flags). */
  lockPersonalizationFrom: stageId.optional(),
  leadTime: partialSection(leadTimeFields),
  changeWindowHours: nonNegativeInt('hours').optional(),
  cancellation: partialSection(cancellationFields),
  addressChange: partialSection(addressChangeFields),
  returns: partialSection(returnsFields),
  quality: partialSection(qualityFields),
  refunds: partialSection(refundsFields),
  escalation: partialSection(escalationFields),
  /** A label for replies, e.g. "Luna Studio". */
  displayName: z.string().trim().min(1).max(100).optional(),
});
export type PolicyOverride = z.infer<typeof overrideSchema>;

const overrideKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id of letters, digits, "-" or "_"');

export const policySchema = z
  .strictObject({
    version: z.literal(1, { error: 'must be 1 (the only policy file version so far)' }).default(1),
    shop: shopSchema.prefault({}),
    pipeline: pipelineSchema.default({ stages: defaultStages }),
    ...rulesShape,
    sellers: z.record(overrideKey, overrideSchema).default({}),
    productTypes: z.record(overrideKey, overrideSchema).default({}),
  })
  .superRefine((p, ctx) => {
    for (const issue of crossFieldIssues(p))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that span sections: stage ids named anywhere must exist in the pipeline, and lead-time
 * bounds must be ordered. Works on raw input too, so a file with other errors still gets these.
 */
export function crossFieldIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!isRecord(raw)) return issues;
  const pipeline = raw['pipeline'];
  const rawStages =
    isRecord(pipeline) && Array.isArray(pipeline['stages']) ? pipeline['stages'] : defaultStages;
  const ids = new Set(
    rawStages.flatMap((s: unknown) =>
      isRecord(s) && typeof s['id'] === 'string' ? [s['id']] : [],
    ),
  );
  const known = [...ids].join(', ');
  // An empty or broken pipeline is reported on its own; don't pile every stage reference on top.
  if (ids.size === 0) return issues;
  const checkStage = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string' && !ids.has(value)) {
      issues.push({ path, message: `unknown stage id "${value}"; the pipeline has: ${known}` });
    }
  };
  const checkRules = (r: unknown, base: (string | number)[]): void => {
    if (!isRecord(r)) return;
    const c = r['cancellation'];
    if (isRecord(c) && Array.isArray(c['allowedStages'])) {
      c['allowedStages'].forEach((s: unknown, i: number) =>
        checkStage(s, [...base, 'cancellation', 'allowedStages', i]),
      );
    }
    const a = r['addressChange'];
    if (isRecord(a))
      checkStage(a['lockedFromStage'], [...base, 'addressChange', 'lockedFromStage']);
    checkStage(r['lockPersonalizationFrom'], [...base, 'lockPersonalizationFrom']);
    const lt = r['leadTime'];
    if (
      isRecord(lt) &&
      typeof lt['minBusinessDays'] === 'number' &&
      typeof lt['maxBusinessDays'] === 'number' &&
      lt['minBusinessDays'] > lt['maxBusinessDays']
    ) {
      issues.push({
        path: [...base, 'leadTime', 'maxBusinessDays'],
        message: 'must be at least leadTime.minBusinessDays',
      });
    }
  };
  checkRules(raw, []);
  for (const group of ['sellers', 'productTypes'] as const) {
    const overrides = raw[group];
    if (isRecord(overrides))
      for (const [id, o] of Object.entries(overrides)) checkRules(o, [group, id]);
  }
  return issues;
}

/** A validated policy with every default filled in. */
export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type Stage = Policy['pipeline']['stages'][number];

/** The defaults of contracts.md §6: what a shop gets before configuring anything. */
export const defaultPolicy: Policy = policySchema.parse({});
