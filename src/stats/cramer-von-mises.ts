/**
 * Two-sample Cramér–von Mises test (Anderson 1962), as scipy.stats.cramervonmises_2samp(x, y)
 * (method='auto') in scipy 1.10:
 * U = n_x Σ (r_i − i)² + n_y Σ (s_j − j)² over the pooled midranks r, s of each sorted sample,
 * T = U / (n_x n_y N) − (4 n_x n_y − 1) / (6N);
 * - exact (max(n_x, n_y) ≤ 20): P(U' ≥ U) over all C(N, n_x) splits, by Xiao, Gordon and Yakovlev's
 *   (2006) frequency-table recursion;
 * - asymptotic: T standardised with its exact mean and variance (Anderson 1962, eqs. 11, 14) and
 *   referred to the limiting one-sample distribution (Csörgő & Faraway 1996, series truncated where
 *   scipy truncates it); p = 1 below 0.003.
 *
 * Ties: both scipy p-values assume continuous data. With ties the statistic uses midranks, but the
 * null distribution it is referred to is the one without ties, so on heavily tied data (few
 * distinct values) the p-value is badly wrong — far too large. {@link cramerVonMisesTieSafe} keeps
 * scipy's answer when ties are negligible and otherwise replaces the p-value by a permutation
 * p-value, exact in expectation under any tie pattern.
 * Domain: two samples sorted ascending, at least two values each, no NaN.
 * Range: statistic ≥ 0 (approximately), p-value in [0, 1].
 * @throws RangeError if a sample has fewer than two values.
 */
import { besselKScaled } from './bessel-k.js';
import { logGamma } from './gamma.js';
import { poolTies, tieFactor, type PooledTies } from './pooled-ties.js';
import type { Random } from './rng.js';
import { CompensatedSum } from './summation.js';

export interface CramerVonMisesResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic' | 'permutation';
}

export function cramerVonMises2Samp(sortedX: Float64Array, sortedY: Float64Array): CramerVonMisesResult {
  if (sortedX.length <= 1 || sortedY.length <= 1) throw new RangeError('cramervonmises_2samp: x and y must contain at least two observations');
  return cramerVonMisesPooled(poolTies(sortedX, sortedY));
}

export function cramerVonMisesPooled(pooled: PooledTies): CramerVonMisesResult {
  const nx = pooled.sizeA;
  const ny = pooled.sizeB;
  const u = rankDeviation(pooled, pooled.countA);
  const t = statisticFromU(u, nx, ny);
  if (Math.max(nx, ny) <= 20) return { statistic: t, pValue: exactPValue(u, nx, ny), method: 'exact' };
  const k = nx * ny;
  const N = nx + ny;
  const et = (1 + 1 / N) / 6;
  let vt = (N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k);
  vt = vt / (45 * N ** 2 * 4 * k);
  const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
  const pValue = tn < 0.003 ? 1 : Math.max(0, 1 - cramerVonMisesLimitCdf(tn));
  return { statistic: t, pValue, method: 'asymptotic' };
}

/** T from U (Anderson 1962, eq. 9). */
function statisticFromU(u: number, nx: number, ny: number): number {
  const k = nx * ny;
  const N = nx + ny;
  return u / (k * N) - (4 * k - 1) / (6 * N);
}

/**
 * U for a given split of the pooled tie groups (xCounts[j] of group j belong to x): the squared
 * deviations of each sample's midranks from its own ranks 1…n, summed per group in closed form:
 * Σ_{i=s+1}^{s+a} (r − i)² = a·c² + a(a² − 1)/12 with c = r − s − (a + 1)/2.
 */
function rankDeviation(pooled: PooledTies, xCounts: ArrayLike<number>): number {
  const nx = pooled.sizeA;
  const ny = pooled.sizeB;
  const sumX = new CompensatedSum();
  const sumY = new CompensatedSum();
  let below = 0;
  let seenX = 0;
  let seenY = 0;
  for (let j = 0; j < pooled.values.length; j++) {
    const total = pooled.countA[j] + pooled.countB[j];
    const a = xCounts[j];
    const b = total - a;
    const midrank = below + (total + 1) / 2;
    if (a > 0) {
      const c = midrank - seenX - (a + 1) / 2;
      sumX.add(a * c * c + (a * (a * a - 1)) / 12);
    }
    if (b > 0) {
      const c = midrank - seenY - (b + 1) / 2;
      sumY.add(b * c * c + (b * (b * b - 1)) / 12);
    }
    below += total;
    seenX += a;
    seenY += b;
  }
  return nx * sumX.value + ny * sumY.value;
}

/**
 * P(U' ≥ U) over all splits of 1…N into samples of m and n (no ties), by the recursion of Xiao et
 * al. (2006) on frequency tables of g⁺(u, v) = Σ (a·v − b·u)² along lattice paths, a = lcm/m,
 * b = lcm/n, compared with ζ = ⌊lcm² (m + n)(6U − mn(4mn − 1)) / (6 m² n²)⌋, as scipy computes it.
 */
