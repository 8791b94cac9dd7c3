import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFingerprint, findCorpusDir, loadCorpus } from './corpus-files.js';
import { deserialiseModel, trainNluModel, type NluModel } from './model.js';

/** File name of the model that `npm run build` writes next to the compiled NLU (dist/src/nlu/). */
export const modelFileName = 'nlu-model.bin';

/** Where a built model may be: next to this module (dist), or in dist/ when running the sources. */
function candidatePaths(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, modelFileName), join(here, '..', '..', 'dist', 'src', 'nlu', modelFileName)];
}

let cached: NluModel | undefined;

/**
 * The model built by `npm run build` when it was trained on the corpus as it is now (a hash
 * of the corpus files is compared), otherwise a model trained from the corpus now. Cached per process.
 */
export function defaultModel(): NluModel {
  if (cached) return cached;
  const dir = findCorpusDir();
  const fingerprint = dir ? corpusFingerprint(dir) : null;
  for (const path of candidatePaths()) {
    if (!existsSync(path)) continue;
    const model = deserialiseModel(readFileSync(path));
    // Without the corpus (an installed package) the built model is all there is.
    if (model && (fingerprint === null || model.corpusFingerprint === fingerprint))
      return (cached = model);
  }
  if (!dir) throw new Error('NLU: no built model and no corpus to train one from');
  return (cached = {
    ...trainNluModel(loadCorpus(dir)),
    ...(fingerprint ? { corpusFingerprint: fingerprint } : {}),
  });
}
