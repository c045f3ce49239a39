/**
 * Calibration: expected calibration error and the reliability-diagram data, binned.
 *
 * Each row has a confidence c_r ∈ [0, 1] and an outcome o_r ∈ {0, 1}:
 * - binary: c_r = the positive-class probability, o_r = 1 when the row is positive;
 * - multiclass, top-label (Guo, Pleiss, Sun & Weinberger, 2017, "On calibration of modern neural
 *   networks", ICML): c_r = max_k p_k(r), o_r = 1 when the class of that maximum (the first one in
 *   label order on a tie, as numpy's argmax) is the true class. The top-label variant — not the
 *   classwise one, which is the binary calibration of each class's column vs the rest (call the
 *   binary function per class for that).
 * The rows are put in B bins; for bin b with n_b rows, conf_b = mean c, obs_b = mean o, and
 *   ECE = Σ_b (n_b / N)·|obs_b − conf_b|,   MCE = max_b |obs_b − conf_b| over non-empty bins.
 *
 * Bins (`strategy`, as scikit-learn 1.2's `calibration_curve`):
 * - `uniform` (equal width, metric `ece`): interior edges e_k = k·(1/B), k = 1 … B − 1, the values
 *   numpy.linspace(0, 1, B + 1) holds;
 * - `quantile` (equal mass, metric `ece_quantile`): interior edges = the confidences' quantiles at
 *   k/B, linear interpolation (numpy.percentile(c, linspace(0, 1, B + 1)·100), reproduced to the
 *   bit: src/stats/binning.ts `quantileType7`).
 * A row goes to the bin numbered by how many interior edges lie strictly below its confidence
 * (numpy.searchsorted(edges, c), side "left"): bins are right-closed, [0, e_1], (e_1, e_2], …,
 * (e_{B−1}, 1], so a confidence exactly on an edge belongs to the bin below it — as in
 * scikit-learn's calibration_curve and torchmetrics' calibration error. With ties in the data,
 * quantile edges can coincide: the bins between equal edges are empty (count 0), and rows equal
 * to a repeated edge all fall in the bin below it, so "equal mass" is then only approximately so.
 * The reliability data lists every bin, empty ones with null means.
 *
 * Default B = 15: the bin count of Guo et al.'s ECE and torchmetrics' default, so the number
 * matches what users compute in their notebooks; with a few thousand rows, equal-mass bins still
 * hold hundreds each. (scikit-learn's calibration_curve defaults to 5, too coarse for a gate.)
 *
 * Per bin, the observed frequency carries a Wilson interval (obs_b is a binomial proportion given
 * n_b). ECE has no interval here: it is biased upwards (|·| of a noisy difference) and its
 * sampling distribution is not centred on the population value, so a percentile interval would
 * mislead; gate on the point value.
 *
 * Checked against scikit-learn's calibration_curve for the bin means and a numpy ECE written from
 * the formula (scripts/reference/calibration.py), cross-checked with torchmetrics' published
 * examples (binary ECE 0.2900 and MCE 0.3167 with 2 bins; multiclass top-label 0.2000 and 0.2333
 * with 3 bins). Domain: confidences in [0, 1]. Range: ECE, MCE in [0, 1].
 * @example
 * calibration(binaryCalibrationInput(Float64Array.of(0.25, 0.25, 0.55, 0.75, 0.75), Int32Array.of(0, 0, 1, 1, 1), 1), { bins: 2, strategy: 'uniform' }).ece.value
 * // 0.29000000000000004 (torchmetrics BinaryCalibrationError(n_bins=2) example: 0.2900)
 */
import { quantileType7 } from '../stats/binning.js';
import { sortFinite } from '../stats/sort-finite.js';
import { wilsonInterval } from '../stats/wilson.js';
import type { MetricValue } from './types.js';

export type CalibrationStrategy = 'uniform' | 'quantile';
export type CalibrationVariant = 'binary' | 'top-label';

