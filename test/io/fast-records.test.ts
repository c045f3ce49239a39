/**
 * The CSV fast path (fast-records.ts) must change nothing but speed. Oracle: the same file read
 * with the fast path off (every record through the general tokenizer). Random files mix what the
 * fast path stores itself (plain numbers, long mantissas, text) with everything that must send a
 * record back to the general path (quotes, spaces, blank lines, CR line ends, NaN and null tokens,
 * exponents, infinities, text in a number column, integers beyond 2^53, ragged rows), read in
 * several chunk sizes and with explicit types. Compared: row count, column names, types, every
 * value bit for bit (Object.is, so -0 and NaN too), dictionaries in order, null counts; or the
 * identical error message. Tolerance: none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDelimited, type DelimitedOptions } from '../../src/io/delimited.js';
import { FastRecords } from '../../src/io/fast-records.js';
import type { ColumnType, Table } from '../../src/io/table.js';
import { createRandom, type Random } from '../../src/stats/rng.js';

const directory = mkdtempSync(join(tmpdir(), 'mlgate-fast-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() * items.length)];
}

/** Tokens a number column may hold besides plain numbers (missing, other syntaxes, quoted, spaced). */
const ODD_NUMBERS = [
  '', '', 'NaN', 'nan', '-0', '0.0', '+5', '.5', '1.', '1e5', '2.5E-3', 'inf', '-Infinity', ' 7', '8 ', '"9"', '"-1.5"',
  '9007199254740993', '12345678901234567890', '0.000000000000000000000001', '1.7976931348623157e308', '00012.5000',
];
/** Tokens that make an inferred number column text (or fail an explicit type). */
const NOT_NUMBERS = ['x', '1,5', '-', '.', 'NA', '1e', '0x10'];

/** A token of a column that holds numbers: mostly plain ones; in some files, rarely, not a number. */
function numberToken(random: Random, integers: boolean, spoil: boolean): string {
  const u = random.next();
  if (spoil && u < 0.01) return pick(random, NOT_NUMBERS);
  if (u < 0.12) return pick(random, ODD_NUMBERS);
  const sign = random.next() < 0.3 ? '-' : '';
  if (integers) return sign + String(Math.floor(random.next() * 10 ** (1 + Math.floor(random.next() * 15))));
  if (u < 0.4) return sign + (random.next() * 10 ** Math.floor(random.next() * 6)).toFixed(Math.floor(random.next() * 6));
  return sign + String(random.next() * 10 ** Math.floor(random.next() * 8 - 4)); // up to 17 significant digits
}

const TEXT_TOKENS = ['', 'NaN', 'NA', 'n/a', ' padded', 'padded ', '"quoted"', '"a,b"', '"line\nbreak"', '"say ""hi"""', 'x"y', 'true', '2024-01-02', 'é東'];

function textToken(random: Random): string {
  if (random.next() < 0.1) return pick(random, TEXT_TOKENS);
  return pick(random, ['red', 'green', 'blue', 'label_1', 'label_22', 'a', 'long label with spaces inside', 'Ä']);
}

function otherToken(random: Random, kind: string): string {
  if (random.next() < 0.05) return pick(random, ['', 'maybe', 'NaN']);
  if (kind === 'boolean') return pick(random, ['true', 'false', 'True', 'FALSE']);
  if (kind === 'datetime') return `2024-0${1 + Math.floor(random.next() * 9)}-1${Math.floor(random.next() * 10)}`;
  return ''; // 'empty': a column with no value in most rows
}

const KINDS = ['number', 'integer', 'text', 'boolean', 'datetime', 'empty'] as const;

