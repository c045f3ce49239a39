/**
 * Regression tests for issue 14's findings on hostile input (YAML, patterns, gates, Parquet,
 * messages): each fails on the code before the fix. Invariant everywhere: a clean
 * ConfigurationError/DataError whose message is one line, never another exception or a hang.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patternCheck } from '../../src/checks/pattern.js';
import { readConfigFile } from '../../src/config/input-reader.js';
import { ConfigurationError, DataError, describeError, exitCodeOf } from '../../src/errors.js';
import { parseGate } from '../../src/gates/parse-gates.js';
import { loadTable } from '../../src/io/load.js';
import { parseSchema } from '../../src/schema/parse.js';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Nine levels of nine: 9^6 ≈ 531,441 strings from 60 lines. */
const BILLION_LAUGHS = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectCleanError(error: unknown, kind: typeof ConfigurationError | typeof DataError, pattern: RegExp): void {
  expect(error).toBeInstanceOf(kind);
  expect(exitCodeOf(error)).toBe(2);
  const message = describeError(error);
  expect(message).not.toMatch(/[\r\n]/);
  expect(message).toMatch(pattern);
}

afterEach(() => vi.restoreAllMocks());

describe('YAML: aliases, tags and nesting are bounded and refused by name', () => {
  it('an alias bomb in a schema is a clean exit-2 error, as in --config (was exit 3 with a stack)', () => {
    const error = thrown(() => parseSchema(`${BILLION_LAUGHS}\ncolumns:\n  x: { type: string }\n`, 'schema.yml'));
    expectCleanError(error, ConfigurationError, /^schema\.yml: not valid YAML: its aliases expand to too much/);
  });

  it('an alias bomb in a config file gives the same message', () => {
    const error = thrown(() => readConfigFile(file('bomb.yml', BILLION_LAUGHS)));
    expectCleanError(error, ConfigurationError, /^config file .*bomb\.yml: not valid YAML: its aliases expand to too much/);
  });

  it('an unknown tag is refused by name with its line, and prints no Node warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const error = thrown(() => readConfigFile(file('tag.yml', 'gates: !custom accuracy >= 0.9\n')));
    expectCleanError(error, ConfigurationError, /not valid YAML: line 1, column 8: the tag !custom is not supported/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('!!binary is refused as a tag, not called "a map"', () => {
    const error = thrown(() => readConfigFile(file('binary.yml', 'gates: !!binary aGVsbG8=\n')));
    expectCleanError(error, ConfigurationError, /the tag !!binary is not supported/);
    expect(describeError(error)).not.toContain('a map');
    const inSchema = thrown(() => parseSchema('columns:\n  x: { type: string, pattern: !!binary aGVsbG8= }\n', 's.yml'));
    expectCleanError(inSchema, ConfigurationError, /^s\.yml: not valid YAML: line 2, column \d+: the tag !!binary is not supported/);
  });

  it('a key that is a list is refused instead of stringified with a warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const error = thrown(() => readConfigFile(file('key.yml', '? [a, b]\n: c\n')));
    expectCleanError(error, ConfigurationError, /a key is a list or a map; keys must be text/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('deep nesting is refused in YAML and JSON schemas alike, whatever the depth', () => {
    for (const depth of [100, 5000]) {
      const yaml = thrown(() => parseSchema(`columns: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'deep.yml'));
      expectCleanError(yaml, ConfigurationError, /^deep\.yml: (not valid YAML: (line \d+, column \d+: )?)?nested deeper than 64 levels/);
      const json = thrown(() => parseSchema(`{"columns": ${'['.repeat(depth)}${']'.repeat(depth)}}`, 'deep.json'));
      expectCleanError(json, ConfigurationError, /^deep\.json: nested deeper than 64 levels/);
    }
  });
});

describe('schema patterns run in linear time', () => {
  const column = (pattern: string) => parseSchema(`columns:\n  v: { type: string, pattern: '${pattern}' }\n`, 's.yml').columns[0];
  const view = (values: string[]) => ({
    codes: Int32Array.from(values.map((_, i) => i)),
    dictionary: values,
    validCount: values.length,
    state: new Uint8Array(values.length),
    token: (i: number) => values[i],
  });

  // Each runs for minutes on V8's backtracking engine with such a value (the issue: past 60 s at
  // 33 characters; `(a|aa)+` takes Fibonacci(n) steps, so it gets 45).
  for (const [pattern, length] of [['^(a+)+$', 33], ['^(a|aa)+$', 45], ['^([a-z]+)*[0-9]$', 33]] as const) {
    it(`${pattern} on ${length} characters that almost match finishes and reports the mismatch`, () => {
      const hostile = `${'a'.repeat(length - 1)}!`;
      const result = patternCheck(view([hostile, 'aaaa']) as never, column(pattern), pattern);
      expect(result.observed).toBe(pattern === '^([a-z]+)*[0-9]$' ? 2 : 1);
      expect(result.status).toBe('fail');
    });
  }

  it('backreferences and lookaround are refused at parse time with the reason', () => {
    expectCleanError(thrown(() => column('^(a)\\1$')), ConfigurationError, /"pattern" uses a backreference \(\\1\), which needs a backtracking engine/);
    expectCleanError(thrown(() => column('^(?=a)a$')), ConfigurationError, /"pattern" uses a lookahead \(\(\?=\)/);
    expectCleanError(thrown(() => column('(?<!x)y')), ConfigurationError, /"pattern" uses a lookbehind/);
  });

  it('JavaScript escapes keep working: \\u00e9 and \\u{1F600}', () => {
    const result = patternCheck(view(['é', '😀', 'x']) as never, column('^[\\u00e9\\u{1F600}]$'), '^[\\u00e9\\u{1F600}]$');
    expect(result.observed).toBe(1);
  });
});

describe('gate thresholds must be numbers a metric can reach', () => {
  for (const line of ['accuracy >= 1e400', 'mae < -1e400', 'accuracy >= 1e400%']) {
    it(`"${line}" is refused (was read as ±Infinity)`, () => {
      expectCleanError(thrown(() => parseGate(line)), ConfigurationError, /beyond the largest number/);
    });
  }
  it('"mae < 1e-400" is refused (was read as 0)', () => {
    expectCleanError(thrown(() => parseGate('mae < 1e-400')), ConfigurationError, /too small to tell from 0/);
  });
  it('ordinary thresholds still parse', () => {
    expect(parseGate('accuracy >= 1e-3').threshold).toBe(0.001);
    expect(parseGate('accuracy >= 0').threshold).toBe(0);
    expect(parseGate('drifted_share < 30%').threshold).toBeCloseTo(0.3, 15);
  });
});

describe('Parquet with two columns of one name', () => {
  it('is refused like a CSV header (was read silently as one column)', async () => {
    const path = file(
      'twice.parquet',
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: 'score', type: 'DOUBLE', nullable: false, data: Float64Array.from([0.1, 0.2]) },
            { name: 'score', type: 'DOUBLE', nullable: false, data: Float64Array.from([0.9, 0.8]) },
          ],
        }),
      ),
    );
    const error = await loadTable(path).catch((e: unknown) => e);
    expectCleanError(error, DataError, /twice\.parquet: the schema names column "score" twice \(columns 1 and 2\)/);
  });
});

describe('an exit-2 message is one line whatever the value holds', () => {
  it('a DataError naming a column with a line break stays on one line, the break shown as \\n', () => {
    const error = new DataError('is not a number', { file: 'a.csv', column: 'x\ny', row: 3 });
    expect(error.message).toBe('a.csv, row 3, column "x\\ny": is not a number');
  });

  it('the CLI prints a file name with a line break on one line (was two)', async () => {
    const run = await cliInProcess(['validate-data', '--data', 'missing\nfile.csv', '--reference', 'missing\nfile.csv']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('missing\\nfile.csv');
  });

  it('terminal escapes from a value are shown, not sent', () => {
    const error = new ConfigurationError('input "name": "\u001b[2J" is odd');
    expect(error.message).toBe('input "name": "\\u001b[2J" is odd');
  });
});
