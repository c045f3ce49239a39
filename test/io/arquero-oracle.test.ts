/**
 * Differential test: our CSV/TSV loader (src/io/load.ts) against arquero's reader
 * (`aq.loadCSV`, arquero 8.0.3, a devDependency kept only as this oracle) on every delimited
 * file of the fixture corpus (test/fixtures/ and examples/) plus a few probes written below.
 *
 * For every file both read, the column names, the row count and every value must agree: numbers
 * exactly (Object.is), text exactly, booleans, datetimes to the millisecond value, missing as
 * missing. Where the two libraries differ by design, the difference is a named entry of
 * DIVERGENCES with its reason and a check that says exactly what each side does; EXPECTED lists,
 * per file, the divergences that file shows. The test fails on a difference no listed entry
 * explains, and on a listed entry the file no longer needs (so the list cannot go stale). A file
 * not in EXPECTED must agree with no exception at all, so a new fixture is covered as it lands.
 *
 * Options that align the two readers' documented conventions (not differences):
 * - arquero infers a column's type from its first `autoMax` values (default 1000), we from all of
 *   them: the oracle gets `autoMax` = its row count + 1.
 * - A header with no data rows is an empty table for both (`allowEmpty`; the actions refuse
 *   empty tables, the reader does not).
 * - arquero parses ISO date-times through `Date.parse`, which reads a date-time without a zone
 *   as local time (a date alone as UTC); we read it as UTC so that a file gives the same numbers
 *   on every machine (src/io/datetime-parser.ts). arquero's zoneless date-times are compared by
 *   their wall-clock fields, which is the identity when TZ is UTC.
 * Raw tokens for the checks come from arquero itself with `autoType: false` (an empty field is
 * null there, a field absent from a short row undefined).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadTable, type Column, type Table } from '../../src/io/index.js';

type Value = null | number | string | boolean | { ms: number };
type Raw = string | null | undefined;
type ArqueroTable = ReturnType<typeof aq.fromCSV>;

/** Spaces and tabs, the characters our reader trims from every field. */
const trimField = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, '');
const isText = (v: Value): v is string => typeof v === 'string';
const isMs = (v: Value): v is { ms: number } => v !== null && typeof v === 'object';
const same = (a: Value, b: Value): boolean =>
  a === null || b === null ? a === b : isMs(a) || isMs(b) ? isMs(a) && isMs(b) && Object.is(a.ms, b.ms) : typeof a === typeof b && Object.is(a, b);
const show = (v: Value | Raw): string => (v === undefined ? 'undefined' : isMs(v as Value) ? `datetime(${(v as { ms: number }).ms})` : JSON.stringify(v));

/** Our reading of a token under our documented datetime syntax (src/io/datetime-parser.ts), written independently of it. */
function ourDatetime(token: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(token);
  if (m === null) return NaN;
  const [, date, hm = '00:00', ss = '00', fraction, zone = 'Z'] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const whole = Date.parse(`${date}T${hm}:${ss}${offset}`);
  return fraction === undefined ? whole : whole + Number(`0.${fraction}`) * 1000;
}

interface CellContext {
  ours: Value;
  theirs: Value;
  raw: Raw;
}

interface ColumnContext {
  ours: Value[];
  theirs: Value[];
  raw: Raw[];
}

/** Every kind of by-design difference, each with the check that pins it down. */
type Divergence =
  | { kind: 'rejected'; reason: string; message: RegExp }
  | { kind: 'rewrite'; reason: string; rewrite: (text: string, delimiter: string) => string }
  | { kind: 'header'; reason: string }
  | { kind: 'rows'; reason: string }
  | { kind: 'column'; reason: string; explains: (c: ColumnContext) => boolean }
  | { kind: 'cell'; reason: string; explains: (c: CellContext) => boolean };

/**
 * A column one side types and the other leaves as text because of some token (`trigger`): the
 * text side holds exactly the tokens, the typed side exactly `read(token)`, missing agrees.
 */
function inferenceDivergence(
  reason: string,
  textSide: 'ours' | 'arquero',
  trigger: (token: string) => boolean,
  read: (token: string) => Value,
): Divergence {
  return {
    kind: 'column',
    reason,
    explains: ({ ours, theirs, raw }) => {
      const [text, typed] = textSide === 'ours' ? [ours, theirs] : [theirs, ours];
      let triggered = false;
      for (let r = 0; r < raw.length; r++) {
        const token = raw[r];
        if (token === null || token === undefined) {
          if (text[r] !== null || typed[r] !== null) return false;
          continue;
        }
        if (text[r] !== (textSide === 'ours' ? trimField(token) : token)) return false;
        if (isText(typed[r]) || !same(typed[r], read(token))) return false;
        if (trigger(token)) triggered = true;
      }
      return triggered;
    },
  };
}

