/**
 * A schema inferred from a reference table (the way a user bootstraps a schema, as TFDV's
 * `infer_schema`), meant to be reviewed, edited and committed:
 * - type: what the loader found; a text column with at most {@link MAX_CATEGORIES} distinct values,
 *   each seen at least twice on average, is a `category` with those values `allowed`.
 * - nullability: `nullable: false` when the reference has no missing value; otherwise
 *   `max_null_fraction` at the observed fraction × 1.25 rounded up to a 1-2-5 step.
 * - integer and number columns: `min` / `max` at the observed range rounded outward to a grid of
 *   one hundredth of the range's order of magnitude (6.981 … 28.11 → 6 … 29; 0.3 … 118.7 → 0 …
 *   120); integers on a grid of at least 1. Id-like columns get no bounds (new ids grow).
 * - `unique: true` for id-like columns: integer or text, no missing and no repeated value, and a
 *   name like `id`, `user_id`, `orderId`, `key`, `uuid`, `sample_code`, or consecutive integers.
 * - datetimes get no bounds: new data is expected to be later.
 * Every inference that is not exact is stated in the column's `note` (a comment in the YAML).
 * The inferred schema accepts the table it was inferred from.
 *
 * The rules read a few facts per column ({@link ColumnFacts}): a table gives them from its rows, a
 * profile (src/profile/infer-schema.ts) from its counts — the same rules either way.
 */
import type { Column, Table } from '../io/table.js';
import { columnView, VALID } from './column-view.js';
import type { ColumnView } from './column-view.js';
import { distinctValid } from './distinct.js';
import { showStatistic } from './describe.js';
import { formatDatetime } from '../schema/datetime-format.js';
import type { ColumnSchema, Range, RowCheckName, Schema, SchemaColumnType } from '../schema/types.js';
import { DEFAULT_MIN_ROWS, DEFAULT_REFERENCE_TOLERANCES, ROW_CHECK_NAMES } from '../schema/types.js';

/** Text columns with more distinct values than this are `string`, not `category`. */
export const MAX_CATEGORIES = 50;

const ID_WORD = /(^|[_\s.-])(id|key|uuid|guid|code)$|^(id|key|uuid|guid)([_\s.-]|$)/i;
const ID_CAMEL = /[a-z](Id|ID|Key|Uuid|Code)$/;

export interface InferOptions {
  /** Tokens the reference was loaded with as missing; written into the schema's `null_values`. */
  nullValues?: readonly string[];
}

/** What inference reads of one column of the reference (from rows, or from a profile). */
export interface ColumnFacts {
  readonly name: string;
  /** The type the loader (or the profile) found. */
  readonly type: SchemaColumnType;
  readonly rowCount: number;
  readonly missingCount: number;
  readonly validCount: number;
  /** Distinct valid values; undefined when only estimated (then no rule that needs it applies). */
  readonly distinct: number | undefined;
  /** Smallest and largest valid value (numbers, datetimes as ms); NaN when none. */
  extent(): { min: number; max: number };
  /** The distinct valid values as text, sorted (asked only for a text column of few values). */
  categoryValues(): string[];
}

export function inferSchema(table: Table, options: InferOptions = {}): Schema {
  return inferSchemaFrom(`inferred from ${table.source}`, table.columns.map((column) => factsOf(column, table.rowCount)), options);
}

/** A schema from per-column facts (a table's, or a profile's). */
export function inferSchemaFrom(source: string, columns: readonly ColumnFacts[], options: InferOptions = {}): Schema {
  return {
    source,
    columns: columns.map(inferColumn),
    rows: { min: DEFAULT_MIN_ROWS },
    allowExtraColumns: false,
    columnOrder: 'ignore',
    unique: [],
    noDuplicateRows: false,
    nullValues: [...(options.nullValues ?? [])],
    reference: DEFAULT_REFERENCE_TOLERANCES,
  };
}

/** Header lines for the YAML of an inferred schema (pass to `renderSchemaYaml`). */
export function inferredSchemaHeader(table: Pick<Table, 'source' | 'rowCount'>): string[] {
  return [
    `mlgate validate-data schema, inferred from ${table.source} (${table.rowCount} rows).`,
    'Review it before committing: bounds are the observed range rounded outward, categories are',
    'the values seen. Every column is required; columns not listed here are not allowed.',
  ];
}

/** A table column's facts, from its rows. */
function factsOf(column: Column, rowCount: number): ColumnFacts {
  const view = columnView(column, { type: column.type });
  return {
    name: column.name,
    type: column.type,
    rowCount,
    missingCount: view.missingCount,
    validCount: view.validCount,
    distinct: distinctValid(view),
    extent: () => view.extent(),
    categoryValues: () => categoryValues(view),
  };
}

