import { chiSquareGoodnessOfFit } from '../../stats/chi-square-goodness-of-fit.js';
import { categoryCounts } from '../column-pair.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Evidently's `chisquare`: a goodness-of-fit test of the current counts against the reference
 * proportions (expected = reference count × n_current / n_reference), scipy.stats.chisquare. It
 * treats the reference as exact, so it fires far more often than the two-sample test `chi2`
 * (a category new in the current sample makes it infinite). Drift when p < 0.05, as Evidently.
 * Named in the configuration it takes categorical columns only, as in Evidently; `evidently` mode
 * also gives it numeric columns with at most 5 values, compared as categories (Evidently's default).
 */
export const chisquareTest: DriftTest = {
  id: 'chisquare',
  name: 'chi-square goodness of fit (Evidently)',
  columnTypes: ['categorical'],
  scoreKind: 'p-value',
  comparison: '<',
  defaultThreshold: 0.05,
  reference: 'scipy.stats.chisquare(current counts, reference counts × n_cur/n_ref) — evidently chisquare',
  compute(pair) {
    const { reference, current } = categoryCounts(pair);
    let referenceTotal = 0;
    let currentTotal = 0;
    for (let k = 0; k < reference.length; k++) {
      referenceTotal += reference[k];
      currentTotal += current[k];
    }
    const scale = currentTotal / referenceTotal;
    const expected = Array.from(reference, (r) => r * scale);
    const result = chiSquareGoodnessOfFit(current, expected);
    return { statistic: result.statistic, pValue: result.pValue, detail: `${reference.length} categories` };
  },
};
