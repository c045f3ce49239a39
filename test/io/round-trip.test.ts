/**
 * Property tests: random tables (seeded, bench/lib/random-table.ts) written in every format
 * (bench/lib/write-table.ts) read back to identical columns: names, types, every value, nulls.
 * And the chain CSV → Parquet → JSON Lines → CSV keeps a table identical at every step.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/index.js';
import type { Table } from '../../src/io/table.js';
import { createRandom } from '../../src/stats/rng.js';
import { randomTable } from '../../bench/lib/random-table.js';
import { writeDelimited, writeJson, writeJsonLines, writeParquet } from '../../bench/lib/write-table.js';
import { plainTable } from './table-view.js';

const directory = mkdtempSync(join(tmpdir(), 'mlgate-io-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const WRITERS: Record<string, (table: Table, path: string) => Promise<void>> = {
  'data.csv': (t, p) => writeDelimited(t, p, ','),
  'data.tsv': (t, p) => writeDelimited(t, p, '\t'),
  'data.csv.gz': (t, p) => writeDelimited(t, p, ','),
  'data.jsonl': writeJsonLines,
  'data.ndjson.gz': writeJsonLines,
  'records.json': (t, p) => writeJson(t, p, 'records'),
  'columns.json': (t, p) => writeJson(t, p, 'columns'),
  'data.parquet': (t, p) => writeParquet(t, p, { rowGroupSize: 7 }),
  'data.parquet.gz': (t, p) => writeParquet(t, p),
};

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

describe('random tables read back identically from every format', () => {
  it.each(SEEDS)('seed %i', async (seed) => {
    const random = createRandom(seed);
    const table = randomTable(random, { rows: 1 + Math.floor(random.next() * 40), columns: 1 + Math.floor(random.next() * 6) });
    const expected = plainTable(table);
    for (const [name, write] of Object.entries(WRITERS)) {
      const path = join(directory, `${seed}-${name}`);
      await write(table, path);
      const actual = plainTable(await loadTable(path));
      expect({ format: name, ...actual }).toEqual({ format: name, ...expected });
    }
  });
});

describe('round trip CSV → Parquet → JSON Lines → CSV', () => {
  it.each(['basic.csv', 'quoted.csv', 'dates.csv', 'categorical.csv', 'utf8.csv'])('%s keeps identical columns', async (file) => {
    const original = await loadTable(`test/fixtures/io/${file}`);
    const expected = plainTable(original);
    let table = original;
    for (const name of ['chain.parquet', 'chain.jsonl', 'chain.csv']) {
      const path = join(directory, `${file}-${name}`);
      if (name.endsWith('.parquet')) await writeParquet(table, path);
      else if (name.endsWith('.jsonl')) await writeJsonLines(table, path);
      else await writeDelimited(table, path);
      table = await loadTable(path);
      expect({ step: name, ...plainTable(table) }).toEqual({ step: name, ...expected });
    }
  });
});
