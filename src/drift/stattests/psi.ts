import { populationStabilityIndex } from '../../stats/population-stability-index.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/** Population Stability Index on the shared binning (src/stats/binning.ts); drift when PSI ≥ 0.1, as Evidently's `psi`. */
export const psiTest: DriftTest = {
  id: 'psi',
  name: 'Population Stability Index',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'Σ (r − c) ln(r/c) on 10 reference-quantile bins (categories as bins), empty bins 1e-4',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: populationStabilityIndex(binned.filled.reference, binned.filled.current), detail: `${binned.bins} bins` };
  },
};
