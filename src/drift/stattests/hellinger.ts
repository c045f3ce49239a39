import { hellingerDistance } from '../../stats/probability-distances.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/** Hellinger distance (range [0, 1]) on the shared binning; drift when ≥ 0.1, Evidently's threshold. */
export const hellingerTest: DriftTest = {
  id: 'hellinger',
  name: 'Hellinger distance',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: '√(½ Σ (√r − √c)²) on 10 reference-quantile bins (categories as bins), empty bins 1e-4, renormalised',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: hellingerDistance(binned.filled.reference, binned.filled.current), detail: `${binned.bins} bins` };
  },
};
