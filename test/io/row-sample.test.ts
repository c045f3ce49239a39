/**
 * max-rows sampling (src/io/row-sample.ts): at most N rows, the same for a seed, in file order,
 * with their original row numbers; uniform over rows; by key, the same keys in two files; across
 * batches and files, a type a later batch contradicts read again as text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import { loadSampledTable, type SampledTable } from '../../src/io/row-sample.js';
import { isNumeric, type Table } from '../../src/io/table.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-sample-'));
function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));
const whole = (path: string, options: object) => loadTable(path, options);
const valuesOf = (table: Table, name: string): (number | string | null)[] => {
  const column = table.columns.find((c) => c.name === name)!;
  return isNumeric(column) ? Array.from(column.values) : Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
};

describe('max-rows: a seeded sample read batch by batch', () => {
  const file = csv('data.csv', ['id,x,label', ...rows(1000, (i) => `${i + 1},${(i * 7) % 13},${i % 3 === 0 ? 'a' : 'b'}`)]);

  it('keeps at most N rows, in file order, each with its original row number and values', async () => {
    const sample = await loadSampledTable(file, { batchRows: 64 }, { maxRows: 100, seed: 42 }, whole);
    const full = await loadTable(file);
    expect(sample.rowCount).toBe(100);
    expect(sample.sample).toEqual({ rowsRead: 1000, maxRows: 100, seed: 42, key: null });
    const numbers = Array.from(sample.rowNumbers);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const ids = valuesOf(full, 'id');
    const labels = valuesOf(full, 'label');
    numbers.forEach((n, i) => {
      expect(valuesOf(sample, 'id')[i]).toBe(ids[n - 1]);
      expect(valuesOf(sample, 'label')[i]).toBe(labels[n - 1]);
    });
  });

  it('is the same for a seed (whatever the batch size), another for another seed, and everything when N is larger', async () => {
    const a = await loadSampledTable(file, { batchRows: 64 }, { maxRows: 50, seed: 7 }, whole);
    const b = await loadSampledTable(file, { batchRows: 999 }, { maxRows: 50, seed: 7 }, whole);
    const c = await loadSampledTable(file, {}, { maxRows: 50, seed: 8 }, whole);
    expect(Array.from(b.rowNumbers)).toEqual(Array.from(a.rowNumbers));
    expect(Array.from(c.rowNumbers)).not.toEqual(Array.from(a.rowNumbers));
    const all = await loadSampledTable(file, {}, { maxRows: 5000, seed: 7 }, whole);
    expect(Array.from(all.rowNumbers)).toEqual(rows(1000, (i) => String(i + 1)).map(Number));
  });

  it('is uniform: over 400 seeds every row is kept about N/rows of the time (chi-square on the inclusion counts)', async () => {
    const small = csv('small.csv', ['x', ...rows(40, (i) => String(i))]);
    const counts = new Array(40).fill(0);
    for (let seed = 0; seed < 400; seed++) {
      const s = await loadSampledTable(small, {}, { maxRows: 10, seed }, whole);
      for (const n of s.rowNumbers) counts[n - 1]++;
    }
    const expected = (400 * 10) / 40;
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 39 degrees of freedom: the 0.999 quantile is 72.1 (scipy.stats.chi2.ppf(0.999, 39)).
    expect(chi2).toBeLessThan(72.1);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('by a key: two files with the same ids in other orders keep the same ids', async () => {
    const ids = rows(500, (i) => String(1000 + i));
    const left = csv('left.csv', ['id,v', ...ids.map((id) => `${id},1`)]);
    const right = csv('right.csv', ['id,v', ...[...ids].reverse().map((id) => `${id},2`)]);
    const a = await loadSampledTable(left, {}, { maxRows: 60, seed: 3, key: 'id' }, whole);
    const b = await loadSampledTable(right, {}, { maxRows: 60, seed: 3, key: 'id' }, whole);
    expect(new Set(valuesOf(b, 'id'))).toEqual(new Set(valuesOf(a, 'id')));
  });

  it('reads a column again as text when a later batch contradicts its type', async () => {
    const mixed = csv('mixed.csv', ['code,n', ...rows(300, (i) => `${i < 250 ? i : `x${i}`},${i}`)]);
    const sample = (await loadSampledTable(mixed, { batchRows: 32 }, { maxRows: 400, seed: 1 }, whole)) as SampledTable;
    const full = await loadTable(mixed);
    expect(sample.columns.find((c) => c.name === 'code')!.type).toBe('string');
    expect(valuesOf(sample, 'code')).toEqual(valuesOf(full, 'code'));
    expect(valuesOf(sample, 'n')).toEqual(valuesOf(full, 'n'));
  });

  it('samples a glob of files as one dataset, numbering rows across them', async () => {
    csv('part-1.csv', ['x', ...rows(30, (i) => String(i))]);
    csv('part-2.csv', ['x', ...rows(30, (i) => String(100 + i))]);
    const s = await loadSampledTable(join(dir, 'part-*.csv'), {}, { maxRows: 60, seed: 1 }, whole);
    expect(s.rowCount).toBe(60);
    expect(valuesOf(s, 'x').slice(28, 32)).toEqual([28, 29, 100, 101]);
  });
});
