/**
 * One large CSV or TSV file parsed on two cores. The file is cut at the first line start after
 * the middle of its rows; this thread reads [0, cut) — the header and the first half — while the
 * load-table worker reads [cut, end) with the header given, and the halves are joined column by
 * column: numbers concatenated, text dictionaries merged (the second half's new values after the
 * first's: the order of first appearance a whole read gives). The result is the table a whole
 * read gives, value for value (test/io/split-delimited.test.ts compares them).
 *
 * The cut is speculative: a line start may lie inside a quoted field that holds a newline. The
 * first half then ends inside a quote that is never closed, an input error there. Any input error
 * in either half, and any column whose halves settled on types a whole read would not join (text
 * in one half and numbers in the other: a whole read reads such a column again as text), makes
 * this thread read the whole file instead — so types, values and messages (file, row, column) are
 * always exactly a whole read's; a split only ever saves time.
 *
 * Worth it from {@link SPLIT_MIN_BYTES} of plain text with more than one column, on the main
 * thread, with the worker bundle beside the running one, when memory allows the two halves and
 * the joined table at once (twice the usual estimate), and when the caller does not already use
 * the other core (loadTablePair reads its second file there: `singleThread`).
 */
import { isMainThread } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { nextLineStart } from './line-start.js';
import { loadDelimited, type DelimitedOptions } from './delimited.js';
import { availableMemory, MEMORY_FACTORS } from './memory-budget.js';
import { isNumeric, type Column, type StringColumn, type Table } from './table.js';
import { loadInWorker } from './worker/load-in-worker.js';
import { loadTableWorkerUrl } from './worker/worker-bundle.js';

/** Plain CSV/TSV files from this size are split between two threads. */
export const SPLIT_MIN_BYTES = 64 * 1024 * 1024;

export interface SplitSettings {
  /** The worker script; undefined: no split. */
  readonly worker: URL | undefined;
  /** Files from this size (bytes) are split. */
  readonly minBytes: number;
}

export function defaultSplitSettings(): SplitSettings {
  return { worker: isMainThread ? loadTableWorkerUrl() : undefined, minBytes: SPLIT_MIN_BYTES };
}

/** Whether a plain file of `fileSize` bytes is worth splitting, and can be. */
export function splitsFile(fileSize: number, options: DelimitedOptions & { readonly singleThread?: boolean }, settings: SplitSettings): boolean {
  if (settings.worker === undefined || options.gzip || options.range !== undefined || options.singleThread === true) return false;
  if (fileSize < settings.minBytes) return false;
  return 2 * MEMORY_FACTORS.csv * fileSize <= availableMemory('csv').bytes;
}

/** Reads `path` as loadDelimited does, its second half in the worker (see the file's comment). */
export async function loadDelimitedSplit(path: string, source: string, options: DelimitedOptions, settings: SplitSettings): Promise<Table> {
  const whole = () => loadDelimited(path, source, options);
  const fileSize = options.fileSize ?? 0;
  const headerEnd = await nextLineStart(path, source, 0);
  let header: readonly string[];
  try {
    header = await headerOf(path, source, options, headerEnd);
  } catch (error) {
    if (error instanceof InputError) return whole();
    throw error;
  }
  if (header.length < 2) return whole(); // a one-column file's blank lines are values: keep one reader
  const cut = await nextLineStart(path, source, headerEnd + Math.floor((fileSize - headerEnd) / 2));
  if (cut >= fileSize) return whole();

  const secondOptions: DelimitedOptions = { ...options, fileSize: fileSize - cut, range: { start: cut, end: fileSize, header } };
  const second = loadInWorker(settings.worker!, { path, options: {}, delimited: secondOptions }, () => loadDelimited(path, source, secondOptions));
  second.table.catch(() => {}); // awaited below
  let first: Table;
  try {
    first = await loadDelimited(path, source, { ...options, fileSize: cut, range: { start: 0, end: cut } });
  } catch (error) {
    await second.stop();
    if (error instanceof InputError) return whole();
    throw error;
  }
  let rest: Table;
  try {
    rest = await second.table;
  } catch (error) {
    if (error instanceof InputError) return whole();
    throw error;
  }
  return joinHalves(first, rest) ?? whole();
}

/** The file's header names, read with the same tokenizer and trimming as the file. */
async function headerOf(path: string, source: string, options: DelimitedOptions, headerEnd: number): Promise<readonly string[]> {
  const table = await loadDelimited(path, source, {
    delimiter: options.delimiter,
    gzip: false,
    nullValues: options.nullValues,
    allowEmpty: true,
    select: { names: [], patterns: [] },
    range: { start: 0, end: headerEnd },
  });
  return table.fileColumns ?? [];
}

/** The two halves as one table, or undefined when a column's halves have types a whole read would not join. */
export function joinHalves(first: Table, second: Table): Table | undefined {
  const columns: Column[] = [];
  for (let j = 0; j < first.columns.length; j++) {
    const joined = joinColumn(first.columns[j], first.rowCount, second.columns[j], second.rowCount);
    if (joined === undefined) return undefined;
    columns.push(joined);
  }
  return { ...first, rowCount: first.rowCount + second.rowCount, columns };
}

function joinColumn(a: Column, rowsA: number, b: Column, rowsB: number): Column | undefined {
  if (a.name !== b.name) return undefined;
  // A half with no value has no type of its own: a whole read takes the other half's.
  const emptyA = a.nullCount === rowsA;
  const emptyB = b.nullCount === rowsB;
  if (emptyA && !emptyB) a = asTypeOf(a, rowsA, b);
  else if (emptyB && !emptyA) b = asTypeOf(b, rowsB, a);
  if (!isNumeric(a) && !isNumeric(b)) return joinText(a, b);
  if (!isNumeric(a) || !isNumeric(b)) return undefined;
  const type = a.type === b.type ? a.type : (a.type === 'integer' || a.type === 'number') && (b.type === 'integer' || b.type === 'number') ? 'number' : undefined;
  if (type === undefined) return undefined;
  const values = new Float64Array(rowsA + rowsB);
  values.set(a.values, 0);
  values.set(b.values, rowsA);
  return { name: a.name, type, values, nullCount: a.nullCount + b.nullCount };
}

/** An all-missing half as a column of `like`'s type. */
function asTypeOf(empty: Column, rows: number, like: Column): Column {
  if (isNumeric(like)) return { name: empty.name, type: like.type, values: new Float64Array(rows).fill(NaN), nullCount: rows };
  return { name: empty.name, type: 'string', codes: new Int32Array(rows).fill(-1), dictionary: [], nullCount: rows };
}

function joinText(a: StringColumn, b: StringColumn): StringColumn {
  const dictionary = [...a.dictionary];
  const index = new Map<string, number>();
  for (let i = 0; i < dictionary.length; i++) index.set(dictionary[i], i);
  const remap = new Int32Array(b.dictionary.length);
  for (let i = 0; i < b.dictionary.length; i++) {
    const label = b.dictionary[i];
    let code = index.get(label);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(label);
      index.set(label, code);
    }
    remap[i] = code;
  }
  const codes = new Int32Array(a.codes.length + b.codes.length);
  codes.set(a.codes, 0);
  for (let i = 0, at = a.codes.length; i < b.codes.length; i++, at++) {
    const code = b.codes[i];
    codes[at] = code < 0 ? code : remap[code];
  }
  return { name: a.name, type: 'string', codes, dictionary, nullCount: a.nullCount + b.nullCount };
}
