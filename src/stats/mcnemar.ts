/**
 * McNemar's test and an interval for the accuracy difference of two classifiers scored on the
 * same rows.
 *
 * Definition: each row is concordant (both models right, or both wrong) or discordant (only the
 * champion right: b; only the challenger right: c). Under H0 "equal accuracy" each discordant pair
 * is a fair coin, so the test looks at b and c alone:
 * - exact (b + c < 25): the two-sided binomial test of min(b, c) among b + c at p = ½, i.e.
 *   min(1, 2 · P(X ≤ min(b, c))); statistic = min(b, c);
 * - asymptotic (b + c ≥ 25): χ² = (|b − c| − 1)² / (b + c) with Edwards' continuity correction,
 *   p = P(χ²₁ ≥ χ²).
 * Variant: statsmodels.stats.contingency_tables.mcnemar (exact=True, resp. exact=False,
 * correction=True), including its edge cases: b = c = 0 gives statistic 0 and p-value 1 (exact);
 * b = c ≥ 13 gives χ² = 1/(b + c). Checked against statsmodels 0.13.5 (test/stats/mcnemar.test.ts).
 *
 * Domain: non-negative integer counts. Range: pValue in [0, 1]. Throws RangeError for counts that
 * are not non-negative integers or a confidence outside (0, 1): the caller tallies them, so a bad
 * value is a bug, not a user mistake.
 */
import { binomialTestHalf } from './binomial-test.js';
import { normalTwoSided, zCritical } from './normal.js';

/** The 2×2 table of (champion correct?, challenger correct?) over the same rows. */
export interface PairedCorrectness {
  bothCorrect: number;
  /** Discordant: the champion right, the challenger wrong (statsmodels' table[0][1] with rows = champion). */
  championOnlyCorrect: number;
  /** Discordant: the challenger right, the champion wrong. */
  challengerOnlyCorrect: number;
  bothWrong: number;
}

/** `exact`: binomial; `chi-square-corrected`: with continuity correction; `chi-square`: without. */
export type McNemarMethod = 'exact' | 'chi-square-corrected' | 'chi-square';

export interface McNemarResult {
  /** min(b, c) for the exact test, the χ² value (1 degree of freedom) otherwise. */
  statistic: number;
  pValue: number;
  method: McNemarMethod;
  discordant: { championOnlyCorrect: number; challengerOnlyCorrect: number; total: number };
  /** Why the result is degenerate (no discordant pairs), else null. */
  reason: string | null;
}

/** Below this many discordant pairs the automatic choice is the exact test (DESIGN.md). */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test of equal accuracy. `method: 'auto'` (default) is exact below
 * {@link MCNEMAR_EXACT_BELOW} discordant pairs and continuity-corrected χ² from there on.
 * @example
 * mcnemarTest({ bothCorrect: 59, championOnlyCorrect: 6, challengerOnlyCorrect: 16, bothWrong: 80 })
 * // { statistic: 6, pValue: 0.052478790283203125, method: 'exact', … }  (22 discordant pairs)
 */
export function mcnemarTest(table: PairedCorrectness, method: 'auto' | McNemarMethod = 'auto'): McNemarResult {
  checkTable(table);
  const b = table.championOnlyCorrect;
  const c = table.challengerOnlyCorrect;
  const total = b + c;
  const chosen: McNemarMethod = method === 'auto' ? (total < MCNEMAR_EXACT_BELOW ? 'exact' : 'chi-square-corrected') : method;
  const discordant = { championOnlyCorrect: b, challengerOnlyCorrect: c, total };
  const reason = total === 0 ? 'no discordant pairs: the two models are right and wrong on the same rows' : null;
  if (chosen === 'exact') {
    return { statistic: Math.min(b, c), pValue: binomialTestHalf(b, total), method: chosen, discordant, reason };
  }
  if (total === 0) {
    // statsmodels divides 0 (or 1) by 0 here; the exact answer for no discordant pairs is p = 1.
    return { statistic: 0, pValue: 1, method: chosen, discordant, reason };
  }
  const correction = chosen === 'chi-square-corrected' ? 1 : 0;
  const statistic = (Math.abs(b - c) - correction) ** 2 / total;
  // P(χ²₁ ≥ s) = P(|Z| ≥ √s)
  return { statistic, pValue: normalTwoSided(Math.sqrt(statistic)), method: chosen, discordant, reason };
}

