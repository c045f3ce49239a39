/**
 * A loaded column seen through its declared type. The loader types a column only when every
 * token parses, so a declared `number` column holding `N/A` arrives as text; the view parses each
 * distinct token once and marks every row VALID, MISSING or INVALID (a token that is not a value
 * of the declared type). Value checks look at VALID rows only; the type check reports INVALID ones.
 */
import type { Column } from '../io/table.js';
import { isNumeric, labelCodes, parseStrictNumber } from '../io/table.js';
import { datetimeParser, formatDatetime } from '../schema/datetime-format.js';
import type { ColumnSchema, SchemaColumnType } from '../schema/types.js';
import type { Example } from './result.js';

export const VALID = 0;
export const MISSING = 1;
export const INVALID = 2;

export interface ColumnView {
  readonly name: string;
  readonly declared: SchemaColumnType;
  readonly column: Column;
  readonly rowCount: number;
  /** VALID, MISSING or INVALID per row. */
  readonly state: Uint8Array;
  readonly validCount: number;
  readonly missingCount: number;
  readonly invalidCount: number;
  /** Numeric declared types (integer, number, boolean 0/1, datetime ms): the value, NaN unless VALID. */
  readonly values: Float64Array | null;
  /** Text declared types (category, string): dictionary code, -1 unless VALID. */
  readonly codes: Int32Array | null;
  readonly dictionary: readonly string[] | null;
  /**
   * The row's value for examples: a valid value of a numeric type as a number (datetimes as ISO
   * text, booleans as true/false), anything else as the token appears in the data.
   */
  token(index: number): Example;
  /** A new array of the VALID values in row order (numeric types; empty for text). */
  validValues(): Float64Array;
  /** The smallest and largest VALID value (numeric types; NaN when there is none), computed once. */
  extent(): { min: number; max: number };
}

/**
 * A boolean token as the loader reads a column declared boolean: `true` / `false` in any letter
 * case, or `1` / `0`. 1 for true, 0 for false, NaN otherwise.
 */
export function parseBoolean(token: string): number {
  const t = token.trim();
  if (t === '1') return 1;
  if (t === '0') return 0;
  const lower = t.toLowerCase();
  return lower === 'true' ? 1 : lower === 'false' ? 0 : NaN;
}

/** Parses one token of a declared numeric type; NaN when it is not one. */
export function tokenParser(schema: Pick<ColumnSchema, 'type' | 'format'>): (token: string) => number {
  switch (schema.type) {
    case 'integer':
      return (token) => {
        const v = parseStrictNumber(token);
        return Number.isInteger(v) ? v : NaN;
      };
    case 'number':
      return parseStrictNumber;
    case 'boolean':
      return parseBoolean;
    case 'datetime':
      return datetimeParser(schema.format);
    default:
      throw new Error(`no token parser for type ${schema.type}`);
  }
}

export function isTextType(type: SchemaColumnType): type is 'category' | 'string' {
  return type === 'category' || type === 'string';
}

