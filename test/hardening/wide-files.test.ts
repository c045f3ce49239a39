/**
 * Issue 14: a 5,005-column CSV of 600 KB took ~6 s and ~900 MB to read (validate-data with it as
 * data and reference: 10.6 s and 2.84 GB peak). Each column's first storage block was at least
 * 65,536 values (512 KiB) whatever the row estimate, and each text interner started at 26 KiB:
 * 5,005 columns reserved 2.6 GB to hold 300,000 values. Now the first block follows the estimate
 * (or starts at 256 values) and grows by doubling (same run: 1.6 s, 189 MB). Memory and time are
 * measured by the bench, not asserted here; these tests pin the sizing that caused it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Float64Blocks, Int32Blocks } from '../../src/io/block-array.js';
import { loadTable } from '../../src/io/load.js';

describe('storage for many short columns', () => {
  it('a column expected to hold 60 values reserves about that, not 65,536', () => {
    expect(new Float64Blocks(60).block.length).toBe(64);
    expect(new Int32Blocks(126).block.length).toBe(126);
  });

  it('with no estimate the first block is small and blocks double up to 65,536', () => {
    const blocks = new Float64Blocks();
    expect(blocks.block.length).toBe(256);
    const sizes: number[] = [];
    for (let i = 0; i < 300_000; i++) {
      if (blocks.reserve() === blocks.block.length) sizes.push(blocks.block.length);
      blocks.push(i);
    }
    expect(sizes.slice(0, 6)).toEqual([256, 256, 512, 1024, 2048, 4096]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(65_536);
    const values = blocks.toArray();
    expect(values.length).toBe(300_000);
    expect(values[299_999]).toBe(299_999);
    expect(values[12_345]).toBe(12_345);
  });

  it('a 5,005-column, 60-row CSV loads with every value in place', async () => {
    const columns = 5005;
    const rows = 60;
    const lines = [Array.from({ length: columns }, (_, j) => `c${j}`).join(',')];
    for (let i = 0; i < rows; i++) lines.push(Array.from({ length: columns }, (_, j) => (j % 7 === 0 ? `t${(i * j) % 5}` : String((i * 31 + j) % 10))).join(','));
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-wide-')), 'wide.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const table = await loadTable(path);
    expect(table.rowCount).toBe(rows);
    expect(table.columns).toHaveLength(columns);
    const c5004 = table.columns[5004];
    expect('values' in c5004 && c5004.values[59]).toBe((59 * 31 + 5004) % 10);
    const c7 = table.columns[7];
    expect('codes' in c7 && c7.dictionary[c7.codes[3]]).toBe(`t${(3 * 7) % 5}`);
  });
});
