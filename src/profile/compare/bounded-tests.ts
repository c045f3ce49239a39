/**
 * The drift tests that stay computable when the reference is only a quantile sketch (its value
 * counts incomplete), each with an interval that contains the exact statistic — the one
 * src/drift/stattests/*.ts computes from the raw reference — whenever the sketches' rank-error
 * bounds hold (probability ≥ 1 − 10⁻⁶ each; kll.ts, sql-profile.ts):
 * - `ks`: D̂ = sup |F̂_r − F̂_c|; |D̂ − D| ≤ ε_r + ε_c, and the p-value (scipy's ks_2samp from
 *   the statistic and the true sizes, ks-two-sample.ts) lies between its values at D̂ ± (ε_r + ε_c),
 *   being monotone in D.
 * - `wasserstein` (normed by the reference σ, exact from the moments): |Ŵ − W| ≤ W(F̂_r, F_r) +
 *   W(F̂_c, F_c) ≤ ε_r (max_r − min_r) + ε_c (max_c − min_c), since |F̂ − F| ≤ ε on [min, max] and is 0
 *   outside.
 * - `psi`, `kl_div`, `tvd` on the shared binning (binning.ts: 10 reference-quantile bins): the bins
 *   are the sketch's type-7 quantiles. Each exact edge (a type-7 quantile of the true reference)
 *   lies between two order statistics, and order statistic r is bracketed by the sketch's items
 *   where R̂ ∓ εn passes r; each bin's exact reference and current proportions then lie in an
 *   interval, and the statistic, a sum of per-bin terms, between the sums of each term's minimum
 *   and maximum over its box (the terms are monotone or convex there; the fill of empty bins with
 *   1e-4 is enclosed too). An empty exact bin (edges that coincide and are merged by the exact
 *   binning) contributes 0 to all three, so the bins need no de-duplication to be bounded.
 * Every other test needs the exact values (ranks for Anderson–Darling, Cramér–von Mises, Mann–
 * Whitney; renormalised proportions for Jensen–Shannon and Hellinger; every category for the
 * category tests) and is refused with that reason.
 */
import { ksTwoSampleFromStatistic } from '../../stats/ks-two-sample.js';
import type { BinningOptions } from '../../stats/binning.js';
import { klDivergence, totalVariationDistance } from '../../stats/probability-distances.js';
import { populationStabilityIndex } from '../../stats/population-stability-index.js';
import { MIN_NORMALISING_STD } from '../../drift/stattests/wasserstein.js';
import { orderStatistic, rankBelow, weightedEcdfDistances, type WeightedSample } from './weighted-sample.js';

export interface BoundedResult {
  statistic: number;
  pValue?: number;
  /** The exact statistic lies in [lo, hi] (when the sketches' bounds hold). */
  statisticBounds: [number, number];
  pValueBounds?: [number, number];
  detail: string;
}

export interface NumericSide {
  readonly sample: WeightedSample;
  readonly min: number;
  readonly max: number;
}

/** Tests this file can bound. */
export const BOUNDED_TESTS: readonly string[] = ['ks', 'wasserstein', 'psi', 'kl_div', 'tvd'];

/** Both ECDF distances of a pair (one merge of the two samples), to share between the tests and the effect size. */
export type EcdfPair = ReturnType<typeof weightedEcdfDistances>;

export function boundedKs(reference: NumericSide, current: NumericSide, distances: EcdfPair = weightedEcdfDistances(reference.sample, current.sample)): BoundedResult {
  const e = reference.sample.epsilon + current.sample.epsilon;
  const d = distances.ks;
  const lo = Math.max(0, d - e);
  const hi = Math.min(1, d + e);
  const nr = reference.sample.n;
  const nc = current.sample.n;
  const point = ksTwoSampleFromStatistic(d, nr, nc);
  return {
    statistic: point.statistic,
    pValue: point.pValue,
    statisticBounds: [lo, hi],
    pValueBounds: [ksTwoSampleFromStatistic(hi, nr, nc).pValue, ksTwoSampleFromStatistic(lo, nr, nc).pValue],
    detail: `${point.method}; KS statistic ±${round(e)} (reference sketch rank error)`,
  };
}

export function boundedWasserstein(reference: NumericSide, current: NumericSide, referenceStd: number, distances: EcdfPair = weightedEcdfDistances(reference.sample, current.sample)): BoundedResult {
  const w = distances.wasserstein;
  const scale = Math.max(referenceStd, MIN_NORMALISING_STD);
  const slack = reference.sample.epsilon * (reference.max - reference.min) + current.sample.epsilon * (current.max - current.min);
  const statistic = w / scale;
  return { statistic, statisticBounds: [Math.max(0, (w - slack) / scale), (w + slack) / scale], detail: `normed Wasserstein ±${round(slack / scale)} (reference sketch rank error × range / σ)` };
}

type BinnedId = 'psi' | 'kl_div' | 'tvd';

