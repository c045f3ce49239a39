/** The row pairing of two prediction files: the typed-key hash and the text-id path. */
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../src/io/table.js';
import { NumericKeyIndex, pairRowsById } from '../../src/predictions/pair-rows.js';
import { createRandom } from '../../src/stats/rng.js';

function numeric(name: string, values: number[] | Float64Array): { table: Table; column: Column } {
  const column: Column = { name: 'id', type: 'number', values: Float64Array.from(values), nullCount: 0 };
  return { table: { source: name, rowCount: values.length, columns: [column] }, column };
}

function text(name: string, values: string[]): { table: Table; column: Column } {
  const dictionary = [...new Set(values)];
  const column: Column = { name: 'id', type: 'string', codes: Int32Array.from(values, (v) => dictionary.indexOf(v)), dictionary, nullCount: 0 };
  return { table: { source: name, rowCount: values.length, columns: [column] }, column };
}

describe('NumericKeyIndex', () => {
  it('finds every key it stored, reports repeats, and treats -0 as 0', () => {
    const index = new NumericKeyIndex(Float64Array.of(0, -0, 1.5, 2 ** 53), 4);
    expect(index.insert(0)).toBe(-1);
    expect(index.insert(1)).toBe(0);
    expect(index.insert(2)).toBe(-1);
    expect(index.insert(3)).toBe(-1);
    expect(index.find(-0)).toBe(0);
    expect(index.find(1.5)).toBe(2);
    expect(index.find(2 ** 53)).toBe(3);
    expect(index.find(2 ** 53 + 2)).toBe(-1);
    expect(index.find(Infinity)).toBe(-1);
  });

  it('agrees with a Map on 200,000 random and clustered keys', () => {
    const random = createRandom(3);
    const keys = new Float64Array(200_000);
    for (let i = 0; i < keys.length; i++) keys[i] = i % 2 === 0 ? Math.floor(random.next() * 1e12) : 1e9 + i * 1024; // strided ids stress the low bits
    const index = new NumericKeyIndex(keys, 1000); // grows as it fills
    const reference = new Map<number, number>();
    let disagreements = 0;
    keys.forEach((k, row) => {
      if (index.insert(row) !== (reference.get(k) ?? -1)) disagreements++;
      if (!reference.has(k)) reference.set(k, row);
    });
    for (let i = 0; i < 20_000; i++) {
      const probe = i % 2 === 0 ? keys[Math.floor(random.next() * keys.length)] : random.next() * 1e12 + 0.5;
      if (index.find(probe) !== (reference.get(probe) ?? -1)) disagreements++;
    }
    expect(disagreements).toBe(0);
  });
});

describe('pairRowsById', () => {
  it('pairs numeric ids in challenger order and lists the unpaired ones', () => {
    const pairing = pairRowsById(numeric('a.csv', [10, 20, 30, 40, 50, 60, 70]), numeric('b.csv', [30, 10, 99, 20]));
    expect([...pairing.championRows]).toEqual([2, 0, 1]);
    expect([...pairing.challengerRows]).toEqual([0, 1, 3]);
    expect(pairing.onlyChallenger).toEqual({ count: 1, examples: ['99'] });
    expect(pairing.onlyChampion).toEqual({ count: 4, examples: ['40', '50', '60', '70'] });
  });

  it('pairs text ids through the dictionaries, and mixes numeric with text ids as printed', () => {
    const byText = pairRowsById(text('a.csv', ['x', 'y', 'z']), text('b.csv', ['z', 'x']));
    expect([...byText.championRows]).toEqual([2, 0]);
    expect(byText.onlyChampion).toEqual({ count: 1, examples: ['y'] });
    const mixed = pairRowsById(numeric('a.csv', [7, 8]), text('b.csv', ['8', '7', '07']));
    expect([...mixed.championRows]).toEqual([1, 0]);
    expect(mixed.onlyChallenger).toEqual({ count: 1, examples: ['07'] });
  });

  it('finds a repeated id among the paired and among the unpaired challenger ids', () => {
    expect(() => pairRowsById(numeric('a.csv', [1, 2]), numeric('b.csv', [2, 1, 2]))).toThrow('b.csv, column "id": id "2" appears more than once (rows 1 and 3)');
    expect(() => pairRowsById(numeric('a.csv', [1, 2]), numeric('b.csv', [5, 1, 5]))).toThrow('b.csv, column "id": id "5" appears more than once (rows 1 and 3)');
    expect(() => pairRowsById(numeric('a.csv', [0.5, 1e20, 0.5]), numeric('b.csv', [1]))).toThrow('a.csv, column "id": id "0.5" appears more than once (rows 1 and 3)');
    expect(() => pairRowsById(numeric('a.csv', [1, NaN]), numeric('b.csv', [1]))).toThrow('a.csv, row 2, column "id": the id is missing');
  });

  it('caps the examples at five', () => {
    const pairing = pairRowsById(numeric('a.csv', [1]), numeric('b.csv', [1, 2, 3, 4, 5, 6, 7, 8]));
    expect(pairing.onlyChallenger).toEqual({ count: 7, examples: ['2', '3', '4', '5', '6'] });
  });

  it.each([
    ['dense (direct lookup)', 1],
    ['sparse (hash)', 7],
  ])('pairs a million shuffled %s ids', (_kind, stride) => {
    const n = 1_000_000;
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = 5_000_000 + i * stride;
    const b = a.slice();
    const random = createRandom(1);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [b[i], b[j]] = [b[j], b[i]];
    }
    const pairing = pairRowsById(numeric('a.csv', a), numeric('b.csv', b));
    expect(pairing.championRows.length).toBe(n);
    let wrong = 0;
    for (let k = 0; k < n; k++) if (a[pairing.championRows[k]] !== b[pairing.challengerRows[k]] || pairing.challengerRows[k] !== k) wrong++;
    expect(wrong).toBe(0);
  });
});
