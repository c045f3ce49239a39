import { describe, expect, it } from 'vitest';
import { bootstrapConfusion, confusionStatistic } from '../../src/metrics/confusion-metrics.js';
import { confusionMatrix } from '../../src/metrics/confusion-matrix.js';
import { jointConfusionCounts, pairedConfusionBootstrap, pairedConfusionReplicates } from '../../src/metrics/paired-confusion-bootstrap.js';
import { definedSorted, percentileInterval, quantileSorted } from '../../src/stats/bootstrap-percentile.js';
import { createRandom, type Random } from '../../src/stats/rng.js';

// The multinomial bootstrap of the confusion matrix must have the distribution of the ordinary
// bootstrap that resamples rows. Oracle: row resampling written out directly below. With
// B = 20,000 replicates each, the two-sample Kolmogorov–Smirnov distance must stay below its
// α = 0.001 critical value 1.95·√(2/B), and at each of five quantile levels p, the other
// sample's empirical CDF must be within 4 standard errors √(2p(1 − p)/B) of p. The paired
// version compares the joint (truth, champion, challenger) resample with resampled row triples.
const B = 20_000;
const CLASSES = 3;

function dataset(random: Random, rows: number) {
  const yTrue = new Int32Array(rows);
  const champion = new Int32Array(rows);
  const challenger = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < 0.5 ? 0 : random.next() < 0.6 ? 1 : 2;
    yTrue[r] = y;
    champion[r] = random.next() < 0.7 ? y : Math.floor(random.next() * CLASSES);
    challenger[r] = random.next() < 0.75 ? y : Math.floor(random.next() * CLASSES);
  }
  return { yTrue, champion, challenger };
}

/**
 * Ordinary bootstrap: resample row indices and recount; `visit` sees each replicate's champion and
 * challenger confusion matrices.
 */
function rowBootstrap(random: Random, data: ReturnType<typeof dataset>, visit: (champion: Float64Array, challenger: Float64Array, b: number) => void): void {
  const rows = data.yTrue.length;
  const champion = new Float64Array(CLASSES * CLASSES);
  const challenger = new Float64Array(CLASSES * CLASSES);
  for (let b = 0; b < B; b++) {
    champion.fill(0);
    challenger.fill(0);
    for (let i = 0; i < rows; i++) {
      const row = Math.floor(random.next() * rows);
      champion[data.yTrue[row] * CLASSES + data.champion[row]]++;
      challenger[data.yTrue[row] * CLASSES + data.challenger[row]]++;
    }
    visit(champion, challenger, b);
  }
}

function expectSameDistribution(a: Float64Array, b: Float64Array, label: string): void {
  const x = definedSorted(a);
  const y = definedSorted(b);
  expect(Math.abs(x.length - y.length), `${label}: defined replicates`).toBeLessThan(0.01 * B);
  // Two-sample KS distance, evaluated at every distinct value.
  let i = 0;
  let j = 0;
  let distance = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    distance = Math.max(distance, Math.abs(i / x.length - j / y.length));
  }
  expect(distance, `${label}: KS distance`).toBeLessThan(1.95 * Math.sqrt(2 / B));
  for (const p of [0.025, 0.25, 0.5, 0.75, 0.975]) {
    const q = quantileSorted(x, p);
    let below = 0;
    let atOrBelow = 0;
    for (const v of y) {
      if (v < q) below++;
      if (v <= q) atOrBelow++;
    }
    const tolerance = 4 * Math.sqrt((2 * p * (1 - p)) / B);
    // With ties, the other sample's CDF at q spans [below, atOrBelow]: p must be reachable.
    expect(below / y.length, `${label}: P(other < q_${p})`).toBeLessThanOrEqual(p + tolerance);
    expect(atOrBelow / y.length, `${label}: P(other ≤ q_${p})`).toBeGreaterThanOrEqual(p - tolerance);
  }
}

describe('multinomial bootstrap = row bootstrap in distribution', () => {
  const data = dataset(createRandom(21), 150);
  const options = { confidence: 0.95, bootstrapSamples: B, seed: 22, intervals: true };
  const names = ['f1_macro', 'mcc', 'cohen_kappa', 'balanced_accuracy'];

  it('f1_macro, mcc, cohen_kappa, balanced_accuracy of a 3-class, 150-row confusion matrix', () => {
    const counts = confusionMatrix(data.yTrue, data.champion, CLASSES);
    const multinomial = bootstrapConfusion(counts, CLASSES, -1, names, options);
    const rows: Record<string, Float64Array> = Object.fromEntries(names.map((name) => [name, new Float64Array(B)]));
    rowBootstrap(createRandom(23), data, (champion, _, b) => {
      for (const name of names) rows[name][b] = confusionStatistic(name, champion, CLASSES);
    });
    for (const name of names) expectSameDistribution(multinomial[name], rows[name], name);
  });

  it('paired: challenger − champion from the joint cells vs resampled row pairs', () => {
    const joint = jointConfusionCounts(data.yTrue, data.champion, data.challenger, CLASSES);
    const multinomial = pairedConfusionReplicates(joint, CLASSES, -1, names, options);
    const rows: Record<string, Float64Array> = Object.fromEntries(names.map((name) => [name, new Float64Array(B)]));
    rowBootstrap(createRandom(24), data, (champion, challenger, b) => {
      for (const name of names) rows[name][b] = confusionStatistic(name, challenger, CLASSES) - confusionStatistic(name, champion, CLASSES);
    });
    for (const name of names) expectSameDistribution(multinomial[name], rows[name], `Δ ${name}`);
    // A bootstrap that ignored the pairing (resampling each model's rows independently) would be
    // much wider: the paired interval must be narrower than the two single-model widths combined.
    const paired = pairedConfusionBootstrap(joint, CLASSES, -1, ['f1_macro'], options).f1_macro;
    const single = bootstrapConfusion(confusionMatrix(data.yTrue, data.champion, CLASSES), CLASSES, -1, ['f1_macro'], options).f1_macro;
    const singleInterval = percentileInterval(single, 0.95)!;
    expect(paired.ci![1] - paired.ci![0]).toBeLessThan(Math.SQRT2 * (singleInterval[1] - singleInterval[0]));
  });
});
