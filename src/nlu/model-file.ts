import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus-files.js';
import { deserialiseModel, trainNluModel, type NluModel } from './model.js';

/** File name of the model that `npm run build` writes next to the compiled NLU (dist/src/nlu/). */
export const modelFileName = 'nlu-model.json';

export function builtModelPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), modelFileName);
}

let cached: NluModel | undefined;

/**
 * The model built by `npm run build` when present (loads in tens of milliseconds), otherwise
 * trained from the corpus now (when running the sources, e.g. under vitest). Cached per process.
 */
export function defaultModel(): NluModel {
  if (cached) return cached;
  const path = builtModelPath();
  if (existsSync(path)) {
    const model = deserialiseModel(readFileSync(path, 'utf8'));
    if (model) return (cached = model);
  }
  return (cached = trainNluModel(loadCorpus()));
}
