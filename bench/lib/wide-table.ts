/**
 * The load benchmark's table: `rows` × (20 numeric + 5 categorical) columns from a fixed seed,
 * shaped like a typical ML feature export:
 *   - 5 integer columns (counts and ids, 0 … 10^6), 1% missing in one of them;
 *   - 10 number columns rounded to 4 decimals (scaled features, prices), 1% missing in one;
 *   - 5 number columns at full double precision (model scores, as pandas writes them: up to 17
 *     significant digits);
 *   - 5 categorical columns with 3, 12, 50, 1,000 and 20,000 distinct labels.
 */
import type { Column, Table } from '../../src/io/table.js';
import { createRandom } from '../../src/stats/rng.js';

export const WIDE_NUMERIC_COLUMNS = 20;
export const WIDE_CATEGORICAL_COLUMNS = 5;

export function wideTable(rows: number, seed = 20240601): Table {
  const random = createRandom(seed);
  const columns: Column[] = [];
  for (let c = 0; c < 5; c++) {
    const values = new Float64Array(rows);
    let nullCount = 0;
    for (let i = 0; i < rows; i++) {
      if (c === 0 && random.next() < 0.01) {
        values[i] = NaN;
        nullCount++;
      } else {
        values[i] = Math.floor(random.next() * 10 ** (1 + c));
      }
    }
    columns.push({ name: `count_${c}`, type: 'integer', values, nullCount });
  }
  for (let c = 0; c < 10; c++) {
    const values = new Float64Array(rows);
    let nullCount = 0;
    const scale = 10 ** (c % 5);
    for (let i = 0; i < rows; i++) {
      if (c === 0 && random.next() < 0.01) {
        values[i] = NaN;
        nullCount++;
      } else {
        values[i] = Math.round((random.next() - 0.3) * scale * 1e4) / 1e4;
      }
    }
    columns.push({ name: `feature_${c}`, type: 'number', values, nullCount });
  }
  for (let c = 0; c < 5; c++) {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = random.next() * (c + 1);
    columns.push({ name: `score_${c}`, type: 'number', values, nullCount: 0 });
  }
  const cardinalities = [3, 12, 50, 1000, 20000];
  const prefixes = ['tier', 'region', 'state', 'merchant', 'customer'];
  for (let c = 0; c < WIDE_CATEGORICAL_COLUMNS; c++) {
    const k = cardinalities[c];
    const dictionary = Array.from({ length: k }, (_, j) => `${prefixes[c]}_${j}`);
    const codes = new Int32Array(rows);
    // Skewed frequencies (a few common labels), as real categories are.
    for (let i = 0; i < rows; i++) codes[i] = Math.floor(k * random.next() ** 2);
    columns.push({ name: prefixes[c], type: 'string', codes, dictionary, nullCount: 0 });
  }
  return { source: 'generated', rowCount: rows, columns };
}
