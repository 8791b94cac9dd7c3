import type { Intent, Language } from '../domain/index.js';
import { intents, languages } from '../domain/index.js';
import type { Remedy } from './types.js';

/** Plain choices that carry no data. */
export const plainChoices = [
  'yes',
  'no',
  'person',
  'done',
  'menu',
  'resume',
  'resume_no',
  'cancel_flow',
  'nophoto',
  'skip',
  'order:this',
  'order:other',
] as const;
export type PlainChoice = (typeof plainChoices)[number];

/**
 * The value behind a quick reply, as stored in the offer of a turn. Built only with the encoders
 * below and read only with `decodeChoice`, so every flow sees the same typed shape.
 */
export type ChoiceValue =
  | PlainChoice
  | `intent:${Intent}`
  | `lang:${Language}`
  | `csat:${number}`
  | `sku:${string}`
  | `field:${string}`
  | `kind:${'return' | 'exchange'}`
  | `alt:${string}`
  | `remedy:${Remedy}`;

/** A decoded choice. */
export type Choice =
  | { kind: PlainChoice }
  | { kind: 'intent'; intent: Intent }
  | { kind: 'lang'; lang: Language }
  | { kind: 'csat'; score: number }
  | { kind: 'sku'; sku: string }
  | { kind: 'field'; field: string }
  | { kind: 'return_kind'; returnKind: 'return' | 'exchange' }
  | { kind: 'alt'; alt: string }
  | { kind: 'remedy'; remedy: Remedy };

export const intentChoice = (i: Intent): ChoiceValue => `intent:${i}`;
export const langChoice = (l: Language): ChoiceValue => `lang:${l}`;
export const csatScore = (n: number): ChoiceValue => `csat:${n}`;
export const skuChoice = (sku: string): ChoiceValue => `sku:${sku}`;
export const fieldChoice = (f: string): ChoiceValue => `field:${f}`;
export const altChoice = (a: string): ChoiceValue => `alt:${a}`;

/** Reads a stored choice value back; null for anything this version does not know. */
export function decodeChoice(v: string | null | undefined): Choice | null {
  if (!v) return null;
  if ((plainChoices as readonly string[]).includes(v)) return { kind: v as PlainChoice };
  const i = v.indexOf(':');
  if (i < 0) return null;
  const head = v.slice(0, i);
  const rest = v.slice(i + 1);
  switch (head) {
    case 'intent':
      return (intents as readonly string[]).includes(rest)
        ? { kind: 'intent', intent: rest as Intent }
        : null;
    case 'lang':
      return (languages as readonly string[]).includes(rest)
        ? { kind: 'lang', lang: rest as Language }
        : null;
    case 'csat': {
      const n = Number(rest);
      return Number.isInteger(n) && n >= 1 && n <= 5 ? { kind: 'csat', score: n } : null;
    }
    case 'sku':
      return rest ? { kind: 'sku', sku: rest } : null;
    case 'field':
      return rest ? { kind: 'field', field: rest } : null;
    case 'kind':
      return rest === 'return' || rest === 'exchange'
        ? { kind: 'return_kind', returnKind: rest }
        : null;
    case 'alt':
      return rest ? { kind: 'alt', alt: rest } : null;
    case 'remedy':
      return rest === 'remake' || rest === 'refund' ? { kind: 'remedy', remedy: rest } : null;
    default:
      return null;
  }
}
