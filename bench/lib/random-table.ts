/**
 * Random tables for property tests: every column type, missing values, text with delimiters,
 * quotes, line ends and non-ASCII characters, numbers across the whole double range. Generated
 * so that each format can represent them exactly and inference recovers each column's type:
 * row 1 is never missing, a number column's first value has a fraction, text never looks like a
 * number, boolean, date or missing token and never starts or ends with whitespace.
 */
import type { Random } from '../../src/stats/rng.js';
import type { Column, ColumnType, Table } from '../../src/io/table.js';

const TEXT_ALPHABET = ['a', 'b', 'Z', ' ', ',', ';', '"', "'", '\n', '\r\n', '\t', 'é', '東', '1', '.', '-', '|', '😀'];
const TYPES: readonly ColumnType[] = ['integer', 'number', 'boolean', 'datetime', 'string'];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() * items.length)];
}

function randomText(random: Random, maxLength: number): string {
  let text = pick(random, ['x', 'Ä', 'k']);
  const length = Math.floor(random.next() * maxLength);
  for (let i = 0; i < length; i++) text += pick(random, TEXT_ALPHABET);
  return text + pick(random, ['y', 'q', 'é']);
}

function randomNumber(random: Random): number {
  const u = random.next();
  if (u < 0.05) return pick(random, [1e300, -2.5e-300, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, 123456789.12345678, 21939287366665470]);
  if (u < 0.3) return Math.round((random.next() - 0.5) * 1e6) / 1e3;
  const magnitude = 10 ** Math.floor(random.next() * 40 - 20);
  return (random.next() - 0.5) * magnitude;
}

function randomValue(random: Random, type: ColumnType): number {
  switch (type) {
    case 'integer':
      return Math.floor((random.next() - 0.5) * 2 ** (1 + Math.floor(random.next() * 53)));
    case 'number':
      return randomNumber(random);
    case 'boolean':
      return random.next() < 0.5 ? 1 : 0;
    case 'datetime':
      return Math.floor(Date.UTC(1900, 0, 1) + random.next() * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1)));
    case 'string':
      return 0;
  }
}

export interface RandomTableOptions {
  rows: number;
  columns: number;
  /** Chance that a cell (after the first row) is missing. */
  missing?: number;
}

export function randomTable(random: Random, { rows, columns, missing = 0.1 }: RandomTableOptions): Table {
  const names = new Set<string>();
  while (names.size < columns) names.add(randomText(random, 4).replace(/\s/g, '_'));
  const out: Column[] = [...names].map((name): Column => {
    const type = pick(random, TYPES);
    if (type === 'string') {
      const vocabulary = Array.from({ length: 1 + Math.floor(random.next() * 8) }, () => randomText(random, 10));
      const index = new Map<string, number>();
      const dictionary: string[] = [];
      const codes = new Int32Array(rows);
      let nullCount = 0;
      for (let i = 0; i < rows; i++) {
        if (i > 0 && random.next() < missing) {
          codes[i] = -1;
          nullCount++;
          continue;
        }
        const text = pick(random, vocabulary);
        let code = index.get(text);
        if (code === undefined) {
          code = dictionary.length;
          index.set(text, code);
          dictionary.push(text);
        }
        codes[i] = code;
      }
      return { name, type, codes, dictionary, nullCount };
    }
    const values = new Float64Array(rows);
    let nullCount = 0;
    for (let i = 0; i < rows; i++) {
      if (i > 0 && random.next() < missing) {
        values[i] = NaN;
        nullCount++;
      } else {
        values[i] = randomValue(random, type);
      }
    }
    if (type === 'number' && Number.isInteger(values[0])) values[0] = 0.5;
    return { name, type, values, nullCount };
  });
  return { source: 'random', rowCount: rows, columns: out };
}
