import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { parseSchema, readSchemaFile, schemaFromValue } from '../../src/schema/index.js';

const KEYS =
  'type, format, required, nullable, max_null_fraction, min, max, exclusive_min, exclusive_max, allowed, pattern, min_length, max_length, unique, monotonic, mean, median, std, mostly, severity, description';
const TYPES = 'integer, number, boolean, datetime, category, string';

// Each mistake gives one line naming the file, the column and the key, with what is allowed.
const mistakes: [string, unknown, string][] = [
  ['top-level typo', { colums: {} }, 'schema.yml: unknown top-level key "colums" (did you mean "columns"?); the top-level keys are columns, rows, allow_extra_columns, column_order, unique, no_duplicate_rows, null_values, reference, description'],
  ['column key typo', { columns: { age: { type: 'number', maxx: 3 } } }, `schema.yml: column "age": unknown key "maxx" (did you mean "max"?); the keys are ${KEYS}`],
  ['no type', { columns: { age: { min: 0 } } }, `schema.yml: column "age": "type" is required; the types are ${TYPES}`],
  ['unknown type', { columns: { age: { type: 'float' } } }, `schema.yml: column "age": "type" must be one of ${TYPES}; got "float"`],
  ['min as text', { columns: { age: { type: 'number', min: 'zero' } } }, 'schema.yml: column "age": "min" must be a number, got "zero"'],
  ['empty range', { columns: { age: { type: 'number', min: 5, max: 1 } } }, 'schema.yml: column "age": "min" (5) and "max" (1) leave no value allowed'],
  ['empty exclusive range', { columns: { age: { type: 'number', exclusive_min: 1, max: 1 } } }, 'schema.yml: column "age": "exclusive_min" (1) and "max" (1) leave no value allowed'],
  ['both min keys', { columns: { age: { type: 'number', min: 0, exclusive_min: 0 } } }, 'schema.yml: column "age": "min" and "exclusive_min" both bound the same side; keep one'],
  ['key for another type', { columns: { age: { type: 'number', pattern: 'x' } } }, 'schema.yml: column "age": "pattern" does not apply to type number; it applies to category, string'],
  ['bounds on text', { columns: { c: { type: 'category', min: 0 } } }, 'schema.yml: column "c": "min" does not apply to type category; it applies to integer, number, datetime'],
  ['bad regex', { columns: { s: { type: 'string', pattern: '(' } } }, 'schema.yml: column "s": "pattern" is not a valid regular expression: Invalid regular expression: /(/u: Unterminated group'],
  ['mostly above 1', { columns: { s: { type: 'string', mostly: 1.5 } } }, 'schema.yml: column "s": "mostly" must be a fraction from 0 to 1, got 1.5'],
  ['mostly for an unknown check', { columns: { s: { type: 'string', mostly: { rnage: 0.5 } } } }, 'schema.yml: column "s": unknown check "rnage" in "mostly" (did you mean "range"?); the checks are type, not_null, range, allowed, pattern, length, unique, monotonic'],
  ['empty allowed', { columns: { s: { type: 'category', allowed: [] } } }, 'schema.yml: column "s": "allowed" must be a non-empty list of values, got []'],
  ['null in allowed', { columns: { s: { type: 'category', allowed: ['a', null] } } }, 'schema.yml: column "s": "allowed" holds null; list values as text or numbers (missing values are governed by "nullable")'],
  ['impossible date bound', { columns: { t: { type: 'datetime', min: '2024-13-01' } } }, 'schema.yml: column "t": "min" is not a date: "2024-13-01"'],
  ['number as date bound', { columns: { t: { type: 'datetime', min: 5 } } }, 'schema.yml: column "t": "min" must be a date written as text (ISO 8601), got 5'],
  ['unknown format directive', { columns: { t: { type: 'datetime', format: '%Y-%q' } } }, 'schema.yml: column "t": "format": unknown directive "%q" in "%Y-%q"; the directives are %Y %y %m %d %H %I %p %M %S %f %z %b %B %j %F %T %%'],
  ['monotonic value', { columns: { t: { type: 'number', monotonic: 'up' } } }, 'schema.yml: column "t": "monotonic" must be one of increasing, decreasing, strictly_increasing, strictly_decreasing; got "up"'],
  ['statistic key', { columns: { t: { type: 'number', mean: { mim: 1 } } } }, 'schema.yml: column "t": unknown key "mim" in "mean" (did you mean "min"?); the keys are min, max, exclusive_min, exclusive_max'],
  ['statistic not a mapping', { columns: { t: { type: 'number', mean: 3 } } }, 'schema.yml: column "t": "mean" must be a mapping such as { min: 0, max: 1 }, got 3'],
  ['negative rows', { rows: { min: -1 } }, 'schema.yml: "rows.min" must be a whole number, 0 or more, got -1'],
  ['rows min above max', { rows: { min: 5, max: 2 } }, 'schema.yml: "rows.min" (5) is greater than "rows.max" (2)'],
  ['column order', { column_order: 'sorted' }, 'schema.yml: "column_order" must be one of strict, ignore; got "sorted"'],
  ['unique as text', { unique: 'id' }, 'schema.yml: "unique" must be a list of column names or lists of column names, e.g. [id, [store, date]]; got "id"'],
  ['empty key', { unique: [[]] }, 'schema.yml: "unique" must be a list of column names or lists of column names, e.g. [id, [store, date]]; got []'],
  ['negative tolerance', { reference: { row_count: -1 } }, 'schema.yml: "reference.row_count" must be 0 or more, got -1'],
  ['reference key', { reference: { rows: 0.1 } }, 'schema.yml: unknown key "rows" in "reference"; the keys are row_count, null_fraction, distinct_count, new_categories, severity'],
  ['column without checks', { columns: { a: null } }, `schema.yml: column "a": expected a mapping of checks with at least "type"; the types are ${TYPES}`],
  ['columns as a list', { columns: ['a'] }, 'schema.yml: "columns" must be a mapping of column name to checks, got ["a"]'],
  ['schema as a list', ['a'], 'schema.yml: the schema must be a mapping, got ["a"]'],
  ['empty schema', null, 'schema.yml: the schema is empty; expected a mapping with a "columns" key'],
  ['nullable as text', { columns: { a: { type: 'number', nullable: 'no' } } }, 'schema.yml: column "a": "nullable" must be true or false, got "no"'],
  ['null fraction as percent', { columns: { a: { type: 'number', max_null_fraction: 5 } } }, 'schema.yml: column "a": "max_null_fraction" must be a fraction from 0 to 1, got 5'],
  ['length bounds crossed', { columns: { a: { type: 'string', min_length: 5, max_length: 2 } } }, 'schema.yml: column "a": "min_length" (5) is greater than "max_length" (2)'],
  ['severity', { columns: { a: { type: 'string', severity: 'error' } } }, 'schema.yml: column "a": "severity" must be one of fail, warn; got "error"'],
];

