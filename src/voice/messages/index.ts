import type { Language } from '../../domain/index.js';
import { de } from './de.js';
import { deDu } from './de-du.js';
import { en, type Catalogue, type MessageId } from './en.js';
import { es } from './es.js';
import { esFormal } from './es-formal.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';

export type { Catalogue, MessageId } from './en.js';

/** One catalogue per language, all with the keys of `en` (voice.test.ts checks keys and ICU syntax). */
export const catalogues: Record<Language, Catalogue> = { en, es, fr, de, it, pt };

/**
 * Formal-register overrides per language (only the keys that differ). French and German are
 * written with vous/Sie already; Spanish has a full usted set.
 */
export const formalCatalogues: Partial<Record<Language, Partial<Record<MessageId, string>>>> = {
  es: esFormal,
};

/**
 * Familiar-register overrides for a customer who writes that way (German du), only the keys that
 * differ; the shop's own register stays for everything else.
 */
export const familiarCatalogues: Partial<Record<Language, Partial<Record<MessageId, string>>>> = {
  de: deDu,
};

export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}
