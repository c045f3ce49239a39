/**
 * ZSTD-compressed Parquet fixtures, written by DuckDB (the codec polars and DuckDB use by
 * default), each beside a CSV of the same rows written by the same DuckDB query, so a test can
 * compare the two loads value by value.
 *
 * Run (DuckDB is not a dependency of mlgate; install it for this script only):
 *   npm install --no-save @duckdb/node-api && node scripts/reference/zstd-parquet.mjs
 * Writes:
 *   test/fixtures/io/zstd-v1.parquet, zstd-v2.parquet (data pages V1 and V2), zstd.csv
 *   test/fixtures/evaluate-model/zstd-predictions.parquet, zstd-predictions.csv
 *   test/fixtures/io/zstd-frames/payload.txt and level-{1,3,19}.zst: that payload compressed by the
 *   reference `zstd` tool (Debian's zstd package), for the decoder test on a Node without ZSTD.
 * The data are deterministic functions of the row number (no random numbers).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const run = (sql) => connection.run(sql);

// 2,100 rows in row groups of 1,000 (three groups): integers, doubles with nulls, dictionary-encoded text with
// nulls, booleans, 64-bit integers.
const table = `SELECT
    i::INTEGER AS id,
    CASE WHEN i % 17 = 0 THEN NULL ELSE ((i * 37) % 101) / 7.0 - 3 END::DOUBLE AS x,
    CASE WHEN i % 11 = 0 THEN NULL ELSE ['cat', 'dog', 'owl', 'yak'][1 + (i * 7) % 4] END AS label,
    (i % 3 = 0) AS flag,
    (i::BIGINT * 1000003 - 1500000000) AS big
  FROM range(2100) t(i)`;
await run(`COPY (${table}) TO 'test/fixtures/io/zstd-v1.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000)`);
await run(`COPY (${table}) TO 'test/fixtures/io/zstd-v2.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000, PARQUET_VERSION v2)`);
await run(`COPY (${table}) TO 'test/fixtures/io/zstd.csv' (FORMAT csv, HEADER true)`);

// A binary classifier's predictions: 600 rows, score a function of the row, y_pred = score ≥ 0.5.
const predictions = `SELECT
    i AS id,
    CASE WHEN (i * 13) % 10 < 4 THEN 1 ELSE 0 END AS y_true,
    round(CASE WHEN (i * 13) % 10 < 4 THEN 0.35 + ((i * 29) % 61) / 100.0 ELSE 0.05 + ((i * 31) % 59) / 100.0 END, 4)::DOUBLE AS score
  FROM range(600) t(i)`;
const withPredictions = `SELECT id, y_true, CASE WHEN score >= 0.5 THEN 1 ELSE 0 END AS y_pred, score FROM (${predictions})`;
await run(`COPY (${withPredictions}) TO 'test/fixtures/evaluate-model/zstd-predictions.parquet' (FORMAT parquet, COMPRESSION zstd)`);
await run(`COPY (${withPredictions}) TO 'test/fixtures/evaluate-model/zstd-predictions.csv' (FORMAT csv, HEADER true)`);

const codecs = await connection.runAndReadAll(
  `SELECT DISTINCT file_name, compression FROM parquet_metadata(['test/fixtures/io/zstd-v1.parquet', 'test/fixtures/io/zstd-v2.parquet', 'test/fixtures/evaluate-model/zstd-predictions.parquet'])`,
);
for (const [file, codec] of codecs.getRows()) console.log(`${file}: ${codec}`);
const version = await connection.runAndReadAll('SELECT version()');
console.log(`written by DuckDB ${version.getRows()[0][0]}`);

// Frames of the reference zstd tool at three levels.
mkdirSync('test/fixtures/io/zstd-frames', { recursive: true });
const payload = Array.from({ length: 1500 }, (_, i) => `row ${i}: ${(i * 7919) % 1000} ${['cat', 'dog', 'owl'][i % 3]}`).join('\n') + '\n';
writeFileSync('test/fixtures/io/zstd-frames/payload.txt', payload);
for (const level of [1, 3, 19]) {
  const frame = execFileSync('zstd', [`-${level}`, '-c', '-q', 'test/fixtures/io/zstd-frames/payload.txt']);
  writeFileSync(`test/fixtures/io/zstd-frames/level-${level}.zst`, frame);
}
console.log(`frames written by ${execFileSync('zstd', ['--version']).toString().trim()}`);