function exactPValue(u: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm ** 2 * (m + n) * (6 * u - mn * (4 * mn - 1))) / (6 * mn ** 2));
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 1; v <= m; v++) gs.push(new Map());
  for (let uu = 0; uu <= n; uu++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [value, freq] of gs[v]) merged.set(value, (merged.get(value) ?? 0) + freq);
      const shift = (a * v - b * uu) ** 2;
      tmp = new Map();
      for (const [value, freq] of merged) tmp.set(value + shift, freq);
      next.push(tmp);
    }
    gs = next;
  }
  let hits = 0;
  let total = 0;
  for (const [value, freq] of gs[m]) {
    total += freq;
    if (value >= zeta) hits += freq;
  }
  return hits / total;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * CDF of the limiting distribution of the one-sample Cramér–von Mises statistic (Csörgő & Faraway
 * 1996, eq. 1.2), summing terms until one is below 1e-7 as scipy's `_cdf_cvm_inf` does:
 * Σ_k Γ(k + ½)/(Γ(k + 1) π^1.5 √x) · √(4k + 1) · e^(−q) K_¼(q), q = (4k + 1)²/(16x).
 * Domain: x > 0. Not accurate above x ≈ 4, where it is 1 to double precision anyway.
 */
export function cramerVonMisesLimitCdf(x: number): number {
  let total = 0;
  for (let k = 0; k < 1000; k++) {
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const scale = Math.exp(logGamma(k + 0.5) - logGamma(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    // e^(−q) K_¼(q) = e^(−2q) · (e^q K_¼(q))
    const term = scale * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(0.25, q);
    total += term;
    if (Math.abs(term) < 1e-7) break;
  }
  return total;
}

/** Above this tie factor Σ(t³ − t)/(N³ − N) ties are no longer negligible (variance off by > 1%). */
export const CVM_TIE_FACTOR_LIMIT = 0.01;
/** Default number of permutations; p-values then have a resolution of 1/(B + 1) = 0.001. */
export const CVM_DEFAULT_PERMUTATIONS = 999;
/** Work budget (permutations × smaller sample) above which fewer permutations are drawn (never below 199). */
export const CVM_PERMUTATION_BUDGET = 50_000_000;

export interface TieSafeOptions {
  random: Random;
  permutations?: number;
}

/**
 * Cramér–von Mises with a p-value that stays valid under ties: scipy's p-value when the tie
 * factor Σ(t³ − t)/(N³ − N) is at most 0.01 (rounding-level ties), otherwise a Monte Carlo
 * permutation p-value (1 + #{U* ≥ U}) / (B + 1) over B random re-splits of the pooled sample
 * (the statistic recomputed on midranks each time), drawn with the injected seeded generator.
 * Each permutation costs O(min(n_x, n_y) + distinct values); B is lowered (to no fewer than 199)
 * when B × min(n_x, n_y) would exceed 5·10⁷, so the p-value's resolution then is 1/(B + 1).
 */
export function cramerVonMisesTieSafe(sortedX: Float64Array, sortedY: Float64Array, options: TieSafeOptions): CramerVonMisesResult {
  if (sortedX.length <= 1 || sortedY.length <= 1) throw new RangeError('cramervonmises_2samp: x and y must contain at least two observations');
  const pooled = poolTies(sortedX, sortedY);
  if (tieFactor(pooled) <= CVM_TIE_FACTOR_LIMIT) return cramerVonMisesPooled(pooled);
  return cramerVonMisesPermutation(pooled, options);
}

export function cramerVonMisesPermutation(pooled: PooledTies, { random, permutations = CVM_DEFAULT_PERMUTATIONS }: TieSafeOptions): CramerVonMisesResult {
  const nx = pooled.sizeA;
  const ny = pooled.sizeB;
  const N = nx + ny;
  const groups = pooled.values.length;
  const observed = rankDeviation(pooled, pooled.countA);
  const drawX = nx <= ny;
  const drawn = Math.min(nx, ny);
  const budgeted = Math.floor(CVM_PERMUTATION_BUDGET / Math.max(1, drawn));
  const B = Math.max(Math.min(permutations, budgeted), Math.min(permutations, 199));
  // the pooled sample as group labels; a partial Fisher–Yates shuffle draws a uniform subset
  const labels = new Int32Array(N);
  for (let j = 0, p = 0; j < groups; j++) {
    const t = pooled.countA[j] + pooled.countB[j];
    labels.fill(j, p, p + t);
    p += t;
  }
  const drawnCounts = new Int32Array(groups);
  const xCounts = new Int32Array(groups);
  let atLeast = 0;
  const tolerance = 1e-12 * Math.abs(observed);
  for (let r = 0; r < B; r++) {
    drawnCounts.fill(0);
    for (let i = 0; i < drawn; i++) {
      const pick = i + Math.floor(random.next() * (N - i));
      const label = labels[pick];
      labels[pick] = labels[i];
      labels[i] = label;
      drawnCounts[label]++;
    }
    for (let j = 0; j < groups; j++) {
      xCounts[j] = drawX ? drawnCounts[j] : pooled.countA[j] + pooled.countB[j] - drawnCounts[j];
    }
    if (rankDeviation(pooled, xCounts) >= observed - tolerance) atLeast++;
  }
  return { statistic: statisticFromU(observed, nx, ny), pValue: (1 + atLeast) / (B + 1), method: 'permutation' };
}