/** The metric name of each binning strategy. */
export const CALIBRATION_METRICS: Readonly<Record<CalibrationStrategy, string>> = Object.freeze({ uniform: 'ece', quantile: 'ece_quantile' });

export const DEFAULT_CALIBRATION_BINS = 15;

export interface CalibrationOptions {
  /** B ≥ 1 (default 15). */
  bins?: number;
  strategy: CalibrationStrategy;
  /** Confidence level of the per-bin Wilson intervals (default 0.95). */
  confidence?: number;
}

/** Confidences and outcomes, one per row. */
export interface CalibrationInput {
  variant: CalibrationVariant;
  confidence: Float64Array;
  /** 1 where the outcome happened (the row is positive / the top label is right). */
  outcome: Uint8Array;
}

/** One bin of the reliability diagram. */
export interface ReliabilityBin {
  /** The bin's edges: (lower, upper], the first one [lower, upper]. */
  lower: number;
  upper: number;
  count: number;
  /** Mean confidence of the bin's rows (null when empty). */
  meanPredicted: number | null;
  /** Share of the bin's rows whose outcome happened (null when empty). */
  observed: number | null;
  /** Wilson interval of `observed`. */
  observedCi: [number, number] | null;
}

export interface CalibrationResult {
  variant: CalibrationVariant;
  strategy: CalibrationStrategy;
  bins: number;
  /** ECE (metric `ece` or `ece_quantile`). */
  ece: MetricValue;
  /** Maximum calibration error over the non-empty bins. */
  mce: number | null;
  reliability: ReliabilityBin[];
}

/** Binary: confidence = the positive-class probability, outcome = the row is positive. */
export function binaryCalibrationInput(score: Float64Array, yTrue: Int32Array, positive: number): CalibrationInput {
  if (score.length !== yTrue.length) throw new RangeError(`score has ${score.length} rows, y_true ${yTrue.length}`);
  const outcome = new Uint8Array(yTrue.length);
  for (let r = 0; r < yTrue.length; r++) outcome[r] = yTrue[r] === positive ? 1 : 0;
  return { variant: 'binary', confidence: score, outcome };
}

/** Multiclass top-label: confidence = the largest probability, outcome = its class is the true one. */
export function topLabelCalibrationInput(probabilities: readonly Float64Array[], yTrue: Int32Array): CalibrationInput {
  const rows = yTrue.length;
  const classes = probabilities.length;
  if (classes === 0) throw new RangeError('top-label calibration needs probability columns');
  for (const column of probabilities) if (column.length !== rows) throw new RangeError(`a probability column has ${column.length} rows, y_true ${rows}`);
  const confidence = new Float64Array(rows);
  const outcome = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let top = probabilities[0][r];
    for (let k = 1; k < classes; k++) {
      const p = probabilities[k][r];
      if (p > top) {
        top = p;
        best = k;
      }
    }
    confidence[r] = top;
    outcome[r] = yTrue[r] === best ? 1 : 0;
  }
  return { variant: 'top-label', confidence, outcome };
}

/**
 * ECE, MCE and the reliability bins.
 * @throws RangeError for a bin count below 1 or arrays of unequal length.
 */
