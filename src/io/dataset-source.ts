/**
 * A dataset named by one input — a file, a glob (glob.ts), or a directory — as the list of its
 * files, in sorted order, with their format and their Hive partition values.
 *
 * - A directory is read recursively, as Spark, Hive and pyarrow write datasets: every file with a
 *   supported extension (format.ts, optionally `.gz`); names starting with `.` or `_` (`_SUCCESS`,
 *   `.part-0.crc`, `_delta_log/`) are bookkeeping and skipped.
 * - Hive partitions: directory names `key=value` below the input's fixed part
 *   (`sales/year=2024/month=01/part-0.parquet`) become columns of every row of that file. Values
 *   are %-decoded as Hive escapes them; `__HIVE_DEFAULT_PARTITION__` is missing. A partition
 *   column's type is inferred over all its values like a CSV column's (integer, number, boolean,
 *   datetime, else string: `month=01` is the integer 1, as Spark infers it).
 * - One line for every mistake (DataError, exit 2): no file at all, files of two formats (names
 *   one of each), files partitioned by different keys (names the file).
 * Files whose columns disagree are found by the readers (load-dataset.ts, the streaming engine),
 * which name the file and the column.
 */
import { statSync } from 'node:fs';
import { DataError } from '../errors.js';
import type { ColumnType } from './table.js';
import { detectFormat, SUPPORTED_EXTENSIONS, type FileFormat } from './format.js';
import { expandFileInput, hasGlobMagic } from './glob.js';
import { parseNumberBytes, numberSyntax, isExactInteger } from './number-parser.js';
import { parseBooleanBytes } from './infer-type.js';
import { parseDatetimeBytes } from './datetime-parser.js';

export interface PartitionValue {
  readonly name: string;
  /** The decoded text; null for Hive's default (missing) partition. */
  readonly text: string | null;
}

export interface DatasetFile {
  /** As it can be opened (relative to the working directory, like the input). */
  readonly path: string;
  readonly gzip: boolean;
  /** In path order, outermost first; the same keys for every file. */
  readonly partitions: readonly PartitionValue[];
}

export interface PartitionColumn {
  readonly name: string;
  readonly type: ColumnType;
}

export interface DatasetSource {
  /** The input as the user wrote it. */
  readonly input: string;
  readonly format: FileFormat;
  readonly files: readonly DatasetFile[];
  /** Hive partition columns, outermost first, with their inferred types. */
  readonly partitionColumns: readonly PartitionColumn[];
}

export interface DatasetSourceOptions {
  /** Overrides the format implied by the extensions (then every file is read with it). */
  readonly format?: FileFormat;
}

/** Hive's name for a partition whose value was null. */
export const HIVE_DEFAULT_PARTITION = '__HIVE_DEFAULT_PARTITION__';

/** Whether `input` names several files (a glob or a directory) rather than one file. */
export function isMultiFileInput(input: string): boolean {
  const stats = statOrUndefined(input);
  if (stats !== undefined) return stats.isDirectory();
  return hasGlobMagic(input);
}

