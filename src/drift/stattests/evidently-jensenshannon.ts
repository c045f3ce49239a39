import { jensenShannonDistance } from '../../stats/probability-distances.js';
import { evidentlyBinnedProportions } from '../evidently-binning.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Evidently's `jensenshannon`: the Jensen–Shannon distance (natural log) on Evidently's binning
 * (src/drift/evidently-binning.ts: Sturges histogram for numeric columns with > 20 distinct
 * reference values, categories otherwise, no filling of empty bins). Drift when ≥ 0.1. This is
 * what `evidently` mode picks above 1000 reference rows.
 */
export const evidentlyJensenShannonTest: DriftTest = {
  id: 'evidently_jensenshannon',
  name: 'Jensen–Shannon distance (Evidently binning)',
  columnTypes: ['numeric', 'categorical'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'scipy.spatial.distance.jensenshannon on Evidently get_binned_data (Sturges bins or categories)',
  compute(pair) {
    const binned = evidentlyBinnedProportions(pair);
    return { statistic: jensenShannonDistance(binned.reference, binned.current), detail: `${binned.bins} bins` };
  },
};
