/**
 * Every parser and entry point of mlgate that reads what a user, a dataset or an artifact gives
 * it, as a fuzz target: a generator of hostile inputs (structure-aware seeds, then byte or text
 * mutations) and the call that reads them. The invariant (harness.ts): the call returns, or
 * throws ConfigurationError/DataError with a one-line message — never another exception, never
 * a hang. Loaded tables are also checked for internal consistency (every column as long as the
 * table), so a parser that "succeeds" into a broken table counts as a failure too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parseArtifactReference } from '../../src/artifacts/reference.js';
import { patternCheck } from '../../src/checks/pattern.js';
import { extractZip } from '../../src/artifacts/safe-unzip.js';
import { InputReader, withConfigFile } from '../../src/config/input-reader.js';
import type { InputSpec } from '../../src/config/input-spec.js';
import { parseGates } from '../../src/gates/parse-gates.js';
import { loadTable } from '../../src/io/load.js';
import type { Table } from '../../src/io/table.js';
import { ACTIONS } from '../../src/actions/registry.js';
import { inputsFor } from '../../src/pipeline/inputs-for.js';
import { parseSchema } from '../../src/schema/parse.js';
import { mutateBytes, mutateText } from './mutate.js';
import { NASTY_CHARS, NASTY_TOKENS, type Rng } from './random.js';
import { member, zipOf, type Member } from '../support/zip-writer.js';

export interface FuzzTarget {
  readonly name: string;
  /** One case's input, from its own stream: the same (seed, case) always gives the same input. */
  generate(rng: Rng): FuzzInput;
  /** Reads the input; resolves to what was read, or throws. */
  run(input: FuzzInput, scratch: string): Promise<unknown>;
}

/** Text for the string parsers, bytes for the file readers (written to `scratch` first). */
export type FuzzInput = { text: string } | { bytes: Buffer };

/** A directory for the file targets' inputs, one per process. */
export function scratchDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'mlgate-fuzz-'));
}

// ---------------------------------------------------------------------------------------------
// Tables: CSV, TSV, JSON, JSON Lines, Parquet, gzip

function cell(rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(NASTY_TOKENS);
  if (rng.chance(0.5)) return String(rng.chance(0.5) ? rng.int(1000) : (rng.int(2_000_000) - 1_000_000) / 997);
  return rng.text(rng.size(12), NASTY_CHARS);
}

function header(rng: Rng, columns: number): string[] {
  return Array.from({ length: columns }, (_, j) => (rng.chance(0.85) ? `c${j}` : rng.chance(0.5) ? rng.pick(['c0', '', ' ', 'y_true', '__proto__', 'constructor']) : rng.text(rng.size(6), NASTY_CHARS)));
}

function quote(value: string, delimiter: string, rng: Rng): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || rng.chance(0.1);
  return needs && rng.chance(0.9) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function delimitedText(rng: Rng, delimiter: string): string {
  const columns = rng.between(1, 6);
  const rows = rng.size(30);
  const eol = rng.pick(['\n', '\r\n', '\r', '\n']);
  const lines = [header(rng, columns).map((h) => quote(h, delimiter, rng)).join(delimiter)];
  for (let i = 0; i < rows; i++) {
    // A column's values share a shape (numbers, dates, text) most of the time, as in real files.
    const width = rng.chance(0.9) ? columns : rng.between(0, columns + 2);
    lines.push(Array.from({ length: width }, () => quote(cell(rng), delimiter, rng)).join(delimiter));
  }
  let text = (rng.chance(0.05) ? '\ufeff' : '') + lines.join(eol) + (rng.chance(0.7) ? eol : '');
  if (rng.chance(0.5)) text = mutateText(text, rng, [...NASTY_CHARS, ...NASTY_TOKENS, delimiter, '"', eol]);
  return text;
}

