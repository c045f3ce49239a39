/**
 * Every number in every report is formatted here, so a value reads the same in the verdict line,
 * a table cell and a gate message.
 */

const DASH = '—';

/**
 * Four significant digits below 1,000 (trailing zeros dropped), whole numbers with thousands
 * separators above, exponential notation below 0.001. null / NaN → "—".
 * @example formatNumber(0.912345) // "0.9123"; formatNumber(1234567) // "1,234,567"; formatNumber(0.0000123) // "1.23e-5"
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e15) return groupThousands(value);
  if (magnitude >= 1000) return groupThousands(Math.round(value));
  if (magnitude < 1e-3) return exponential(value, 3);
  return trimZeros(value.toPrecision(4));
}

/** An integer count with thousands separators. */
export function formatCount(value: number): string {
  return groupThousands(value);
}

/**
 * p-values: three significant digits from 0.001 up, exponential notation below (so 3e-12 does not
 * read as 0), and "< 1e-300" at the floor of double precision.
 */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return DASH;
  if (p === 0) return '< 1e-300';
  if (p >= 0.001) return trimZeros(p.toPrecision(3));
  return exponential(p, 2);
}

/** A share as a percentage with up to one decimal: 0.1234 → "12.3%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return DASH;
  const pct = share * 100;
  return `${trimZeros(pct.toFixed(Math.abs(pct) < 10 && pct !== Math.round(pct) ? 2 : 1))}%`;
}

/** An interval as "[lo, hi]". */
export function formatInterval(interval: readonly [number, number] | null | undefined): string {
  if (!interval) return DASH;
  return `[${formatNumber(interval[0])}, ${formatNumber(interval[1])}]`;
}

/** A signed difference: "+0.0123" / "−0.0045". */
export function formatDelta(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const text = formatNumber(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}

function groupThousands(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = Math.abs(value).toFixed(0);
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function exponential(value: number, significant: number): string {
  const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