export function resolveDatasetSource(input: string, options: DatasetSourceOptions = {}): DatasetSource {
  const stats = statOrUndefined(input);
  let paths: string[];
  // Partitions are read below `base`; a single file named directly has none.
  let base: string | undefined;
  if (stats?.isDirectory()) {
    base = input.replace(/\/+$/, '');
    paths = expandDirectory(base);
    if (paths.length === 0) {
      throw new DataError(`is a directory that holds no data files (looked for ${SUPPORTED_EXTENSIONS.join(', ')}, each optionally .gz, skipping names that start with . or _)`, { file: input });
    }
  } else if (stats === undefined && hasGlobMagic(input)) {
    paths = expandFileInput(input).filter((p) => !isBookkeeping(p));
    if (paths.length === 0) throw new DataError(`no data file matches "${input}" (names starting with . or _ are skipped)`, {});
    base = fixedPrefix(input);
  } else {
    paths = [input];
    base = undefined;
  }
  let format: FileFormat | undefined;
  let first = '';
  const files = paths.map((path): DatasetFile => {
    const detected = detectFormat(path, options.format);
    if (format === undefined) {
      format = detected.format;
      first = path;
    } else if (detected.format !== format) {
      throw new DataError(`mixes file formats: "${first}" is ${format} but "${path}" is ${detected.format}; a dataset is read in one format`, { file: input });
    }
    return { path, gzip: detected.gzip, partitions: base === undefined ? [] : partitionsOf(path, base) };
  });
  const keys = files[0].partitions.map((p) => p.name);
  for (const file of files) {
    const theirs = file.partitions.map((p) => p.name);
    if (theirs.join('/') !== keys.join('/')) {
      const describe = (k: string[]) => (k.length === 0 ? 'no partition directories' : k.map((n) => `${n}=`).join('/'));
      throw new DataError(`is partitioned by ${describe(theirs)} but "${files[0].path}" by ${describe(keys)}`, { file: file.path });
    }
  }
  const partitionColumns = keys.map((name, j) => ({ name, type: inferPartitionType(files.map((f) => f.partitions[j].text)) }));
  return { input, format: format!, files, partitionColumns };
}

function expandDirectory(directory: string): string[] {
  let all: string[];
  try {
    all = expandFileInput(`${escapeGlob(directory)}/**`);
  } catch {
    return []; // no file at all
  }
  return all.filter((path) => !isBookkeeping(path) && hasDataExtension(path));
}

function hasDataExtension(path: string): boolean {
  try {
    detectFormat(path);
    return true;
  } catch {
    return false;
  }
}

/** A path segment starting with `_` or `.` (below the input) marks bookkeeping, not data. */
function isBookkeeping(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.startsWith('_') || name.startsWith('.') || name.endsWith('.crc') || path.split('/').some((s) => s.startsWith('_') && !s.includes('='));
}

/** The glob's leading segments without wildcards: partitions are looked for below them. */
function fixedPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (hasGlobMagic(s)) break;
    fixed.push(s);
  }
  return fixed.join('/');
}

function partitionsOf(path: string, base: string): PartitionValue[] {
  const relative = base !== '' && path.startsWith(base + '/') ? path.slice(base.length + 1) : path;
  const directories = relative.split('/').slice(0, -1);
  const out: PartitionValue[] = [];
  for (const segment of directories) {
    const eq = segment.indexOf('=');
    if (eq <= 0) continue;
    const name = decodeHive(segment.slice(0, eq));
    const raw = segment.slice(eq + 1);
    out.push({ name, text: raw === HIVE_DEFAULT_PARTITION ? null : decodeHive(raw) });
  }
  return out;
}

/** Hive escapes special characters in partition names and values as %XX. */
function decodeHive(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The type of a partition column: the CSV inference rules applied to all its values. */
export function inferPartitionType(values: readonly (string | null)[]): ColumnType {
  const present = values.filter((v): v is string => v !== null && v.trim() !== '');
  if (present.length === 0) return 'string';
  const bytes = present.map((v) => Buffer.from(v.trim(), 'utf8'));
  const all = (test: (b: Buffer) => boolean) => bytes.every(test);
  if (all((b) => !Number.isNaN(parseNumberBytes(b, 0, b.length)))) {
    return all((b) => {
      const v = parseNumberBytes(b, 0, b.length);
      return numberSyntax.integer && isExactInteger(v);
    }) ? 'integer' : 'number';
  }
  if (all((b) => parseBooleanBytes(b, 0, b.length) >= 0)) return 'boolean';
  if (all((b) => !Number.isNaN(parseDatetimeBytes(b, 0, b.length)))) return 'datetime';
  return 'string';
}

/** A partition value as a number of its column's type (NaN when missing). */
export function partitionNumber(text: string | null, type: ColumnType): number {
  if (text === null || text.trim() === '') return NaN;
  const b = Buffer.from(text.trim(), 'utf8');
  if (type === 'boolean') return parseBooleanBytes(b, 0, b.length);
  if (type === 'datetime') return parseDatetimeBytes(b, 0, b.length);
  return parseNumberBytes(b, 0, b.length);
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\\]/g, (c) => `\\${c}`);
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