function randomFile(random: Random): { text: string; kinds: (typeof KINDS)[number][] } {
  const columns = 1 + Math.floor(random.next() * 6);
  const kinds = Array.from({ length: columns }, () => pick(random, KINDS));
  const rows = Math.floor(random.next() * 60);
  const lines = [kinds.map((k, j) => `${k}_${j}`).join(',')];
  const lineEnd = random.next() < 0.2 ? '\r\n' : '\n';
  const spoil = random.next() < 0.2;
  for (let r = 0; r < rows; r++) {
    const u = random.next();
    if (u < 0.02) {
      lines.push(''); // a blank line
      continue;
    }
    let fields = kinds.map((kind) => {
      if (kind === 'number' || kind === 'integer') return numberToken(random, kind === 'integer', spoil);
      if (kind === 'text') return textToken(random);
      return kind === 'empty' && random.next() < 0.9 ? '' : otherToken(random, kind);
    });
    if (u > 0.995) fields = fields.slice(1); // a ragged row
    lines.push(fields.join(','));
  }
  let text = lines.join(lineEnd);
  if (random.next() < 0.7) text += lineEnd;
  if (random.next() < 0.1) {
    // A lone CR line end somewhere among the records.
    const at = text.indexOf('\n', Math.floor(random.next() * text.length));
    if (at > 0 && text[at - 1] !== '\r') text = `${text.slice(0, at)}\r${text.slice(at + 1)}`;
  }
  return { text, kinds };
}

type Outcome = { table: Table } | { error: string };

async function read(path: string, options: DelimitedOptions): Promise<Outcome> {
  try {
    return { table: await loadDelimited(path, path, options) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The table as JSON-comparable data, numbers bit for bit. */
function exact(outcome: Outcome): unknown {
  if ('error' in outcome) return outcome;
  const { table } = outcome;
  return {
    rows: table.rowCount,
    columns: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      nullCount: c.nullCount,
      ...(c.type === 'string'
        ? { codes: Array.from(c.codes), dictionary: c.dictionary }
        : { values: Array.from(c.values, (v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v)) }),
    })),
  };
}

/** Records the fast path stored itself, to check that the tests exercise it. */
let fastRecords = 0;
const originalRun = FastRecords.prototype.run;
beforeEach(() => {
  fastRecords = 0;
  vi.spyOn(FastRecords.prototype, 'run').mockImplementation(function (this: FastRecords, buf, pos, end) {
    const stop = originalRun.call(this, buf, pos, end);
    fastRecords += this.records;
    return stop;
  });
});

describe('the CSV fast path', () => {
  it('reads 200 random files exactly as the general path does (seed 17; chunks of 7 and 64 bytes and 4 MiB)', async () => {
    const random = createRandom(17);
    let generalRecords = 0;
    for (let trial = 0; trial < 200; trial++) {
      const { text, kinds } = randomFile(random);
      const path = join(directory, `${trial}.csv`);
      writeFileSync(path, text);
      const types: Record<string, ColumnType> = {};
      if (trial % 3 === 1) {
        // Explicit types for some columns: strict parsing, errors instead of inference.
        kinds.forEach((kind, j) => {
          if (random.next() < 0.5) types[`${kind}_${j}`] = pick(random, ['number', 'integer', 'string', 'boolean', 'datetime'] as const);
        });
      }
      const base: DelimitedOptions = { delimiter: ',', gzip: false, fileSize: text.length, types, allowEmpty: true, nullValues: trial % 2 === 0 ? ['NA', 'n/a'] : [] };
      const expected = exact(await read(path, { ...base, fastPath: false }));
      generalRecords += (expected as { rows?: number }).rows ?? 0;
      for (const chunkBytes of [7, 64, 1 << 22]) {
        const actual = exact(await read(path, { ...base, chunkBytes }));
        expect(actual, `${JSON.stringify(text)} in chunks of ${chunkBytes}, types ${JSON.stringify(types)}`).toEqual(expected);
      }
    }
    // Most records are plain: the fast path must have stored a good share of them (3 readings each).
    expect(fastRecords).toBeGreaterThan(1.5 * generalRecords);
  }, 120_000);

  it('stores every record of a plain file itself (numbers, long mantissas, text, missing values)', async () => {
    const lines = ['a,b,c,d'];
    for (let r = 0; r < 2000; r++) lines.push(`${r},${(r * 0.1).toFixed(4)},${r % 7 === 0 ? '' : `k${r % 13}`},${Math.sqrt(r + 0.5)}`);
    const path = join(directory, 'plain.csv');
    writeFileSync(path, lines.join('\n') + '\n');
    const options: DelimitedOptions = { delimiter: ',', gzip: false };
    const fast = await read(path, options);
    expect(fastRecords).toBe(2000);
    expect(exact(fast)).toEqual(exact(await read(path, { ...options, fastPath: false })));
    expect('table' in fast && fast.table.columns.map((c) => c.type)).toEqual(['integer', 'number', 'string', 'number']);
  });
});