const NAN_TOKENS = new Set(['NaN', 'nan', '-NaN', '-nan']);
const BOOLEAN_WORDS = /^(true|True|TRUE|false|False|FALSE)$/;

export const DIVERGENCES = {
  'rejects-ragged-rows': {
    kind: 'rejected',
    reason: 'a row with more or fewer fields than the header is a DataError naming the row; arquero drops the extra fields and leaves absent ones undefined',
    message: /, row \d+: has \d+ fields? but the header has \d+$/,
  },
  'rejects-malformed-quoting': {
    kind: 'rejected',
    reason: 'a character other than a space or tab after a closing quote, or a quote never closed, is a DataError naming the field; arquero takes the character after a closing quote as a delimiter and lets an unclosed quote swallow the rest of the file',
    message: /malformed quoting/,
  },
  'rejects-unusable-header': {
    kind: 'rejected',
    reason: 'a column name used twice, an empty column name or no header row is a DataError; arquero keeps both columns under one name (the later wins), names a column "" and takes a blank line as the header',
    message: /the header names column "[^"]*" twice|the header has an empty column name|no header row/,
  },
  'space-after-closing-quote': {
    kind: 'rewrite',
    reason: 'we allow spaces or tabs after a closing quote ("x" ,1 is two fields); arquero takes whatever character follows a closing quote as the delimiter, so it sees an extra empty field: checked by giving arquero the text without those spaces',
    rewrite: (text, delimiter) => text.replace(new RegExp(`"[ \\t]+(?=${delimiter === '\t' ? '\\t' : delimiter}|\\r|\\n|$)`, 'g'), '"'),
  },
  'trimmed-header': {
    kind: 'header',
    reason: 'we trim spaces and tabs from column names as from every field; arquero keeps them',
  },
  'blank-lines': {
    kind: 'rows',
    reason: 'we skip blank lines (in a one-column file only trailing ones, interior ones being missing values); arquero reads each blank line as a row of missing values',
  },
  'trimmed-fields': {
    kind: 'cell',
    reason: 'we trim spaces and tabs from every field, quoted or not (src/io/delimited.ts); arquero keeps them in text',
    explains: ({ ours, theirs, raw }) => typeof raw === 'string' && raw !== trimField(raw) && ours === trimField(raw) && theirs === raw,
  },
  'blank-field-missing': {
    kind: 'cell',
    reason: 'a field of only spaces or tabs is missing for us; arquero keeps it as text, or reads it as 0 in a numeric column (its `+value` of "   " is 0)',
    explains: ({ ours, theirs, raw }) => typeof raw === 'string' && raw !== '' && trimField(raw) === '' && ours === null && (theirs === raw || Object.is(theirs, 0)),
  },
  'nan-tokens-missing': {
    kind: 'cell',
    reason: 'NaN, nan, -NaN and -nan are missing values for us, as in pandas (src/io/missing-values.ts); arquero reads "NaN" as the number NaN in a numeric column and keeps the other spellings as text',
    explains: ({ ours, theirs, raw }) => typeof raw === 'string' && NAN_TOKENS.has(raw) && ours === null && (theirs === raw || (raw === 'NaN' && Number.isNaN(theirs))),
  },
  'booleans-in-any-case': inferenceDivergence(
    'we infer true/false also as True/False and TRUE/FALSE (as pandas writes them); arquero only lower case, so its column stays text',
    'arquero',
    (t) => BOOLEAN_WORDS.test(t) && t !== 'true' && t !== 'false',
    (t) => (BOOLEAN_WORDS.test(t) ? t.toLowerCase() === 'true' : NaN),
  ),
  'infinity-spellings': inferenceDivergence(
    'we read inf, Inf, INF, infinity and INFINITY (numpy and pandas spellings) as infinities; arquero reads numbers with `+value`, which knows only Infinity, so its column stays text',
    'arquero',
    (t) => /^[+-]?(inf|infinity)$/i.test(t) && !/^[+-]?Infinity$/.test(t),
    (t) => (/^[+-]?(inf|infinity)$/i.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : Number(t)),
  ),
  'wider-datetime-syntax': inferenceDivergence(
    'we accept a space between date and time, zones written ±HHMM or ±HH, and any number of fraction digits (kept below the millisecond); arquero\'s ISO pattern wants T, ±HH:MM and exactly three digits, so its column stays text',
    'arquero',
    (t) => !/^([-+]\d{2})?\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/.test(t),
    (t) => ({ ms: ourDatetime(t) }),
  ),
  'impossible-calendar-dates': inferenceDivergence(
    'we check calendar fields, so 2023-02-29 or 2023-02-30 makes the column text (a data error shown as such); arquero parses with Date.parse, which rolls them over into March',
    'ours',
    (t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && new Date(Date.parse(t)).toISOString().slice(0, 10) !== t,
    (t) => ({ ms: Date.parse(t) }),
  ),
  'integers-beyond-2^53': inferenceDivergence(
    'a column of integers holding one beyond ±2^53 (a 20-digit id) stays text for us, as a double cannot hold it exactly; arquero reads it as the nearest double',
    'ours',
    (t) => /^[+-]?\d+$/.test(t) && Math.abs(Number(t)) > Number.MAX_SAFE_INTEGER,
    (t) => Number(t),
  ),
  'hex-binary-octal': inferenceDivergence(
    'we read decimal numbers only, so 0x1A is text; arquero\'s `+value` also reads 0x, 0b and 0o literals',
    'ours',
    (t) => /^0[xbo]/i.test(t),
    (t) => Number(t),
  ),
} satisfies Record<string, Divergence>;