export interface PairedDifferenceInterval {
  /** Challenger accuracy − champion accuracy = (c − b)/n; null when n = 0. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  confidence: number;
  method: 'newcombe-paired-score';
  reason: string | null;
}

/**
 * Confidence interval for the difference of paired proportions, challenger accuracy − champion
 * accuracy = (c − b)/n: Newcombe's method 10 (Newcombe 1998, "Improved confidence intervals for
 * the difference between binomial proportions based on paired data", Statistics in Medicine 17,
 * 2635–2650), a square-and-add combination of the two Wilson score intervals with the correlation
 * estimate φ, as given in Fagerland, Lydersen & Laake (2017, "Statistical Analysis of Contingency
 * Tables", §8.5) and Altman et al. (2000, "Statistics with Confidence", p. 52):
 *   with p₁ = challenger accuracy ∈ [l₁, u₁], p₂ = champion accuracy ∈ [l₂, u₂] (Wilson),
 *   A = n₁₁n₂₂ − n₁₂n₂₁, φ = (A − n/2)/√(row and column totals) if A > n/2, 0 if 0 ≤ A ≤ n/2,
 *   A/√(…) if A < 0, and 0 if any margin is 0;
 *   lower = Δ − √((p₁−l₁)² + (u₂−p₂)² − 2φ(p₁−l₁)(u₂−p₂)),
 *   upper = Δ + √((p₂−l₂)² + (u₁−p₁)² − 2φ(p₂−l₂)(u₁−p₁)).
 * It stays within [−1, 1], is never degenerate at b = c = 0, and keeps close to nominal coverage
 * in small samples where the Wald interval does not. statsmodels has no paired-difference interval,
 * so the reference (scripts/reference/paired_tests.py) implements the formula independently and
 * reproduces the book's worked example (Cavo et al.: −0.0621, 95% CI −0.1186 to −0.0046).
 * Range: −1 ≤ lower ≤ estimate ≤ upper ≤ 1. n = 0 gives nulls and a reason.
 */
export function pairedAccuracyDifferenceInterval(table: PairedCorrectness, confidence = 0.95): PairedDifferenceInterval {
  checkTable(table);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`pairedAccuracyDifferenceInterval: confidence ${confidence} is not in (0, 1)`);
  const n11 = table.bothCorrect;
  const n12 = table.challengerOnlyCorrect;
  const n21 = table.championOnlyCorrect;
  const n22 = table.bothWrong;
  const n = n11 + n12 + n21 + n22;
  const method = 'newcombe-paired-score' as const;
  if (n === 0) return { estimate: null, lower: null, upper: null, confidence, method, reason: 'no rows to compare' };

  const challengerCorrect = n11 + n12;
  const championCorrect = n11 + n21;
  const p1 = challengerCorrect / n;
  const p2 = championCorrect / n;
  const estimate = (n12 - n21) / n;
  const z = zCritical(confidence);
  const [l1, u1] = wilsonBounds(challengerCorrect, n, z);
  const [l2, u2] = wilsonBounds(championCorrect, n, z);
  const phi = continuityCorrectedPhi(n11, n12, n21, n22);
  const lowerReach = Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2));
  const upperReach = Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1));
  return { estimate, lower: estimate - lowerReach, upper: estimate + upperReach, confidence, method, reason: null };
}

/**
 * Tally the paired table from per-row correctness flags (1 = correct), one pass, no per-row
 * objects. Throws RangeError when the lengths differ.
 */
export function tallyPairedCorrectness(championCorrect: ArrayLike<number>, challengerCorrect: ArrayLike<number>): PairedCorrectness {
  if (championCorrect.length !== challengerCorrect.length) {
    throw new RangeError(`tallyPairedCorrectness: ${championCorrect.length} champion rows but ${challengerCorrect.length} challenger rows`);
  }
  const counts = [0, 0, 0, 0]; // index = 2 · champion + challenger
  for (let i = 0; i < championCorrect.length; i++) counts[(championCorrect[i] ? 2 : 0) + (challengerCorrect[i] ? 1 : 0)]++;
  return { bothCorrect: counts[3], championOnlyCorrect: counts[2], challengerOnlyCorrect: counts[1], bothWrong: counts[0] };
}

/** Wilson score bounds for x successes in n trials, exactly 0 at x = 0 and 1 at x = n. */
function wilsonBounds(x: number, n: number, z: number): [number, number] {
  const z2 = z * z;
  const center = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((x * (n - x)) / n + z2 / 4)) / (n + z2);
  return [x === 0 ? 0 : center - half, x === n ? 1 : center + half];
}

/** Newcombe's φ with the continuity correction on A = n₁₁n₂₂ − n₁₂n₂₁ (0 when a margin is empty). */
function continuityCorrectedPhi(n11: number, n12: number, n21: number, n22: number): number {
  const n = n11 + n12 + n21 + n22;
  const marginProduct = (n11 + n12) * (n21 + n22) * (n11 + n21) * (n12 + n22);
  if (marginProduct === 0) return 0;
  const a = n11 * n22 - n12 * n21;
  if (a > n / 2) return (a - n / 2) / Math.sqrt(marginProduct);
  if (a >= 0) return 0;
  return a / Math.sqrt(marginProduct);
}

function checkTable(table: PairedCorrectness): void {
  for (const key of ['bothCorrect', 'championOnlyCorrect', 'challengerOnlyCorrect', 'bothWrong'] as const) {
    const value = table[key];
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`McNemar: ${key} = ${value} is not a non-negative integer count`);
  }
}
