/**
 * Issue 13, case 8: a ZSTD Parquet predictions file (DuckDB's and polars' default codec) is
 * evaluated exactly as the CSV of the same rows — on Node 20 (no ZSTD in node:zlib: the pure-JS
 * decoder) as on node24. Fixture: scripts/reference/zstd-parquet.mjs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-zstd-cli-'));

async function evaluate(file: string): Promise<{ code: number; stderr: string; result: Record<string, any> }> {
  const json = join(dir, `${file.replace(/\W/g, '_')}.json`);
  const run = await cliInProcess(['evaluate-model', '--predictions', file, '--score-column', 'score', '--gates', 'roc_auc >= 0.5', '--json', json, '--markdown', '/dev/null']);
  return { code: run.code, stderr: run.stderr, result: run.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : {} };
}

describe('evaluate-model on ZSTD Parquet', () => {
  it('reads the file and scores it as the CSV of the same rows', async () => {
    const parquet = await evaluate('test/fixtures/evaluate-model/zstd-predictions.parquet');
    const csv = await evaluate('test/fixtures/evaluate-model/zstd-predictions.csv');
    expect(parquet.code, parquet.stderr).toBe(0);
    expect(csv.code, csv.stderr).toBe(0);
    expect(parquet.result.rows).toBe(600);
    expect(parquet.result.task).toBe('binary');
    expect(parquet.result.metrics).toEqual(csv.result.metrics);
    expect(parquet.result.confusionMatrix).toEqual(csv.result.confusionMatrix);
  });
});
