/** Column pairs for descriptor tests, from fixture samples (numeric) or category → count maps. */
import { CategoricalPair, NumericPair } from '../../src/drift/column-pair.js';
import { sortedSample, type SampleValue } from '../stats/dyadic-sample.js';

export function numericPair(reference: SampleValue, current: SampleValue): NumericPair {
  return new NumericPair(sortedSample(reference), sortedSample(current));
}

/** Labels in order of first appearance (reference first), counts aligned. */
export function categoricalPair(reference: Record<string, number>, current: Record<string, number>): CategoricalPair {
  const labels = [...new Set([...Object.keys(reference), ...Object.keys(current)])];
  return new CategoricalPair({
    labels,
    reference: Float64Array.from(labels, (l) => reference[l] ?? 0),
    current: Float64Array.from(labels, (l) => current[l] ?? 0),
  });
}
