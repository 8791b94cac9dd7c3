// NLU benchmark: model load, understand() and classification latency (p50/p99), and
// `makerdesk classify` end to end on 10,000 JSON lines including Node start-up.
// Prints figures; never fails on timing (the machine may be shared). Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldOutDir, loadCorpus } from '../src/nlu/corpus-files.js';
import { flattenCorpus } from '../src/nlu/corpus.js';
import { createFeatureScorer } from '../src/nlu/features.js';
import { softmax } from '../src/nlu/linear-model.js';
import { defaultModel } from '../src/nlu/model-file.js';
import { createNluFromModel } from '../src/nlu/understand.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function timeEach(
  texts: string[],
  n: number,
  fn: (text: string) => unknown,
): { p50: number; p99: number; mean: number } {
  for (let i = 0; i < 2000; i++) fn(texts[i % texts.length] as string); // warm up the JIT and chrono
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length] as string;
    const start = performance.now();
    fn(text);
    times.push(performance.now() - start);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), mean };
}

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;

let start = performance.now();
const model = defaultModel();
const loadMs = performance.now() - start;
const nlu = createNluFromModel({ model });
const heldDir = heldOutDir();
const heldOut = heldDir ? flattenCorpus(loadCorpus(heldDir)) : [];
const texts = (heldOut.length ? heldOut : flattenCorpus(loadCorpus())).map((u) => u.text);
console.log(
  `model: ${model.trainedOn} training utterances, ${model.intent.index.size} features; loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(
  `messages: ${texts.length} ${heldOut.length ? 'held-out' : 'corpus'} utterances in six languages, cycled`,
);

const score = createFeatureScorer(model.intent);
const classify = timeEach(texts, 50_000, (t) => softmax(score(t), model.intent.temperature));
console.log(
  `intent classification:     p50 ${fmt(classify.p50)}  p99 ${fmt(classify.p99)}  mean ${fmt(classify.mean)}`,
);
const now = new Date('2026-11-20T12:00:00Z');
const full = timeEach(texts, 50_000, (t) => nlu.understand(t, { now }));
console.log(
  `understand() (all parts):  p50 ${fmt(full.p50)}  p99 ${fmt(full.p99)}  mean ${fmt(full.mean)}`,
);
// Long chatty openings of about 2,000 characters: greeting, name, backstory, then requests.
const openingParts = [
  'Hi there! ',
  'My name is Maren Holt. ',
  'Hope you are having a good week. ',
  'I ordered a personalised cutting board from you back in October for my parents, who are celebrating forty years together this winter. ',
  'The engraving was supposed to say "Anna & Piet, 1986", and I double checked the spelling twice before paying. ',
  'My sister says the confirmation email shows the name as "Ana", which would be a real shame. ',
  'I also paid for the gift wrap with the little card. ',
  'The tracking page has not changed in nine days, it just says label created. ',
  'Could you tell me where order 4471 is and whether it will arrive before the 20th? ',
  'And also, do you ship to Norway? My aunt would like to order one too. ',
  'Sorry for the long message, thanks so much in advance! ',
];
const openings: string[] = [];
for (let k = 0; k < openingParts.length; k++) {
  let text = '';
  for (let i = k; text.length < 2000; i++) text += openingParts[i % openingParts.length] as string;
  openings.push(text.slice(0, 2000));
}
const longRun = timeEach(openings, 2000, (t) => nlu.understand(t, { now }));
console.log(`understand() 2,000-char openings: p50 ${fmt(longRun.p50)}  p99 ${fmt(longRun.p99)}`);
const huge =
  'my order 1042 still has not arrived and I am getting worried because it is a birthday present. '.repeat(
    100,
  );
const hugeRun = timeEach([huge], 500, (t) => nlu.understand(t, { now }));
console.log(
  `understand() ${huge.length}-char message (read up to 2,000): p50 ${fmt(hugeRun.p50)}  p99 ${fmt(hugeRun.p99)}`,
);

// End to end: 10,000 lines through the real CLI, Node start-up included.
const extras = [
  'where is #1042?',
  'change the engraving to "Mia & Leo", size 7, rose gold',
  'I paid 45,50 € and want it back',
  'mi código postal es 28013',
  '',
];
const lines: string[] = [];
for (let i = 0; i < 10_000; i++) {
  const text =
    i % 10 === 0
      ? (extras[(i / 10) % extras.length] as string)
      : (texts[i % texts.length] as string);
  lines.push(JSON.stringify({ text }));
}
lines[5000] = 'not json at all';
const input = lines.join('\n') + '\n';
const bin = join(root, 'bin', 'makerdesk.js');
const runs: number[] = [];
const cpu: number[] = [];
let outLines = 0;
for (let r = 0; r < 3; r++) {
  start = performance.now();
  // bash's `time` reports the child's CPU seconds too: wall time alone misleads on a busy machine.
  const res = spawnSync(
    'bash',
    ['-c', `TIMEFORMAT='cpu %U %S'; time "${process.execPath}" "${bin}" classify`],
    { input, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  runs.push(performance.now() - start);
  if (res.status !== 0) {
    console.log(`makerdesk classify exited with ${String(res.status)}: ${res.stderr}`);
    process.exitCode = 1;
    break;
  }
  const m = /cpu ([\d.]+) ([\d.]+)/.exec(res.stderr);
  if (m) cpu.push(Number(m[1]) + Number(m[2]));
  outLines = res.stdout.split('\n').filter(Boolean).length;
}
runs.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(
  `makerdesk classify, 10,000 lines end to end: wall best ${(runs[0]! / 1000).toFixed(2)} s, median ${(percentile(runs, 0.5) / 1000).toFixed(2)} s; ` +
    `CPU (user+sys) best ${cpu.length ? cpu[0]!.toFixed(2) : '?'} s (${outLines} output lines)`,
);
