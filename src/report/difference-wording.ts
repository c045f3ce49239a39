/**
 * How a difference reads in words: in percentage points for metrics that are proportions
 * (accuracy, recall, ROC AUC…), as plain numbers otherwise; "better"/"worse" by the metric's
 * direction, never a bare sign.
 */
import type { ComparedMetric } from '../comparison/outcome.js';
import { readsInPoints } from '../metrics/catalogue.js';
import { formatNumber } from './format.js';

/** Proportions (the catalogue's scale) read in percentage points. */
export function inPoints(metric: string): boolean {
  return readsInPoints(metric);
}

/**
 * A difference's size in the metric's unit: "1 point", "0.5 points", "0.25"; rounded to
 * `significant` digits when given (for estimates such as a detectable difference).
 */
export function magnitude(metric: string, value: number, significant?: number): string {
  const size = Math.abs(value) * (inPoints(metric) ? 100 : 1);
  const text = formatNumber(significant === undefined || size === 0 ? size : Number(size.toPrecision(significant)));
  return inPoints(metric) ? `${text} point${text === '1' ? '' : 's'}` : text;
}

/**
 * An interval of a difference as "−0.4 to +1.8 points": signed, with as many decimals as make
 * its width readable to two significant digits (at least one).
 */
export function intervalText(metric: string, ci: readonly [number, number]): string {
  const scale = inPoints(metric) ? 100 : 1;
  const [lo, hi] = [ci[0] * scale, ci[1] * scale];
  const width = hi - lo;
  const decimals = width > 0 && Number.isFinite(width) ? Math.min(8, Math.max(1, Math.ceil(-Math.log10(width)) + 1)) : 1;
  const unit = inPoints(metric) ? ' points' : '';
  return `${signed(lo, decimals)} to ${signed(hi, decimals)}${unit}`;
}

/** A single signed difference in the metric's unit: "+0.42 points". */
export function deltaText(metric: string, delta: number, ci: readonly [number, number] | null): string {
  const scale = inPoints(metric) ? 100 : 1;
  const width = ci ? (ci[1] - ci[0]) * scale : 0;
  const decimals = width > 0 && Number.isFinite(width) ? Math.min(8, Math.max(1, Math.ceil(-Math.log10(width)) + 1)) : 3;
  return `${signed(delta * scale, decimals)}${inPoints(metric) ? ' points' : ''}`;
}

function signed(value: number, decimals: number): string {
  if (value === 0) return '0';
  let text = Math.abs(value).toFixed(decimals);
  // A bound that is not 0 must not read as 0 (it decides "better" or "worse"): two significant digits.
  if (Number(text) === 0) text = formatNumber(Number(Math.abs(value).toPrecision(2)));
  return `${value < 0 ? '−' : '+'}${text}`;
}

export type Change = 'better' | 'worse' | 'no clear difference' | 'unknown';

/** Which way the interval of the difference points, by the metric's direction. */
export function changeOf(entry: ComparedMetric): Change {
  if (entry.ci === null) return 'unknown';
  const sign = entry.direction === 'lower-is-better' ? -1 : 1;
  const [lo, hi] = entry.ci;
  if (sign * lo > 0 && sign * hi > 0) return 'better';
  if (sign * lo < 0 && sign * hi < 0) return 'worse';
  return 'no clear difference';
}
