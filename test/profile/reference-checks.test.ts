/**
 * validate-data's reference checks from a reference profile against the same checks on the raw
 * reference (validateTable with `reference`): on the validate-data fixtures (clean.csv as the
 * reference, corrupted.csv and clean.csv as the data) every reference check result is identical;
 * with a category cap below a column's distinct values, its distinct-count and new-category checks
 * are skipped with the reason, never passed.
 */
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import { columnView } from '../../src/checks/column-view.js';
import { validateTable } from '../../src/checks/validate-table.js';
import { readSchemaFile } from '../../src/schema/parse.js';
import type { Schema } from '../../src/schema/types.js';
import { profileTable } from '../../src/profile/index.js';
import { referenceChecksFromProfile, referenceRowCountFromProfile } from '../../src/profile/compare/reference-checks.js';

const REFERENCE_CHECKS = new Set(['reference_row_count', 'reference_null_fraction', 'reference_distinct_count', 'new_categories']);

async function setup(): Promise<{ schema: Schema }> {
  const base = await readSchemaFile('test/fixtures/validate-data/schema.yml');
  // Every reference tolerance on, and the allowed sets off so new_categories runs too.
  const schema: Schema = {
    ...base,
    columns: base.columns.map((c) => ({ ...c, allowed: undefined })),
    reference: { ...base.reference, rowCount: 0.1, nullFraction: 0.01, distinctCount: 0.2, newCategories: true },
  };
  return { schema };
}

describe('reference checks from a profile', () => {
  for (const data of ['corrupted.csv', 'clean.csv']) {
    it(`equal the raw-reference checks: clean.csv as reference, ${data} as data`, async () => {
      const { schema } = await setup();
      const reference = await loadTable('test/fixtures/validate-data/clean.csv');
      const table = await loadTable(`test/fixtures/validate-data/${data}`);
      const expected = validateTable(table, schema, { reference }).checks.filter((c) => REFERENCE_CHECKS.has(c.check));
      const profile = profileTable(reference);
      const actual = [referenceRowCountFromProfile(table.rowCount, profile, schema)!];
      for (const column of schema.columns) {
        // As validateTable does: a column the data lacks gets an empty view and skipped results.
        const loaded = table.columns.find((c) => c.name === column.name);
        const results = referenceChecksFromProfile(columnView(loaded ?? { name: column.name, type: 'string', codes: new Int32Array(0), dictionary: [], nullCount: 0 }, column), profile, column, schema);
        const reason = column.required ? `column "${column.name}" is missing` : 'optional column absent';
        actual.push(...(loaded === undefined ? results.map((r) => ({ ...r, status: 'skipped' as const, observed: null, reason })) : results));
      }
      expect(actual.length).toBeGreaterThan(10);
      expect(actual).toEqual(expected);
    });
  }

  it('skips distinct-count and new-category checks, with the reason, when the profile holds only a sample of the values', async () => {
    const { schema } = await setup();
    const reference = await loadTable('test/fixtures/validate-data/clean.csv');
    const profile = profileTable(reference, { settings: { categoryCap: 2 } });
    const site = schema.columns.find((c) => c.name === 'site')!;
    const results = referenceChecksFromProfile(columnView(reference.columns.find((c) => c.name === 'site')!, site), profile, site, schema);
    expect(results.map((r) => [r.check, r.status])).toEqual([['reference_null_fraction', 'pass'], ['reference_distinct_count', 'skipped'], ['new_categories', 'skipped']]);
    expect(results[1].reason).toMatch(/keeps exact counts of 2 of its ~4 distinct values/);
  });
});
