/**
 * Building a profile from tables: `ProfileBuilder` takes a dataset as a sequence of Tables (a
 * whole file, or the chunks of one — a Parquet row group, a batch of CSV rows) that share their
 * columns, and keeps only the per-column state (column-state.ts): memory is the sketches', not
 * the data's. `profileTable` is the one-table shortcut.
 *
 * Types across chunks: a chunk without values in a column says nothing about its type; integer
 * and number chunks make a number column. Any other disagreement (a CSV column whose first rows
 * are numbers and a later batch text) cannot be fixed from the chunks seen, because the numbers'
 * text is gone: the column is listed in {@link ProfileBuilder.demoted} and its state dropped, and
 * the caller profiles that column again, read as text (streaming does a second pass, as the
 * whole-file CSV reader does).
 */
import { isNumeric, type ColumnType, type Table } from '../io/table.js';
import { DataError } from '../errors.js';
import { ColumnState, columnSeed } from './column-state.js';
import { DEFAULT_PROFILE_SETTINGS, PROFILE_VERSION, type ColumnProfile, type Profile, type ProfileSettings, type ProfileSource } from './format.js';

export interface BuildOptions {
  readonly settings?: Partial<ProfileSettings>;
  /** The shard's name (a file path): mixed into the sketch coins, so shards of one dataset draw independent coins. */
  readonly shard?: string;
  /** Where the rows come from, recorded in the profile. */
  readonly source?: ProfileSource;
}

export class ProfileBuilder {
  readonly settings: ProfileSettings;
  rows = 0;
  private columns: (ColumnState | undefined)[] | undefined;
  private names: string[] = [];
  private firstSource = '';
  /** Columns whose chunks disagreed on the type: to be profiled again as text. */
  readonly demoted = new Set<string>();
  private readonly shard: string;

  constructor(private readonly options: BuildOptions = {}) {
    this.settings = resolveSettings(options.settings);
    this.shard = options.shard ?? '';
  }

  /**
   * Adds a chunk. Its columns must be those of the first chunk, in any order. `names`: every
   * column of the dataset in order, when the chunk lacks some (a reader dropped a column whose
   * type it found contradicted, after calling {@link demote}).
   */
  addTable(table: Table, names: readonly string[] = table.columns.map((c) => c.name)): void {
    if (this.columns === undefined) {
      this.names = [...names];
      this.columns = this.names.map(() => undefined);
      this.firstSource = table.source;
    }
    const first = this.firstSource;
    for (const name of this.names) {
      if (!this.demoted.has(name) && !table.columns.some((c) => c.name === name)) {
        throw new DataError(`has no column "${name}", which "${first}" has; the parts of a dataset must have the same columns`, { file: table.source });
      }
    }
    for (const column of table.columns) {
      const j = this.names.indexOf(column.name);
      if (j < 0) throw new DataError(`has a column "${column.name}", which "${first}" has not; the parts of a dataset must have the same columns`, { file: table.source, column: column.name });
      if (this.demoted.has(column.name)) continue;
      const empty = column.nullCount === table.rowCount;
      let state = this.columns[j];
      if (state === undefined) {
        if (empty) {
          // The type is unknown until a chunk has values; keep counting missing values.
          state = this.columns[j] = new ColumnState(column.name, column.type, this.settings, columnSeed(this.settings.seed, this.shard, j));
          state.addMissing(table.rowCount);
          continue;
        }
        state = this.columns[j] = new ColumnState(column.name, column.type, this.settings, columnSeed(this.settings.seed, this.shard, j));
      } else if (empty) {
        state.addMissing(table.rowCount);
        continue;
      } else if (state.count === 0 && state.type !== column.type) {
        const fresh = new ColumnState(column.name, column.type, this.settings, columnSeed(this.settings.seed, this.shard, j));
        fresh.addMissing(state.nulls);
        state = this.columns[j] = fresh;
      } else if (state.type !== column.type) {
        const widened = widen(state.type, column.type);
        if (widened === undefined) {
          this.demoted.add(column.name);
          this.columns[j] = undefined;
          continue;
        }
        state.type = widened;
      }
      if (isNumeric(column)) state.addNumbers(column.values);
      else state.addText(column.codes, column.dictionary);
    }
    this.rows += table.rowCount;
  }

  /** Drops a column's state: a reader found its type contradicted (the caller profiles it again as text). */
  demote(name: string): void {
    this.demoted.add(name);
    const j = this.names.indexOf(name);
    if (j >= 0 && this.columns !== undefined) this.columns[j] = undefined;
  }

  /** Column names in the first chunk's order. */
  get columnNames(): readonly string[] {
    return this.names;
  }

  /** The column profiles built so far (demoted columns excluded). */
  columnProfiles(): Map<string, ColumnProfile> {
    const out = new Map<string, ColumnProfile>();
    this.columns?.forEach((state, j) => {
      if (state !== undefined) out.set(this.names[j], state.toJson());
    });
    return out;
  }

  /** The profile; `replacements` supplies the demoted columns, profiled again as text. */
  finish(replacements: ReadonlyMap<string, ColumnProfile> = new Map()): Profile {
    const built = this.columnProfiles();
    const columns = this.names.map((name) => {
      const column = replacements.get(name) ?? built.get(name);
      if (column === undefined) throw new Error(`column "${name}" was demoted to text but not profiled again`);
      return column;
    });
    const source = this.options.source;
    return {
      profileVersion: PROFILE_VERSION,
      generator: 'mlgate',
      rows: this.rows,
      settings: this.settings,
      sources: source === undefined ? [] : [{ engine: source.engine, input: source.input, files: source.files, rows: this.rows }],
      columns,
    };
  }
}

/** The profile of one table (engine `table`). */
export function profileTable(table: Table, options: BuildOptions = {}): Profile {
  const builder = new ProfileBuilder({ shard: table.source, source: { engine: 'table', input: table.source, files: 1, rows: table.rowCount }, ...options });
  builder.addTable(table);
  if (builder.demoted.size > 0) throw new Error('a single table cannot disagree with itself on a type');
  return builder.finish();
}

/** Settings with defaults, checked: a ConfigurationError-free RangeError is our bug, so callers validate user input first. */
export function resolveSettings(partial: Partial<ProfileSettings> = {}): ProfileSettings {
  const s = { ...DEFAULT_PROFILE_SETTINGS, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) } as ProfileSettings;
  const integer = (name: keyof ProfileSettings, lo: number, hi: number) => {
    const v = s[name];
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`profile setting ${name} must be an integer from ${lo} to ${hi}, got ${v}`);
  };
  integer('quantileK', 8, 1 << 20);
  integer('categoryCap', 1, 1 << 24);
  integer('numericCap', 1, 1 << 24);
  integer('hllPrecision', 4, 16);
  if (!Number.isSafeInteger(s.seed)) throw new RangeError(`profile setting seed must be a safe integer, got ${s.seed}`);
  return { quantileK: s.quantileK, categoryCap: s.categoryCap, numericCap: s.numericCap, hllPrecision: s.hllPrecision, seed: s.seed };
}

function widen(a: ColumnType, b: ColumnType): ColumnType | undefined {
  const numbers: ColumnType[] = ['integer', 'number'];
  return numbers.includes(a) && numbers.includes(b) ? 'number' : undefined;
}
