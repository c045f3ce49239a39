import { klDivergence } from '../../stats/probability-distances.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/** Kullback–Leibler divergence KL(reference ‖ current), natural log, on the shared binning; drift when ≥ 0.1, as Evidently's `kl_div`. */
export const klDivTest: DriftTest = {
  id: 'kl_div',
  name: 'Kullback–Leibler divergence',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'scipy.stats.entropy(reference, current) on 10 reference-quantile bins (categories as bins), empty bins 1e-4',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: klDivergence(binned.filled.reference, binned.filled.current), detail: `${binned.bins} bins` };
  },
};
