/**
 * Multiple-testing corrections of a family of p-values, exactly as statsmodels
 * `multipletests(pvals, alpha, method)`:
 * - `bonferroni`: p·m, capped at 1; rejects p ≤ α/m.
 * - `holm` (step-down): sorted ascending, p_(i)·(m − i + 1) made non-decreasing; rejects the
 *   sorted p-values before the first one above α/(m − i + 1).
 * - `bh` (Benjamini–Hochberg, statsmodels `fdr_bh`): sorted ascending, p_(i)·m/i made
 *   non-increasing from the top; rejects every p-value up to the largest i with p_(i) ≤ α·i/m.
 * - `none`: the p-values unchanged; rejects p ≤ α.
 * Holm controls the family-wise error rate under any dependence; BH controls the false discovery
 * rate under independence or positive dependence, and equals the family-wise rate when no
 * hypothesis is false. NaN p-values (tests that could not be computed) are left out of the family
 * and come back NaN and not rejected.
 * Domain: p-values in [0, 1] or NaN; 0 < α < 1. Range: adjusted p-values in [0, 1].
 * @example adjustPValues([0.01, 0.04, 0.03], 'holm') // [0.03, 0.06, 0.06]
 */
export type Correction = 'bh' | 'holm' | 'bonferroni' | 'none';
export const CORRECTIONS: readonly Correction[] = ['bh', 'holm', 'bonferroni', 'none'];

export interface MultipleTestsResult {
  adjusted: number[];
  reject: boolean[];
}

export function adjustPValues(pValues: readonly number[], method: Correction): number[] {
  return multipleTests(pValues, method, 0.05).adjusted;
}

export function multipleTests(pValues: readonly number[], method: Correction, alpha: number): MultipleTestsResult {
  const adjusted = pValues.map(() => NaN);
  const reject = pValues.map(() => false);
  const order = pValues.map((_, i) => i).filter((i) => !Number.isNaN(pValues[i]));
  order.sort((a, b) => pValues[a] - pValues[b]);
  const m = order.length;
  if (m === 0) return { adjusted, reject };
  const sorted = order.map((i) => pValues[i]);
  let sortedAdjusted: number[];
  let sortedReject: boolean[];
  switch (method) {
    case 'none':
      sortedAdjusted = sorted.slice();
      sortedReject = sorted.map((p) => p <= alpha);
      break;
    case 'bonferroni':
      sortedAdjusted = sorted.map((p) => p * m);
      sortedReject = sorted.map((p) => p <= alpha / m);
      break;
    case 'holm': {
      sortedAdjusted = new Array<number>(m);
      let running = -Infinity;
      for (let i = 0; i < m; i++) {
        running = Math.max(running, sorted[i] * (m - i));
        sortedAdjusted[i] = running;
      }
      const firstKept = sorted.findIndex((p, i) => p > alpha / (m - i));
      const stop = firstKept === -1 ? m : firstKept;
      sortedReject = sorted.map((_, i) => i < stop);
      break;
    }
    case 'bh': {
      sortedAdjusted = new Array<number>(m);
      let running = Infinity;
      for (let i = m - 1; i >= 0; i--) {
        running = Math.min(running, sorted[i] / ((i + 1) / m));
        sortedAdjusted[i] = running;
      }
      let last = -1;
      for (let i = 0; i < m; i++) if (sorted[i] <= ((i + 1) / m) * alpha) last = i;
      sortedReject = sorted.map((_, i) => i <= last);
      break;
    }
  }
  order.forEach((original, rank) => {
    adjusted[original] = Math.min(1, sortedAdjusted[rank]);
    reject[original] = sortedReject[rank];
  });
  return { adjusted, reject };
}
