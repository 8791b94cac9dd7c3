import type { Translator } from './translator.js';

/** The translator for shops that run without one: everything stays in its original language. */
export function noTranslator(): Translator {
  return {
    name: 'none',
    pairs: () => Promise.resolve([]),
    translate: (text, from, to) =>
      Promise.resolve(
        from === to
          ? { text, engine: 'none' }
          : {
              untranslated: true,
              reason: 'No translation engine is configured (MAKERDESK_TRANSLATOR=none).',
            },
      ),
  };
}
