/**
 * Inputs larger than memory fail early, with one line naming the file, its size and the remedy,
 * instead of being read until the kernel kills the process (a 7 GB runner dies without a word:
 * drift-report on 3 GB + 3 GB of CSV peaked at 7.07 GB).
 *
 * The estimate is bytes on disk × a format factor — the peak memory of reading a file, per byte
 * on disk, measured on mlgate's loaders (a 400,000 × 7 table of numbers, categories and labels;
 * and the 3 GB CSVs through validate-data, 1.26, and drift-report, 1.18):
 *
 * | format | factor | why |
 * |---|---:|---|
 * | CSV, TSV | 1.3 | columns in typed arrays are about as large as the text |
 * | JSON Lines | 2.0 | each line is parsed to objects before it joins the columns |
 * | JSON | 5.0 | the whole document is parsed to objects first (and lives in the V8 heap) |
 * | Parquet | 6.0 | compressed and dictionary-encoded on disk, expanded in memory |
 *
 * A `.gz` file counts its decompressed size: the size its trailer declares when that can be true
 * (it is stored modulo 4 GiB), and never less than 3× the compressed size.
 *
 * It is compared with the memory available: `MLGATE_MEMORY_LIMIT` when set (bytes, or with a unit:
 * `512M`, `6G`), else the smaller of what Linux says is available (MemAvailable; other systems:
 * the machine's total memory, as their "free" figure leaves out reclaimable caches) and the
 * cgroup's limit (a container's `--memory`) less what this process already uses; for JSON, also
 * the V8 heap's room. The check errs on the side of reading: a file the estimate says fits may
 * still not, but one it refuses would not have fitted by a wide margin.
 */
import { freemem, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { gzipDeclaredSize } from './byte-source.js';
import type { FileFormat } from './format.js';
import { DataError } from '../errors.js';

/** Peak bytes in memory per byte of (decompressed) file, by format. */
export const MEMORY_FACTORS: Readonly<Record<FileFormat, number>> = { csv: 1.3, tsv: 1.3, jsonl: 2.0, json: 5.0, parquet: 6.0 };

/** The least a gzip file is taken to expand. */
const MIN_GZIP_RATIO = 3;

export interface MemoryEstimate {
  /** Bytes on disk. */
  readonly onDisk: number;
  /** Bytes the file holds once decompressed (= onDisk when not gzip). */
  readonly decompressed: number;
  /** Peak bytes reading it is expected to need. */
  readonly needed: number;
}

export async function estimateMemory(path: string, onDisk: number, format: FileFormat, gzip: boolean): Promise<MemoryEstimate> {
  let decompressed = onDisk;
  if (gzip) {
    const declared = await gzipDeclaredSize(path, onDisk).catch(() => undefined);
    decompressed = Math.max(declared ?? 0, onDisk * MIN_GZIP_RATIO);
  }
  return { onDisk, decompressed, needed: decompressed * MEMORY_FACTORS[format] };
}

/** `512M`, `6G`, `1.5GiB`, `1000000` → bytes; undefined when unset or unreadable. */
export function parseByteSize(text: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const bytes = Number(match[1]) * scale;
  return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}

export interface AvailableMemory {
  readonly bytes: number;
  /** Where the figure comes from, for the message. */
  readonly source: string;
}

/** The memory a load may use now (see the file header). */
export function availableMemory(format: FileFormat, env: Readonly<Record<string, string | undefined>> = process.env): AvailableMemory {
  const limit = parseByteSize(env.MLGATE_MEMORY_LIMIT);
  if (limit !== undefined) return { bytes: limit, source: 'MLGATE_MEMORY_LIMIT' };
  const rss = process.memoryUsage.rss();
  // Linux reports MemAvailable (free memory plus caches it can drop); elsewhere "free" leaves the
  // caches out and would refuse files that fit, so only what could never fit is refused there.
  const linux = process.platform === 'linux';
  let bytes = linux ? freemem() : totalmem();
  let source = linux ? 'available on this machine' : 'the memory of this machine';
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
  // 0 or a huge sentinel mean "no limit".
  if (constrained > 0 && constrained < 2 ** 60 && constrained - rss < bytes) {
    bytes = Math.max(0, constrained - rss);
    source = 'left under this container\'s memory limit';
  }
  if (format === 'json') {
    const heap = getHeapStatistics();
    const room = heap.heap_size_limit - heap.used_heap_size;
    if (room < bytes) {
      bytes = room;
      source = 'left in the JavaScript heap (node --max-old-space-size raises it)';
    }
  }
  return { bytes, source };
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${Math.round(bytes)} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Refuses, before reading anything, files whose estimated memory exceeds what is available.
 * `files` are read together (a pair in drift-report): their needs add up.
 * @throws DataError naming the file (the largest, for several), its size, the need and the remedy
 */
export async function checkFitsInMemory(
  files: ReadonlyArray<{ path: string; source: string; onDisk: number; format: FileFormat; gzip: boolean }>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  if (files.length === 0) return;
  const estimates = await Promise.all(files.map((f) => estimateMemory(f.path, f.onDisk, f.format, f.gzip)));
  const needed = estimates.reduce((sum, e) => sum + e.needed, 0);
  const formats = files.map((f) => f.format);
  const available = availableMemory(formats.includes('json') ? 'json' : formats[0], env);
  if (needed <= available.bytes) return;
  const largest = estimates.reduce((best, e, i) => (e.needed > estimates[best].needed ? i : best), 0);
  const file = files[largest];
  const estimate = estimates[largest];
  const size = file.gzip ? `${formatBytes(estimate.onDisk)} on disk (about ${formatBytes(estimate.decompressed)} decompressed)` : `${formatBytes(estimate.onDisk)} on disk`;
  const together = files.length > 1 ? ` with ${files.filter((_, i) => i !== largest).map((f) => f.source).join(', ')}` : '';
  throw new DataError(
    `is ${size}; reading it${together} needs about ${formatBytes(needed)} of memory (${MEMORY_FACTORS[file.format]}× the ${file.format.toUpperCase()} size), ` +
      `but ${formatBytes(available.bytes)} is ${available.source}: sample it with \`max-rows\`, or compare against a reference profile instead of the full file ` +
      '(MLGATE_MEMORY_LIMIT overrides the figure)',
    { file: file.source },
  );
}