type DivergenceId = keyof typeof DIVERGENCES;

/** The divergences each file shows; every other file must agree with none. */
const EXPECTED: Record<string, readonly DivergenceId[]> = {
  'examples/validate-data/corrupted.csv': ['impossible-calendar-dates'],
  'test/fixtures/validate-data/corrupted.csv': ['impossible-calendar-dates'],
  'test/fixtures/evaluate-model/label-spaces/bool-int.csv': ['booleans-in-any-case'],
  'test/fixtures/io/big-integer-among-numbers.csv': ['integers-beyond-2^53'],
  'test/fixtures/io/big-integers.csv': ['integers-beyond-2^53'],
  'test/fixtures/io/blank-lines.csv': ['blank-lines'],
  'test/fixtures/io/single-column-blank.csv': ['blank-lines'],
  'test/fixtures/io/blank-lines-only.csv': ['rejects-unusable-header'],
  'test/fixtures/io/duplicate-header.csv': ['rejects-unusable-header'],
  'test/fixtures/io/empty-header-name.csv': ['rejects-unusable-header'],
  'test/fixtures/io/booleans.csv': ['booleans-in-any-case'],
  'test/fixtures/io/dates.csv': ['wider-datetime-syntax', 'impossible-calendar-dates'],
  'test/fixtures/io/infinity.csv': ['infinity-spellings'],
  'test/fixtures/io/nan-tokens.csv': ['nan-tokens-missing'],
  'test/fixtures/io/quoted.csv': ['trimmed-fields'],
  'test/fixtures/io/whitespace.csv': ['trimmed-header', 'trimmed-fields', 'blank-field-missing'],
  'test/fixtures/io/space-after-quote.csv': ['space-after-closing-quote'],
  'test/fixtures/io/header-unclosed-quote.csv': ['rejects-malformed-quoting'],
  'test/fixtures/io/junk-after-quote.csv': ['rejects-malformed-quoting'],
  'test/fixtures/io/unclosed-quote.csv': ['rejects-malformed-quoting'],
  'test/fixtures/io/ragged-long.csv': ['rejects-ragged-rows'],
  'test/fixtures/io/ragged-short.csv': ['rejects-ragged-rows'],
  'probe/hex.csv': ['hex-binary-octal'],
  'probe/datetime-fractions.csv': ['wider-datetime-syntax'],
};

/** Files that both readers refuse (agreement, not a divergence): our message must still be a DataError. */
const BOTH_REJECT = new Set(['test/fixtures/io/empty.csv', 'test/fixtures/io/not-gzip.csv.gz', 'test/fixtures/io/truncated.csv.gz']);

/** The delimiter each file is read with: the extension's, except where the corpus reads it otherwise (cases.json). */
const DELIMITER: Record<string, string> = { 'test/fixtures/io/semicolon.csv': ';' };

/**
 * Conventions the corpus does not exercise, written to a temporary folder: quoted numbers, an
 * empty quoted string, numbers written unusually, a zoneless date-time, fraction digits.
 */
