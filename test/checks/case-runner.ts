/**
 * Runs one data-driven validate-data case (test/cases/validate-data/*.json): the data as inline
 * CSV text (written to a temporary file and read by the real loader) or a fixture file, a schema
 * as a JSON value or YAML text, an optional reference, and the expected findings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable } from '../../src/io/index.js';
import { loadOptionsFor, parseSchema, schemaFromValue } from '../../src/schema/index.js';
import type { Schema } from '../../src/schema/index.js';
import { validateTable } from '../../src/checks/index.js';
import type { CheckResult, ValidationResult } from '../../src/checks/index.js';

export interface ExpectedCheck {
  status: CheckResult['status'];
  observed?: CheckResult['observed'];
  expected?: string;
  unexpectedCount?: number | null;
  unexpectedFraction?: number | null;
  unexpectedRows?: number[];
  examples?: (string | number)[];
  mostly?: number | null;
  reason?: string | null;
}

export interface ValidateCase {
  name: string;
  /** Inline CSV text, or… */
  csv?: string;
  /** …a file under test/fixtures/validate-data/. */
  file?: string;
  schema?: unknown;
  schemaYaml?: string;
  /** Inline CSV text of a reference dataset. */
  reference?: string;
  /** Expected results by check id. */
  expect?: Record<string, ExpectedCheck>;
  /** What every check not listed in `expect` must be: `pass` (default) or `any`. */
  others?: 'pass' | 'any';
  /** The ids of all checks, in order (optional). */
  ids?: string[];
  /** Expected `columns` of the result (optional). */
  columns?: ValidationResult['columns'];
  /** The exact one-line error (schema or load), `{file}` standing for the data file's path. */
  error?: string;
}

export interface CaseOutcome {
  result?: ValidationResult;
  error?: string;
  file: string;
}

const fixtures = new URL('../fixtures/validate-data/', import.meta.url);

export async function runCase(c: ValidateCase): Promise<CaseOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-vd-'));
  let file: string;
  if (c.csv !== undefined) {
    file = join(dir, 'data.csv');
    writeFileSync(file, c.csv);
  } else if (c.file !== undefined) {
    file = new URL(c.file, fixtures).pathname;
  } else {
    throw new Error(`case "${c.name}" has neither csv nor file`);
  }
  try {
    const schema: Schema =
      c.schemaYaml !== undefined ? parseSchema(c.schemaYaml, 'schema.yml') : schemaFromValue(c.schema, 'schema.json');
    const options = loadOptionsFor(schema);
    const table = await loadTable(file, options);
    let reference;
    if (c.reference !== undefined) {
      const referenceFile = join(dir, 'reference.csv');
      writeFileSync(referenceFile, c.reference);
      reference = await loadTable(referenceFile, options);
    }
    return { result: validateTable(table, schema, { reference }), file };
  } catch (error) {
    if (error instanceof Error && error.name.endsWith('Error') && 'exitCode' in error) return { error: error.message, file };
    throw error;
  }
}
