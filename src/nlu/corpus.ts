import { parse } from 'yaml';
import { intents, type Intent } from '../domain/conversation.js';
import { languages, type Language } from '../domain/languages.js';

/** Our own training corpus: utterances per language and intent. */
export type Corpus = Partial<Record<Language, Partial<Record<Intent, string[]>>>>;

export type LabelledUtterance = { text: string; lang: Language; intent: Intent };

export type CorpusIssue = { path: string; message: string };

/**
 * Flattens a corpus into labelled utterances (language by language, intent by intent).
 * The whole training corpus is trained on: evaluation uses the separately written held-out
 * set (src/nlu/heldout/), never lines of the same files.
 */
export function flattenCorpus(corpus: Corpus): LabelledUtterance[] {
  const out: LabelledUtterance[] = [];
  for (const lang of languages) {
    for (const intent of intents) {
      for (const text of corpus[lang]?.[intent] ?? []) out.push({ text, lang, intent });
    }
  }
  return out;
}

/** Parses one corpus file (a YAML list of strings). */
export function parseCorpusFile(
  text: string,
  path: string,
): { ok: true; value: string[] } | { ok: false; issues: CorpusIssue[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e: unknown) {
    return { ok: false, issues: [{ path, message: e instanceof Error ? e.message : String(e) }] };
  }
  if (!Array.isArray(data))
    return { ok: false, issues: [{ path, message: 'must be a YAML list of utterances' }] };
  const issues: CorpusIssue[] = [];
  const out: string[] = [];
  data.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else issues.push({ path: `${path}[${i}]`, message: 'must be a non-empty string' });
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

export function isIntent(value: string): value is Intent {
  return (intents as readonly string[]).includes(value);
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
