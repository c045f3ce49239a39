/**
 * The validate-data schema (DESIGN.md, "Schema file for validate-data") as a typed, validated
 * value. Produced by {@link parseSchema} from a file or by {@link inferSchema} from a reference
 * table; consumed by `validateTable`. Nothing downstream of the parser sees raw YAML.
 */

/** The types a schema column can declare. `category` is text drawn from a (small) set of values. */
export type SchemaColumnType = 'integer' | 'number' | 'boolean' | 'datetime' | 'category' | 'string';
export const SCHEMA_COLUMN_TYPES: readonly SchemaColumnType[] = [
  'integer',
  'number',
  'boolean',
  'datetime',
  'category',
  'string',
];

/**
 * One end of a range. `exclusive` is set by the `exclusive_min` / `exclusive_max` keys (the
 * bound itself is then not allowed); `min` / `max` are inclusive. Datetime bounds are
 * milliseconds since the Unix epoch (UTC), like the column values.
 */
export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

/** A closed, open or half-open interval; either end may be absent. */
export interface Range {
  readonly min?: Bound;
  readonly max?: Bound;
}

export type Monotonic = 'increasing' | 'decreasing' | 'strictly_increasing' | 'strictly_decreasing';
export const MONOTONIC_VALUES: readonly Monotonic[] = [
  'increasing',
  'decreasing',
  'strictly_increasing',
  'strictly_decreasing',
];

/**
 * Checks that look at every value of a column and so accept a `mostly` tolerance: the check
 * passes when at most `1 − mostly` of the values it looks at are unexpected.
 */
export type RowCheckName = 'type' | 'not_null' | 'range' | 'allowed' | 'pattern' | 'length' | 'unique' | 'monotonic';
export const ROW_CHECK_NAMES: readonly RowCheckName[] = [
  'type',
  'not_null',
  'range',
  'allowed',
  'pattern',
  'length',
  'unique',
  'monotonic',
];

/** What a failing check reports: `fail` (the default) or `warn` (reported, does not fail). */
export type Severity = 'fail' | 'warn';

export interface ColumnSchema {
  readonly name: string;
  readonly type: SchemaColumnType;
  /** Datetime only: a strftime-like format (`%Y-%m-%d`); absent means ISO 8601. */
  readonly format?: string;
  /** A column that is absent from the data fails `present` unless `required: false`. Default true. */
  readonly required: boolean;
  /** `nullable: false` adds the `not_null` check. Default true. */
  readonly nullable: boolean;
  /** The largest allowed fraction (0–1) of missing values. */
  readonly maxNullFraction?: number;
  /** Value bounds (`min`, `max`, `exclusive_min`, `exclusive_max`). */
  readonly range?: Range;
  /** The allowed values, compared as text (`1` and `"1"` are the same value). */
  readonly allowed?: readonly string[];
  /** A regular expression (JavaScript syntax, `u` flag) every value must match somewhere; anchor it with ^…$. */
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly unique: boolean;
  readonly monotonic?: Monotonic;
  readonly mean?: Range;
  readonly median?: Range;
  readonly std?: Range;
  /** Per row-level check: the fraction (0–1) of values that must be as expected. Default 1. */
  readonly mostly: Readonly<Record<RowCheckName, number>>;
  readonly severity: Severity;
  /** Free text from the file (`description` key), for people reading the schema. */
  readonly description?: string;
  /** Set by inference only: written as a comment above the column by `renderSchemaYaml`. */
  readonly note?: string;
}

/**
 * Tolerances for a comparison against a reference dataset. A check whose tolerance is
 * `undefined` does not run.
 */
export interface ReferenceTolerances {
  /** Relative band for the row count: `|rows − ref| ≤ rowCount × ref`. */
  readonly rowCount?: number;
  /** The largest allowed increase of a column's null fraction (absolute, 0–1). */
  readonly nullFraction?: number;
  /** The largest allowed relative change of a category column's distinct count. */
  readonly distinctCount?: number;
  /** Whether category values never seen in the reference are findings. */
  readonly newCategories: boolean;
  readonly severity: Severity;
}

export interface Schema {
  /** The file the schema came from (or a description such as `inferred from ref.csv`), for messages. */
  readonly source: string;
  /** The columns in the order the file names them. */
  readonly columns: readonly ColumnSchema[];
  /** Row count bounds, inclusive. `min` defaults to 1: an empty dataset is a finding, not a pass. */
  readonly rows: { readonly min?: number; readonly max?: number };
  /** Default true: columns the schema does not name are allowed. */
  readonly allowExtraColumns: boolean;
  readonly columnOrder: 'strict' | 'ignore';
  /** Column sets whose values together must be unique (rows with a missing key value are ignored). */
  readonly unique: readonly (readonly string[])[];
  readonly noDuplicateRows: boolean;
  /** Tokens that mean "missing" besides the empty field. */
  readonly nullValues: readonly string[];
  readonly reference: ReferenceTolerances;
}

/** Defaults of the `reference` section, used when a reference is given and the key is absent. */
export const DEFAULT_REFERENCE_TOLERANCES: ReferenceTolerances = {
  rowCount: 0.5,
  nullFraction: 0.05,
  distinctCount: 0.5,
  newCategories: true,
  severity: 'fail',
};

/** Row count bounds when the file states none. */
export const DEFAULT_MIN_ROWS = 1;
