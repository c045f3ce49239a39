/**
 * Class labels: their order, one spelling per class across y_true and y_pred, recoding a column to
 * class codes, and the positive class.
 */
import { DataError } from '../errors.js';
import type { Table } from '../io/table.js';

/** Numbers in numeric order, otherwise text order — the order numpy's unique gives scikit-learn. */
export function sortLabels(labels: readonly string[]): string[] {
  const unique = [...new Set(labels)];
  const numeric = unique.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return numeric ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const TRUE_SPELLINGS: ReadonlySet<string> = new Set(['true', 'True', 'TRUE']);
const FALSE_SPELLINGS: ReadonlySet<string> = new Set(['false', 'False', 'FALSE']);
const BITS: ReadonlySet<string> = new Set(['0', '1']);

/** A label's spelling in the shared label space of y_true, y_pred (and the labels input). */
export type LabelSpelling = (label: string) => string;

/**
 * One spelling per class across several label sets (y_true's and y_pred's dictionaries, the labels
 * and positive-label inputs): boolean text and 0/1 are one binary label space, as they are in
 * numpy (True == 1) and so in scikit-learn — pandas writes booleans as True/False, so a y_true of
 * 0/1 beside a y_pred of True/False is common and scores as 0/1. When every label is 0, 1 or a
 * boolean spelling (true/false, True/False, TRUE/FALSE) and both bits and booleans occur,
 * booleans become 1/0; when only booleans occur in several spellings, they become true/false.
 * Any other label set is left as it is (no other text is ever merged).
 * @example labelSpelling([['0', '1'], ['False', 'True']])('True') // '1'
 */
export function labelSpelling(sets: readonly (readonly string[])[]): LabelSpelling {
  let bits = false;
  let booleans = 0; // bit mask of the spelling families seen: 1 lower, 2 title, 4 upper
  for (const set of sets) {
    for (const label of set) {
      if (BITS.has(label)) bits = true;
      else if (TRUE_SPELLINGS.has(label) || FALSE_SPELLINGS.has(label)) booleans |= label === label.toLowerCase() ? 1 : label === label.toUpperCase() ? 4 : 2;
      else return identity;
    }
  }
  if (booleans === 0) return identity;
  if (bits) return (label) => (TRUE_SPELLINGS.has(label) ? '1' : FALSE_SPELLINGS.has(label) ? '0' : label);
  if ((booleans & (booleans - 1)) === 0) return identity; // one spelling family only
  return (label) => (TRUE_SPELLINGS.has(label) ? 'true' : FALSE_SPELLINGS.has(label) ? 'false' : label);
}

const identity: LabelSpelling = (label) => label;

/** The distinct labels of `labels` in one spelling, in first-seen order. */
export function spelledLabels(labels: readonly string[], spelling: LabelSpelling): string[] {
  return [...new Set(labels.map(spelling))];
}

/**
 * A column's label codes (its own dictionary) → codes into `labels`, each dictionary entry taken in
 * the shared `spelling` first. A value outside `labels` is a DataError naming file, column, row and
 * value (`outside` says what the labels are, for the message).
 */
export function recodeLabels(
  table: Table,
  column: string,
  source: { codes: Int32Array; dictionary: readonly string[] },
  labels: readonly string[],
  spelling: LabelSpelling = identity,
  outside = `the classes (${labels.join(', ')})`,
): Int32Array {
  const index = new Map(labels.map((l, i) => [l, i]));
  const numericLabels = labels.every((l) => Number.isFinite(Number(l)));
  const mapping = source.dictionary.map((raw) => {
    const d = spelling(raw);
    return index.get(d) ?? (numericLabels ? index.get(String(Number(d))) : undefined) ?? -1;
  });
  // Codes already in class order (a numeric label column, see label-codes.ts) are shared, not copied.
  if (mapping.every((code, k) => code === k) && !source.codes.includes(-1)) return source.codes;
  const out = new Int32Array(source.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = mapping[source.codes[i]];
    if (code < 0) {
      throw new DataError(`label "${source.dictionary[source.codes[i]]}" is not one of ${outside}`, { file: table.source, column, row: i + 1 });
    }
    out[i] = code;
  }
  return out;
}

/**
 * The classes found in a binary task's data, completed with the positive class when every row
 * shows the other one (a batch or a slice with no positives). scikit-learn scores such data with
 * pos_label=1 (precision and recall 0 by its zero_division rule); so do we: the positive-label
 * input when given, else 1 beside a lone 0 or -1, true beside a lone false.
 */
export function completeBinaryLabels(found: readonly string[], positiveLabel: string | undefined): string[] {
  const unique = [...new Set(found)];
  if (unique.length !== 1) return unique;
  const partner = positiveLabel ?? LONE_NEGATIVE_PARTNER.get(unique[0]);
  return partner === undefined || partner === unique[0] ? unique : [...unique, partner];
}

const LONE_NEGATIVE_PARTNER: ReadonlyMap<string, string> = new Map([
  ['0', '1'],
  ['-1', '1'],
  ['false', 'true'],
  ['False', 'True'],
  ['FALSE', 'TRUE'],
]);

/** The positive class of a binary task, with the reason; scikit-learn's pos_label=1 convention. */
export function choosePositive(labels: readonly string[], given: string | undefined, file: string): { positive: number; positiveReason: string } {
  if (given !== undefined) {
    const index = labels.indexOf(given);
    if (index < 0) throw new DataError(`positive-label "${given}" is not one of the classes (${labels.join(', ')})`, { file });
    return { positive: index, positiveReason: 'given by positive-label' };
  }
  for (const candidate of ['1', 'true', 'True', 'TRUE']) {
    const index = labels.indexOf(candidate);
    if (index >= 0 && labels.every((l) => ['0', '1', '-1', 'true', 'false', 'True', 'False', 'TRUE', 'FALSE'].includes(l))) {
      return { positive: index, positiveReason: `the labels are ${labels.join('/')}` };
    }
  }
  throw new DataError(`cannot tell the positive class among ${labels.map((l) => `"${l}"`).join(', ')}: set positive-label`, { file });
}
