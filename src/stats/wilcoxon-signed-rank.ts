/**
 * The Wilcoxon signed-rank test of paired samples (is the distribution of a − b symmetric
 * about 0?), for the per-row losses of two models on the same rows.
 *
 * Definition: dᵢ = aᵢ − bᵢ (n pairs); zero differences are dropped (Wilcoxon's convention); the m
 * remaining |dᵢ| are ranked 1…m, ties getting their average rank (mid-ranks); R⁺ and R⁻ are the
 * rank sums of the positive and negative dᵢ; the statistic is T = min(R⁺, R⁻) and the p-value
 * two-sided, p = min(1, 2 · min(P(R⁺ ≤ r), P(R⁺ ≥ r))) under the null distribution:
 * - exact, n ≤ 50 with neither zeros nor ties: the distribution of R⁺ over all 2^m sign patterns
 *   of the ranks 1…m, counted exactly;
 * - exact, n ≤ 13 with ties or zeros: the permutation distribution of R⁺ over all 2^m sign flips of
 *   the observed mid-ranks, counted exactly (on doubled ranks, which are integers) — what scipy's
 *   permutation test enumerates there (2^13 = 8192 sign patterns is fewer than its default 9999
 *   resamples, so it is exhaustive; the zeros' 2^(n−m) flips only repeat each pattern);
 * - otherwise the normal approximation without continuity correction and with the tie
 *   correction: z = (T − m(m+1)/4) / √(m(m+1)(2m+1)/24 − Σ(t³ − t)/48), p = 2 Φ(−|z|).
 * Variant: scipy.stats.wilcoxon(a, b) with the defaults of scipy ≥ 1.15 (zero_method='wilcox',
 * correction=False, alternative='two-sided', method='auto'; the permutation step for small tied
 * samples came with scipy gh-21567, checked against scipy's current _wilcoxon.py and the 1.17
 * documentation). Checked against Debian's scipy 1.10.1 where the two versions agree (untied
 * exact, normal approximation) and, for the tied or zero cases n ≤ 13 that 1.10.1 computes
 * differently, against scipy 1.10.1's `permutation_test(..., permutation_type='samples')` run
 * exhaustively and an independent numpy enumeration of all 2^n sign vectors
 * (scripts/reference/wilcoxon_exact.py → test/fixtures/stats/paired/wilcoxon-exact.json).
 *
 * Performance: one sort of the differences as a Float64Array (negatives read backwards and
 * positives forwards are both sorted by |d|, merged in one pass), no per-row objects; n up to
 * 1,000,000 and beyond.
 *
 * Degenerate inputs: n = 0 gives nulls with a reason (scipy: NaN); all differences zero gives
 * statistic 0 and p-value 1 with a reason (scipy raises: no evidence of a difference either way).
 *
 * Domain: two equally long arrays of finite numbers. Range: pValue in [0, 1].
 * Throws DataError for a non-finite value (naming the 1-based pair), RangeError for unequal lengths.
 */
import { DataError } from '../errors.js';
import { normalTwoSided } from './normal.js';

export interface WilcoxonSignedRankResult {
  /** Pairs given. */
  n: number;
  /** Zero differences, dropped before ranking. */
  zeros: number;
  /** T = min(R⁺, R⁻). */
  statistic: number | null;
  rankSumPositive: number | null;
  rankSumNegative: number | null;
  /** The standardised statistic of the normal approximation (null for the exact test). */
  z: number | null;
  pValue: number | null;
  method: 'exact' | 'normal-approximation' | null;
  /** Why the result is degenerate or the requested exact method was not used, else null. */
  reason: string | null;
}

export type WilcoxonMethod = 'auto' | 'exact' | 'normal-approximation';

/** n at or below which `auto` uses the exact null distribution when there are no ties or zeros (scipy's threshold). */
export const WILCOXON_EXACT_MAX_N = 50;

/** n at or below which `auto` uses the exact permutation distribution when there are ties or zeros (scipy ≥ 1.15). */
export const WILCOXON_PERMUTATION_MAX_N = 13;

