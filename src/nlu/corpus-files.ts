import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../domain/errors.js';
import { isIntent, isLanguage, parseCorpusFile, type Corpus } from './corpus.js';

/**
 * A folder of src/nlu (`corpus`, `heldout`), found from this module's location both when
 * running the sources (src/nlu/) and the build (dist/src/nlu/ → ../../../src/nlu/<name>).
 */
function nluDataDir(name: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, name), join(here, '..', '..', '..', 'src', 'nlu', name)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The training corpus folder (src/nlu/corpus). */
export function corpusDir(): string {
  const dir = nluDataDir('corpus');
  if (!dir)
    throw new AppError(
      'internal',
      `NLU corpus not found next to ${dirname(fileURLToPath(import.meta.url))}`,
    );
  return dir;
}

/**
 * The held-out set (src/nlu/heldout/<lang>/<intent>.yaml, same format as the corpus): written
 * separately, in other hands and another style, and never trained on. `null` when absent.
 */
export function heldOutDir(): string | null {
  return nluDataDir('heldout');
}

/** Reads <dir>/<lang>/<intent>.yaml (the corpus by default); a bad file stops with its path and reason. */
export function loadCorpus(dir: string = corpusDir()): Corpus {
  const corpus: Corpus = {};
  for (const lang of readdirSync(dir).sort()) {
    if (!isLanguage(lang)) continue;
    const perLang: NonNullable<Corpus[typeof lang]> = {};
    for (const file of readdirSync(join(dir, lang)).sort()) {
      const name = file.replace(/\.ya?ml$/, '');
      if (name === file) continue;
      if (!isIntent(name))
        throw new AppError('validation_failed', `${lang}/${file}: "${name}" is not an intent id`);
      const parsed = parseCorpusFile(
        readFileSync(join(dir, lang, file), 'utf8'),
        `${lang}/${file}`,
      );
      if (!parsed.ok)
        throw new AppError(
          'validation_failed',
          parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        );
      perLang[name] = parsed.value;
    }
    corpus[lang] = perLang;
  }
  return corpus;
}

/** A hash of every corpus file (names and bytes): a built model records it, so a stale model is noticed. */
export function corpusFingerprint(dir: string = corpusDir()): string {
  const hash = createHash('sha256');
  for (const lang of readdirSync(dir).sort()) {
    if (!isLanguage(lang)) continue;
    for (const file of readdirSync(join(dir, lang)).sort()) {
      hash.update(`${lang}/${file}\n`);
      hash.update(readFileSync(join(dir, lang, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The corpus folder when it exists (a clone has it; an installed package may not). */
export function findCorpusDir(): string | null {
  try {
    return corpusDir();
  } catch {
    return null;
  }
}
