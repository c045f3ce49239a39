/**
 * What the fuzzers (test/fuzz/, `npm run fuzz`) found on the code before issue 14's fixes, each
 * kept as a named regression test with the smallest input that shows it. Run against that code,
 * seed 1, 1,500 cases per parser: 141 other exceptions in schema, config, reference, gates, JSON,
 * JSON Lines and Parquet — all of the kinds below.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArtifactReference } from '../../src/artifacts/reference.js';
import { readConfigFile } from '../../src/config/input-reader.js';
import { ConfigurationError, DataError, describeError } from '../../src/errors.js';
import { parseGate } from '../../src/gates/parse-gates.js';
import { loadTable } from '../../src/io/load.js';
import { parseSchema } from '../../src/schema/parse.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/fuzz');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-fuzz-findings-'));

async function error(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return undefined;
}

function expectOneLine(e: unknown, kind: typeof ConfigurationError | typeof DataError, pattern: RegExp): void {
  expect(e).toBeInstanceOf(kind);
  expect(describeError(e)).not.toMatch(/[\r\n]/);
  expect(describeError(e)).toMatch(pattern);
}

describe('fuzz findings', () => {
  it('schema: an alias before its anchor was a ReferenceError (exit 3); now names the alias', async () => {
    expectOneLine(await error(() => parseSchema('columns:\n  x: *anchor\n', 's.yml')), ConfigurationError, /^s\.yml: not valid YAML: the alias \*anchor is used before its anchor &anchor is set$/);
  });

  it('config: the same alias in a config file', async () => {
    const path = join(dir, 'alias.yml');
    writeFileSync(path, 'threshold: *a\n');
    expectOneLine(await error(() => readConfigFile(path)), ConfigurationError, /not valid YAML: the alias \*a is used/);
  });

  it('schema: a JSON syntax error quoting the text around it was printed over several lines', async () => {
    expectOneLine(await error(() => parseSchema('[\n  {"c0": 1},\n ]{\n  "c1"', 's.json')), ConfigurationError, /^s\.json: not valid JSON: /);
  });

  it('JSON Lines: a column name holding a line break was printed over two lines', async () => {
    const path = join(dir, 'name.jsonl');
    writeFileSync(path, '{"E\\rE": [1]}\n');
    expectOneLine(await error(() => loadTable(path)), DataError, /column "E\\rE": holds an array/);
  });

  it('Parquet: a column name holding a line break was printed over two lines', async () => {
    expect(new DataError('has a Parquet type this reader does not support', { file: 'x.parquet', column: 'E \r\n\r' }).message).toBe(
      'x.parquet, column "E \\n\\r": has a Parquet type this reader does not support',
    );
  });

  it('Parquet: a row group without a row count was read as a table of zeros (codes outside the dictionary)', async () => {
    // Found by `npm run fuzz -- --target parquet --seed 1 --case 1148` (a mutated footer).
    const e = await error(() => loadTable(join(FIXTURES, 'row-group-without-row-count.parquet'), { allowEmpty: true }));
    expectOneLine(e, DataError, /row-group-without-row-count\.parquet: is not a valid Parquet file \(a row group has no valid row count\)/);
  });

  it('Parquet: a schema whose column counts more children than the file lists was a TypeError (exit 3)', async () => {
    // Found by `npm run fuzz -- --runs 10000 --seed 1` (parquet case 8596), after the fixes above.
    const e = await error(() => loadTable(join(FIXTURES, 'schema-with-missing-children.parquet'), { allowEmpty: true }));
    expectOneLine(e, DataError, /schema-with-missing-children\.parquet: is not a valid Parquet file \(its schema is damaged\)$/);
  });

  it('gates and references with control characters stay one line', async () => {
    expectOneLine(await error(() => parseGate('accuracy\u001b[2J >= x')), ConfigurationError, /\\u001b\[2J/);
    expectOneLine(await error(() => parseArtifactReference('artifact:a@{x\ny}', 'data')), ConfigurationError, /"@\{" without a closing|x\\ny/);
  });
});
