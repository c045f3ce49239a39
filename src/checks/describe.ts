/**
 * Words for the `expected` and `observed` fields. Numbers the user wrote are shown as written
 * (shortest round-trip form); computed statistics get 6 significant digits.
 */
import { formatDatetime } from '../schema/datetime-format.js';
import type { Range, SchemaColumnType } from '../schema/types.js';

/** A value of a column for people: dates as ISO text, other numbers as JavaScript prints them. */
export function showValue(value: number, type: SchemaColumnType | 'string'): string {
  if (type === 'datetime') return formatDatetime(value);
  if (type === 'boolean') return value === 1 ? 'true' : value === 0 ? 'false' : String(value);
  return String(value);
}

/** A computed statistic: at most 6 significant digits, no exponent for ordinary magnitudes. */
export function showStatistic(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** A fraction as a percentage (`0.05` → `5%`). */
export function showPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(6))}%`;
}

/** `≥ 0 and ≤ 120`, `> 0`, `≤ 2024-01-01`. */
export function describeRange(range: Range, type: SchemaColumnType): string {
  const parts: string[] = [];
  if (range.min !== undefined) parts.push(`${range.min.exclusive ? '>' : '≥'} ${showValue(range.min.value, type)}`);
  if (range.max !== undefined) parts.push(`${range.max.exclusive ? '<' : '≤'} ${showValue(range.max.value, type)}`);
  return parts.join(' and ');
}

/** Whether `value` lies in the range (NaN never does). */
export function inRange(value: number, range: Range): boolean {
  const { min, max } = range;
  if (min !== undefined && !(min.exclusive ? value > min.value : value >= min.value)) return false;
  if (max !== undefined && !(max.exclusive ? value < max.value : value <= max.value)) return false;
  return true;
}

/** `a, b, c`, cut after `limit` items with the number left out. */
export function showList(items: readonly string[], limit = 20): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} … (${items.length - limit} more)`;
}
