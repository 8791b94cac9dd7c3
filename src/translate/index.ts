import { AppError } from '../domain/errors.js';
import { apertiumTranslator } from './apertium.js';
import { libreTranslateTranslator } from './libretranslate.js';
import { noTranslator } from './none.js';
import type { Translator } from './translator.js';

export * from './translator.js';
export { apertiumTranslator } from './apertium.js';
export { libreTranslateTranslator } from './libretranslate.js';
export { noTranslator } from './none.js';

export const translatorKinds = ['apertium', 'libretranslate', 'none'] as const;
export type TranslatorKind = (typeof translatorKinds)[number];

export type TranslatorConfig = {
  kind?: string | undefined;
  url?: string | undefined;
  apiKey?: string | undefined;
};

/**
 * Picks the adapter from configuration (env MAKERDESK_TRANSLATOR, MAKERDESK_TRANSLATOR_URL,
 * MAKERDESK_TRANSLATOR_KEY). Without a kind: none.
 */
export function createTranslator(config: TranslatorConfig): Translator {
  const kind = config.kind?.trim() || 'none';
  switch (kind) {
    case 'none':
      return noTranslator();
    case 'apertium':
      return apertiumTranslator({ url: config.url?.trim() || 'http://127.0.0.1:2737' });
    case 'libretranslate':
      if (!config.url?.trim())
        throw new AppError(
          'bad_request',
          'MAKERDESK_TRANSLATOR_URL is required for libretranslate',
        );
      return libreTranslateTranslator({
        url: config.url.trim(),
        ...(config.apiKey ? { apiKey: config.apiKey } : {}),
      });
    default:
      throw new AppError(
        'bad_request',
        `MAKERDESK_TRANSLATOR must be one of ${translatorKinds.join(', ')}, not "${kind}"`,
      );
  }
}

/** Reads the translator configuration from the environment (composition root only). */
export function translatorFromEnv(env: NodeJS.ProcessEnv): Translator {
  return createTranslator({
    kind: env.MAKERDESK_TRANSLATOR,
    url: env.MAKERDESK_TRANSLATOR_URL,
    apiKey: env.MAKERDESK_TRANSLATOR_KEY,
  });
}
