import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/index.js';
import type { Table } from '../../src/io/index.js';
import { inferSchema } from '../../src/checks/infer-schema.js';
import { loadOptionsFor, parseSchema, renderSchemaYaml, schemaFromValue } from '../../src/schema/index.js';
import type { Schema } from '../../src/schema/index.js';
import { roundOutward, roundUpToStep } from '../../src/checks/infer-schema.js';
import { validateTable } from '../../src/checks/index.js';

async function csv(text: string, options = {}): Promise<Table> {
  const file = join(mkdtempSync(join(tmpdir(), 'mlgate-infer-')), 'data.csv');
  writeFileSync(file, text);
  return loadTable(file, { allowEmpty: true, ...options });
}

function withoutNotes(schema: Schema) {
  return { ...schema, source: '', columns: schema.columns.map(({ note: _, ...rest }) => rest) };
}

/** Infers, renders, re-parses, reloads and validates: the table must pass its own schema. */
async function roundTrip(text: string) {
  const table = await csv(text);
  const inferred = inferSchema(table);
  const yaml = renderSchemaYaml(inferred);
  const reparsed = parseSchema(yaml, 'inferred.yml');
  expect(withoutNotes(reparsed)).toEqual(withoutNotes(inferred));
  const reloaded = await csv(text, loadOptionsFor(reparsed));
  const result = validateTable(reloaded, reparsed);
  const bad = result.checks.filter((c) => c.status === 'fail' || c.status === 'warn' || c.status === 'error');
  expect(bad.map((c) => c.id)).toEqual([]);
  return { inferred, yaml, result };
}

describe('rounding for inferred bounds', () => {
  it.each([
    [6.981, 28.11, false, 6, 29],
    [0.3, 118.7, false, 0, 120],
    [0.05263, 0.1634, false, 0.05, 0.17],
    [0.05, 0.21, false, 0.05, 0.21],
    [-3.7, 2.2, false, -3.7, 2.2],
    [0, 1, true, 0, 1],
    [1, 569, true, 0, 570],
    [42, 42, true, 42, 42],
    [-0.004, -0.001, false, -0.004, -0.001],
    [1.5, 1.5, false, 1.5, 1.5],
  ])('[%d, %d] integer=%s → [%d, %d]', (lo, hi, integer, min, max) => {
    expect(roundOutward(lo, hi, integer)).toEqual({ min, max });
  });

  it.each([
    [0.0140598, 0.02],
    [0.1, 0.1],
    [0.12, 0.2],
    [0.3, 0.5],
    [0.6, 1],
    [0.00125, 0.002],
  ])('%d rounds up to the 1-2-5 step %d', (x, step) => {
    expect(roundUpToStep(x)).toBe(step);
  });
});

