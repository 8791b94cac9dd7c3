// `npm run eval:nlu`: trains the NLU from the training part of src/nlu/corpus exactly as the build does,
// then measures it on (1) the held-out part of our corpus, per language, and (2) the development file
// ../shared/data/dev/bitext-mapped.jsonl (read here only, never trained on). Also compares language
// identifiers on 3–8-word messages and prints accuracy against coverage at several confidence thresholds.
import { existsSync, readFileSync } from 'node:fs';
import { intents, languages, type Intent, type Language } from '../src/domain/index.js';
import { loadCorpus } from '../src/nlu/corpus-files.js';
import { splitCorpus, type LabelledUtterance } from '../src/nlu/corpus.js';
import { identifyLanguage } from '../src/nlu/lang-id.js';
import { analyseSentiment } from '../src/nlu/sentiment.js';
import { trainNluModel } from '../src/nlu/model.js';
import { createNluFromModel, defaultClarifyThreshold } from '../src/nlu/understand.js';

type Case = { text: string; accept: Intent[]; lang?: Language };
type Prediction = { gold: Intent; predicted: Intent; confidence: number; correct: boolean };

const devPath = process.argv.find((a) => a.endsWith('.jsonl')) ?? '../shared/data/dev/bitext-mapped.jsonl';
const verbose = process.argv.includes('--verbose');

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function predictAll(cases: Case[], understand: (c: Case) => { intent: Intent; confidence: number }): Prediction[] {
  return cases.map((c) => {
    const u = understand(c);
    const correct = c.accept.includes(u.intent);
    if (verbose && !correct) console.log(`  miss: ${c.accept.join('|')} → ${u.intent} (${u.confidence.toFixed(2)}) ${c.text}`);
    return { gold: correct ? u.intent : (c.accept[0] as Intent), predicted: u.intent, confidence: u.confidence, correct };
  });
}

function accuracy(ps: Prediction[]): number {
  return ps.length ? ps.filter((p) => p.correct).length / ps.length : 0;
}

function perIntentTable(ps: Prediction[]): string[] {
  const rows = [`| intent | n | precision | recall |`, `| --- | ---: | ---: | ---: |`];
  for (const intent of intents) {
    const n = ps.filter((p) => p.gold === intent).length;
    const predicted = ps.filter((p) => p.predicted === intent).length;
    const tp = ps.filter((p) => p.gold === intent && p.predicted === intent).length;
    if (n === 0 && predicted === 0) continue;
    rows.push(`| ${intent} | ${n} | ${predicted ? pct(tp / predicted) : '–'} | ${n ? pct(tp / n) : '–'} |`);
  }
  return rows;
}

function confusions(ps: Prediction[], top = 10): string[] {
  const counts = new Map<string, number>();
  for (const p of ps) if (!p.correct) counts.set(`${p.gold} → ${p.predicted}`, (counts.get(`${p.gold} → ${p.predicted}`) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `  ${pad(k, 40)} ${v}`);
}

function coverageTable(ps: Prediction[]): string[] {
  const rows = [`| threshold | coverage | accuracy when answered |`, `| ---: | ---: | ---: |`];
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const answered = ps.filter((p) => p.confidence >= t);
    rows.push(`| ${t.toFixed(1)}${t === defaultClarifyThreshold ? ' (default)' : ''} | ${pct(answered.length / ps.length)} | ${pct(accuracy(answered))} |`);
  }
  return rows;
}