export function boundedBinned(test: BinnedId, reference: NumericSide, current: NumericSide, binning: BinningOptions): BoundedResult {
  const r = reference.sample;
  const c = current.sample;
  const bins = binning.bins;
  // Point edges: the sketch's type-7 quantiles (binning.ts formula on the sketch's order statistics).
  const edges: number[] = [];
  const brackets: [number, number][] = [];
  for (let k = 1; k < bins; k++) {
    const p = k / bins;
    const h = (r.n - 1) * p;
    const j = Math.floor(h);
    const gamma = h - j;
    const a = orderStatistic(r, j + 1);
    const b = orderStatistic(r, Math.min(j + 2, r.n));
    const diff = b - a;
    edges.push(gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma);
    brackets.push([lower(r, j + 1, reference.min), upper(r, Math.min(j + 2, r.n), reference.max)]);
  }
  const unique = [...new Set(edges.sort((x, y) => x - y))];
  // Point proportions: reference from the sketch, current exact, in the sketch's bins.
  const pointCounts = (s: WeightedSample) => {
    const out: number[] = [];
    let previous = 0;
    for (const e of unique) {
      const below = rankBelow(s, e);
      out.push(below - previous);
      previous = below;
    }
    out.push(s.n - previous);
    return out;
  };
  const rc = pointCounts(r);
  const cc = pointCounts(c);
  const fill = (x: number, n: number) => (x / n === 0 ? binning.emptyProportion : x / n);
  let statistic: number;
  if (test === 'tvd') statistic = totalVariationDistance(rc.map((x) => x / r.n), cc.map((x) => x / c.n));
  else {
    const rp = rc.map((x) => fill(x, r.n));
    const cp = cc.map((x) => fill(x, c.n));
    statistic = test === 'psi' ? populationStabilityIndex(rp, cp) : klDivergence(rp, cp);
  }
  // Bounds: per exact bin (no de-duplication needed, see the header), boxes of proportions.
  const rankBounds = (s: WeightedSample, [lo, hi]: [number, number]): [number, number] => {
    const slack = s.epsilon * s.n;
    return [Math.max(0, rankBelow(s, lo) - slack), Math.min(s.n, rankBelow(s, hi) + slack)];
  };
  const edgeRanks = (s: WeightedSample) => [[0, 0] as [number, number], ...brackets.map((b) => rankBounds(s, b)), [s.n, s.n] as [number, number]];
  const re = edgeRanks(r);
  const ce = edgeRanks(c);
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < bins; k++) {
    const rBox: [number, number] = [Math.max(0, re[k + 1][0] - re[k][1]) / r.n, Math.min(r.n, re[k + 1][1] - re[k][0]) / r.n];
    const cBox: [number, number] = [Math.max(0, ce[k + 1][0] - ce[k][1]) / c.n, Math.min(c.n, ce[k + 1][1] - ce[k][0]) / c.n];
    const [tlo, thi] = termRange(test, rBox, cBox, r.n, c.n, binning.emptyProportion);
    lo += tlo;
    hi += thi;
  }
  lo = Math.max(0, lo);
  if (test === 'tvd') hi = Math.min(1, hi);
  return { statistic, statisticBounds: [Math.min(lo, statistic), Math.max(hi, statistic)], detail: `${unique.length + 1} bins of the reference sketch; exact statistic in the stated interval` };
}

/** Sup of the sketch's items x with R̂(x) < r − εn (order statistic r is at least that), else the minimum. */
function lower(s: WeightedSample, r: number, min: number): number {
  const target = r - s.epsilon * s.n;
  let best = min;
  for (let i = 0; i < s.values.length && s.cumulative[i] < target; i++) best = s.values[i];
  return best;
}

/** Inf of the sketch's items x with R̂(x) ≥ r + εn (order statistic r is at most that), else the maximum. */
function upper(s: WeightedSample, r: number, max: number): number {
  const target = r + s.epsilon * s.n;
  for (let i = 0; i < s.values.length; i++) if (s.cumulative[i] >= target) return s.values[i];
  return max;
}

/** The interval the proportion x in [a, b] takes after the empty-bin fill (0 → fill; others ≥ 1/n). */
function filled([a, b]: [number, number], n: number, fillValue: number): [number, number] {
  if (b <= 0) return [fillValue, fillValue];
  if (a > 0) return [a, b];
  return [Math.min(fillValue, 1 / n), Math.max(fillValue, b)];
}

function termRange(test: BinnedId, rBox: [number, number], cBox: [number, number], nr: number, nc: number, fillValue: number): [number, number] {
  if (test === 'tvd') {
    const overlap = rBox[0] <= cBox[1] && cBox[0] <= rBox[1];
    const gap = overlap ? 0 : Math.min(Math.abs(rBox[0] - cBox[1]), Math.abs(cBox[0] - rBox[1]));
    return [gap / 2, Math.max(Math.abs(rBox[1] - cBox[0]), Math.abs(cBox[1] - rBox[0])) / 2];
  }
  const [r0, r1] = filled(rBox, nr, fillValue);
  const [c0, c1] = filled(cBox, nc, fillValue);
  if (test === 'psi') {
    const g = (r: number, c: number) => (r - c) * Math.log(r / c);
    const max = Math.max(g(r0, c0), g(r0, c1), g(r1, c0), g(r1, c1));
    const overlap = r0 <= c1 && c0 <= r1;
    const min = overlap ? 0 : r0 > c1 ? g(r0, c1) : g(r1, c0);
    return [min, max];
  }
  // KL term r ln(r/c): decreasing in c; convex in r with its minimum at r = c/e.
  const k = (r: number, c: number) => r * Math.log(r / c);
  const rStar = Math.min(r1, Math.max(r0, c1 / Math.E));
  return [k(rStar, c1), Math.max(k(r0, c0), k(r1, c0))];
}

function round(x: number): string {
  return Number(x.toPrecision(2)).toString();
}

