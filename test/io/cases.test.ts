/**
 * The fixture corpus (test/fixtures/io/cases.json): every file loads to exactly the expected
 * table, or fails with exactly the expected one-line message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadTable, type LoadOptions } from '../../src/io/index.js';
import { plainTable, plainValues, type PlainColumn } from './table-view.js';

interface Case {
  file: string;
  options?: LoadOptions;
  rows?: number;
  columns?: PlainColumn[];
  error?: string;
}

const FIXTURES = 'test/fixtures/io';
const { cases } = JSON.parse(readFileSync(`${FIXTURES}/cases.json`, 'utf8')) as { cases: Case[] };

describe('loadTable on the fixture corpus', () => {
  it.each(cases.map((c) => [`${c.file} ${JSON.stringify(c.options ?? {})}`, c] as const))('%s', async (_, c) => {
    const path = `${FIXTURES}/${c.file}`;
    if (c.error !== undefined) {
      const error = await loadTable(path, c.options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toBe(c.error.replaceAll('{file}', path));
      return;
    }
    const table = await loadTable(path, c.options);
    expect(table.source).toBe(path);
    const plain = plainTable(table);
    expect(plain.rows).toBe(c.rows);
    expect(plain.columns.map(({ name, type, values }) => ({ name, type, values }))).toEqual(
      c.columns!.map(({ name, type, values }) => ({ name, type, values })),
    );
    for (const expected of c.columns!) {
      const column = table.columns.find((col) => col.name === expected.name)!;
      if (expected.dictionary !== undefined && column.type === 'string') expect(column.dictionary).toEqual(expected.dictionary);
      expect(column.nullCount).toBe(plainValues(column).filter((v) => v === null).length);
    }
  });
});