/** The largest m for which `exact` is honoured (the counting costs O(m³) and 2^m must stay finite). */
export const WILCOXON_EXACT_LIMIT = 400;

/**
 * Wilcoxon signed-rank test of a against b (differences a − b).
 * @example
 * wilcoxonSignedRank([1.5, 2.3, 3.1, 0.2, 4.45], [1, 2, 3.5, 0, 4])
 * // { statistic: 3, rankSumPositive: 12, rankSumNegative: 3, pValue: 0.3125, method: 'exact', … }
 * wilcoxonSignedRankOfDifferences([1, 1, 2, 3, -3, 4, 5, 6, 7, -8]) // ties: the sign-flip distribution
 * // { statistic: 14.5, rankSumPositive: 40.5, rankSumNegative: 14.5, pValue: 0.201171875, method: 'exact', … }
 * //   (the normal approximation says 0.18457; scipy 1.10.1's exact test on int(40.5), 0.23242)
 */
export function wilcoxonSignedRank(a: ArrayLike<number>, b: ArrayLike<number>, method: WilcoxonMethod = 'auto'): WilcoxonSignedRankResult {
  if (a.length !== b.length) throw new RangeError(`wilcoxonSignedRank: ${a.length} values against ${b.length}; the samples must be paired`);
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = a[i] - b[i];
  return signedRankOfDifferences(differences, method);
}

/** The same test from the differences themselves (copied, not modified). */
export function wilcoxonSignedRankOfDifferences(differences: ArrayLike<number>, method: WilcoxonMethod = 'auto'): WilcoxonSignedRankResult {
  return signedRankOfDifferences(Float64Array.from(differences), method);
}

/** Sorts `sorted` in place (the caller's own copy). */
function signedRankOfDifferences(sorted: Float64Array, method: WilcoxonMethod): WilcoxonSignedRankResult {
  const n = sorted.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(sorted[i])) throw new DataError(`Wilcoxon signed-rank test: the difference at pair ${i + 1} is ${sorted[i]}, not a finite number`);
  }
  const none = { n, zeros: 0, statistic: null, rankSumPositive: null, rankSumNegative: null, z: null, pValue: null, method: null };
  if (n === 0) return { ...none, reason: 'no pairs to compare' };

  sorted.sort();
  let negativeEnd = 0; // sorted[0, negativeEnd) < 0
  while (negativeEnd < n && sorted[negativeEnd] < 0) negativeEnd++;
  let positiveStart = negativeEnd; // sorted[negativeEnd, positiveStart) are zeros
  while (positiveStart < n && sorted[positiveStart] === 0) positiveStart++;
  const zeros = positiveStart - negativeEnd;
  const m = n - zeros;
  if (m === 0) {
    return { ...none, zeros, statistic: 0, rankSumPositive: 0, rankSumNegative: 0, pValue: 1, reason: 'all differences are zero: no evidence of a difference either way' };
  }

  // Merge negatives (read backwards) and positives (forwards) by |d|, ranking tie groups.
  let rankSumPositive = 0;
  let tieTerm = 0; // Σ (t³ − t) over tie groups
  let ranked = 0;
  // Tie groups as (doubled mid-rank, size): the permutation distribution needs them (small n only).
  const keepGroups = m <= WILCOXON_EXACT_LIMIT;
  const groupRanks: number[] = [];
  const groupSizes: number[] = [];
  let negative = negativeEnd - 1;
  let positive = positiveStart;
  while (negative >= 0 || positive < n) {
    const negativeAbs = negative >= 0 ? -sorted[negative] : Infinity;
    const positiveAbs = positive < n ? sorted[positive] : Infinity;
    const value = Math.min(negativeAbs, positiveAbs);
    let groupNegative = 0;
    let groupPositive = 0;
    while (negative >= 0 && -sorted[negative] === value) {
      groupNegative++;
      negative--;
    }
    while (positive < n && sorted[positive] === value) {
      groupPositive++;
      positive++;
    }
    const group = groupNegative + groupPositive;
    const averageRank = ranked + (group + 1) / 2;
    rankSumPositive += groupPositive * averageRank;
    if (keepGroups) {
      groupRanks.push(2 * ranked + group + 1);
      groupSizes.push(group);
    }
    if (group > 1) tieTerm += group * group * group - group;
    ranked += group;
  }
  const rankSumNegative = (m * (m + 1)) / 2 - rankSumPositive;
  const statistic = Math.min(rankSumPositive, rankSumNegative);
  const hasTies = tieTerm > 0;

  const untied = zeros === 0 && !hasTies;
  const exactPossible = m <= WILCOXON_EXACT_LIMIT;
  const useExact =
    method === 'exact' ? exactPossible : method === 'auto' && (untied ? n <= WILCOXON_EXACT_MAX_N : n <= WILCOXON_PERMUTATION_MAX_N);
  const reason = method === 'exact' && !exactPossible ? `exact distribution unavailable (more than ${WILCOXON_EXACT_LIMIT} non-zero differences): normal approximation used` : null;
  const sums = { n, zeros, statistic, rankSumPositive, rankSumNegative };
  if (useExact) {
    const pValue = untied ? exactPValue(m, rankSumPositive) : signFlipPValue(groupRanks, groupSizes, 2 * rankSumPositive);
    return { ...sums, z: null, pValue, method: 'exact', reason };
  }

  const mean = (m * (m + 1)) / 4;
  const variance = (m * (m + 1) * (2 * m + 1)) / 24 - tieTerm / 48;
  const z = (statistic - mean) / Math.sqrt(variance);
  return { ...sums, z, pValue: normalTwoSided(z), method: 'normal-approximation', reason };
}

