// Trains the NLU from src/nlu/corpus at build time and writes dist/src/nlu/nlu-model.bin,
// so that `createNlu()` loads in milliseconds instead of training on every start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusFingerprint, loadCorpus } from '../src/nlu/corpus-files.js';
import { serialiseModel, trainNluModel } from '../src/nlu/model.js';
import { modelFileName } from '../src/nlu/model-file.js';

const started = performance.now();
const dir = corpusDir();
const model = { ...trainNluModel(loadCorpus(dir)), corpusFingerprint: corpusFingerprint(dir) };
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'nlu', modelFileName);
mkdirSync(dirname(out), { recursive: true });
const bytes = serialiseModel(model);
writeFileSync(out, bytes);
console.log(
  `nlu model: ${model.trainedOn} utterances, ${model.intent.index.size} features, temperature ${model.intent.temperature.toFixed(3)}, ` +
    `${(bytes.length / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms → ${out}`,
);
