/**
 * The columnar table every action reads. No per-row objects: numbers live in Float64Array,
 * text in dictionary codes. Row numbers in messages are 1-based data rows (header not counted).
 */
import { DataError } from '../errors.js';
import { closestName } from '../util/closest-name.js';

export type ColumnType = 'integer' | 'number' | 'boolean' | 'datetime' | 'string';
export const COLUMN_TYPES: readonly ColumnType[] = ['integer', 'number', 'boolean', 'datetime', 'string'];

/**
 * Integers, numbers, booleans (0 / 1) and datetimes (milliseconds since the Unix epoch, UTC)
 * share one representation: a Float64Array where NaN marks a missing value.
 */
export interface NumericColumn {
  readonly name: string;
  readonly type: 'integer' | 'number' | 'boolean' | 'datetime';
  readonly values: Float64Array;
  readonly nullCount: number;
}

/** Text as dictionary codes: `codes[i]` indexes `dictionary`; -1 marks a missing value. */
export interface StringColumn {
  readonly name: string;
  readonly type: 'string';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
  readonly nullCount: number;
}

export type Column = NumericColumn | StringColumn;

export interface Table {
  /** The file as the user named it, for messages. */
  readonly source: string;
  readonly rowCount: number;
  readonly columns: readonly Column[];
  /**
   * Every column of the file, in file order, when only some were read (LoadOptions.select), so
   * that a message about a missing column still lists them all.
   */
  readonly fileColumns?: readonly string[];
}

export function isNumeric(column: Column): column is NumericColumn {
  return column.type !== 'string';
}

/** The file's column names (all of them, also those a selective load left unread). */
export function columnNames(table: Table): string[] {
  return table.fileColumns !== undefined ? [...table.fileColumns] : table.columns.map((c) => c.name);
}

/** The named column, or a DataError listing the columns that exist and the closest name. */
export function getColumn(table: Table, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (column) return column;
  throw missingColumnError(table.source, name, columnNames(table));
}

export function hasColumn(table: Table, name: string): boolean {
  return table.columns.some((c) => c.name === name);
}

export function missingColumnError(file: string, name: string, available: readonly string[]): DataError {
  const closest = closestName(name, available);
  const hint = closest !== undefined ? ` (did you mean "${closest}"?)` : '';
  const list = available.length > 0 ? available.map((n) => `"${n}"`).join(', ') : 'none';
  return new DataError(`no column "${name}"${hint}; the columns are ${list}`, { file });
}

/**
 * The column's values as numbers, NaN where missing. A text column is parsed here (each
 * dictionary entry once); the first token that is not a number is a DataError naming row and token.
 */
export function numericValues(table: Table, name: string): Float64Array {
  const column = getColumn(table, name);
  if (isNumeric(column)) return column.values;
  const parsed = new Float64Array(column.dictionary.length);
  for (let k = 0; k < column.dictionary.length; k++) parsed[k] = parseStrictNumber(column.dictionary[k]);
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = column.codes[i];
    if (code < 0) {
      out[i] = NaN;
      continue;
    }
    const v = parsed[code];
    if (Number.isNaN(v)) {
      throw new DataError(`"${column.dictionary[code]}" is not a number`, {
        file: table.source,
        column: name,
        row: i + 1,
      });
    }
    out[i] = v;
  }
  return out;
}

/**
 * The column's values as text labels (for class labels and slice keys), with a code per row.
 * Numbers are written the way JavaScript prints them (1.0 → "1"), so 1 and "1" are one class.
 */
export function labelCodes(column: Column, text: (value: number, type: NumericColumn['type']) => string = defaultLabelText): { codes: Int32Array; dictionary: string[] } {
  if (!isNumeric(column)) return { codes: column.codes, dictionary: [...column.dictionary] };
  const index = new Map<number, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(column.values.length);
  for (let i = 0; i < codes.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.length;
      index.set(v, code);
      dictionary.push(text(v, column.type));
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

/** Booleans as true/false, other numbers as JavaScript prints them (datetimes as their milliseconds). */
function defaultLabelText(value: number, type: NumericColumn['type']): string {
  if (type === 'boolean') return value === 1 ? 'true' : 'false';
  return String(value);
}

/** A decimal number as written in a data file; anything else (including "1,234", "N/A") is NaN. */
export function parseStrictNumber(token: string): number {
  const t = token.trim();
  if (DECIMAL_PATTERN.test(t)) return Number(t);
  const infinity = INFINITY_PATTERN.exec(t);
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
  return NaN;
}

const DECIMAL_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** inf / Infinity as numpy and pandas write them (Number() only knows "Infinity"). */
const INFINITY_PATTERN = /^([+-]?)(?:inf|Inf|INF|infinity|Infinity|INFINITY)$/;
