/**
 * Population Stability Index: PSI = Σ_k (r_k − c_k) · ln(r_k / c_k) over binned proportions of the
 * reference (r) and current (c) samples, natural log, the proportions used as given (the shared
 * binning replaces empty bins by 1e-4 without renormalising; src/stats/binning.ts). It is the
 * symmetrised Kullback–Leibler divergence KL(r‖c) + KL(c‖r). Rules of thumb: < 0.1 stable,
 * 0.1–0.25 moderate shift, > 0.25 major shift.
 * Domain: positive proportions of equal length. Range ≥ 0 (Infinity if a proportion is 0).
 * @throws RangeError if the arrays differ in length.
 * @example populationStabilityIndex([0.5, 0.5], [0.25, 0.75]) // 0.27465307216702745
 */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  if (reference.length !== current.length) throw new RangeError('PSI: the proportion arrays differ in length');
  let psi = 0;
  for (let k = 0; k < reference.length; k++) {
    const r = reference[k];
    const c = current[k];
    if (r === c) continue;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}
