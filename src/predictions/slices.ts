/** Rows grouped by the value of a slice column. */
import type { SliceColumn } from './types.js';

/**
 * Row indices per slice value (indexed by the value's code), by one counting pass; rows with a
 * missing value belong to none.
 */
export function rowsBySlice(column: SliceColumn): Uint32Array[] {
  const counts = new Uint32Array(column.values.length);
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i] >= 0) counts[column.codes[i]]++;
  const groups = Array.from(counts, (n) => new Uint32Array(n));
  const filled = new Uint32Array(column.values.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) groups[code][filled[code]++] = i;
  }
  return groups;
}
