/**
 * The modified Bessel function of the second kind K_ν(x), scaled: e^x K_ν(x), for real ν and
 * x > 0. From the integral K_ν(x) = ∫₀^∞ e^(−x cosh t) cosh(νt) dt, i.e.
 * e^x K_ν(x) = ∫₀^∞ e^(−x (cosh t − 1)) cosh(νt) dt, by the trapezoidal rule, which converges
 * geometrically for this analytic, doubly-exponentially decaying integrand (step ≤ 0.1 and ≤ half
 * the width 1/√x of its peak; relative error about 1e-15). Needed by the Cramér–von Mises
 * limiting distribution. Checked against scipy.special.kv (test/stats/distributions.test.ts).
 * Domain: x > 0 (NaN otherwise). Range > 0.
 */
export function besselKScaled(nu: number, x: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return 0;
  const step = Math.min(0.1, 0.5 / Math.sqrt(x));
  // beyond this t the factor e^(−x (cosh t − 1)) is below e^−800: nothing left to add
  const end = Math.acosh(1 + 800 / x);
  let sum = 0.5; // t = 0: e^0 cosh 0, halved by the trapezoid rule
  for (let i = 1; i * step <= end; i++) {
    const t = i * step;
    sum += Math.exp(-x * (Math.cosh(t) - 1)) * Math.cosh(nu * t);
  }
  return sum * step;
}

/** K_ν(x) itself (underflows to 0 beyond x ≈ 745). */
export function besselK(nu: number, x: number): number {
  return Math.exp(-x) * besselKScaled(nu, x);
}
