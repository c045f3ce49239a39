/**
 * The one place where a score becomes a drift decision. p-value tests compare their (corrected)
 * p-value, distance tests their distance, with the test's own comparison; NaN never means drift.
 */
import type { DriftComparison } from './drift-test.js';

export function exceedsThreshold(score: number, comparison: DriftComparison, threshold: number): boolean {
  if (Number.isNaN(score)) return false;
  switch (comparison) {
    case '<':
      return score < threshold;
    case '<=':
      return score <= threshold;
    case '>':
      return score > threshold;
    case '>=':
      return score >= threshold;
  }
}