describe('schema mistakes', () => {
  it.each(mistakes)('%s', (_, value, message) => {
    expect(() => schemaFromValue(value, 'schema.yml')).toThrow(ConfigurationError);
    expect(() => schemaFromValue(value, 'schema.yml')).toThrow(message);
    try {
      schemaFromValue(value, 'schema.yml');
    } catch (error) {
      expect((error as Error).message).toBe(message);
    }
  });

  it.each([
    ['columns:\n  a: {type: integer\n', 'schema.yml: not valid YAML: line 3, column 1: Flow map in block collection must be sufficiently indented and end with a }'],
    ['columns:\n  a: {type: integer}\n  a: {type: number}\n', 'schema.yml: not valid YAML: line 3, column 3: Map keys must be unique'],
    ['', 'schema.yml: the schema is empty; expected a mapping with a "columns" key'],
  ])('YAML %j', (text, message) => {
    expect(() => parseSchema(text, 'schema.yml')).toThrow(new ConfigurationError(message));
  });

  it('names a JSON syntax error', () => {
    expect(() => parseSchema('{"columns": {', 'schema.json')).toThrow(/^schema\.json: not valid JSON: /);
  });

  it('names a missing schema file', async () => {
    await expect(readSchemaFile('/nonexistent/schema.yml')).rejects.toThrow(new ConfigurationError('schema file "/nonexistent/schema.yml" not found'));
  });
});