const PROBES: Record<string, string> = {
  'quoted-numbers.csv': 'a,b,c\n"1","x",""\n"2.5","y",3\n',
  'number-forms.csv': 'a,b,c,d,e\n.5,5.,+3,1e5,-0\n-.25,1E-2,7,-2.5e-3,0\n',
  'hex.csv': 'a\n0x1A\n12\n',
  'zoneless-datetimes.csv': 'a\n2024-01-02T03:04\n2024-07-02T03:04:05.678\n',
  'datetime-fractions.csv': 'a\n2024-01-02T03:04:05.6789Z\n2024-01-02T03:04:05.1Z\n',
};

function corpus(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) corpus(path, out);
    else if (/\.(csv|tsv)(\.gz)?$/.test(name)) out.push(path);
  }
  return out;
}

const FILES = [...corpus('test/fixtures'), ...corpus('examples')].sort();
let probeDir = '';

beforeAll(() => {
  probeDir = mkdtempSync(join(tmpdir(), 'mlgate-arquero-'));
  for (const [name, text] of Object.entries(PROBES)) writeFileSync(join(probeDir, name), text);
});
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

/** A corpus key ("probe/x.csv" for probes) → the path on disk. */
const pathOf = (key: string): string => (key.startsWith('probe/') ? join(probeDir, key.slice('probe/'.length)) : key);

function ourValues(column: Column): Value[] {
  if (column.type === 'string') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return Array.from(column.values, (v): Value => {
    if (Number.isNaN(v)) return null;
    if (column.type === 'boolean') return v === 1;
    if (column.type === 'datetime') return { ms: v };
    return v;
  });
}

const ZONELESS_DATETIME = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function theirValue(v: unknown, raw: Raw): Value {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (typeof raw === 'string' && ZONELESS_DATETIME.test(raw)) {
      return { ms: Date.UTC(v.getFullYear(), v.getMonth(), v.getDate(), v.getHours(), v.getMinutes(), v.getSeconds(), v.getMilliseconds()) };
    }
    return { ms: v.getTime() };
  }
  return v as Value;
}

