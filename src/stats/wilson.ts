/**
 * The Wilson score interval for a binomial proportion (Wilson, 1927): the set of p whose score
 * test does not reject at the given confidence,
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),   half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 *
 * with p̂ = successes / trials and z the two-sided normal critical value. Unlike the Wald interval
 * it stays inside [0, 1] and keeps close to nominal coverage near 0 and 1 and for small n
 * (Brown, Cai & DasGupta, 2001). Matches statsmodels
 * `proportion_confint(count, nobs, alpha, method="wilson")`.
 *
 * Domain: 0 ≤ successes ≤ trials, trials > 0, confidence in (0, 1). Range: [lo, hi] ⊂ [0, 1].
 * @returns null when there are no trials (the proportion is undefined).
 * @throws RangeError for counts or a confidence outside the domain.
 * @example wilsonInterval(81, 100, 0.95) // [0.7222115462093565, 0.8748524849023126]
 *   (statsmodels: 0.7222115462093562, 0.8748524849023126)
 */
import { zCritical } from './normal.js';

export function wilsonInterval(successes: number, trials: number, confidence: number): [number, number] | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (!(trials >= 0) || !(successes >= 0) || successes > trials) {
    throw new RangeError(`Wilson interval needs 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
  }
  if (trials === 0) return null;
  const z = zCritical(confidence);
  const z2 = z * z;
  const p = successes / trials;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}
