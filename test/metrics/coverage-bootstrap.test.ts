import { describe, it } from 'vitest';
import { bootstrapConfusion, confusionStatistic } from '../../src/metrics/confusion-metrics.js';
import { pairedConfusionBootstrap } from '../../src/metrics/paired-confusion-bootstrap.js';
import { percentileInterval } from '../../src/stats/bootstrap-percentile.js';
import { sampleMultinomial } from '../../src/stats/discrete-sampling.js';
import { createRandom } from '../../src/stats/rng.js';
import { REPETITIONS, expectNominal } from './simulation.js';

// Coverage of the multinomial percentile bootstrap of the confusion-matrix metrics: 2000 seeded
// repetitions of a confusion matrix drawn from a known population matrix (drawing the counts of
// N rows is drawing the rows), B = 400 resamples each (200 in the paired case); a 95% interval
// must cover in 93–97%.
// A metric of the population is the metric of its cell probabilities (every one is scale-free).
const BOOTSTRAP_SAMPLES = 400;
/** The paired case draws 27 joint cells per resample; 200 resamples keep the test short. */
const PAIRED_BOOTSTRAP_SAMPLES = 200;

describe('coverage of the multinomial percentile bootstrap', () => {
  it.each([
    { label: '3 classes × 400 rows', seed: 8, cells: [0.3, 0.05, 0.03, 0.04, 0.22, 0.04, 0.02, 0.05, 0.25], classes: 3, rows: 400, positive: -1, names: ['f1_macro', 'f1_weighted', 'balanced_accuracy', 'mcc', 'cohen_kappa'] },
    { label: 'binary × 300 rows', seed: 9, cells: [0.55, 0.1, 0.08, 0.27], classes: 2, rows: 300, positive: 1, names: ['f1', 'precision_macro'] },
  ])('$label', (c) => {
    const random = createRandom(c.seed);
    const truth = Object.fromEntries(c.names.map((name) => [name, confusionStatistic(name, c.cells, c.classes, c.positive)]));
    const covered: Record<string, number> = Object.fromEntries(c.names.map((name) => [name, 0]));
    for (let i = 0; i < REPETITIONS; i++) {
      const counts = sampleMultinomial(random, c.rows, c.cells);
      const replicates = bootstrapConfusion(counts, c.classes, c.positive, c.names, { confidence: 0.95, bootstrapSamples: BOOTSTRAP_SAMPLES, seed: i, intervals: true });
      for (const name of c.names) {
        const ci = percentileInterval(replicates[name], 0.95);
        if (ci !== null && ci[0] <= truth[name] && truth[name] <= ci[1]) covered[name]++;
      }
    }
    for (const name of c.names) expectNominal(covered[name] / REPETITIONS, name);
  }, 120_000);

  it('paired: challenger − champion over the joint (truth, champion, challenger) cells, 3 classes × 1000 rows', () => {
    // (At 400 rows this interval covers 93.5–94%: the percentile bootstrap of a difference is a
    // little narrow on small samples; 1000 rows cost the same here, the draws being O(cells).)
    // Truth priors 0.5/0.3/0.2; each model right with probability 0.7 (champion) or 0.78
    // (challenger), otherwise uniform over the other classes, independently given the truth.
    const priors = [0.5, 0.3, 0.2];
    const accuracyOf = [0.7, 0.78];
    const predict = (model: number, t: number, a: number) => (a === t ? accuracyOf[model] : (1 - accuracyOf[model]) / 2);
    const joint: number[] = [];
    for (let t = 0; t < 3; t++) for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) joint.push(priors[t] * predict(0, t, a) * predict(1, t, b));
    const margin = (model: number) => Array.from({ length: 9 }, (_, cell) => priors[Math.floor(cell / 3)] * predict(model, Math.floor(cell / 3), cell % 3));
    const names = ['f1_macro', 'mcc'];
    const truth = Object.fromEntries(names.map((name) => [name, confusionStatistic(name, margin(1), 3) - confusionStatistic(name, margin(0), 3)]));
    const random = createRandom(12);
    const covered: Record<string, number> = { f1_macro: 0, mcc: 0 };
    for (let i = 0; i < REPETITIONS; i++) {
      const counts = sampleMultinomial(random, 1000, joint);
      const result = pairedConfusionBootstrap(counts, 3, -1, names, { confidence: 0.95, bootstrapSamples: PAIRED_BOOTSTRAP_SAMPLES, seed: i, intervals: true });
      for (const name of names) {
        const ci = result[name].ci;
        if (ci !== null && ci[0] <= truth[name] && truth[name] <= ci[1]) covered[name]++;
      }
    }
    for (const name of names) expectNominal(covered[name] / REPETITIONS, `paired ${name}`);
  }, 120_000);
});
