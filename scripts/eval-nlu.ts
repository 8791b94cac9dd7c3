// `npm run eval:nlu`: trains the NLU on the whole of src/nlu/corpus exactly as the build does, then
// measures it on text it was never trained on:
//   1. the held-out set src/nlu/heldout/<lang>/<intent>.yaml, written separately in another style;
//   2. the development files in ../shared/data/dev/ (read here only, never trained on), per intent,
//      with confusions; for the chat openings (ABCD) also "any request found is acceptable";
//   3. coverage and accuracy at the clarify threshold, and calibration (ECE), for each set.
// Then language identification on short held-out messages, a sentiment sanity check and latency.
// Options: --dev-only (skip 1 and the extras), --verbose (print every miss), <path>.jsonl (extra dev files).
import { existsSync, readFileSync } from 'node:fs';
import { intents, languages, type Intent, type Language } from '../src/domain/index.js';
import { heldOutDir, loadCorpus } from '../src/nlu/corpus-files.js';
import { flattenCorpus, type LabelledUtterance } from '../src/nlu/corpus.js';
import { identifyLanguage } from '../src/nlu/lang-id.js';
import { analyseSentiment } from '../src/nlu/sentiment.js';
import { trainNluModel } from '../src/nlu/model.js';
import { createNluFromModel, defaultClarifyThreshold } from '../src/nlu/understand.js';
import type { Understanding } from '../src/nlu/types.js';

