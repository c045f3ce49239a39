import { totalVariationDistance } from '../../stats/probability-distances.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Total variation distance ½ Σ |r − c| (the share of the distribution that moved) on the shared
 * bins, raw proportions; drift when ≥ 0.1. A distance here: Evidently's `TVD` instead reports a
 * permutation p-value of it.
 */
export const tvdTest: DriftTest = {
  id: 'tvd',
  name: 'total variation distance',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: '½ Σ |r − c| on 10 reference-quantile bins (categories as bins)',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: totalVariationDistance(binned.raw.reference, binned.raw.current), detail: `${binned.bins} bins` };
  },
};
