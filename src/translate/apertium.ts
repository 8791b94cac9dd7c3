import { languages, type Language } from '../domain/order.js';
import type { LanguagePair, Translation, Translator } from './translator.js';

/** ISO 639-1 (ours) ⇄ ISO 639-3 (Apertium's mode names). */
const toApy: Record<Language, string> = {
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  de: 'deu',
  it: 'ita',
  pt: 'por',
};
const fromApy = new Map<string, Language>(languages.map((l) => [toApy[l], l]));
// Apertium's own older two-letter names (fr-es, es-pt) appear in some installs' listPairs.
for (const l of languages) fromApy.set(l, l);

/** Apertium's pivot language: Debian ships eng-spa, fr-es and es-pt, all through Spanish. */
const pivotLanguage: Language = 'es';

export type ApertiumOptions = {
  /** Base URL of apertium-apy, e.g. `http://127.0.0.1:2737`. */
  url: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/** Adapter for Apertium APY (`GET /listPairs`, `POST /translate`). */
export function apertiumTranslator(options: ApertiumOptions): Translator {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  let cachedPairs: Promise<LanguagePair[]> | null = null;

  async function loadPairs(): Promise<LanguagePair[]> {
    const res = await doFetch(`${base}/listPairs`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`listPairs answered ${res.status}`);
    const body = (await res.json()) as {
      responseData?: { sourceLanguage?: unknown; targetLanguage?: unknown }[];
    };
    const out: LanguagePair[] = [];
    for (const p of body.responseData ?? []) {
      const from = typeof p.sourceLanguage === 'string' ? fromApy.get(p.sourceLanguage) : undefined;
      const to = typeof p.targetLanguage === 'string' ? fromApy.get(p.targetLanguage) : undefined;
      if (from && to && !out.some((q) => q.from === from && q.to === to)) out.push({ from, to });
    }
    return out;
  }

  function pairs(): Promise<LanguagePair[]> {
    if (!cachedPairs) {
      cachedPairs = loadPairs();
      // A failed look-up is not remembered: the engine may come up later.
      cachedPairs.catch(() => {
        cachedPairs = null;
      });
    }
    return cachedPairs;
  }

  async function translateDirect(text: string, from: Language, to: Language): Promise<string> {
    const body = new URLSearchParams({
      langpair: `${toApy[from]}|${toApy[to]}`,
      q: text,
      markUnknown: 'no',
    });
    const res = await doFetch(`${base}/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`translate answered ${res.status}`);
    const json = (await res.json()) as { responseData?: { translatedText?: unknown } };
    const translated = json.responseData?.translatedText;
    if (typeof translated !== 'string')
      throw new Error('translate answered without translatedText');
    return translated.trim();
  }

  return {
    name: 'apertium',
    pairs,
    async translate(text, from, to): Promise<Translation> {
      if (from === to) return { text, engine: 'apertium' };
      if (text.trim() === '') return { text, engine: 'apertium' };
      try {
        const available = await pairs();
        const has = (a: Language, b: Language) => available.some((p) => p.from === a && p.to === b);
        if (has(from, to))
          return { text: await translateDirect(text, from, to), engine: 'apertium' };
        if (
          from !== pivotLanguage &&
          to !== pivotLanguage &&
          has(from, pivotLanguage) &&
          has(pivotLanguage, to)
        ) {
          const middle = await translateDirect(text, from, pivotLanguage);
          return {
            text: await translateDirect(middle, pivotLanguage, to),
            engine: 'apertium',
            pivot: pivotLanguage,
          };
        }
        return {
          untranslated: true,
          reason: `Apertium has no ${from}→${to} pair installed (not even through Spanish).`,
        };
      } catch (e: unknown) {
        return { untranslated: true, reason: `Apertium is not answering (${describe(e)}).` };
      }
    },
  };
}

export function describe(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
    const cause = (e as { cause?: { code?: unknown } }).cause;
    if (cause && typeof cause.code === 'string') return cause.code;
    return e.message;
  }
  return String(e);
}