function inferColumn(view: ColumnFacts): ColumnSchema {
  const loaded: SchemaColumnType = view.type;
  const rowCount = view.rowCount;
  // What the reference showed, and what inference did with it: the column's YAML comment.
  const facts: string[] = [];
  const actions: string[] = [];
  const nonMissing = rowCount - view.missingCount;
  const distinct = view.distinct;
  let type: SchemaColumnType = loaded;
  let allowed: string[] | undefined;
  if (loaded === 'string' && distinct !== undefined && distinct > 0 && distinct <= MAX_CATEGORIES && distinct * 2 <= nonMissing) {
    type = 'category';
    allowed = view.categoryValues();
    facts.push(`${distinct} distinct value${distinct === 1 ? '' : 's'}`);
  }

  const nullable = view.missingCount > 0;
  let maxNullFraction: number | undefined;
  if (view.validCount === 0) {
    facts.push('no values');
    actions.push('only the type is known');
  } else if (nullable) {
    const observed = view.missingCount / rowCount;
    const bound = roundUpToStep(observed * 1.25);
    if (bound < 1) {
      maxNullFraction = bound;
      facts.push(`${Number((observed * 100).toPrecision(3))}% missing`);
      actions.push('missing bound × 1.25, rounded up');
    }
  }

  const idLike = distinct !== undefined && isIdLike(view, view.name, type, rowCount, distinct);
  let range: Range | undefined;
  if ((type === 'integer' || type === 'number') && view.validCount > 0 && !idLike) {
    const { min: lo, max: hi } = view.extent();
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      const bounds = roundOutward(lo, hi, type === 'integer');
      range = { min: { value: bounds.min, exclusive: false }, max: { value: bounds.max, exclusive: false } };
      facts.push(`${showStatistic(lo)} … ${showStatistic(hi)}`);
      actions.push('bounds rounded outward');
    }
  }
  if (type === 'datetime' && view.validCount > 0) {
    const { min, max } = view.extent();
    facts.push(`${formatDatetime(min)} … ${formatDatetime(max)}`);
    actions.push('dates not bounded');
  }
  if (idLike) actions.push('id-like: unique, no bounds');
  const note = [...(facts.length > 0 ? [`reference: ${facts.join(', ')}`] : []), ...actions].join('; ');

  const mostly = Object.fromEntries(ROW_CHECK_NAMES.map((n) => [n, 1])) as Record<RowCheckName, number>;
  return {
    name: view.name,
    type,
    required: true,
    nullable,
    ...(maxNullFraction === undefined ? {} : { maxNullFraction }),
    ...(range === undefined ? {} : { range }),
    ...(allowed === undefined ? {} : { allowed }),
    unique: idLike,
    mostly,
    severity: 'fail',
    ...(note === '' ? {} : { note }),
  };
}

/** The distinct valid values of a text view, sorted (numbers first by value, then text). */
function categoryValues(view: ColumnView): string[] {
  const used = new Uint8Array(view.dictionary!.length);
  for (let i = 0; i < view.rowCount; i++) if (view.state[i] === VALID) used[view.codes![i]] = 1;
  const values = view.dictionary!.filter((_, k) => used[k] === 1);
  return values.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function isIdLike(view: ColumnFacts, name: string, type: SchemaColumnType, rowCount: number, distinct: number): boolean {
  if ((type !== 'integer' && type !== 'string') || rowCount < 2 || view.missingCount > 0) return false;
  if (distinct !== view.validCount) return false;
  if (ID_WORD.test(name) || ID_CAMEL.test(name)) return true;
  if (type !== 'integer' || rowCount < 10) return false;
  const { min, max } = view.extent();
  return max - min + 1 === view.validCount;
}

/**
 * `[lo, hi]` rounded outward to multiples of `10^(floor(log10(hi − lo)) − 1)` (at least 1 for
 * integers); a constant column uses its magnitude instead of the range.
 */
export function roundOutward(lo: number, hi: number, integer: boolean): { min: number; max: number } {
  const span = hi - lo > 0 ? hi - lo : Math.abs(hi) > 0 ? Math.abs(hi) : 1;
  let step = 10 ** (Math.floor(Math.log10(span)) - 1);
  if (integer) step = Math.max(1, step);
  const clean = (v: number) => Number(v.toPrecision(12));
  // A small tolerance keeps values already on the grid (0.21 / 0.01 = 20.999999999999996) there.
  const min = clean(Math.floor(lo / step + 1e-9) * step);
  const max = clean(Math.ceil(hi / step - 1e-9) * step);
  return { min: Math.min(min, lo), max: Math.max(max, hi) };
}

/** The smallest 1-2-5 step (…, 0.01, 0.02, 0.05, 0.1, …) at or above `x`. */
export function roundUpToStep(x: number): number {
  if (x <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) {
    const candidate = Number((m * magnitude).toPrecision(12));
    if (candidate >= x) return candidate;
  }
  return Number((10 * magnitude).toPrecision(12));
}
