import type { Language } from '../../domain/index.js';
import { en, type Catalogue, type MessageId } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Catalogue, MessageId } from './en.js';

/** One catalogue per language, all with the keys of `en`. */
export const catalogues: Record<Language, Catalogue> = { en, es, fr, de: en, it: en, pt: en };

/** Formal-register overrides per language (only the keys that differ). */
export const formalCatalogues: Partial<Record<Language, Partial<Record<MessageId, string>>>> = {};

export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}
