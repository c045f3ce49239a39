import { describe, it } from 'vitest';
import { bootstrapConfusion, confusionStatistic } from '../../src/metrics/confusion-metrics.js';
import { percentileInterval } from '../../src/stats/bootstrap-percentile.js';
import { sampleMultinomial } from '../../src/stats/discrete-sampling.js';
import { createRandom } from '../../src/stats/rng.js';
import { REPETITIONS, expectNominal } from './simulation.js';

// Coverage of the multinomial percentile bootstrap of the confusion-matrix metrics: 2000 seeded
// repetitions of a confusion matrix drawn from a known population matrix (drawing the counts of
// N rows is drawing the rows), B = 400 resamples each; a 95% interval must cover in 93–97%.
// A metric of the population is the metric of its cell probabilities (every one is scale-free).
const BOOTSTRAP_SAMPLES = 400;

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
});
