/**
 * {@link labelCodes} of a column, computed once per column: task inference, the label set and
 * the recoding all need it, and on a million rows each pass costs tens of milliseconds. The
 * result is shared: treat it as read-only.
 *
 * A numeric column's dictionary is put in label order (sortLabels: 0 before 1, 2 before 10), its
 * codes renumbered in place (they are this module's own array), so the class codes of a
 * numeric label column are these codes themselves and recoding costs no second array.
 */
import { isNumeric, labelCodes, type Column } from '../io/table.js';
import { sortLabels } from './labels.js';

const cache = new WeakMap<Column, { codes: Int32Array; dictionary: readonly string[] }>();

export function cachedLabelCodes(column: Column): { codes: Int32Array; dictionary: readonly string[] } {
  let entry = cache.get(column);
  if (!entry) {
    entry = labelCodes(column);
    if (isNumeric(column)) entry = inLabelOrder(entry.codes, entry.dictionary);
    cache.set(column, entry);
  }
  return entry;
}

function inLabelOrder(codes: Int32Array, dictionary: readonly string[]): { codes: Int32Array; dictionary: readonly string[] } {
  const sorted = sortLabels(dictionary);
  if (sorted.every((label, k) => label === dictionary[k])) return { codes, dictionary };
  const position = new Map(sorted.map((label, k) => [label, k]));
  const renumber = Int32Array.from(dictionary, (label) => position.get(label)!);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0) codes[i] = renumber[code];
  }
  return { codes, dictionary: sorted };
}
