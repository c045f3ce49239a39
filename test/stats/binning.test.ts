import { describe, expect, it } from 'vitest';
import { binCategorical, binNumeric, quantileType7 } from '../../src/stats/binning.js';
import { populationStabilityIndex } from '../../src/stats/population-stability-index.js';
import { hellingerDistance, jensenShannonDistance, klDivergence, totalVariationDistance } from '../../src/stats/probability-distances.js';
import { standardDeviation } from '../../src/stats/summation.js';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { sortedSample, type SampleSpec, type SampleValue } from './dyadic-sample.js';
import { expectRelative, loadFixture, STATISTIC_TOLERANCE } from './reference.js';

// Oracle: numpy quantile/searchsorted, scipy jensenshannon / entropy / wasserstein_distance
// (scripts/reference/drift_stats.py binning → test/fixtures/stats/binning.json).
interface Distances {
  referenceProportions: number[];
  currentProportions: number[];
  psi: number;
  jensenShannon: number;
  jensenShannonBase2: number;
  kl: number;
  hellinger: number;
  totalVariation: number;
}
interface NumericCase extends Distances {
  name: string;
  reference: SampleValue;
  current: SampleValue;
  edges: number[];
  referenceCounts: number[];
  currentCounts: number[];
  wasserstein: number;
  referenceStd: number;
  wassersteinNormed: number;
}
interface CategoricalCase extends Distances {
  name: string;
  referenceCounts: number[];
  currentCounts: number[];
}
const reference = loadFixture<{
  numeric: NumericCase[];
  categorical: CategoricalCase[];
  quantiles: { sample: SampleSpec; p: number; value: number }[];
}>('binning.json');

function expectDistances(reference: Float64Array, current: Float64Array, rawReference: ArrayLike<number>, rawCurrent: ArrayLike<number>, c: Distances): void {
  expect(Array.from(reference)).toEqual(c.referenceProportions);
  expect(Array.from(current)).toEqual(c.currentProportions);
  expectRelative(populationStabilityIndex(reference, current), c.psi, STATISTIC_TOLERANCE, 'psi');
  expectRelative(jensenShannonDistance(reference, current), c.jensenShannon, STATISTIC_TOLERANCE, 'js');
  expectRelative(jensenShannonDistance(reference, current, 2), c.jensenShannonBase2, STATISTIC_TOLERANCE, 'js base 2');
  expectRelative(klDivergence(reference, current), c.kl, STATISTIC_TOLERANCE, 'kl');
  expectRelative(hellingerDistance(reference, current), c.hellinger, STATISTIC_TOLERANCE, 'hellinger');
  expectRelative(totalVariationDistance(rawReference, rawCurrent), c.totalVariation, STATISTIC_TOLERANCE, 'tvd');
}

describe('reference-quantile binning and binned distances against numpy/scipy', () => {
  it.each(reference.quantiles)('np.quantile of $sample.n values at $p, to the bit', (c) => {
    expect(quantileType7(sortedSample(c.sample), c.p)).toBe(c.value);
  });

  it.each(reference.numeric)('numeric: $name', (c) => {
    const ref = sortedSample(c.reference);
    const cur = sortedSample(c.current);
    const binned = binNumeric(ref, cur);
    expect(Array.from(binned.edges)).toEqual(c.edges);
    expect(Array.from(binned.referenceCounts)).toEqual(c.referenceCounts);
    expect(Array.from(binned.currentCounts)).toEqual(c.currentCounts);
    expectDistances(binned.reference, binned.current, binned.referenceCounts, binned.currentCounts, c);
    expectRelative(wassersteinDistance(ref, cur), c.wasserstein, STATISTIC_TOLERANCE, 'wasserstein');
    expectRelative(standardDeviation(ref, 0), c.referenceStd, 1e-12, 'std');
  });

  it.each(reference.categorical)('categorical: $name', (c) => {
    const binned = binCategorical(c.referenceCounts, c.currentCounts);
    expectDistances(binned.reference, binned.current, c.referenceCounts, c.currentCounts, c);
  });

  it('distances are zero for identical distributions and refuse mismatched lengths', () => {
    expect(jensenShannonDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(hellingerDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(() => populationStabilityIndex([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => klDivergence([0.5], [0.5, 0.5])).toThrow(RangeError);
  });
});
