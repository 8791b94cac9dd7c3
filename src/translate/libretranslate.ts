import { languages, type Language } from '../domain/order.js';
import { describe } from './apertium.js';
import type { LanguagePair, Translation, Translator } from './translator.js';

export type LibreTranslateOptions = {
  /** Base URL of a LibreTranslate-compatible service, e.g. `http://127.0.0.1:5000`. */
  url: string;
  apiKey?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

const ours = new Set<string>(languages);

/** Adapter for LibreTranslate-compatible services (`GET /languages`, `POST /translate`). */
export function libreTranslateTranslator(options: LibreTranslateOptions): Translator {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? fetch;

  async function pairs(): Promise<LanguagePair[]> {
    const res = await doFetch(`${base}/languages`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`languages answered ${res.status}`);
    const body = (await res.json()) as { code?: unknown; targets?: unknown }[];
    const out: LanguagePair[] = [];
    for (const l of Array.isArray(body) ? body : []) {
      if (typeof l.code !== 'string' || !ours.has(l.code)) continue;
      const targets = Array.isArray(l.targets) ? l.targets : languages;
      for (const t of targets) {
        if (typeof t === 'string' && ours.has(t) && t !== l.code)
          out.push({ from: l.code as Language, to: t as Language });
      }
    }
    return out;
  }

  return {
    name: 'libretranslate',
    pairs,
    async translate(text, from, to): Promise<Translation> {
      if (from === to || text.trim() === '') return { text, engine: 'libretranslate' };
      try {
        const res = await doFetch(`${base}/translate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            q: text,
            source: from,
            target: to,
            format: 'text',
            ...(options.apiKey ? { api_key: options.apiKey } : {}),
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const json = (await res.json().catch(() => ({}))) as {
          translatedText?: unknown;
          error?: unknown;
        };
        if (!res.ok) {
          const detail = typeof json.error === 'string' ? `: ${json.error.slice(0, 200)}` : '';
          return {
            untranslated: true,
            reason: `The translation service refused ${from}→${to} (HTTP ${res.status}${detail}).`,
          };
        }
        if (typeof json.translatedText !== 'string') {
          return {
            untranslated: true,
            reason: 'The translation service answered without a translation.',
          };
        }
        return { text: json.translatedText, engine: 'libretranslate' };
      } catch (e: unknown) {
        return {
          untranslated: true,
          reason: `The translation service is not answering (${describe(e)}).`,
        };
      }
    },
  };
}
