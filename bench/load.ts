/**
 * Load benchmark (issue 3): 1,000,000 rows × (20 numeric + 5 categorical) columns
 * (bench/lib/wide-table.ts) as CSV, CSV.gz and Parquet, generated deterministically into
 * bench/.data/ on first use. Each file is loaded in a fresh child process, which reports the
 * load time (loadTable only: wall clock and CPU) and its peak resident memory
 * (VmHWM on Linux: the whole process, Node and tsx included). The machine's
 * load average is printed too: on a shared machine wall time mostly measures the neighbours.
 *
 * Targets (2 cores): CSV ≥ 150 MB/s and ≤ 1.5 s; Parquet ≤ 1 s; peak RSS ≤ 2.5 × the numeric
 * payload (rows × 20 × 8 bytes).
 *
 * Run: npx tsx bench/load.ts [rows]      (or benchLoad() from bench/index.ts)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { createGunzip } from 'node:zlib';
import { createReadStream, readFileSync } from 'node:fs';
import { loadTable } from '../src/io/load.js';
import { isNumeric } from '../src/io/table.js';
import { WIDE_CATEGORICAL_COLUMNS, WIDE_NUMERIC_COLUMNS, wideTable } from './lib/wide-table.js';
import { writeDelimited, writeParquet } from './lib/write-table.js';

export interface LoadBenchRow {
  case: string;
  rows: number;
  /** Wall-clock time of loadTable. */
  seconds: number;
  /** CPU time (user + system, all threads) of loadTable: less sensitive to a busy machine. */
  cpuSeconds: number;
  peakMB: number;
  /** Size of the file on disk. */
  fileMB: number;
  /** Size of the text or Parquet bytes parsed (uncompressed). */
  dataMB: number;
  rowsPerSecond: number;
  /** dataMB / seconds. */
  megabytesPerSecond: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = join(HERE, '.data');
const ROWS = 1_000_000;
/** Bump when wide-table.ts changes, so stale files are regenerated. */
const DATA_VERSION = 1;

interface ChildReport {
  rows: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  numericColumns: number;
  stringColumns: number;
}

async function ensureData(rows: number): Promise<Record<string, string>> {
  mkdirSync(DATA_DIR, { recursive: true });
  const base = join(DATA_DIR, `wide-${rows}-v${DATA_VERSION}`);
  const files = { CSV: `${base}.csv`, 'CSV.gz': `${base}.csv.gz`, Parquet: `${base}.parquet` };
  if (Object.values(files).every((f) => existsSync(f))) return files;
  process.stderr.write(`generating ${rows.toLocaleString('en-US')} rows into ${DATA_DIR} …\n`);
  const table = wideTable(rows);
  for (const path of Object.values(files)) {
    if (existsSync(path)) continue;
    const partial = `${path}.partial${path.endsWith('.gz') ? '.gz' : ''}`;
    if (path.endsWith('.parquet')) await writeParquet(table, partial, { nullable: true, rowGroupSize: 100_000 });
    else await writeDelimited(table, partial);
    renameSync(partial, path);
  }
  return files;
}

/** Runs in the child: load one file, report time and memory as one JSON line. */
async function measure(path: string): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const table = await loadTable(path);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const numericColumns = table.columns.filter(isNumeric).length;
  const report: ChildReport = {
    rows: table.rowCount,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: peakResidentMB(),
    numericColumns,
    stringColumns: table.columns.length - numericColumns,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

/**
 * This process's peak resident memory. Linux's VmHWM counts only this process; getrusage's
 * maxRSS (the fallback elsewhere) can include the parent's memory at the time it spawned us.
 */
function peakResidentMB(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function uncompressedMB(path: string): Promise<number> {
  if (!path.endsWith('.gz')) return statSync(path).size / 1e6;
  let bytes = 0;
  for await (const chunk of createReadStream(path).pipe(createGunzip())) bytes += (chunk as Buffer).length;
  return bytes / 1e6;
}

export async function benchLoad(rows = ROWS): Promise<LoadBenchRow[]> {
  const files = await ensureData(rows);
  const results: LoadBenchRow[] = [];
  for (const [name, path] of Object.entries(files)) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const report = JSON.parse(output.trim().split('\n').pop()!) as ChildReport;
    if (report.rows !== rows || report.numericColumns !== WIDE_NUMERIC_COLUMNS || report.stringColumns !== WIDE_CATEGORICAL_COLUMNS) {
      throw new Error(`${name}: loaded ${report.rows} rows, ${report.numericColumns} numeric and ${report.stringColumns} text columns; expected ${rows}, ${WIDE_NUMERIC_COLUMNS}, ${WIDE_CATEGORICAL_COLUMNS}`);
    }
    const dataMB = await uncompressedMB(path);
    results.push({
      case: `${name}, ${rows.toLocaleString('en-US')} × ${WIDE_NUMERIC_COLUMNS + WIDE_CATEGORICAL_COLUMNS}`,
      rows,
      seconds: report.seconds,
      cpuSeconds: report.cpuSeconds,
      peakMB: report.peakMB,
      fileMB: statSync(path).size / 1e6,
      dataMB,
      rowsPerSecond: rows / report.seconds,
      megabytesPerSecond: dataMB / report.seconds,
    });
  }
  return results;
}

export function formatLoadTable(rows: readonly LoadBenchRow[]): string {
  const payloadMB = (rows[0]?.rows ?? 0) * WIDE_NUMERIC_COLUMNS * 8 / 1e6;
  const header = ['format', 'rows', 'file MB', 'data MB', 'seconds', 'CPU s', 'rows/s', 'MB/s', 'peak RSS MB', 'RSS / numeric payload'];
  const lines = rows.map((r) => [
    r.case.split(',')[0],
    r.rows.toLocaleString('en-US'),
    r.fileMB.toFixed(1),
    r.dataMB.toFixed(1),
    r.seconds.toFixed(2),
    r.cpuSeconds.toFixed(2),
    Math.round(r.rowsPerSecond).toLocaleString('en-US'),
    r.megabytesPerSecond.toFixed(0),
    r.peakMB.toFixed(0),
    `${(r.peakMB / payloadMB).toFixed(2)}×`,
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...lines.map((l) => l[j].length)));
  const row = (cells: string[]) => `| ${cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ')} |`;
  return [row(header), `|${widths.map((w, j) => (j === 0 ? ':' : '-') + '-'.repeat(w) + (j === 0 ? '-' : ':')).join('|')}|`, ...lines.map(row)].join('\n') +
    `\nnumeric payload: ${payloadMB.toFixed(0)} MB; "data MB" is what the parser reads (CSV text after gunzip, Parquet file); ` +
    `rows/s and MB/s from wall time; CPU s counts all threads (gunzip runs beside the parser); load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--measure') {
    await measure(process.argv[3]);
  } else {
    const rows = process.argv[2] === undefined ? ROWS : Number(process.argv[2]);
    console.log(formatLoadTable(await benchLoad(rows)));
  }
}
