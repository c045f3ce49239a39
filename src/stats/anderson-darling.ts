/**
 * Anderson–Darling k-sample test for k = 2, as scipy.stats.anderson_ksamp([x, y]) (midrank=True)
 * in scipy 1.10: the Scholz & Stephens (1987) statistic A²akN for samples with ties (equation 7,
 * midranks), standardised as (A² − (k − 1)) / σ_N, and a p-value interpolated from their table of
 * critical values: a quadratic fitted to log(significance level) against the critical values at
 * 25%, 10%, 5%, 2.5%, 1%, 0.5% and 0.1%.
 *
 * The p-value is capped to [0.001, 0.25], as scipy caps it: a statistic below the 25% critical
 * value reports 0.25 (`pValueBound: 'capped'` — the true p-value is larger), one above the 0.1%
 * value reports 0.001 (`'floored'` — the true p-value is smaller). As a drift test that is harmless
 * at thresholds between 0.001 and 0.25, but the p-value must not be read as exact outside them.
 * Domain: two non-empty samples sorted ascending, no NaN, at least two distinct values pooled.
 * Range: statistic real (can be negative), p-value in [0.001, 0.25].
 * @throws RangeError on an empty sample or a single distinct value.
 */
import { poolTies, type PooledTies } from './pooled-ties.js';
import { CompensatedSum } from './summation.js';

export interface AndersonDarlingResult {
  statistic: number;
  pValue: number;
  /** Set when the p-value sits on scipy's cap (true value ≥ 0.25) or floor (true value ≤ 0.001). */
  pValueBound?: 'capped' | 'floored';
}

const SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
/** Critical values for k − 1 = 1: b0 + b1/√1 + b2/1. */
const CRITICAL = B0.map((b, i) => b + B1[i] / Math.sqrt(1) + B2[i] / 1);
const LOG_SIGNIFICANCE = SIGNIFICANCE.map(Math.log);
const FIT = quadraticLeastSquares(CRITICAL, LOG_SIGNIFICANCE);

export function andersonDarlingTwoSample(sortedX: Float64Array, sortedY: Float64Array): AndersonDarlingResult {
  if (sortedX.length === 0 || sortedY.length === 0) throw new RangeError('anderson_ksamp encountered sample without observations');
  return andersonDarlingPooled(poolTies(sortedX, sortedY));
}

export function andersonDarlingPooled(pooled: PooledTies): AndersonDarlingResult {
  const k = 2;
  const sizes = [pooled.sizeA, pooled.sizeB];
  const N = sizes[0] + sizes[1];
  if (pooled.values.length < 2) throw new RangeError('anderson_ksamp needs more than one distinct observation');

  // A²akN (Scholz & Stephens eq. 7): Σ_i 1/n_i Σ_j l_j/N (N M_ij − n_i B_j)² / (B_j (N − B_j) − N l_j/4)
  const sums = [new CompensatedSum(), new CompensatedSum()];
  const counts = [pooled.countA, pooled.countB];
  const cumulative = [0, 0];
  let below = 0;
  for (let j = 0; j < pooled.values.length; j++) {
    const l = counts[0][j] + counts[1][j];
    const B = below + l / 2;
    const denominator = B * (N - B) - (N * l) / 4;
    for (let i = 0; i < k; i++) {
      const f = counts[i][j];
      cumulative[i] += f;
      const M = cumulative[i] - f / 2;
      sums[i].add(((l / N) * (N * M - B * sizes[i]) ** 2) / denominator);
    }
    below += l;
  }
  const a2akn = ((sums[0].value / sizes[0] + sums[1].value / sizes[1]) * (N - 1)) / N;

  const H = 1 / sizes[0] + 1 / sizes[1];
  // h = Σ_{i=1}^{N−1} 1/i, g = Σ_{i=1}^{N−2} Σ_{j=i+1}^{N−1} 1/((N − i) j), as scipy's cumsum form
  let harmonicTail = 0;
  const gSum = new CompensatedSum();
  for (let index = 0, value = N - 1; value >= 2; index++, value--) {
    harmonicTail += 1 / value;
    gSum.add(harmonicTail / (index + 2));
  }
  const h = harmonicTail + 1;
  const g = gSum.value;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  const sigmaSquared = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const statistic = (a2akn - (k - 1)) / Math.sqrt(sigmaSquared);

  if (statistic < Math.min(...CRITICAL)) return { statistic, pValue: 0.25, pValueBound: 'capped' };
  if (statistic > Math.max(...CRITICAL)) return { statistic, pValue: 0.001, pValueBound: 'floored' };
  return { statistic, pValue: Math.exp(FIT[0] * statistic ** 2 + FIT[1] * statistic + FIT[2]) };
}

/** Coefficients [c2, c1, c0] of the least-squares quadratic through (x, y), as np.polyfit(x, y, 2). */
function quadraticLeastSquares(x: readonly number[], y: readonly number[]): [number, number, number] {
  // Centred normal equations (well conditioned for 7 points), then expanded back.
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const u = x.map((v) => v - mean);
  const S = [0, 0, 0, 0, 0];
  const T = [0, 0, 0];
  u.forEach((v, i) => {
    for (let p = 0; p <= 4; p++) S[p] += v ** p;
    for (let p = 0; p <= 2; p++) T[p] += y[i] * v ** p;
  });
  // [S4 S3 S2; S3 S2 S1; S2 S1 S0] [q2 q1 q0]ᵀ = [T2 T1 T0]ᵀ, by Cramer's rule
  const M = [
    [S[4], S[3], S[2]],
    [S[3], S[2], S[1]],
    [S[2], S[1], S[0]],
  ];
  const rhs = [T[2], T[1], T[0]];
  const det = (m: number[][]): number =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const D = det(M);
  const solve = (col: number): number => det(M.map((row, r) => row.map((v, c) => (c === col ? rhs[r] : v)))) / D;
  const [q2, q1, q0] = [solve(0), solve(1), solve(2)];
  // q2 (x − μ)² + q1 (x − μ) + q0 in powers of x
  return [q2, q1 - 2 * q2 * mean, q2 * mean * mean - q1 * mean + q0];
}
