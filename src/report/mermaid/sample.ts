/**
 * Reading a curve and an ECDF at chosen x positions. Mermaid's xychart places a line's values
 * evenly along a numeric x-axis, so a curve given at arbitrary points (ROC thresholds, reliability
 * bins) is read on an even grid first. Used by the Mermaid builders only; the SVG draws the points
 * themselves.
 */
import type { CurveSeries } from '../document/charts.js';

/** `count` evenly spaced positions from `min` to `max`, both included. */
export function grid(min: number, max: number, count: number): number[] {
  if (count < 2) return [min];
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? max : min + ((max - min) * i) / (count - 1)));
}

/**
 * The curve's y at each grid position.
 * - `linear`: between the last point at or before g and the first point after it; at a vertical
 *   jump (several points at one x, as an ROC curve has) the highest y there.
 * - `step`: the highest y among the points at the smallest x ≥ g (precision–recall as
 *   scikit-learn's average_precision reads it); past the last point, the last y.
 * Before the first point, the first y.
 * @example sampleCurve({ name: 'roc', x: [0, 0, 0.5, 1], y: [0, 0.6, 0.8, 1] }, [0, 0.25, 1]) // [0.6, 0.7, 1]
 */
export function sampleCurve(series: CurveSeries, at: readonly number[]): number[] {
  const order = series.x.map((_, i) => i).sort((a, b) => series.x[a] - series.x[b] || series.y[a] - series.y[b]);
  const xs = order.map((i) => series.x[i]);
  const ys = order.map((i) => series.y[i]);
  const n = xs.length;
  if (n === 0) throw new Error(`curve "${series.name}" has no points`);
  const step = series.interpolation === 'step';
  return at.map((g) => {
    if (step) {
      let j = lowerBound(xs, g);
      if (j >= n) return ys[n - 1];
      let best = ys[j];
      const x0 = xs[j];
      while (j < n && xs[j] === x0) best = Math.max(best, ys[j++]);
      return best;
    }
    const after = upperBound(xs, g); // first index with x > g
    if (after === 0) return ys[0];
    if (after >= n) return ys[n - 1];
    const before = after - 1; // highest y at the largest x ≤ g (sorted by y within ties)
    const t = (g - xs[before]) / (xs[after] - xs[before]);
    return ys[before] + t * (ys[after] - ys[before]);
  });
}

/** The share of values ≤ g of an ECDF given as step points (x ascending, p at each x). */
export function sampleEcdf(x: readonly number[], p: readonly number[], at: readonly number[]): number[] {
  return at.map((g) => {
    const j = upperBound(x, g) - 1;
    return j < 0 ? 0 : p[j];
  });
}

/** First index with xs[i] ≥ v. */
function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with xs[i] > v. */
function upperBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