/**
 * Two-sided exact p-value of R⁺ = r among m untied, non-zero differences, by counting the sign
 * patterns with each rank sum (exact integers up to m = 53, which covers the automatic n ≤ 50).
 */
function exactPValue(m: number, r: number): number {
  const maxSum = (m * (m + 1)) / 2;
  if (r === Math.floor(maxSum / 2)) return 1; // scipy's centre rule
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let k = 1; k <= m; k++) {
    for (let s = (k * (k + 1)) / 2; s >= k; s--) counts[s] += counts[s - k];
  }
  let atMost = 0;
  for (let s = 0; s <= r; s++) atMost += counts[s];
  let atLeast = 0;
  for (let s = r; s <= maxSum; s++) atLeast += counts[s];
  return Math.min(1, (2 * Math.min(atMost, atLeast)) / 2 ** m);
}

/**
 * Two-sided p-value of R⁺ under the permutation (sign-flip) distribution of tied mid-ranks: each
 * non-zero difference carries its mid-rank with a + or − sign, all 2^m patterns equally likely.
 * Counted on doubled ranks (integers): `ranks[g]` is a tie group's doubled mid-rank, `sizes[g]`
 * how many differences share it; `observed` is 2R⁺. Counts are float64: exact below 2^53 (m ≤ 52),
 * beyond that correct to rounding, which the p-value's ratio does not notice.
 */
function signFlipPValue(ranks: readonly number[], sizes: readonly number[], observed: number): number {
  let maxSum = 0;
  for (let g = 0; g < ranks.length; g++) maxSum += ranks[g] * sizes[g];
  let counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  let reach = 0;
  let total = 1;
  for (let g = 0; g < ranks.length; g++) {
    // k of the group's `size` differences positive: C(size, k) ways, adding k·rank.
    const rank = ranks[g];
    const size = sizes[g];
    const next = new Float64Array(maxSum + 1);
    let ways = 1;
    for (let k = 0; k <= size; k++) {
      const shift = k * rank;
      for (let s = 0; s <= reach; s++) if (counts[s] !== 0) next[s + shift] += ways * counts[s];
      ways = (ways * (size - k)) / (k + 1);
    }
    counts = next;
    reach += size * rank;
    total *= 2 ** size;
  }
  let atMost = 0;
  let atLeast = 0;
  for (let s = 0; s <= maxSum; s++) {
    if (s <= observed) atMost += counts[s];
    if (s >= observed) atLeast += counts[s];
  }
  return Math.min(1, (2 * Math.min(atMost, atLeast)) / total);
}
