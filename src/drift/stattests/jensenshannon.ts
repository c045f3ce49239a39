import { jensenShannonDistance } from '../../stats/probability-distances.js';
import { binPair } from '../binned.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Jensen–Shannon distance on the shared binning (10 reference-quantile bins, categories as bins),
 * as scipy.spatial.distance.jensenshannon(p, q) with its default natural log: range [0, √ln 2]
 * ≈ [0, 0.83255], √ln 2 for two samples with no bin in common. The raw proportions are used: the
 * mixture m = (p + q)/2 is positive wherever p or q is, so no empty bin needs filling (the
 * 1e-4 fill of PSI and KL would shrink that maximum to 0.83194). Drift when ≥ 0.1, Evidently's
 * threshold. Evidently's own binning differs: see `evidently_jensenshannon` (which fills nothing either).
 */
export const jensenShannonTest: DriftTest = {
  id: 'jensenshannon',
  name: 'Jensen–Shannon distance',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'scipy.spatial.distance.jensenshannon (natural log) on 10 reference-quantile bins (categories as bins), raw proportions',
  compute(pair, { binning }) {
    const binned = binPair(pair, binning);
    return { statistic: jensenShannonDistance(binned.raw.reference, binned.raw.current), detail: `${binned.bins} bins` };
  },
};
