/**
 * {@link labelCodes} of a column, computed once per column: task inference, the label set and
 * the recoding all need it, and on a million rows each pass costs tens of milliseconds. The
 * result is shared: treat it as read-only.
 */
import { labelCodes, type Column } from '../io/table.js';

const cache = new WeakMap<Column, { codes: Int32Array; dictionary: string[] }>();

export function cachedLabelCodes(column: Column): { codes: Int32Array; dictionary: readonly string[] } {
  let codes = cache.get(column);
  if (!codes) {
    codes = labelCodes(column);
    cache.set(column, codes);
  }
  return codes;
}