export function columnView(column: Column, schema: Pick<ColumnSchema, 'type' | 'format'>): ColumnView {
  const n = isNumeric(column) ? column.values.length : column.codes.length;
  const state = new Uint8Array(n);
  const declared = schema.type;
  let values: Float64Array | null = null;
  let codes: Int32Array | null = null;
  let dictionary: readonly string[] | null = null;

  if (isTextType(declared)) {
    // Any token is text; numbers the loader parsed are shown the way JavaScript prints them.
    const labels = labelCodes(column, valueText);
    codes = labels.codes;
    dictionary = labels.dictionary;
    for (let i = 0; i < n; i++) state[i] = codes[i] < 0 ? MISSING : VALID;
  } else if (isNumeric(column) && holdsAsIs(column.type, declared)) {
    // Every value the loader parsed is a value of the declared type: share the array.
    values = column.values;
    for (let i = 0; i < n; i++) state[i] = values[i] !== values[i] ? MISSING : VALID;
  } else if (isNumeric(column)) {
    values = new Float64Array(n);
    const accept = numericAcceptor(column, schema);
    const source = column.values;
    for (let i = 0; i < n; i++) {
      const v = source[i];
      if (Number.isNaN(v)) {
        state[i] = MISSING;
        values[i] = NaN;
        continue;
      }
      const parsed = accept(v);
      values[i] = parsed;
      state[i] = Number.isNaN(parsed) ? INVALID : VALID;
    }
  } else {
    // Parse each distinct token once, then map the codes.
    const parse = tokenParser(schema);
    const parsed = new Float64Array(column.dictionary.length);
    for (let k = 0; k < parsed.length; k++) parsed[k] = parse(column.dictionary[k]);
    values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const code = column.codes[i];
      if (code < 0) {
        state[i] = MISSING;
        values[i] = NaN;
        continue;
      }
      const v = parsed[code];
      values[i] = v;
      state[i] = Number.isNaN(v) ? INVALID : VALID;
    }
  }

  let validCount = 0;
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    if (state[i] === VALID) validCount++;
    else if (state[i] === MISSING) missingCount++;
  }

  const raw = tokenReader(column);
  // Valid values of numeric types read as values (130, not "130"); other rows as written.
  const token =
    values === null
      ? raw
      : (i: number): Example => (state[i] === VALID ? typedValue(values![i], declared) : raw(i));
  let extentCache: { min: number; max: number } | undefined;
  return {
    name: column.name,
    declared,
    column,
    rowCount: n,
    state,
    validCount,
    missingCount,
    invalidCount: n - validCount - missingCount,
    values,
    codes,
    dictionary,
    token,
    validValues() {
      const out = new Float64Array(values === null ? 0 : validCount);
      if (values !== null) {
        let k = 0;
        for (let i = 0; i < n; i++) if (state[i] === VALID) out[k++] = values[i];
      }
      return out;
    },
    extent() {
      if (extentCache !== undefined) return extentCache;
      let min = Infinity;
      let max = -Infinity;
      if (values !== null) {
        for (let i = 0; i < n; i++) {
          if (state[i] !== VALID) continue;
          const v = values[i];
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      extentCache = min <= max ? { min, max } : { min: NaN, max: NaN };
      return extentCache;
    },
  };
}

/** Whether every value of a loaded numeric column is, unchanged, a value of the declared type. */
function holdsAsIs(loaded: Column['type'], declared: SchemaColumnType): boolean {
  if (declared === 'number') return loaded === 'integer' || loaded === 'number' || loaded === 'boolean';
  return loaded === declared;
}

/**
 * Maps a value the loader already parsed onto the declared type: the value, or NaN when the
 * declared type cannot hold it (3.5 in an integer column, a date in a number column).
 */
function numericAcceptor(
  column: Extract<Column, { values: Float64Array }>,
  schema: Pick<ColumnSchema, 'type' | 'format'>,
): (v: number) => number {
  const loaded = column.type;
  switch (schema.type) {
    case 'integer':
      return loaded === 'datetime' ? () => NaN : (v) => (Number.isInteger(v) ? v : NaN);
    case 'number':
      return loaded === 'datetime' ? () => NaN : (v) => v;
    case 'boolean':
      return loaded === 'datetime' ? () => NaN : (v) => (v === 0 || v === 1 ? v : NaN);
    case 'datetime': {
      if (loaded === 'datetime') return (v) => v;
      // Digits the loader read as a number (20240301 with format %Y%m%d): parse them as text.
      const parse = datetimeParser(schema.format);
      return (v) => parse(String(v));
    }
    default:
      throw new Error(`no numeric acceptor for type ${schema.type}`);
  }
}

function valueText(v: number, type: Column['type']): string {
  if (type === 'datetime') return formatDatetime(v);
  if (type === 'boolean') return v === 1 ? 'true' : 'false';
  return String(v);
}

function typedValue(v: number, declared: SchemaColumnType): Example {
  if (declared === 'datetime') return formatDatetime(v);
  if (declared === 'boolean') return v === 1 ? 'true' : 'false';
  return v;
}

function tokenReader(column: Column): (index: number) => Example {
  if (!isNumeric(column)) {
    const { codes, dictionary } = column;
    return (i) => (codes[i] < 0 ? '' : dictionary[codes[i]]);
  }
  const { values, type } = column;
  if (type === 'datetime' || type === 'boolean') return (i) => valueText(values[i], type);
  return (i) => values[i];
}