function jsonValue(rng: Rng, depth: number): unknown {
  const r = rng.int(10);
  if (depth > 3 || r < 4) {
    const scalar = rng.int(6);
    if (scalar === 0) return rng.int(1000) - 500;
    if (scalar === 1) return rng.chance(0.5) ? 1e308 * 10 : -rng.int(100) / 7;
    if (scalar === 2) return rng.chance(0.5);
    if (scalar === 3) return null;
    return cell(rng);
  }
  if (r < 7) return Array.from({ length: rng.size(4) }, () => jsonValue(rng, depth + 1));
  return Object.fromEntries(Array.from({ length: rng.size(4) }, (_, j) => [rng.chance(0.8) ? `c${j}` : cell(rng), jsonValue(rng, depth + 1)]));
}

function records(rng: Rng): Array<Record<string, unknown>> {
  const columns = header(rng, rng.between(1, 5));
  return Array.from({ length: rng.size(25) }, () => {
    const record: Record<string, unknown> = {};
    for (const name of columns) {
      if (rng.chance(0.1)) continue; // a missing key
      record[name] = rng.chance(0.85) ? (rng.chance(0.5) ? rng.int(100) : cell(rng)) : jsonValue(rng, 2);
    }
    return record;
  });
}

function jsonText(rng: Rng): string {
  const shape = rng.int(6);
  let value: unknown;
  if (shape <= 2) value = records(rng);
  else if (shape === 3) {
    const rows = records(rng);
    const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    value = Object.fromEntries(names.map((n) => [n, rows.map((r) => r[n] ?? null)])); // columns as arrays
  } else if (shape === 4) value = { data: records(rng) };
  else value = jsonValue(rng, 0);
  let text = JSON.stringify(value, null, rng.chance(0.3) ? 2 : undefined) ?? 'null';
  if (rng.chance(0.05)) text = `${'['.repeat(rng.between(100, 20_000))}${']'.repeat(rng.between(0, 20_000))}`;
  if (rng.chance(0.5)) text = mutateText(text, rng, ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', '1e999', '\n', '"\\u0000"', '\\ud800']);
  return text;
}

function jsonLinesText(rng: Rng): string {
  const rows = records(rng);
  let text = rows.map((r) => (rng.chance(0.05) ? JSON.stringify(jsonValue(rng, 0)) : JSON.stringify(r))).join(rng.pick(['\n', '\r\n'])) + (rng.chance(0.5) ? '\n' : '');
  if (rng.chance(0.1)) text = `\n\n${text}\n\n  \n`;
  if (rng.chance(0.5)) text = mutateText(text, rng, ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', '\n', '\r', '{}']);
  return text;
}

const PARQUET_TYPES = ['INT32', 'INT64', 'DOUBLE', 'FLOAT', 'BOOLEAN', 'STRING', 'TIMESTAMP', 'DATE', 'JSON'] as const;

function parquetColumn(rng: Rng, name: string, rows: number): { name: string; type: (typeof PARQUET_TYPES)[number]; data: unknown; nullable?: boolean } {
  const type = rng.pick(PARQUET_TYPES);
  const nullable = rng.chance(0.5);
  const value = (): unknown => {
    if (nullable && rng.chance(0.2)) return null;
    switch (type) {
      case 'INT32':
        return rng.int(2 ** 31) - 2 ** 30;
      case 'INT64':
        return BigInt(rng.int(2 ** 31)) * BigInt(rng.pick([1, 2 ** 20, 2 ** 31])) * (rng.chance(0.5) ? 1n : -1n);
      case 'DOUBLE':
      case 'FLOAT':
        return rng.pick([0, -0, 1.5, -2.25, Number.NaN, Number.POSITIVE_INFINITY, 1e300, rng.int(1000) / 7]);
      case 'BOOLEAN':
        return rng.chance(0.5);
      case 'STRING':
        return cell(rng);
      case 'TIMESTAMP':
      case 'DATE':
        return new Date(rng.pick([0, 1.7e12, -1e12, 8.64e15, rng.int(2e12)]));
      default:
        return jsonValue(rng, 2);
    }
  };
  return { name, type, nullable, data: Array.from({ length: rows }, value) };
}

function parquetBytes(rng: Rng): Buffer {
  const rows = rng.size(40);
  const names = header(rng, rng.between(1, 5));
  let bytes: Buffer;
  try {
    const columnData = names.map((name) => parquetColumn(rng, name, rows));
    bytes = Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: rng.pick([rows + 1, 3, 7]) } as never));
  } catch {
    // A combination the writer refuses (e.g. NaN in a FLOAT): a plain valid file instead.
    bytes = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'x', type: 'INT32', data: Int32Array.from({ length: rows }, (_, i) => i) }] }));
  }
  return rng.chance(0.75) ? mutateBytes(bytes, rng) : bytes;
}

