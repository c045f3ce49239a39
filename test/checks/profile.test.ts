import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/index.js';
import { loadOptionsFor, schemaFromValue } from '../../src/schema/index.js';
import { validateTable } from '../../src/checks/index.js';

// The per-column profile for the report, worked out by hand from the data below.
describe('column profile', () => {
  it('gives types, counts, ranges, histograms and top values', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mlgate-profile-')), 'data.csv');
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    const rows = x.map((v, i) => `${v},${['b', 'a', 'b', 'c'][i % 4]},${i % 3 === 0 ? '' : '2024-01-0' + ((i % 9) + 1)},${i === 5 ? 'N/A' : i},${i % 2 === 0}`);
    writeFileSync(file, `x,c,d,n,flag\n${rows.join('\n')}\n`);
    const schema = schemaFromValue({ columns: { x: { type: 'number' }, c: { type: 'category' }, d: { type: 'datetime' }, n: { type: 'integer' } } }, 's.json');
    const result = validateTable(await loadTable(file, loadOptionsFor(schema)), schema);
    const [px, pc, pd, pn, pflag] = result.profile;
    // 17 values 0…16 on 16 equal bins of width 1: one per bin, the last bin closed (15 and 16).
    expect(px).toMatchObject({ type: 'number', loadedType: 'integer', inSchema: true, nulls: 0, distinct: 17, min: 0, max: 16, mean: 8, topValues: null });
    expect(px.histogram).toEqual({ min: 0, max: 16, counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2] });
    expect(pc).toMatchObject({ type: 'category', distinct: 3, histogram: null, min: null });
    expect(pc.topValues).toEqual([{ value: 'b', count: 9 }, { value: 'a', count: 4 }, { value: 'c', count: 4 }]);
    // Rows 0, 3, …, 15 are empty (6 of 17); the other 11 hold 6 dates, 2024-01-02 … 2024-01-09.
    expect(pd).toMatchObject({ type: 'datetime', nulls: 6, min: '2024-01-02', max: '2024-01-09', mean: null });
    expect(pd.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(11);
    // "N/A" is not an integer: counted as invalid, left out of min/max, still a distinct token.
    expect(pn).toMatchObject({ type: 'integer', loadedType: 'string', invalid: 1, distinct: 17, min: 0, max: 16 });
    expect(pflag).toMatchObject({ type: 'boolean', inSchema: false, histogram: null, topValues: [{ value: 'true', count: 9 }, { value: 'false', count: 8 }] });
    expect(result.columns).toEqual([
      { name: 'x', type: 'number', nulls: 0, distinct: 17 },
      { name: 'c', type: 'category', nulls: 0, distinct: 3 },
      { name: 'd', type: 'datetime', nulls: 6, distinct: 6 },
      { name: 'n', type: 'integer', nulls: 0, distinct: 17 },
      { name: 'flag', type: 'boolean', nulls: 0, distinct: 2 },
    ]);
  });
});
