/**
 * The drift examples and fixtures as pairs of files on disk (the agreement tests run the CLI and
 * the bundles on them): the example's reference against its two currents, and each fixture's even
 * rows against its odd rows, plain and with every third numeric column shifted.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTable } from '../../src/io/load.js';
import type { Table } from '../../src/io/table.js';
import { writeDelimited } from '../../bench/lib/write-table.js';
import { subset } from '../drift/tables.js';

export interface Pair {
  readonly name: string;
  readonly reference: string;
  readonly current: string;
}

export async function writeTable(table: Table, path: string): Promise<string> {
  mkdirSync(join(path, '..'), { recursive: true });
  await writeDelimited(table, path);
  return path;
}

export async function driftPairs(dir: string): Promise<Pair[]> {
  const pairs: Pair[] = [
    { name: 'examples: reference vs current', reference: 'examples/drift-report/reference.csv', current: 'examples/drift-report/current.csv' },
    { name: 'examples: reference vs current-shifted', reference: 'examples/drift-report/reference.csv', current: 'examples/drift-report/current-shifted.csv' },
  ];
  for (const file of ['breast-cancer.csv', 'digits.csv', 'mixed.csv']) {
    const t = await loadTable(`test/fixtures/drift/${file}`);
    const half = Math.floor(t.rowCount / 2);
    const even = subset(`${file} even`, t, Array.from({ length: half }, (_, i) => 2 * i));
    const odd = subset(`${file} odd`, t, Array.from({ length: t.rowCount - half }, (_, i) => 2 * i + 1).filter((r) => r < t.rowCount));
    const shifted: Table = { ...odd, columns: odd.columns.map((c, j) => (c.type !== 'string' && j % 3 === 0 ? { ...c, values: c.values.map((v) => v * 1.3 + 0.5) } : c)) };
    const stem = file.replace('.csv', '');
    const reference = await writeTable(even, join(dir, `${stem}-even.csv`));
    pairs.push({ name: `${file}: even vs odd rows`, reference, current: await writeTable(odd, join(dir, `${stem}-odd.csv`)) });
    pairs.push({ name: `${file}: even vs odd rows shifted`, reference, current: await writeTable(shifted, join(dir, `${stem}-odd-shifted.csv`)) });
  }
  return pairs;
}