type Case = { text: string; accept: Intent[]; lang?: Language };
type Prediction = {
  gold: Intent;
  predicted: Intent;
  confidence: number;
  correct: boolean;
  anyRequest: boolean;
};

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const devOnly = args.includes('--dev-only');
const extraDev = args.filter((a) => a.endsWith('.jsonl'));
const devFiles = extraDev.length
  ? extraDev
  : ['../shared/data/dev/bitext-mapped.jsonl', '../shared/data/dev/abcd-dev-mapped.jsonl'];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function predictAll(cases: Case[], understand: (c: Case) => Understanding): Prediction[] {
  return cases.map((c) => {
    const u = understand(c);
    const correct = c.accept.includes(u.intent);
    const anyRequest = u.requests.some((r) => c.accept.includes(r.intent));
    if (verbose && !correct)
      console.log(
        `  miss: ${c.accept.join('|')} → ${u.requests.map((r) => `${r.intent} ${r.confidence.toFixed(2)}`).join(', ')} | ${c.text}`,
      );
    return {
      gold: correct ? u.intent : (c.accept[0] as Intent),
      predicted: u.intent,
      confidence: u.confidence,
      correct,
      anyRequest,
    };
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
    rows.push(
      `| ${intent} | ${n} | ${predicted ? pct(tp / predicted) : '–'} | ${n ? pct(tp / n) : '–'} |`,
    );
  }
  return rows;
}

function confusions(ps: Prediction[], top = 12): string[] {
  const counts = new Map<string, number>();
  for (const p of ps)
    if (!p.correct)
      counts.set(`${p.gold} → ${p.predicted}`, (counts.get(`${p.gold} → ${p.predicted}`) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([k, v]) => `    ${pad(k, 40)} ${v}`);
}

function coverageTable(ps: Prediction[]): string[] {
  const rows = [`| threshold | coverage | accuracy when answered |`, `| ---: | ---: | ---: |`];
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const answered = ps.filter((p) => p.confidence >= t);
    rows.push(
      `| ${t.toFixed(1)}${t === defaultClarifyThreshold ? ' (default)' : ''} | ${pct(answered.length / ps.length)} | ${pct(accuracy(answered))} |`,
    );
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

function report(title: string, ps: Prediction[], withAnyRequest: boolean): void {
  const t = defaultClarifyThreshold;
  const answered = ps.filter((p) => p.confidence >= t);
  console.log(`\n### ${title}\n`);
  console.log(
    `accuracy ${pct(accuracy(ps))} (n ${ps.length})${withAnyRequest ? `; any request acceptable ${pct(ps.filter((p) => p.anyRequest).length / (ps.length || 1))}` : ''}`,
  );
  console.log(
    `at the clarify threshold ${t}: coverage ${pct(answered.length / (ps.length || 1))}, accuracy when answered ${pct(accuracy(answered))}; ECE ${ece(ps).toFixed(3)}\n`,
  );
  console.log(perIntentTable(ps).join('\n'));
  console.log(
    `\n  top confusions (gold → predicted):\n${confusions(ps).join('\n') || '    none'}\n`,
  );
  console.log(coverageTable(ps).join('\n'));
}

function loadDev(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; accept: Intent[] })
    .map((d) => ({ text: d.text, accept: d.accept, lang: 'en' as const }));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const corpus = loadCorpus();
  const model = trainNluModel(corpus);
  const trainMs = performance.now() - t0;
  const nlu = createNluFromModel({ model });
  console.log(
    `# NLU evaluation\n\ntrained on the whole corpus, ${model.trainedOn} utterances, in ${Math.round(trainMs)} ms; temperature ${model.intent.temperature.toFixed(3)}`,
  );

  // 1. The held-out set, per language and intent (no language hint: the text alone decides).
  const heldDir = heldOutDir();
  const heldOut: LabelledUtterance[] = heldDir ? flattenCorpus(loadCorpus(heldDir)) : [];
  if (!devOnly) {
    console.log(`\n## Held-out set (src/nlu/heldout, written separately, never trained on)\n`);
    if (heldOut.length === 0) console.log('(no held-out files found)');
    else {
      const byLang = new Map<Language, Prediction[]>();
      for (const lang of languages) {
        const cases = heldOut
          .filter((u) => u.lang === lang)
          .map((u) => ({ text: u.text, accept: [u.intent] }));
        byLang.set(
          lang,
          predictAll(cases, (c) => nlu.understand(c.text)),
        );
      }
      const all = [...byLang.values()].flat();
      console.log(
        `| lang | n | accuracy | coverage at ${defaultClarifyThreshold} | accuracy when answered |\n| --- | ---: | ---: | ---: | ---: |`,
      );
      for (const [lang, ps] of [...byLang.entries(), ['all', all] as const]) {
        if (ps.length === 0) continue;
        const answered = ps.filter((p) => p.confidence >= defaultClarifyThreshold);
        console.log(
          `| ${lang} | ${ps.length} | ${pct(accuracy(ps))} | ${pct(answered.length / ps.length)} | ${pct(accuracy(answered))} |`,
        );
      }
      console.log(`\nrecall per intent and language (number of messages in brackets):\n`);
      console.log(
        `| intent | ${languages.join(' | ')} |\n| --- | ${languages.map(() => '---:').join(' | ')} |`,
      );
      for (const intent of intents) {
        const cells = languages.map((lang) => {
          const ps = (byLang.get(lang) ?? []).filter((p) => p.gold === intent);
          return ps.length ? `${pct(accuracy(ps))} (${ps.length})` : '–';
        });
        console.log(`| ${intent} | ${cells.join(' | ')} |`);
      }
      report('Held-out set, all languages', all, false);
    }
  }

  // 2. Development files (English).
  for (const path of devFiles) {
    if (!existsSync(path)) {
      console.log(`\n(development file ${path} not found; skipped)`);
      continue;
    }
    const dev = loadDev(path);
    const ps = predictAll(dev, (c) => nlu.understand(c.text));
    report(
      `Development file ${path} (English; right when the intent is in "accept")`,
      ps,
      /abcd/.test(path),
    );
  }
  if (devOnly) return;

  // 3. Language identification on short messages (3–8 words) of the held-out set.
  await compareLanguageIds(heldOut, model.language);

  // 4. Sentiment: no labelled set of its own, so a sanity check against the intents of the whole corpus.
  console.log(
    `\n## Sentiment sanity check (whole corpus; share of messages read with the expected label)\n`,
  );
  console.log(
    `| lang | complaint → negative | thanks → positive | shop_question → neutral |\n| --- | ---: | ---: | ---: |`,
  );
  for (const lang of languages) {
    const share = (intent: Intent, label: string): string => {
      const list = corpus[lang]?.[intent] ?? [];
      return pct(
        list.filter((t) => analyseSentiment(t, lang).label === label).length / (list.length || 1),
      );
    };
    console.log(
      `| ${lang} | ${share('complaint', 'negative')} | ${share('thanks', 'positive')} | ${share('shop_question', 'neutral')} |`,
    );
  }

  // 5. Latency of understand() on the held-out messages (the corpus when there is no held-out set).
  const texts = (heldOut.length ? heldOut : flattenCorpus(corpus)).map((u) => u.text);
  const times: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const s = performance.now();
    nlu.understand(texts[i % texts.length] as string);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(
    `\nunderstand() latency over 20,000 calls: p50 ${(times[10000] as number).toFixed(3)} ms, p99 ${(times[19800] as number).toFixed(3)} ms`,
  );
}

async function compareLanguageIds(
  heldOut: LabelledUtterance[],
  own: Parameters<typeof identifyLanguage>[0],
): Promise<void> {
  const short = heldOut.filter((u) => {
    const n = u.text.split(/\s+/).filter(Boolean).length;
    return n >= 3 && n <= 8;
  });
  if (short.length === 0) return;
  const detectors: [string, (text: string) => string][] = [
    ['makerdesk (ours)', (t) => identifyLanguage(own, t).lang],
  ];
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
  console.log(
    `| detector | ${languages.join(' | ')} | all |\n| --- | ${languages.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const [name, detect] of detectors) {
    const per = languages.map((lang) => {
      const xs = short.filter((u) => u.lang === lang);
      return xs.length ? pct(xs.filter((u) => detect(u.text) === lang).length / xs.length) : '–';
    });
    const all = short.filter((u) => detect(u.text) === u.lang).length / (short.length || 1);
    console.log(`| ${name} | ${per.join(' | ')} | ${pct(all)} |`);
  }
}

await main();
