/**
 * ZSTD vs Snappy Parquet (issue 13, case 8): the same 1,000,000 rows × (8 doubles, 2 integers,
 * 2 dictionary-encoded text columns) written by DuckDB with each codec into bench/.data/, then
 * loaded in this process (best of 3). On Node 20 ZSTD pages go through the pure-JS fzstd decoder,
 * on Node ≥ 22.15 through node:zlib; the row says which.
 *
 * DuckDB is not a dependency: `npm install --no-save @duckdb/node-api` first, else this area
 * prints why it was skipped. Run: npx tsx bench/zstd.ts   (or `npm run bench -- zstd`)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTable } from '../src/io/load.js';
import { ZSTD_DECODER } from '../src/io/parquet-codecs.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = join(HERE, '.data');
const ROWS = 1_000_000;

export interface ZstdBenchRow {
  codec: string;
  decoder: string;
  node: string;
  rows: number;
  fileMB: number;
  seconds: number;
  rowsPerSecond: number;
}

async function ensureFiles(rows: number): Promise<Record<'SNAPPY' | 'ZSTD', string> | string> {
  const paths = { SNAPPY: join(DATA_DIR, `codecs-${rows}-snappy.parquet`), ZSTD: join(DATA_DIR, `codecs-${rows}-zstd.parquet`) };
  if (existsSync(paths.SNAPPY) && existsSync(paths.ZSTD)) return paths;
  // Not a dependency (so not typed here): a connection that runs SQL is all this needs.
  interface DuckDb {
    DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown> }> }> };
  }
  let duckdb: DuckDb;
  try {
    const name = '@duckdb/node-api';
    duckdb = (await import(name)) as DuckDb;
  } catch {
    return 'skipped: DuckDB is needed to write ZSTD Parquet (npm install --no-save @duckdb/node-api)';
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
  const doubles = Array.from({ length: 8 }, (_, k) => `((i * ${7919 + 104729 * k}) % 1000003) / 997.0 AS x${k}`).join(', ');
  const query = `SELECT ${doubles}, i AS id, (i * 31) % 1000 AS code,
      ['north', 'south', 'east', 'west'][1 + i % 4] AS region, 'item-' || ((i * 13) % 5000)::VARCHAR AS item
    FROM range(${rows}) t(i)`;
  for (const [codec, path] of Object.entries(paths)) {
    await connection.run(`COPY (${query}) TO '${path}' (FORMAT parquet, COMPRESSION ${codec.toLowerCase()})`);
  }
  return paths;
}

export async function benchZstd(rows = ROWS): Promise<ZstdBenchRow[] | string> {
  const files = await ensureFiles(rows);
  if (typeof files === 'string') return files;
  const out: ZstdBenchRow[] = [];
  for (const [codec, path] of Object.entries(files)) {
    let best = Infinity;
    let count = 0;
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      const table = await loadTable(path);
      best = Math.min(best, (performance.now() - start) / 1000);
      count = table.rowCount;
    }
    out.push({
      codec,
      decoder: codec === 'ZSTD' ? ZSTD_DECODER : 'own (snappy.ts)',
      node: process.version,
      rows: count,
      fileMB: statSync(path).size / 1e6,
      seconds: best,
      rowsPerSecond: Math.round(count / best),
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchZstd(Number(process.argv[2] ?? ROWS));
  console.log(typeof result === 'string' ? result : JSON.stringify(result, null, 2));
}
