/**
 * Predictions files that also carry the model's features: only the columns the metrics use are
 * read, the results are those of the file without the features, and a message about a missing
 * column still lists every column of the file (CSV reads selectively; JSON Lines reads all, then drops).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { loadTable } from '../../src/io/index.js';
import { columnNames } from '../../src/io/table.js';
import { patternMatch, selects } from '../../src/io/column-selection.js';
import { createRandom } from '../../src/stats/rng.js';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-select-'));
const random = createRandom(41);
const rows = Array.from({ length: 300 }, (_, i) => {
  const y = random.next() < 0.4 ? 1 : 0;
  const score = Math.min(1, Math.max(0, 0.5 + (y ? 0.2 : -0.2) + (random.next() - 0.5) * 0.8));
  return { id: i + 1, age: 20 + Math.floor(random.next() * 50), note: i % 7 === 0 ? 'n/a' : `text ${i}`, y_true: y, y_pred: score >= 0.5 ? 1 : 0, score: Number(score.toFixed(4)), segment: i % 3 === 0 ? 'a' : 'b' };
});
const wide = join(dir, 'wide.csv');
writeFileSync(wide, ['id,age,note,y_true,y_pred,score,segment', ...rows.map((r) => `${r.id},${r.age},${r.note},${r.y_true},${r.y_pred},${r.score},${r.segment}`)].join('\n'));
const narrow = join(dir, 'narrow.csv');
writeFileSync(narrow, ['y_true,y_pred,score,segment', ...rows.map((r) => `${r.y_true},${r.y_pred},${r.score},${r.segment}`)].join('\n'));
const wideJsonl = join(dir, 'wide.jsonl');
writeFileSync(wideJsonl, rows.map((r) => JSON.stringify(r)).join('\n'));

// Parquet, with a JSON column (a type loadTable refuses) among the features.
const wideParquet = join(dir, 'wide.parquet');
writeFileSync(
  wideParquet,
  new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', type: 'INT32', nullable: false, data: Int32Array.from(rows, (r) => r.id) },
        { name: 'tags', type: 'JSON', data: rows.map((r) => ({ note: r.note })) },
        { name: 'y_true', type: 'INT32', nullable: false, data: Int32Array.from(rows, (r) => r.y_true) },
        { name: 'y_pred', type: 'INT32', nullable: false, data: Int32Array.from(rows, (r) => r.y_pred) },
        { name: 'score', type: 'DOUBLE', nullable: false, data: Float64Array.from(rows, (r) => r.score) },
        { name: 'segment', type: 'STRING', data: rows.map((r) => r.segment) },
      ],
    }),
  ),
);

async function metrics(file: string): Promise<unknown> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const result = await cliInProcess(['evaluate-model', '--predictions', file, '--score-column', 'score', '--slice-columns', 'segment', '--json', out, '--markdown', '/dev/null']);
  expect(result.code, result.stderr).toBe(0);
  const parsed = JSON.parse(readFileSync(out, 'utf8'));
  return { metrics: parsed.metrics, slices: parsed.slices, rows: parsed.rows };
}

describe('reading only the columns a predictions file is read for', () => {
  it('CSV: the unused columns are not read at all, and their names are kept for messages', async () => {
    const table = await loadTable(wide, { select: { names: ['y_true', 'score', 'absent'], patterns: [] } });
    expect(table.columns.map((c) => c.name)).toEqual(['y_true', 'score']);
    expect(columnNames(table)).toEqual(['id', 'age', 'note', 'y_true', 'y_pred', 'score', 'segment']);
    expect(table.rowCount).toBe(300);
  });

  it('JSON Lines: the same columns, selected after reading', async () => {
    const table = await loadTable(wideJsonl, { select: { names: ['y_true', 'score', 'absent'], patterns: [] } });
    expect(table.columns.map((c) => c.name)).toEqual(['y_true', 'score']);
    expect(columnNames(table)).toEqual(['id', 'age', 'note', 'y_true', 'y_pred', 'score', 'segment']);
  });

  it('Parquet: only the selected columns\' chunks are read, so a column this reader cannot take may stay in the file', async () => {
    const table = await loadTable(wideParquet, { select: { names: ['y_true', 'score'], patterns: [] } });
    expect(table.columns.map((c) => c.name)).toEqual(['y_true', 'score']);
    expect(columnNames(table)).toEqual(['id', 'tags', 'y_true', 'y_pred', 'score', 'segment']);
    await expect(loadTable(wideParquet)).rejects.toThrow(/column "tags": has a Parquet type this reader does not support/);
  });

  it('evaluate-model gives the same result with and without feature columns (CSV, JSON Lines, Parquet)', async () => {
    const expected = await metrics(narrow);
    expect(await metrics(wide)).toEqual(expected);
    expect(await metrics(wideJsonl)).toEqual(expected);
    expect(await metrics(wideParquet)).toEqual(expected);
  });

  it('a missing column is reported with every column of the file, read or not', async () => {
    const result = await cliInProcess(['evaluate-model', '--predictions', wide, '--label-column', 'truth']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`mlgate: ${wide}: no column "truth"; the columns are "id", "age", "note", "y_true", "y_pred", "score", "segment"`);
    const glob = await cliInProcess(['evaluate-model', '--predictions', wide, '--score-columns', 'proba_*']);
    expect(glob.code).toBe(2);
    expect(glob.stderr.trim()).toBe(`mlgate: ${wide}: no column matches score-columns "proba_*"; the columns are "id", "age", "note", "y_true", "y_pred", "score", "segment"`);
  });
});

describe('column selections', () => {
  it('match exact names and one-star patterns, the star standing for at least one character', () => {
    const wanted = selects({ names: ['id'], patterns: ['proba_*', 'p_*_v2'] });
    expect(['id', 'ids', 'proba_a', 'proba_', 'p_x_v2', 'p__v2', 'p_a*b_v2', 'feature'].filter(wanted)).toEqual(['id', 'proba_a', 'p_x_v2', 'p_a*b_v2']);
    expect(patternMatch('proba_cat', 'proba_*')).toBe('cat');
    expect(patternMatch('score_v2', 'score_*_v2')).toBeUndefined();
  });
});