/** The text arquero's loadCSV would see: gunzipped, BOM removed (TextDecoder's default). */
function fileText(path: string): string {
  const bytes = readFileSync(path);
  return new TextDecoder().decode(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

async function readArquero(path: string, delimiter: string, rewrite?: (text: string, delimiter: string) => string): Promise<{ raw: ArqueroTable; typed: ArqueroTable; rewritten: boolean }> {
  if (rewrite !== undefined) {
    const text = fileText(path);
    const changed = rewrite(text, delimiter);
    const raw = aq.fromCSV(changed, { delimiter, autoType: false });
    return { raw, typed: aq.fromCSV(changed, { delimiter, autoMax: raw.numRows() + 1 }), rewritten: changed !== text };
  }
  const raw = await aq.loadCSV(path, { delimiter, autoType: false });
  return { raw, typed: await aq.loadCSV(path, { delimiter, autoMax: raw.numRows() + 1 }), rewritten: false };
}

/** Rows of arquero's table that are blank lines of the file, by our rule. */
function blankLineRows(raw: ArqueroTable): boolean[] {
  const columns = raw.columnNames().map((name) => raw.array(name) as Raw[]);
  const rows = raw.numRows();
  if (columns.length === 1) {
    const blank = new Array<boolean>(rows).fill(false);
    for (let r = rows - 1; r >= 0 && columns[0][r] === null; r--) blank[r] = true;
    return blank;
  }
  return Array.from({ length: rows }, (_, r) => columns[0][r] === null && columns.slice(1).every((c) => c[r] === undefined));
}

/** Compares one file; returns the divergences it needed, and throws (via expect) on any it cannot explain. */
async function compare(key: string): Promise<Set<DivergenceId>> {
  const path = pathOf(key);
  const listed = EXPECTED[key] ?? [];
  const allowed = <K extends Divergence['kind']>(kind: K) =>
    listed.filter((id) => DIVERGENCES[id].kind === kind).map((id) => [id, DIVERGENCES[id] as Extract<Divergence, { kind: K }>] as const);
  const used = new Set<DivergenceId>();
  const delimiter = DELIMITER[key] ?? (/\.tsv(\.gz)?$/.test(key) ? '\t' : ',');

  let ours: Table | undefined;
  let ourError: unknown;
  try {
    ours = await loadTable(path, { allowEmpty: true, ...(delimiter !== ',' && delimiter !== '\t' ? { delimiter } : {}) });
  } catch (e) {
    ourError = e;
  }
  const rewrite = allowed('rewrite')[0];
  let theirs: Awaited<ReturnType<typeof readArquero>> | undefined;
  let theirError: unknown;
  try {
    theirs = await readArquero(path, delimiter, rewrite?.[1].rewrite);
  } catch (e) {
    theirError = e;
  }

  if (BOTH_REJECT.has(key)) {
    expect(ourError, `${key}: we reject it`).toBeInstanceOf(DataError);
    expect(theirError, `${key}: arquero rejects it`).toBeInstanceOf(Error);
    return used;
  }
  expect(theirError, `${key}: arquero reads it`).toBeUndefined();
  if (ourError !== undefined) {
    expect(ourError, `${key}: our refusal is a DataError`).toBeInstanceOf(DataError);
    const message = (ourError as Error).message;
    const rejection = allowed('rejected').find(([, d]) => d.message.test(message));
    expect(rejection, `${key}: we reject what arquero reads, and no listed divergence explains it: ${message}`).toBeDefined();
    used.add(rejection![0]);
    return used;
  }
  if (rewrite !== undefined && theirs!.rewritten) used.add(rewrite[0]);
  const { raw, typed } = theirs!;

  // Column names.
  const ourNames = ours!.columns.map((c) => c.name);
  const theirNames = typed.columnNames();
  if (JSON.stringify(ourNames) !== JSON.stringify(theirNames)) {
    const header = allowed('header')[0];
    expect(header, `${key}: column names ${JSON.stringify(ourNames)} vs arquero ${JSON.stringify(theirNames)}`).toBeDefined();
    expect(ourNames, `${key}: names are arquero's, trimmed`).toEqual(theirNames.map(trimField));
    used.add(header![0]);
  }

  // Rows.
  let keep = Array.from({ length: typed.numRows() }, () => true);
  const rowsRule = allowed('rows')[0];
  if (rowsRule !== undefined) {
    const blank = blankLineRows(raw);
    if (blank.some(Boolean)) used.add(rowsRule[0]);
    keep = blank.map((b) => !b);
  }
  const kept = keep.flatMap((k, r) => (k ? [r] : []));
  expect(ours!.rowCount, `${key}: row count (arquero ${typed.numRows()}, ${kept.length} once blank lines are set aside)`).toBe(kept.length);

  // Values, column by column.
  ours!.columns.forEach((column, j) => {
    const rawAll = raw.array(theirNames[j]) as Raw[];
    const typedAll = typed.array(theirNames[j]) as unknown[];
    const context: ColumnContext = {
      ours: ourValues(column),
      raw: kept.map((r) => rawAll[r]),
      theirs: kept.map((r) => theirValue(typedAll[r], rawAll[r])),
    };
    if (context.ours.every((v, r) => same(v, context.theirs[r]))) return;
    const columnRule = allowed('column').find(([, d]) => d.explains(context));
    if (columnRule !== undefined) {
      used.add(columnRule[0]);
      return;
    }
    context.ours.forEach((v, r) => {
      const cell = { ours: v, theirs: context.theirs[r], raw: context.raw[r] };
      if (same(cell.ours, cell.theirs)) return;
      const cellRule = allowed('cell').find(([, d]) => d.explains(cell));
      expect(
        cellRule,
        `${key}: column "${column.name}" (${column.type}), row ${r + 1}: ours ${show(cell.ours)}, arquero ${show(cell.theirs)}, token ${show(cell.raw)}, and no listed divergence explains it`,
      ).toBeDefined();
      used.add(cellRule![0]);
    });
  });
  return used;
}

describe('CSV/TSV loader against arquero.loadCSV on the fixture corpus', () => {
  it('finds the corpus, and every file named in the expectations exists', () => {
    expect(FILES.length).toBeGreaterThan(70);
    for (const key of [...Object.keys(EXPECTED), ...BOTH_REJECT]) {
      if (!key.startsWith('probe/')) expect(FILES, key).toContain(key);
      else expect(Object.keys(PROBES), key).toContain(key.slice('probe/'.length));
    }
  });

  const keys = [...FILES, ...Object.keys(PROBES).map((name) => `probe/${name}`)];
  it.each(keys)('%s', async (key) => {
    const used = await compare(key);
    expect([...used].sort(), `${key}: the divergences it needs are exactly the listed ones`).toEqual([...(EXPECTED[key] ?? [])].sort());
  });

  it('fails on a difference no divergence explains (the comparison is not vacuous)', async () => {
    // A file where arquero would agree except for one value: lower-case booleans with an upper-case
    // one is listed nowhere, so comparing it as an unlisted key must throw.
    const path = join(probeDir, 'unlisted.csv');
    writeFileSync(path, 'a\ntrue\nTRUE\n');
    await expect(compare('probe/unlisted.csv')).rejects.toThrow(/no listed divergence explains it/);
  });
});