function tableInvariant(table: Table): Table {
  for (const column of table.columns) {
    const length = 'values' in column ? column.values.length : column.codes.length;
    if (length !== table.rowCount) throw new Error(`broken table: column "${column.name}" has ${length} values for ${table.rowCount} rows`);
    if (!('values' in column)) {
      for (const code of column.codes) if (code !== -1 && (code < 0 || code >= column.dictionary.length)) throw new Error(`broken table: column "${column.name}" has code ${code} outside its dictionary`);
    }
  }
  return table;
}

function fileTarget(name: string, extension: string, generate: (rng: Rng) => Buffer): FuzzTarget {
  return {
    name,
    generate: (rng) => ({ bytes: generate(rng) }),
    async run(input, scratch) {
      const path = join(scratch, `case${extension}`);
      writeFileSync(path, 'bytes' in input ? input.bytes : input.text);
      return tableInvariant(await loadTable(path, { allowEmpty: true }));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Gates, artefact references

const METRICS = ['accuracy', 'roc_auc', 'f1_macro', 'drifted_share', 'age.statistic', 'mae', 'x'];
const FIELDS = ['', '.lower', '.upper', '.delta', '.delta.lower', '.pValue', '.', '..', '.delta.'];
const OPS = ['<', '<=', '>', '>=', '==', '=', '!=', '=>', '<<', '≥', ''];
const NUMBERS = ['0', '0.9', '-0.01', '1e400', '-1e400', '1e-400', '5%', '1e308%', '.5', '5.', '+3', '1e', 'e5', '1.2.3', '9'.repeat(400), `0.${'0'.repeat(400)}1`, 'NaN', 'Infinity', '0x10'];

const GOOD_NUMBERS = ['0', '0.9', '-0.01', '5%', '.5', '1e-3', '30%', '1'];

function gateLine(rng: Rng): string {
  const valid = rng.chance(0.4);
  const parts = valid
    ? [rng.pick(METRICS) + rng.pick(['', '.lower', '.delta.lower']), rng.pick(['<', '<=', '>', '>=', '==']), rng.pick(GOOD_NUMBERS)]
    : [rng.pick(METRICS) + rng.pick(FIELDS), rng.pick(OPS), rng.pick(NUMBERS)];
  if (rng.chance(0.3)) parts.push(rng.pick(['warn', 'fail', 'WARN', 'error', '']));
  const line = parts.join(rng.pick([' ', '', '  ', '\t']));
  return !valid && rng.chance(0.5) ? mutateText(line, rng, [...NASTY_CHARS, ...OPS, ' ', '%']) : line;
}

function referenceText(rng: Rng): string {
  const prefix = rng.pick(['artifact:', 'artifact:', 'cache:', 'artifact', 'ARTIFACT:', ' artifact:']);
  const name = rng.pick(['data', 'champion', '', 'a b', 'x:y', 'a"b', 'é', 'x'.repeat(300)]);
  const selector = rng.pick(['', '', '@main', '@default', '@run:12', '@run:0', '@run:99999999999999999', '@run:', '@', '@{feature/x}', '@{', '@{}', '@{a}}', '@release/1.0']);
  const path = rng.pick(['/data.csv', '/dir/f.parquet', '/', '', '/../x', '/./a/../../b', '//a', '/a\\b', '/*.csv', '/a/./b', '/%2e%2e/x']);
  const text = `${prefix}${name}${selector}${path}`;
  return rng.chance(0.4) ? mutateText(text, rng, [...NASTY_CHARS, '@', '/', '{', '}', ':', '..']) : text;
}

// ---------------------------------------------------------------------------------------------
// Schema and config YAML

const SCHEMA_TYPES = ['integer', 'number', 'category', 'string', 'datetime', 'boolean', 'float', ''];
const SCHEMA_VALUES = [
  '0', '1', '-1', '1e400', '0.5', '1.5', 'true', 'false', 'null', '~', '"text"', "'^[a-z]+$'", "'^(a+)+$'", "'(a)\\1'", "'['",
  '[]', '[a, b]', '{}', '{min: 0}', '!!binary aGk=', '!custom x', '*anchor', '&anchor x', '2024-01-01', "'%Y-%m-%d'", "'%Q'", '.inf', '-.nan', '0x10',
];
const COLUMN_KEYS = ['type', 'format', 'required', 'nullable', 'max_null_fraction', 'min', 'max', 'exclusive_min', 'exclusive_max', 'allowed', 'pattern', 'min_length', 'max_length', 'unique', 'monotonic', 'mean', 'median', 'std', 'mostly', 'severity', 'description', 'typo'];
const GOOD_COLUMNS = [
  ['integer', 'min: 0', 'max: 100', 'unique: true', 'nullable: false', 'monotonic: increasing', 'mostly: 0.9'],
  ['number', 'exclusive_min: 0', 'max: 1.5', 'mean: { min: 0, max: 1 }', 'std: { max: 2 }', 'max_null_fraction: 0.1'],
  ['category', 'allowed: [a, b, "1"]', 'severity: warn', 'pattern: \'^[a-z]+$\''],
  ['string', "pattern: '^[^@]+@[^@]+$'", 'min_length: 1', 'max_length: 20', "pattern: '^(a+)+$'", 'required: false'],
  ['datetime', "format: '%Y-%m-%d'", "min: '2020-01-01'", "max: '2030-01-01'"],
  ['boolean', 'mean: { min: 0.1 }', 'nullable: true'],
];
const TABLE_KEYS = ['rows', 'allow_extra_columns', 'column_order', 'unique', 'no_duplicate_rows', 'null_values', 'reference', 'description'];

function schemaYaml(rng: Rng): string {
  // A third are schemas as people write them (every column well formed, nothing mutated), so
  // the accepting paths are fuzzed too, not only the refusals.
  const good = rng.chance(0.33);
  const lines: string[] = [];
  if (!good && rng.chance(0.1)) lines.push('defs: &big [x, x, x, x, x, x, x, x, x, x]', 'more: &bigger [*big, *big, *big, *big, *big, *big, *big, *big, *big, *big]');
  lines.push(good || rng.chance(0.95) ? 'columns:' : rng.pick(['columns: []', 'columns: 3', 'columns: !!set {a}', '- columns']));
  for (let c = 0, n = rng.size(6); c < n; c++) {
    const name = rng.chance(0.8) ? `c${c}` : JSON.stringify(cell(rng));
    if (!good && rng.chance(0.1)) {
      lines.push(`  ${name}: ${rng.pick(SCHEMA_VALUES)}`);
      continue;
    }
    const keys = [`type: ${rng.pick(SCHEMA_TYPES)}`];
    if (good || rng.chance(0.5)) {
      // A column as people write them: keys that fit its type, values of the right kind.
      const [type, ...fitting] = rng.pick(GOOD_COLUMNS);
      keys[0] = `type: ${type}`;
      for (const key of fitting) if (rng.chance(0.6)) keys.push(key);
    } else {
      for (let k = 0, m = rng.size(5); k < m; k++) keys.push(`${rng.pick(COLUMN_KEYS)}: ${rng.pick(SCHEMA_VALUES)}`);
    }
    lines.push(rng.chance(0.5) ? `  ${name}: { ${keys.join(', ')} }` : `  ${name}:\n${keys.map((k) => `    ${k}`).join('\n')}`);
  }
  for (let k = 0, m = good || rng.chance(0.5) ? 0 : rng.size(3); k < m; k++) lines.push(`${rng.pick(TABLE_KEYS)}: ${rng.pick(SCHEMA_VALUES)}`);
  if (!good && rng.chance(0.03)) lines.push(`deep: ${'['.repeat(rng.between(50, 3000))}${']'.repeat(rng.between(0, 3000))}`);
  const text = lines.join('\n');
  return !good && rng.chance(0.3) ? mutateText(text, rng, [...NASTY_CHARS, ':', '- ', '&a ', '*a', '!!', '{', '}', '[', ']', '\n  ', '? ', '<<: ']) : text;
}

const DRIFT_SPECS: readonly InputSpec[] = inputsFor(ACTIONS['drift-report']!, 'cli');
const CONFIG_VALUES = ['0.05', 'bh', 'holm', 'none', 'true', 'maybe', '[a, b]', '{x: 1}', 'null', '"accuracy >= 0.9"', '|\n  roc_auc >= 0.8\n  accuracy.delta.lower >= -0.01', '1e400', '-1', '!!binary aGk=', '*a', '&a x', 'data.csv', 'artifact:ref@main/x.csv'];

function configYaml(rng: Rng): string {
  const lines: string[] = [];
  for (let k = 0, n = rng.size(6); k < n; k++) {
    const name = rng.chance(0.85) ? rng.pick(DRIFT_SPECS).name : rng.pick(['unknown-key', 'threshhold', '__proto__', '<<']);
    lines.push(`${name}: ${rng.pick(CONFIG_VALUES)}`);
  }
  if (rng.chance(0.05)) lines.push('a: &a [1,1,1,1,1,1,1,1,1,1]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]');
  const text = lines.join('\n');
  return rng.chance(0.4) ? mutateText(text, rng, [...NASTY_CHARS, ':', '- ', '&a ', '*a', '!!', '{', '}', '[', ']', '\n  ']) : text;
}

/** Reads every drift-report input the way the run does: kind by kind, gates parsed. */
function readAll(reader: InputReader): unknown[] {
  return DRIFT_SPECS.map((spec) => {
    switch (spec.kind) {
      case 'boolean':
        return reader.boolean(spec.name);
      case 'number':
        return reader.number(spec.name);
      case 'integer':
        return reader.integer(spec.name);
      case 'enum':
        return reader.enum(spec.name);
      case 'list':
        return reader.list(spec.name);
      case 'gates':
        return parseGates(reader.lines(spec.name), spec.name);
      default:
        return reader.optional(spec.name);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Schema patterns, run on values built to make a backtracking engine explode

const ATOMS = ['a', 'aa', '[a-z]', '\\w', '.', '\\d', '(a|aa)', '(a|a)', '(a+)', '([a-z]+)', '(?:a*)', '\\s', '[^@]', '(a|b|ab)', '\\u0061', '\\1', '(?=a)', '(?<!b)', '\\p{L}', '[', ')', '{2,}', '\\'];
const QUANTIFIERS = ['', '', '*', '+', '?', '{1,5}', '{0,}', '*?', '++', '{99999}'];

function patternSource(rng: Rng): string {
  let source = '';
  for (let i = 0, n = rng.between(1, 4); i < n; i++) {
    let piece = rng.pick(ATOMS) + rng.pick(QUANTIFIERS);
    if (rng.chance(0.4)) piece = `(${piece})${rng.pick(['*', '+', '{2,}'])}`; // nesting: the ReDoS shape
    source += piece;
  }
  if (rng.chance(0.7)) source = `^${source}${rng.pick(['$', '[0-9]$', '!$', ''])}`;
  return source;
}

function hostileValues(rng: Rng): string[] {
  return [
    `${'a'.repeat(rng.between(20, 5000))}${rng.pick(['!', '', '0', '@'])}`,
    rng.text(rng.size(60), NASTY_CHARS),
    `${'ab'.repeat(rng.between(10, 2000))}c`,
    cell(rng),
  ];
}

// ---------------------------------------------------------------------------------------------
// Zip archives

function zipBytes(rng: Rng): Buffer {
  const members: Member[] = [];
  for (let i = 0, n = rng.between(1, 4); i < n; i++) {
    const name = rng.chance(0.8) ? `dir/file${i}.csv` : rng.pick(['../evil', '/abs', 'a/../../b', 'C:\\x', 'a\\..\\b', '', 'dir/', 'x\u0000y', 'dup.csv', 'dup.csv', 'é.csv']);
    const content = rng.chance(0.9) ? `a,b\n${rng.int(100)},${rng.int(100)}\n` : Buffer.alloc(rng.pick([0, 100, 5000]), rng.int(256));
    const m = member(name, content, rng.chance(0.7) ? 8 : 0);
    if (rng.chance(0.05)) m.unixMode = 0o120777;
    if (rng.chance(0.05)) m.flags = 1;
    if (rng.chance(0.05)) m.size = rng.pick([0, 1, 0xfffffffe, m.size * 1000]);
    members.push(m);
  }
  const bytes = zipOf(members);
  return rng.chance(0.7) ? mutateBytes(bytes, rng) : bytes;
}

// ---------------------------------------------------------------------------------------------

export const TARGETS: readonly FuzzTarget[] = [
  fileTarget('csv', '.csv', (rng) => Buffer.from(delimitedText(rng, ','))),
  fileTarget('tsv', '.tsv', (rng) => Buffer.from(delimitedText(rng, '\t'))),
  fileTarget('json', '.json', (rng) => Buffer.from(jsonText(rng))),
  fileTarget('jsonl', '.jsonl', (rng) => Buffer.from(jsonLinesText(rng))),
  fileTarget('parquet', '.parquet', parquetBytes),
  fileTarget('gzip', '.csv.gz', (rng) => {
    const compressed = gzipSync(Buffer.from(rng.chance(0.5) ? delimitedText(rng, ',') : 'a,b\n1,2\n'));
    return rng.chance(0.7) ? mutateBytes(compressed, rng) : compressed;
  }),
  {
    name: 'gates',
    generate: (rng) => ({ text: Array.from({ length: rng.between(1, 3) }, () => gateLine(rng)).join('\n') }),
    run: async (input) => parseGates(('text' in input ? input.text : '').split('\n')),
  },
  {
    name: 'schema',
    generate: (rng) => ({ text: rng.chance(0.85) ? schemaYaml(rng) : jsonText(rng) }),
    run: async (input) => {
      const text = 'text' in input ? input.text : '';
      return parseSchema(text, text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? 'fuzz.json' : 'fuzz.yml');
    },
  },
  {
    name: 'pattern',
    generate: (rng) => ({ text: JSON.stringify({ pattern: patternSource(rng), values: hostileValues(rng) }) }),
    run: async (input) => {
      const { pattern, values } = JSON.parse('text' in input ? input.text : '{}') as { pattern: string; values: string[] };
      const schema = parseSchema(JSON.stringify({ columns: { v: { type: 'string', pattern } } }), 'fuzz.json');
      const view = { codes: Int32Array.from(values.map((_, i) => i)), dictionary: values, validCount: values.length, state: new Uint8Array(values.length), token: (i: number) => values[i] };
      return patternCheck(view as never, schema.columns[0], pattern);
    },
  },
  {
    name: 'config',
    generate: (rng) => ({ text: configYaml(rng) }),
    async run(input, scratch) {
      const path = join(scratch, 'config.yml');
      writeFileSync(path, 'text' in input ? input.text : '');
      return readAll(new InputReader(withConfigFile({ config: path }), DRIFT_SPECS));
    },
  },
  {
    name: 'reference',
    generate: (rng) => ({ text: referenceText(rng) }),
    run: async (input) => parseArtifactReference('text' in input ? input.text : '', 'reference'),
  },
  {
    name: 'zip',
    generate: (rng) => ({ bytes: zipBytes(rng) }),
    async run(input, scratch) {
      const path = join(scratch, 'case.zip');
      writeFileSync(path, 'bytes' in input ? input.bytes : '');
      const out = join(scratch, 'unzipped');
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      return extractZip(path, out, 'artifact fuzz (id 1, run 2)');
    },
  },
];

export function targetNamed(name: string): FuzzTarget {
  const target = TARGETS.find((t) => t.name === name);
  if (!target) throw new Error(`no fuzz target "${name}"; the targets are ${TARGETS.map((t) => t.name).join(', ')}`);
  return target;
}
