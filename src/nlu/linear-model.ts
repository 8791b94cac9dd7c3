/**
 * Multinomial logistic regression over sparse binary features, trained with averaged SGD.
 * Deterministic: the shuffling uses a seeded generator, so the same corpus gives the same model.
 */
export type LinearModel = {
  labels: readonly string[];
  /** Feature string → row index in `weights`. */
  index: Map<string, number>;
  /** Row-major: weights[row * labels.length + label]. */
  weights: Float32Array;
  /** Logits are divided by this before the softmax (temperature scaling, fitted on held-out folds). */
  temperature: number;
};

export type TrainingExample = { features: readonly string[]; label: number };

/** `bag`: how many models, each over its own shuffle (seeds `seed`, `seed + 4`, `seed - 4`, `seed + 8`…), are averaged into one. */
export type TrainOptions = {
  epochs: number;
  learningRate: number;
  seed: number;
  l2: number;
  bag?: number;
};

export const defaultTrainOptions: TrainOptions = {
  epochs: 10,
  learningRate: 4,
  seed: 7,
  l2: 0.00003,
  bag: 3,
};

/** The seed of the `i`-th model of a bag: the seed itself, then alternately above and below it. */
export function bagSeed(seed: number, i: number): number {
  return seed + (i % 2 === 1 ? 1 : -1) * 4 * Math.ceil(i / 2);
}

/**
 * Trains `options.bag` models over different shuffles of the same examples and averages their
 * weights. One SGD run depends on the order it sees the examples in (a change to the corpus
 * moves single results by a point either way); the average is steadier and a little better,
 * and costs nothing when classifying: it is one model of the same size.
 */
export function trainBagged(
  examples: readonly TrainingExample[],
  labels: readonly string[],
  options: TrainOptions = defaultTrainOptions,
): LinearModel {
  const n = Math.max(1, Math.floor(options.bag ?? 1));
  const model = trainLinear(examples, labels, options);
  if (n === 1) return model;
  const sum = Float64Array.from(model.weights);
  for (let i = 1; i < n; i++) {
    // Same examples, same order of first appearance: the feature index is the same for every model.
    const other = trainLinear(examples, labels, { ...options, seed: bagSeed(options.seed, i) });
    for (let j = 0; j < sum.length; j++) sum[j] = (sum[j] as number) + (other.weights[j] as number);
  }
  for (let j = 0; j < sum.length; j++) model.weights[j] = (sum[j] as number) / n;
  return model;
}

/** Small seeded PRNG (mulberry32); pure layers never call Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLinear(
  examples: readonly TrainingExample[],
  labels: readonly string[],
  options: TrainOptions = defaultTrainOptions,
): LinearModel {
  const k = labels.length;
  const index = new Map<string, number>();
  const rows: Int32Array[] = examples.map((ex) => {
    const ids = new Int32Array(ex.features.length);
    ex.features.forEach((f, i) => {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      ids[i] = id;
    });
    return ids;
  });
  const n = index.size;
  const w = new Float32Array(n * k);
  // Averaged SGD: avg = w - acc / steps (the usual lazy-averaging trick).
  const acc = new Float32Array(n * k);
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const scores = new Float64Array(k);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    const lr = options.learningRate / (1 + epoch * 0.5);
    for (let oi = 0; oi < order.length; oi++) {
      const e = order[oi] as number;
      const ids = rows[e] as Int32Array;
      const m = ids.length;
      const label = (examples[e] as TrainingExample).label;
      const x = 1 / Math.sqrt(m || 1);
      scores.fill(0);
      for (let j = 0; j < m; j++) {
        const base = (ids[j] as number) * k;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (w[base + c] as number);
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = (scores[c] as number) * x;
        scores[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const p = Math.exp((scores[c] as number) - max);
        scores[c] = p;
        sum += p;
      }
      const keep = 1 - options.l2;
      for (let c = 0; c < k; c++) {
        const g = (c === label ? 1 : 0) - (scores[c] as number) / sum;
        if (g > -1e-3 && g < 1e-3) continue;
        const d = lr * g * x;
        const dAcc = step * d;
        for (let j = 0; j < m; j++) {
          const at = (ids[j] as number) * k + c;
          w[at] = (w[at] as number) * keep + d;
          acc[at] = (acc[at] as number) + dAcc;
        }
      }
      step++;
    }
  }
  for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - (acc[i] as number) / step;
  return { labels, index, weights: w, temperature: 1 };
}

/** Raw logits (before temperature) for a feature list; unknown features are ignored. */
export function logits(model: LinearModel, features: readonly string[]): Float64Array {
  const k = model.labels.length;
  const out = new Float64Array(k);
  let known = 0;
  const ids: number[] = [];
  for (const f of features) {
    const id = model.index.get(f);
    if (id !== undefined) ids.push(id);
  }
  known = ids.length;
  const x = 1 / Math.sqrt(features.length || 1);
  for (const id of ids) {
    const base = id * k;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (model.weights[base + c] as number);
  }
  for (let c = 0; c < k; c++) out[c] = (out[c] as number) * x;
  void known;
  return out;
}

export function softmax(values: Float64Array, temperature = 1): Float64Array {
  const out = new Float64Array(values.length);
  let max = -Infinity;
  for (const v of values) if (v / temperature > max) max = v / temperature;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const p = Math.exp((values[i] as number) / temperature - max);
    out[i] = p;
    sum += p;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/** Temperature minimising the negative log-likelihood of held-out logits (golden-section search on log T). */
export function fitTemperature(
  samples: readonly { logits: Float64Array; label: number }[],
): number {
  if (samples.length === 0) return 1;
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let total = 0;
    for (const s of samples)
      total -= Math.log(Math.max(softmax(s.logits, t)[s.label] as number, 1e-12));
    return total / samples.length;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(a);
  let fb = nll(b);
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}
