import type { Language } from '../domain/index.js';
import { readAnswer, readOrdinal } from './acts/index.js';

/** A yes/no answer inside a flow ("yes please", "nope", "sí, claro", "hmm actually no, don't"); null when it is neither. */
export function detectAffirm(text: string, lang: Language): 'yes' | 'no' | null {
  return readAnswer(text, lang);
}

/** Which of a listed set the customer picks ("the second one", "la deuxième", "2"); -1 means "the last". */
export function detectOrdinal(text: string, lang: Language): number | null {
  return readOrdinal(text, lang);
}
