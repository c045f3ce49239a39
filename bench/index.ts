/**
 * `npm run bench`: every benchmark, on data generated deterministically into bench/.data/
 * (not committed; made on first use). Prints one table per area. Tests never time anything;
 * this is where speed is measured. A single area: `npm run bench -- load|metrics|evaluate|compare|drift|zstd|report|thresholds|profile`.
 */
import { benchLoad, formatLoadTable } from './load.js';
import { benchMetrics } from './metrics.js';
import { benchEvaluate } from './evaluate.js';

type Row = object;

const AREAS: Record<string, { title: string; run: () => Promise<string> }> = {
  load: { title: 'Loading: 1,000,000 rows × 25 columns, each format in a fresh process', run: async () => formatLoadTable(await benchLoad()) },
  metrics: { title: 'Metrics and intervals, computation only (in process)', run: async () => markdown(await benchMetrics()) },
  evaluate: { title: 'mlgate evaluate-model, whole command (load, metrics, default intervals, report)', run: async () => markdown(await benchEvaluate()) },
  compare: { title: 'mlgate compare-champion, whole command', run: async () => markdown(await optional('./compare.js', 'benchCompare')) },
  drift: { title: 'drift-report computation', run: async () => markdown(await optional('./drift.js', 'benchDrift')) },
  zstd: { title: 'Parquet codecs: ZSTD vs Snappy, 1,000,000 rows × 12 columns (DuckDB-written), loadTable in process', run: async () => zstdTable() },
  report: { title: 'Reports at scale: a 2,000-column drift report — comment size, HTML size and open time in Chromium', run: async () => markdown(await optional('./report.js', 'benchReport')) },
  thresholds: { title: 'Per-class, operating points, curves, calibration (issue 16), computation only', run: async () => markdown(await optional('./thresholds.js', 'benchThresholds')) },
  profile: { title: 'Streaming profile (sizes: MLGATE_PROFILE_ROWS, default 1,000,000), each case in a fresh process', run: async () => markdown(await optional('./profile.js', 'benchProfile')) },
};

async function zstdTable(): Promise<string> {
  const result = await (await import('./zstd.js')).benchZstd();
  return typeof result === 'string' ? result : markdown(result);
}

async function optional(module: string, name: string): Promise<Row[]> {
  const loaded = (await import(module)) as Record<string, () => Promise<Row[]>>;
  return loaded[name]();
}

function markdown(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const records = rows as readonly Record<string, unknown>[];
  const keys = Object.keys(records[0]);
  const cell = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(3)) : String(v));
  return [`| ${keys.join(' | ')} |`, `|${keys.map(() => '---').join('|')}|`, ...records.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`)].join('\n');
}

const wanted = process.argv.slice(2);
for (const [key, area] of Object.entries(AREAS)) {
  if (wanted.length > 0 && !wanted.includes(key)) continue;
  console.log(`\n## ${area.title}\n`);
  console.log(await area.run());
}
