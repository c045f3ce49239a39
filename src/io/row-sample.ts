/**
 * `max-rows`: a seeded uniform sample of at most N rows of a file (or of every file of a glob or
 * directory), read a batch at a time so the whole file is never held — the remedy the memory
 * check names for inputs larger than memory.
 *
 * Bottom-k sampling: every row gets a 53-bit hash of (seed, its position in the dataset) — or of
 * (seed, its key) when a key column is given — and the N rows with the smallest hashes are kept,
 * in their original order. For a fixed seed the sample is reproducible, and it is uniform: every
 * set of N rows is equally likely. Keyed by an id, two files holding the same ids keep the same
 * ids (compare-champion pairs them). CSV/TSV are read in batches of rows and Parquet a row group
 * at a time; JSON and JSON Lines are read whole, then sampled. A column whose type a later batch
 * contradicts is read again as text.
 */
import { fmix32 as mix32 } from '../stats/fmix32.js';
import { ConfigurationError, DataError } from '../errors.js';
import { readDelimitedBatches } from './delimited-batches.js';
import { defaultDelimiter, detectFormat } from './format.js';
import { readParquetRowGroups } from './parquet-row-groups.js';
import { resolveDatasetSource } from './dataset-source.js';
import { isNumeric, type Column, type ColumnType, type Table } from './table.js';

export interface RowSample {
  /** At most this many rows are kept. */
  readonly maxRows: number;
  readonly seed: number;
  /** Rows are chosen by this column's value (as it prints), so files with the same keys keep the same rows. */
  readonly key?: string;
  /** Told what was kept of each input (for the report); a sampled load stays on this thread. */
  readonly onSampled?: (record: SampleRecord & { readonly file: string; readonly kept: number }) => void;
}

/** What a sampled table records for the report. */
export interface SampleRecord {
  /** Rows read, all files together. */
  readonly rowsRead: number;
  readonly maxRows: number;
  readonly seed: number;
  readonly key: string | null;
}

export type SampledTable = Table & {
  readonly sample: SampleRecord;
  /** The 1-based data row (over the whole dataset) each kept row came from. */
  readonly rowNumbers: Float64Array;
};

export interface SampleLoadOptions {
  readonly columns?: readonly string[];
  readonly select?: import('./column-selection.js').ColumnSelection;
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly nullValues?: readonly string[];
  readonly delimiter?: string;
  readonly format?: import('./format.js').FileFormat;
  readonly allowEmpty?: boolean;
  /** Rows of a CSV/TSV batch (tests make them small to cross batches). */
  readonly batchRows?: number;
}

/** Whole-table reader for the formats read whole (JSON, JSON Lines). */
export type WholeLoader = (path: string, options: SampleLoadOptions) => Promise<Table>;

export async function loadSampledTable(path: string, options: SampleLoadOptions, sample: RowSample, loadWhole: WholeLoader): Promise<SampledTable> {
  if (!(Number.isSafeInteger(sample.maxRows) && sample.maxRows >= 1)) throw new RangeError(`maxRows must be a whole number ≥ 1, got ${sample.maxRows}`);
  let types = { ...options.types };
  // A later batch can contradict the type the first one settled: read again with it as text.
  for (let attempt = 0; attempt < 8; attempt++) {
    const reservoir = new Reservoir(sample);
    const contradicted = new Set<string>();
    const dataset = resolveDatasetSource(path, options.format ? { format: options.format } : {});
    if (dataset.partitionColumns.length > 0) {
      throw new ConfigurationError(`input "max-rows": sampling a Hive-partitioned directory (${dataset.partitionColumns.map((p) => p.name).join(', ')}) is not supported; give a glob of its files, or profile it (mlgate profile)`);
    }
    const files = dataset.files;
    for (const file of files) {
      const { format, gzip } = detectFormat(file.path, options.format);
      const onTable = (table: Table) => reservoir.add(table);
      switch (format) {
        case 'csv':
        case 'tsv':
          await readDelimitedBatches(file.path, file.path, { ...options, types, gzip, allowEmpty: true, delimiter: options.delimiter ?? defaultDelimiter(format) }, ({ table, contradicted: names }) => {
            for (const name of names) contradicted.add(name);
            if (names.length === 0) reservoir.add(table);
          });
          break;
        case 'parquet':
          await readParquetRowGroups(file.path, file.path, { ...options, types, gzip }, onTable);
          break;
        default:
          onTable(await loadWhole(file.path, { ...options, types, allowEmpty: true }));
      }
      if (contradicted.size > 0) break;
    }
    const clashing = reservoir.clashes();
    if (contradicted.size === 0 && clashing.length === 0) {
      if (reservoir.rowsRead === 0 && !options.allowEmpty) throw new DataError('has no data rows', { file: path });
      return reservoir.table(path);
    }
    types = { ...types, ...Object.fromEntries([...contradicted, ...clashing].map((name) => [name, 'string' as const])) };
  }
  throw new DataError('column types kept changing between batches while sampling', { file: path });
}

/** The N rows with the smallest hashes seen so far, stored column by column. */
class Reservoir {
  rowsRead = 0;
  private size = 0;
  private readonly hashes: Float64Array;
  private readonly positions: Float64Array;
  /** Max-heap of slots by (hash, position). */
  private readonly heap: Int32Array;
  private columns: SampleColumn[] | undefined;
  private readonly clashing = new Set<string>();

  constructor(private readonly sample: RowSample) {
    this.hashes = new Float64Array(sample.maxRows);
    this.positions = new Float64Array(sample.maxRows);
    this.heap = new Int32Array(sample.maxRows);
  }

