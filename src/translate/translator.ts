import type { Language } from '../domain/order.js';

export type LanguagePair = { from: Language; to: Language };

export type Translation =
  | {
      text: string;
      /** Which engine produced it, e.g. `apertium` or `libretranslate`. */
      engine: string;
      /** Set when the engine had no direct pair and went through this language. */
      pivot?: Language;
    }
  | { untranslated: true; reason: string };

/**
 * The translation port the console uses for live translation (A4, R13). Adapters never throw for
 * engine trouble: a missing pair, a timeout or an error answer comes back as `untranslated` with a
 * reason a rep can read, so the console can show the original honestly.
 */
export interface Translator {
  readonly name: string;
  pairs(): Promise<LanguagePair[]>;
  translate(text: string, from: Language, to: Language): Promise<Translation>;
}

export function isTranslated(t: Translation): t is Extract<Translation, { text: string }> {
  return !('untranslated' in t);
}