export function calibration(input: CalibrationInput, options: CalibrationOptions): CalibrationResult {
  const bins = options.bins ?? DEFAULT_CALIBRATION_BINS;
  const level = options.confidence ?? 0.95;
  const { confidence, outcome, variant } = input;
  const { strategy } = options;
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`bins must be a whole number ≥ 1, got ${bins}`);
  if (strategy !== 'uniform' && strategy !== 'quantile') throw new RangeError(`strategy must be uniform or quantile, got ${String(strategy)}`);
  if (outcome.length !== confidence.length) throw new RangeError(`${confidence.length} confidences, ${outcome.length} outcomes`);
  const rows = confidence.length;
  const outside = firstOutsideUnitInterval(confidence);
  if (rows === 0 || outside >= 0) {
    const note = rows === 0 ? 'no rows' : `needs probabilities: the ${variant === 'binary' ? 'score' : 'confidence'} at row ${outside + 1} is ${Number.isNaN(confidence[outside]) ? 'missing' : 'outside [0, 1]'}`;
    return { variant, strategy, bins, ece: { value: null, ci: null, ciMethod: null, note }, mce: null, reliability: [] };
  }
  const edges = strategy === 'uniform' ? uniformEdges(bins) : quantileEdgesOf(confidence, bins);
  const counts = new Float64Array(bins);
  const confidenceSums = new Float64Array(bins);
  const outcomeSums = new Float64Array(bins);
  for (let r = 0; r < rows; r++) {
    const c = confidence[r];
    // bin = number of interior edges strictly below c (searchsorted "left")
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]++;
    confidenceSums[lo] += c;
    outcomeSums[lo] += outcome[r];
  }
  let ece = 0;
  let mce = 0;
  const reliability: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const lower = b === 0 ? 0 : edges[b - 1];
    const upper = b === bins - 1 ? 1 : edges[b];
    const n = counts[b];
    if (n === 0) {
      reliability.push({ lower, upper, count: 0, meanPredicted: null, observed: null, observedCi: null });
      continue;
    }
    const meanPredicted = confidenceSums[b] / n;
    const observed = outcomeSums[b] / n;
    const gap = Math.abs(observed - meanPredicted);
    ece += (n / rows) * gap;
    if (gap > mce) mce = gap;
    reliability.push({ lower, upper, count: n, meanPredicted, observed, observedCi: wilsonInterval(outcomeSums[b], n, level) });
  }
  const note = `${variant === 'binary' ? 'binary' : 'top-label'}, ${bins} ${strategy === 'uniform' ? 'equal-width' : 'equal-mass'} bins; no interval (ECE is biased upwards, gate on the value)`;
  return { variant, strategy, bins, ece: { value: ece, ci: null, ciMethod: null, note }, mce, reliability };
}

/** k·(1/B), k = 1 … B − 1: numpy.linspace(0, 1, B + 1)[1:-1]. */
function uniformEdges(bins: number): Float64Array {
  const step = 1 / bins;
  return Float64Array.from({ length: bins - 1 }, (_, i) => (i + 1) * step);
}

/** numpy.percentile(c, linspace(0, 1, B + 1)·100)[1:-1]: the percent levels are divided by 100 again, as numpy does. */
function quantileEdgesOf(confidence: Float64Array, bins: number): Float64Array {
  const sorted = sortFinite(confidence).values;
  const step = 1 / bins;
  return Float64Array.from({ length: bins - 1 }, (_, i) => quantileType7(sorted, ((i + 1) * step * 100) / 100));
}

function firstOutsideUnitInterval(values: Float64Array): number {
  for (let r = 0; r < values.length; r++) if (!(values[r] >= 0 && values[r] <= 1)) return r;
  return -1;
}

/**
 * What a model's calibration is measured on: binary — the positive-class probability (the score,
 * or the positive probability column), which must lie in [0, 1]; multiclass — the top label of
 * the probabilities. A string says why there is none.
 */
export function calibrationInputFor(
  task: 'binary' | 'multiclass',
  yTrue: Int32Array,
  positive: number,
  model: { readonly score?: Float64Array; readonly probabilities?: readonly Float64Array[] },
): CalibrationInput | string {
  if (task === 'multiclass') return model.probabilities === undefined ? 'needs per-class probabilities' : topLabelCalibrationInput(model.probabilities, yTrue);
  const score = model.score ?? model.probabilities?.[positive];
  if (score === undefined) return 'needs a positive-class probability';
  for (let r = 0; r < score.length; r++) {
    if (!(score[r] >= 0 && score[r] <= 1)) return `needs probabilities: the score at row ${r + 1} is outside [0, 1]`;
  }
  return binaryCalibrationInput(score, yTrue, positive);
}
