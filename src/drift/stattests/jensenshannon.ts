import { jensenShannonDistance } from '../../stats/probability-distances.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Jensen–Shannon distance (natural log, range [0, 0.8326]) on the shared binning; drift when
 * ≥ 0.1, Evidently's threshold. Evidently's own binning differs: see `evidently_jensenshannon`.
 */
export const jensenShannonTest: DriftTest = {
  id: 'jensenshannon',
  name: 'Jensen–Shannon distance',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'scipy.spatial.distance.jensenshannon (base e) on 10 reference-quantile bins (categories as bins)',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: jensenShannonDistance(binned.filled.reference, binned.filled.current), detail: `${binned.bins} bins` };
  },
};