/** Expected calibration error over 10 equal-width confidence bins. */
function ece(ps: Prediction[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = ps.filter((p) => Math.min(9, Math.floor(p.confidence * 10)) === b);
    if (bin.length === 0) continue;
    const conf = bin.reduce((s, p) => s + p.confidence, 0) / bin.length;
    total += (bin.length / ps.length) * Math.abs(conf - accuracy(bin));
  }
  return total;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const corpus = loadCorpus();
  const { train, heldOut } = splitCorpus(corpus);
  const model = trainNluModel(corpus);
  const trainMs = performance.now() - t0;
  const nlu = createNluFromModel({ model });
  console.log(`# NLU evaluation\n\ntrained on ${train.length} utterances (held out: ${heldOut.length}) in ${Math.round(trainMs)} ms; temperature ${model.intent.temperature.toFixed(3)}\n`);

  // 1. Held-out part of our corpus, per language (the language hint is not given: the text alone decides).
  console.log(`## Held-out part of our corpus (every 5th utterance, never trained on)\n`);
  console.log(`| lang | n | accuracy |\n| --- | ---: | ---: |`);
  const heldByLang = new Map<Language, Prediction[]>();
  for (const lang of languages) {
    const cases = heldOut.filter((u) => u.lang === lang).map((u) => ({ text: u.text, accept: [u.intent] }));
    const ps = predictAll(cases, (c) => nlu.understand(c.text));
    heldByLang.set(lang, ps);
    console.log(`| ${lang} | ${ps.length} | ${pct(accuracy(ps))} |`);
  }
  const allHeld = [...heldByLang.values()].flat();
  console.log(`| all | ${allHeld.length} | ${pct(accuracy(allHeld))} |\n`);
  console.log(`recall per intent and language (held-out):\n`);
  console.log(`| intent | ${languages.join(' | ')} |\n| --- | ${languages.map(() => '---:').join(' | ')} |`);
  for (const intent of intents) {
    const cells = languages.map((lang) => {
      const ps = (heldByLang.get(lang) ?? []).filter((p) => p.gold === intent);
      return ps.length ? `${pct(accuracy(ps))} (${ps.length})` : '–';
    });
    console.log(`| ${intent} | ${cells.join(' | ')} |`);
  }
  console.log('');
  console.log(`precision and recall per intent (held-out, all languages):\n`);
  console.log(perIntentTable(allHeld).join('\n'));
  console.log(`\ntop confusions (gold → predicted):\n${confusions(allHeld).join('\n') || '  none'}\n`);
  console.log(`calibration (held-out, all languages): ECE ${ece(allHeld).toFixed(3)}\n`);
  console.log(coverageTable(allHeld).join('\n'));

  // 2. Development file.
  if (existsSync(devPath)) {
    const dev: Case[] = readFileSync(devPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; accept: Intent[] })
      .map((d) => ({ text: d.text, accept: d.accept, lang: 'en' as const }));
    const ps = predictAll(dev, (c) => nlu.understand(c.text));
    console.log(`\n## Development file ${devPath} (English, ${dev.length} messages; right when the intent is in "accept")\n`);
    console.log(`overall accuracy: ${pct(accuracy(ps))}\n`);
    console.log(perIntentTable(ps).join('\n'));
    console.log(`\ntop confusions (gold → predicted):\n${confusions(ps).join('\n') || '  none'}\n`);
    console.log(`calibration (dev): ECE ${ece(ps).toFixed(3)}\n`);
    console.log(coverageTable(ps).join('\n'));
  } else {
    console.log(`\n(development file ${devPath} not found; skipped)`);
  }

  // 3. Language identification on short messages (3–8 words) of the held-out part.
  await compareLanguageIds(heldOut, model.language);

  // 4. Sentiment: no labelled set of its own, so a sanity check against the intents of the whole corpus.
  console.log(`\n## Sentiment sanity check (whole corpus; share of messages read with the expected label)\n`);
  console.log(`| lang | complaint → negative | thanks → positive | shop_question → neutral |\n| --- | ---: | ---: | ---: |`);
  for (const lang of languages) {
    const share = (intent: Intent, label: string): string => {
      const list = corpus[lang]?.[intent] ?? [];
      return pct(list.filter((t) => analyseSentiment(t, lang).label === label).length / (list.length || 1));
    };
    console.log(`| ${lang} | ${share('complaint', 'negative')} | ${share('thanks', 'positive')} | ${share('shop_question', 'neutral')} |`);
  }

  // 5. Latency of understand() on the held-out messages.
  const texts = heldOut.map((u) => u.text);
  const times: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const s = performance.now();
    nlu.understand(texts[i % texts.length] as string);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`\nunderstand() latency over 20,000 calls: p50 ${(times[10000] as number).toFixed(3)} ms, p99 ${(times[19800] as number).toFixed(3)} ms`);
}

async function compareLanguageIds(heldOut: LabelledUtterance[], own: Parameters<typeof identifyLanguage>[0]): Promise<void> {
  const short = heldOut.filter((u) => {
    const n = u.text.split(/\s+/).filter(Boolean).length;
    return n >= 3 && n <= 8;
  });
  const detectors: [string, (text: string) => string][] = [['makerdesk (ours)', (t) => identifyLanguage(own, t).lang]];
  try {
    const { eld } = await import('eld/small');
    eld.setLanguageSubset([...languages]);
    detectors.push(['eld (small, six-language subset)', (t) => eld.detect(t).language]);
  } catch (e: unknown) {
    console.log(`(eld unavailable: ${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const tinyld = await import('tinyld');
    detectors.push(['tinyld (only our six)', (t) => tinyld.detect(t, { only: [...languages] })]);
  } catch (e: unknown) {
    console.log(`(tinyld unavailable: ${e instanceof Error ? e.message : String(e)})`);
  }
  console.log(`\n## Language identification on ${short.length} held-out messages of 3–8 words\n`);
  console.log(`| detector | ${languages.join(' | ')} | all |\n| --- | ${languages.map(() => '---:').join(' | ')} | ---: |`);
  for (const [name, detect] of detectors) {
    const per = languages.map((lang) => {
      const xs = short.filter((u) => u.lang === lang);
      return xs.filter((u) => detect(u.text) === lang).length / (xs.length || 1);
    });
    const all = short.filter((u) => detect(u.text) === u.lang).length / (short.length || 1);
    console.log(`| ${name} | ${per.map(pct).join(' | ')} | ${pct(all)} |`);
  }
}

await main();
