/**
 * Which parser reads a file: from its extension (`.csv`, `.tsv`, `.txt`, `.json`, `.jsonl`,
 * `.ndjson`, `.parquet`, each optionally followed by `.gz`), or from an explicit override.
 */
import { DataError } from '../errors.js';

export type FileFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'parquet';
export const FILE_FORMATS: readonly FileFormat[] = ['csv', 'tsv', 'json', 'jsonl', 'parquet'];

export interface DetectedFormat {
  readonly format: FileFormat;
  /** The bytes on disk are gzip-compressed (the name ends in `.gz`). */
  readonly gzip: boolean;
}

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The format of `path`, or a DataError listing the supported extensions. */
export function detectFormat(path: string, override?: FileFormat): DetectedFormat {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  if (override !== undefined) {
    if (!FILE_FORMATS.includes(override)) {
      throw new DataError(`unknown format "${String(override)}"; the formats are ${FILE_FORMATS.join(', ')}`, { file: path });
    }
    return { format: override, gzip };
  }
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf('.');
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  const extension = dot > slash ? base.slice(dot) : '';
  const format = EXTENSIONS[extension];
  if (format === undefined) {
    const what = extension === '' ? 'has no file extension' : `has an unknown extension "${extension}"`;
    throw new DataError(
      `${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')} (each optionally .gz)`,
      { file: path },
    );
  }
  return { format, gzip };
}

/** The delimiter a delimited format uses unless the caller overrides it. */
export function defaultDelimiter(format: FileFormat): string {
  return format === 'tsv' ? '\t' : ',';
}