  add(table: Table): void {
    this.columns ??= table.columns.map((c) => new SampleColumn(c.name, c.type, this.sample.maxRows));
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    const sources = this.columns.map((s) => {
      const column = byName.get(s.name);
      if (!column) throw new DataError(`has no column "${s.name}", which the dataset's first file has`, { file: table.source });
      if (!s.accepts(column)) this.clashing.add(s.name);
      return column;
    });
    const key = this.sample.key === undefined ? undefined : byName.get(this.sample.key);
    if (this.sample.key !== undefined && key === undefined) throw new DataError(`has no column "${this.sample.key}" to sample by`, { file: table.source });
    for (let r = 0; r < table.rowCount; r++) {
      const position = this.rowsRead + r;
      const hash = key === undefined ? hashPosition(this.sample.seed, position) : hashText(this.sample.seed, keyText(key, r));
      const slot = this.slotFor(hash, position);
      if (slot < 0) continue;
      for (let k = 0; k < sources.length; k++) this.columns[k].set(slot, sources[k], r);
    }
    this.rowsRead += table.rowCount;
  }

  clashes(): string[] {
    return [...this.clashing];
  }

  table(source: string): SampledTable {
    const kept = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => this.positions[a] - this.positions[b]);
    const columns: Column[] = (this.columns ?? []).map((c) => c.build(kept));
    return {
      source,
      rowCount: kept.length,
      columns,
      sample: { rowsRead: this.rowsRead, maxRows: this.sample.maxRows, seed: this.sample.seed, key: this.sample.key ?? null },
      rowNumbers: Float64Array.from(kept, (slot) => this.positions[slot] + 1),
    };
  }

  /** The slot a row goes into, or -1 when it is not among the smallest. */
  private slotFor(hash: number, position: number): number {
    const n = this.sample.maxRows;
    if (this.size < n) {
      const slot = this.size++;
      this.hashes[slot] = hash;
      this.positions[slot] = position;
      this.heap[slot] = slot;
      this.siftUp(slot);
      return slot;
    }
    const top = this.heap[0];
    if (!this.before(hash, position, this.hashes[top], this.positions[top])) return -1;
    this.hashes[top] = hash;
    this.positions[top] = position;
    this.siftDown(0);
    return top;
  }

  private before(h1: number, p1: number, h2: number, p2: number): boolean {
    return h1 < h2 || (h1 === h2 && p1 < p2);
  }

  private larger(i: number, j: number): boolean {
    const a = this.heap[i];
    const b = this.heap[j];
    return this.before(this.hashes[b], this.positions[b], this.hashes[a], this.positions[a]);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.larger(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < this.size && this.larger(left, largest)) largest = left;
      if (right < this.size && this.larger(right, largest)) largest = right;
      if (largest === i) return;
      this.swap(i, largest);
      i = largest;
    }
  }

  private swap(i: number, j: number): void {
    const t = this.heap[i];
    this.heap[i] = this.heap[j];
    this.heap[j] = t;
  }
}

/** One column of the sample: numbers in a Float64Array, text as codes into a growing dictionary. */
class SampleColumn {
  private readonly numbers: Float64Array | undefined;
  private readonly codes: Int32Array | undefined;
  private readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();
  private type: ColumnType;

  constructor(
    readonly name: string,
    type: ColumnType,
    capacity: number,
  ) {
    this.type = type;
    if (type === 'string') this.codes = new Int32Array(capacity);
    else this.numbers = new Float64Array(capacity);
  }

  /** Whether a batch's column fits this one: text with text, numbers with numbers (integer widening to number). */
  accepts(column: Column): boolean {
    if ((column.type === 'string') !== (this.type === 'string')) return false;
    if (column.type === this.type || column.type === 'string') return true;
    if ((column.type === 'integer' && this.type === 'number') || (column.type === 'number' && this.type === 'integer')) {
      this.type = 'number';
      return true;
    }
    return false;
  }

  set(slot: number, column: Column, row: number): void {
    if (isNumeric(column)) {
      if (this.numbers) this.numbers[slot] = column.values[row];
      return;
    }
    if (!this.codes) return;
    const code = column.codes[row];
    if (code < 0) {
      this.codes[slot] = -1;
      return;
    }
    const text = column.dictionary[code];
    let mine = this.index.get(text);
    if (mine === undefined) {
      mine = this.dictionary.push(text) - 1;
      this.index.set(text, mine);
    }
    this.codes[slot] = mine;
  }

  build(order: readonly number[]): Column {
    if (this.numbers) {
      const values = Float64Array.from(order, (slot) => this.numbers![slot]);
      let nullCount = 0;
      for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) nullCount++;
      return { name: this.name, type: this.type as 'integer' | 'number' | 'boolean' | 'datetime', values, nullCount };
    }
    const codes = Int32Array.from(order, (slot) => this.codes![slot]);
    let nullCount = 0;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) nullCount++;
    return { name: this.name, type: 'string', codes, dictionary: this.dictionary, nullCount };
  }
}

function keyText(column: Column, row: number): string {
  if (isNumeric(column)) return String(column.values[row]);
  const code = column.codes[row];
  return code < 0 ? '' : column.dictionary[code];
}


/** 53 bits from two mixes, as a number in [0, 2^53). */
function combine(a: number, b: number): number {
  return a * 2097152 + (b >>> 11);
}

function hashPosition(seed: number, position: number): number {
  const lo = position >>> 0;
  const hi = Math.floor(position / 4294967296) >>> 0;
  const a = mix32(mix32(lo ^ mix32(seed >>> 0)) ^ hi);
  return combine(a, mix32(a ^ 0x9e3779b9));
}

/** FNV-1a over the UTF-16 code units, seeded, then mixed. */
function hashText(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ mix32(seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const a = mix32(h);
  return combine(a, mix32(a ^ 0x9e3779b9));
}
