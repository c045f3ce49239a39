/**
 * The minimal detectable difference: the smallest true difference that a two-sided test at
 * significance α = 1 − confidence detects with the given power, when its estimate is about
 * normal with standard error SE. Reported with an inconclusive result: "the data could have
 * detected a difference of X or more".
 *
 * Definition: MDD = (z_{1−α/2} + z_{power}) · SE, with z_q the standard normal quantile; at 95%
 * confidence and 80% power, MDD = (1.959964 + 0.841621) · SE ≈ 2.8016 · SE.
 * Variant: the usual sample-size formula solved for the effect. It ignores the chance of
 * rejecting in the wrong direction, Φ(−2z_{1−α/2} − z_power) (1e-6 at 95% confidence and 80%
 * power), so it is larger, by about that much relative, than the exact two-tailed solution of
 * statsmodels' NormalIndPower().solve_power(effect_size=None, nobs1=1, ratio=0, alpha=α,
 * power=power) · SE: conservative. Checked against the formula evaluated with
 * scipy.stats.norm and against statsmodels 0.13.5 (test/stats/minimal-detectable-difference.test.ts).
 *
 * Domain: SE ≥ 0 and finite; confidence and power in (0, 1). Range: [0, ∞); SE = 0 gives 0.
 * Throws RangeError outside the domain (the caller computes SE; a bad one is a bug).
 * @example minimalDetectableDifference(0.01) // 0.028015852181129654
 */
import { normalQuantile, zCritical } from './normal.js';

export function minimalDetectableDifference(standardError: number, confidence = 0.95, power = 0.8): number {
  if (!(standardError >= 0) || !Number.isFinite(standardError)) {
    throw new RangeError(`minimalDetectableDifference: standard error ${standardError} is not a finite non-negative number`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`minimalDetectableDifference: confidence ${confidence} is not in (0, 1)`);
  if (!(power > 0 && power < 1)) throw new RangeError(`minimalDetectableDifference: power ${power} is not in (0, 1)`);
  return (zCritical(confidence) + normalQuantile(power)) * standardError;
}