describe('schema parsing', () => {
  it('fills the documented defaults', () => {
    const schema = parseSchema('columns:\n  id: { type: integer }\n', 'schema.yml');
    expect(schema.rows).toEqual({ min: 1 });
    expect(schema.allowExtraColumns).toBe(true);
    expect(schema.columnOrder).toBe('ignore');
    expect(schema.unique).toEqual([]);
    expect(schema.noDuplicateRows).toBe(false);
    expect(schema.reference).toEqual({ rowCount: 0.5, nullFraction: 0.05, distinctCount: 0.5, newCategories: true, severity: 'fail' });
    const [id] = schema.columns;
    expect(id).toMatchObject({ name: 'id', type: 'integer', required: true, nullable: true, unique: false, severity: 'fail' });
    expect(Object.values(id.mostly)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('reads the example from DESIGN.md', () => {
    const schema = parseSchema(
      `columns:
  id:       { type: integer, unique: true, nullable: false }
  age:      { type: number, min: 0, max: 120, max_null_fraction: 0.05 }
  country:  { type: category, allowed: [DE, FR, US] }
  email:    { type: string, pattern: '^[^@]+@[^@]+$' }
  created:  { type: datetime }
rows: { min: 100 }
allow_extra_columns: false
`,
      'schema.yml',
    );
    expect(schema.columns.map((c) => c.name)).toEqual(['id', 'age', 'country', 'email', 'created']);
    expect(schema.columns[1].range).toEqual({ min: { value: 0, exclusive: false }, max: { value: 120, exclusive: false } });
    expect(schema.columns[1].maxNullFraction).toBe(0.05);
    expect(schema.columns[2].allowed).toEqual(['DE', 'FR', 'US']);
    expect(schema.rows).toEqual({ min: 100 });
    expect(schema.allowExtraColumns).toBe(false);
  });

  it('reads exclusive bounds, datetime bounds, mostly per check and key sets', () => {
    const schema = schemaFromValue(
      {
        columns: {
          p: { type: 'number', exclusive_min: 0, max: 1, mostly: { range: 0.99 }, std: { exclusive_max: 0.5 } },
          t: { type: 'datetime', format: '%d/%m/%Y', min: '01/02/2024', max: '2024-12-31T12:00:00Z' },
          k: { type: 'integer', allowed: [1, 2, 2.5] },
        },
        unique: ['p', ['t', 'k']],
        reference: { row_count: false, new_categories: false },
      },
      'schema.json',
    );
    const [p, t, k] = schema.columns;
    expect(p.range).toEqual({ min: { value: 0, exclusive: true }, max: { value: 1, exclusive: false } });
    expect(p.mostly.range).toBe(0.99);
    expect(p.mostly.type).toBe(1);
    expect(p.std).toEqual({ max: { value: 0.5, exclusive: true } });
    expect(t.range).toEqual({
      min: { value: Date.UTC(2024, 1, 1), exclusive: false },
      max: { value: Date.UTC(2024, 11, 31, 12), exclusive: false },
    });
    expect(k.allowed).toEqual(['1', '2', '2.5']);
    expect(schema.unique).toEqual([['p'], ['t', 'k']]);
    expect(schema.reference.rowCount).toBeUndefined();
    expect(schema.reference.newCategories).toBe(false);
    expect(schema.reference.nullFraction).toBe(0.05);
  });

  it('reads YAML and JSON files, with or without a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-schema-'));
    writeFileSync(join(dir, 's.yml'), '\uFEFFcolumns:\r\n  a: { type: integer }\r\n');
    writeFileSync(join(dir, 's.json'), '\uFEFF{"columns": {"a": {"type": "integer"}}}');
    for (const name of ['s.yml', 's.json']) {
      const schema = await readSchemaFile(join(dir, name));
      expect(schema.columns.map((c) => c.name)).toEqual(['a']);
      expect(schema.source).toBe(join(dir, name));
    }
  });
});
