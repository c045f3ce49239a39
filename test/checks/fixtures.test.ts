import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/index.js';
import { inferSchema } from '../../src/checks/infer-schema.js';
import { loadOptionsFor, parseSchema, readSchemaFile, renderSchemaYaml } from '../../src/schema/index.js';
import { validateTable } from '../../src/checks/index.js';
import type { CheckResult } from '../../src/checks/index.js';

// A real dataset (scikit-learn's breast cancer data) and a corrupted copy; the expected findings
// were computed with pandas from the corrupted file by scripts/reference/validate_data_fixtures.py.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/validate-data/${name}`, import.meta.url));
const expected = JSON.parse(readFileSync(fixture('corrupted-findings.json'), 'utf8')) as {
  findings: (Partial<CheckResult> & { id: string })[];
};

async function check(dataFile: string) {
  const schema = await readSchemaFile(fixture('schema.yml'));
  const table = await loadTable(fixture(dataFile), loadOptionsFor(schema));
  return { schema, table, result: validateTable(table, schema) };
}

function notPassing(checks: readonly CheckResult[]): string[] {
  return checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.status} ${c.reason ?? ''} ${c.unexpectedRows}`);
}

describe('breast cancer fixture', () => {
  it('passes the clean file', async () => {
    const { result } = await check('clean.csv');
    expect(result.rows).toBe(569);
    expect(notPassing(result.checks)).toEqual([]);
    expect(result.checks.length).toBeGreaterThan(40);
  });

  it('finds every injected defect in the corrupted copy, with its rows, and nothing else', async () => {
    const { result } = await check('corrupted.csv');
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    for (const finding of expected.findings) {
      const actual = byId.get(finding.id);
      expect(actual, finding.id).toBeDefined();
      const picked = Object.fromEntries(Object.keys(finding).map((k) => [k, actual![k as keyof CheckResult]]));
      expect(picked, finding.id).toEqual(finding);
    }
    const listed = new Set(expected.findings.map((f) => f.id));
    expect(notPassing(result.checks.filter((c) => !listed.has(c.id)))).toEqual([]);
  });

  it('infers a schema from the clean file that the clean file passes, through YAML and back', async () => {
    const table = await loadTable(fixture('clean.csv'), { allowEmpty: true });
    const inferred = inferSchema(table);
    const yaml = renderSchemaYaml(inferred);
    const reparsed = parseSchema(yaml, 'inferred.yml');
    expect(stripNotes(reparsed)).toEqual(stripNotes(inferred));
    const reloaded = await loadTable(fixture('clean.csv'), loadOptionsFor(reparsed));
    const result = validateTable(reloaded, reparsed, { reference: table });
    expect(notPassing(result.checks)).toEqual([]);
    const byName = new Map(reparsed.columns.map((c) => [c.name, c]));
    expect(byName.get('patient_id')).toMatchObject({ type: 'integer', unique: true, nullable: false });
    expect(byName.get('patient_id')?.range).toBeUndefined();
    expect(byName.get('diagnosis')).toMatchObject({ type: 'category', allowed: ['benign', 'malignant'] });
    expect(byName.get('site')).toMatchObject({ type: 'category', allowed: ['east', 'north', 'south', 'west'], nullable: true, maxNullFraction: 0.02 });
    expect(byName.get('sample_code')).toMatchObject({ type: 'string', unique: true });
    expect(byName.get('visit_date')).toMatchObject({ type: 'datetime', nullable: false });
    // Observed 6.981 … 28.11, rounded outward on a grid of 1.
    expect(byName.get('mean_radius')?.range).toEqual({ min: { value: 6, exclusive: false }, max: { value: 29, exclusive: false } });
    // Observed 143.5 … 2501, grid of 100.
    expect(byName.get('mean_area')?.range).toEqual({ min: { value: 100, exclusive: false }, max: { value: 2600, exclusive: false } });
  });

  it('with the inferred schema, the corrupted copy fails on its defects', async () => {
    const clean = await loadTable(fixture('clean.csv'), { allowEmpty: true });
    const schema = inferSchema(clean);
    const corrupted = await loadTable(fixture('corrupted.csv'), loadOptionsFor(schema));
    const result = validateTable(corrupted, schema);
    const failing = new Map(result.checks.filter((c) => c.status === 'fail').map((c) => [c.id, c]));
    expect([...failing.keys()].sort()).toEqual(
      [
        'diagnosis.allowed',
        'extra_columns',
        'mean_area.range',
        'mean_radius.not_null',
        'mean_smoothness.range',
        'mean_symmetry.present',
        'mean_texture.type',
        'patient_id.unique',
        'site.allowed',
        'visit_date.type',
      ].sort(),
    );
    expect(failing.get('mean_texture.type')?.unexpectedRows).toEqual(
      expected.findings.find((f) => f.id === 'mean_texture.type')?.unexpectedRows,
    );
  });
});

function stripNotes<T extends { source: string; columns: readonly { note?: string }[] }>(schema: T) {
  return { ...schema, source: '', columns: schema.columns.map(({ note: _, ...rest }) => rest) };
}