describe('inferSchema', () => {
  it('infers types, nullability, categories, ids and bounds, and says so in comments', async () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      [i + 1, `u${100 + i}`, ['DE', 'FR', 'US'][i % 3], i === 4 ? '' : (i * 1.5).toFixed(1), i % 2 === 0 ? 'true' : 'false', `2024-01-${String(i + 1).padStart(2, '0')}`, `name ${i}`].join(','),
    );
    const { inferred, yaml } = await roundTrip(`id,user_id,country,score,active,day,label\n${rows.join('\n')}\n`);
    const by = new Map(inferred.columns.map((c) => [c.name, c]));
    expect(by.get('id')).toMatchObject({ type: 'integer', unique: true, nullable: false });
    expect(by.get('user_id')).toMatchObject({ type: 'string', unique: true });
    expect(by.get('country')).toMatchObject({ type: 'category', allowed: ['DE', 'FR', 'US'], unique: false });
    expect(by.get('score')).toMatchObject({ type: 'number', nullable: true, maxNullFraction: 0.2 });
    expect(by.get('score')?.range).toEqual({ min: { value: 0, exclusive: false }, max: { value: 17, exclusive: false } });
    expect(by.get('active')).toMatchObject({ type: 'boolean', nullable: false });
    expect(by.get('day')?.range).toBeUndefined();
    expect(by.get('label')).toMatchObject({ type: 'string', unique: false });
    expect(inferred.allowExtraColumns).toBe(false);
    expect(yaml).toBe(`columns:
  # id-like: unique, no bounds
  id: { type: integer, nullable: false, unique: true }
  # id-like: unique, no bounds
  user_id: { type: string, nullable: false, unique: true }
  # reference: 3 distinct values
  country:
    type: category
    nullable: false
    allowed: [ DE, FR, US ]
  # reference: 8.33% missing, 0 … 16.5; missing bound × 1.25, rounded up; bounds rounded outward
  score: { type: number, max_null_fraction: 0.2, min: 0, max: 17 }
  active: { type: boolean, nullable: false }
  # reference: 2024-01-01 … 2024-01-12; dates not bounded
  day: { type: datetime, nullable: false }
  label: { type: string, nullable: false }
allow_extra_columns: false
`);
  });

  it('keeps text with more than 50 values, or values seen once, as string', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `v${i % 60}`).join('\n');
    const { inferred } = await roundTrip(`c\n${many}\n`);
    expect(inferred.columns[0]).toMatchObject({ type: 'string' });
    expect(inferred.columns[0].allowed).toBeUndefined();
    const { inferred: few } = await roundTrip('c\na\nb\nc\n');
    expect(few.columns[0].type).toBe('string');
  });

  it('handles an all-missing column and an empty table', async () => {
    const { inferred, result } = await roundTrip('a,b\n1,\n2,\n');
    expect(inferred.columns[1]).toMatchObject({ name: 'b', type: 'number', nullable: true, note: 'reference: no values; only the type is known' });
    expect(inferred.columns[1].maxNullFraction).toBeUndefined();
    expect(result.checks.find((c) => c.id === 'b.type')?.status).toBe('skipped');
    const empty = inferSchema(await csv('a,b\n'));
    expect(empty.columns.map((c) => c.type)).toEqual(['number', 'number']);
  });

  it('quotes names and values YAML would otherwise misread', async () => {
    const rows = ['yes', 'true', 'NA', '1', 'x: y', '#tag'].flatMap((v) => [v, v]);
    const { yaml, inferred } = await roundTrip(`"on","a: b","温度 °C"\n${rows.map((v, i) => `"${v}",${i},${i % 2}`).join('\n')}\n`);
    expect(inferred.columns.map((c) => c.name)).toEqual(['on', 'a: b', '温度 °C']);
    expect(inferred.columns[0].allowed).toEqual(['#tag', '1', 'NA', 'true', 'x: y', 'yes']);
    expect(yaml).toContain('"a: b":');
  });
});

describe('renderSchemaYaml', () => {
  it('round-trips every key through the parser', () => {
    const schema = schemaFromValue(
      {
        columns: {
          p: { type: 'number', exclusive_min: 0, max: 1, mostly: { range: 0.99 }, std: { exclusive_max: 0.5 }, mean: { min: 0.1 }, median: { max: 0.9 }, severity: 'warn', description: 'a probability' },
          t: { type: 'datetime', format: '%d/%m/%Y', min: '01/02/2024', max: '2024-12-31T12:00:00.250Z', monotonic: 'increasing', required: false },
          k: { type: 'integer', allowed: [1, 2, 3], unique: true, mostly: 0.9, max_null_fraction: 0.1 },
          s: { type: 'string', pattern: '^[a-z]+$', min_length: 1, max_length: 8 },
        },
        rows: { min: 10, max: 1000 },
        allow_extra_columns: false,
        column_order: 'strict',
        unique: ['k', ['t', 's']],
        no_duplicate_rows: true,
        null_values: ['NA', ''],
        reference: { row_count: 0.1, null_fraction: false, new_categories: false, severity: 'warn' },
      },
      'full.json',
    );
    const yaml = renderSchemaYaml(schema, { header: ['a header'] });
    expect(yaml.startsWith('# a header\n')).toBe(true);
    expect({ ...parseSchema(yaml, 'full.yml'), source: '' }).toEqual({ ...schema, source: '' });
  });
});
