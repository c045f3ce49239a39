/**
 * Profiles to and from JSON text. Writing is deterministic: every object is rebuilt with its keys
 * in one fixed order, numbers are JavaScript's shortest round-trip form, arrays (value entries,
 * sources) are already in canonical order — so the same data and settings give the same bytes.
 * Reading treats the file as untrusted: it is parsed to `unknown` and narrowed field by field
 * against the format (format.ts, schemas/profile.schema.json); the first problem is a DataError
 * naming the file and the field, e.g. `ref.json: is not a valid profile: columns[3].count must be
 * a whole number ≥ 0`.
 */
import { DataError } from '../errors.js';
import { COLUMN_TYPES, type ColumnType } from '../io/table.js';
import { PROFILE_VERSION, type ColumnProfile, type DistinctJson, type MomentsJson, type NumericJson, type Profile, type ProfileSettings, type ProfileSource, type QuantileSketchJson, type ValueCountsJson } from './format.js';

/** The profile as JSON text, one line, with a final newline. */
export function serialiseProfile(profile: Profile): string {
  return JSON.stringify(canonical(profile)) + '\n';
}

/** Parses and checks a profile; `source` names it in messages. */
export function parseProfile(text: string, source: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DataError(`is not valid JSON (${(error as Error).message.split('\n')[0]})`, { file: source });
  }
  return readProfile(raw, source);
}

/** Checks an already parsed value; the result is in canonical form. */
export function readProfile(raw: unknown, source: string): Profile {
  const r = new Reader(source);
  const o = r.object(raw, '');
  if (o.profileVersion !== PROFILE_VERSION) {
    if (typeof o.profileVersion === 'number') throw new DataError(`is a profile of version ${o.profileVersion}; this mlgate reads version ${PROFILE_VERSION}`, { file: source });
    throw new DataError('is not a profile (no "profileVersion"; profiles are written by mlgate profile)', { file: source });
  }
  if (o.generator !== 'mlgate') r.fail('generator', 'must be "mlgate"');
  const settings = r.object(o.settings, 'settings');
  const profile: Profile = {
    profileVersion: PROFILE_VERSION,
    generator: 'mlgate',
    rows: r.count(o.rows, 'rows'),
    settings: {
      quantileK: r.count(settings.quantileK, 'settings.quantileK'),
      categoryCap: r.count(settings.categoryCap, 'settings.categoryCap'),
      numericCap: r.count(settings.numericCap, 'settings.numericCap'),
      hllPrecision: r.count(settings.hllPrecision, 'settings.hllPrecision'),
      seed: r.integer(settings.seed, 'settings.seed'),
    },
    sources: r.array(o.sources, 'sources').map((s, i): ProfileSource => {
      const at = `sources[${i}]`;
      const so = r.object(s, at);
      return { engine: r.string(so.engine, `${at}.engine`), input: r.string(so.input, `${at}.input`), files: r.count(so.files, `${at}.files`), rows: r.count(so.rows, `${at}.rows`) };
    }),
    columns: r.array(o.columns, 'columns').map((c, i) => readColumn(r, c, `columns[${i}]`)),
  };
  const names = new Set<string>();
  profile.columns.forEach((c, i) => {
    if (names.has(c.name)) r.fail(`columns[${i}].name`, `names column "${c.name}" a second time`);
    names.add(c.name);
    if (c.count + c.nulls !== profile.rows) r.fail(`columns[${i}]`, `count + nulls (${c.count + c.nulls}) must equal rows (${profile.rows})`);
  });
  return profile;
}

function readColumn(r: Reader, raw: unknown, at: string): ColumnProfile {
  const o = r.object(raw, at);
  const type = o.type as ColumnType;
  if (!COLUMN_TYPES.includes(type)) r.fail(`${at}.type`, `must be one of ${COLUMN_TYPES.join(', ')}`);
  const numeric = type === 'string' ? null : readNumeric(r, o.numeric, `${at}.numeric`, type === 'boolean');
  if (type === 'string' && o.numeric !== null) r.fail(`${at}.numeric`, 'must be null for a string column');
  const values = r.object(o.values, `${at}.values`);
  const entries = r.array(values.entries, `${at}.values.entries`).map((e, i): [number | string, number] => {
    const pair = r.array(e, `${at}.values.entries[${i}]`);
    if (pair.length !== 2) r.fail(`${at}.values.entries[${i}]`, 'must be [value, count]');
    const key = pair[0];
    if (type === 'string' ? typeof key !== 'string' : typeof key !== 'number' || !Number.isFinite(key)) {
      r.fail(`${at}.values.entries[${i}][0]`, type === 'string' ? 'must be a string' : 'must be a finite number');
    }
    return [key as number | string, r.count(pair[1], `${at}.values.entries[${i}][1]`)];
  });
  const valueCounts: ValueCountsJson = {
    cap: r.count(values.cap, `${at}.values.cap`),
    entries,
    other: r.count(values.other, `${at}.values.other`),
    threshold: values.threshold === null ? null : r.pattern(values.threshold, `${at}.values.threshold`, /^[0-9a-f]{16}$/, '16 hex digits or null'),
  };
  const d = r.object(o.distinct, `${at}.distinct`);
  if (d.sketch !== 'hll') r.fail(`${at}.distinct.sketch`, 'must be "hll"');
  const distinct: DistinctJson = {
    sketch: 'hll',
    precision: r.count(d.precision, `${at}.distinct.precision`),
    estimate: r.number(d.estimate, `${at}.distinct.estimate`),
    exact: r.boolean(d.exact, `${at}.distinct.exact`),
    relativeStandardError: r.number(d.relativeStandardError, `${at}.distinct.relativeStandardError`),
    registers: d.registers === null ? null : r.pattern(d.registers, `${at}.distinct.registers`, /^[A-Za-z0-9+/]*={0,2}$/, 'base64 or null'),
  };
  if ((distinct.registers === null) !== (valueCounts.threshold === null)) r.fail(`${at}.distinct.registers`, 'must be present exactly when the value counts are incomplete (values.threshold set)');
  return { name: r.string(o.name, `${at}.name`), type, count: r.count(o.count, `${at}.count`), nulls: r.count(o.nulls, `${at}.nulls`), numeric, values: valueCounts, distinct };
}

function readNumeric(r: Reader, raw: unknown, at: string, boolean: boolean): NumericJson {
  const o = r.object(raw, at);
  const m = r.object(o.moments, `${at}.moments`);
  const moments: MomentsJson = {
    n: r.count(m.n, `${at}.moments.n`),
    mean: r.nullableNumber(m.mean, `${at}.moments.mean`),
    m2: r.nullableNumber(m.m2, `${at}.moments.m2`),
    m3: r.nullableNumber(m.m3, `${at}.moments.m3`),
    m4: r.nullableNumber(m.m4, `${at}.moments.m4`),
  };
  let quantiles: QuantileSketchJson | null = null;
  if (boolean) {
    if (o.quantiles !== null) r.fail(`${at}.quantiles`, 'must be null for a boolean column');
  } else {
    const q = r.object(o.quantiles, `${at}.quantiles`);
    if (q.sketch !== 'kll') r.fail(`${at}.quantiles.sketch`, 'must be "kll"');
    quantiles = {
      sketch: 'kll',
      k: r.count(q.k, `${at}.quantiles.k`),
      n: r.count(q.n, `${at}.quantiles.n`),
      variance: r.number(q.variance, `${at}.quantiles.variance`),
      deterministicError: r.number(q.deterministicError, `${at}.quantiles.deterministicError`),
      rankError: r.number(q.rankError, `${at}.quantiles.rankError`),
      levels: r.array(q.levels, `${at}.quantiles.levels`).map((l, i) => r.pattern(l, `${at}.quantiles.levels[${i}]`, /^[A-Za-z0-9+/]*={0,2}$/, 'base64')),
    };
  }
  return {
    min: r.nullableNumber(o.min, `${at}.min`),
    max: r.nullableNumber(o.max, `${at}.max`),
    negativeInfinity: r.count(o.negativeInfinity, `${at}.negativeInfinity`),
    positiveInfinity: r.count(o.positiveInfinity, `${at}.positiveInfinity`),
    moments,
    quantiles,
  };
}

/** The same profile rebuilt with keys in the canonical order (what serialiseProfile writes). */
function canonical(p: Profile): Profile {
  return {
    profileVersion: p.profileVersion,
    generator: p.generator,
    rows: p.rows,
    settings: canonicalSettings(p.settings),
    sources: p.sources.map((s) => ({ engine: s.engine, input: s.input, files: s.files, rows: s.rows })),
    columns: p.columns.map((c) => ({
      name: c.name,
      type: c.type,
      count: c.count,
      nulls: c.nulls,
      numeric: c.numeric === null ? null : {
        min: c.numeric.min,
        max: c.numeric.max,
        negativeInfinity: c.numeric.negativeInfinity,
        positiveInfinity: c.numeric.positiveInfinity,
        moments: { n: c.numeric.moments.n, mean: c.numeric.moments.mean, m2: c.numeric.moments.m2, m3: c.numeric.moments.m3, m4: c.numeric.moments.m4 },
        quantiles: c.numeric.quantiles === null ? null : {
          sketch: 'kll',
          k: c.numeric.quantiles.k,
          n: c.numeric.quantiles.n,
          variance: c.numeric.quantiles.variance,
          deterministicError: c.numeric.quantiles.deterministicError,
          rankError: c.numeric.quantiles.rankError,
          levels: [...c.numeric.quantiles.levels],
        },
      },
      values: { cap: c.values.cap, entries: c.values.entries.map(([k, n]) => [k, n] as const), other: c.values.other, threshold: c.values.threshold },
      distinct: {
        sketch: 'hll',
        precision: c.distinct.precision,
        estimate: c.distinct.estimate,
        exact: c.distinct.exact,
        relativeStandardError: c.distinct.relativeStandardError,
        registers: c.distinct.registers,
      },
    })),
  };
}

function canonicalSettings(s: ProfileSettings): ProfileSettings {
  return { quantileK: s.quantileK, categoryCap: s.categoryCap, numericCap: s.numericCap, hllPrecision: s.hllPrecision, seed: s.seed };
}

class Reader {
  constructor(private readonly source: string) {}

  fail(at: string, problem: string): never {
    throw new DataError(`is not a valid profile: ${at === '' ? 'the document' : at} ${problem}`, { file: this.source });
  }

  object(v: unknown, at: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(at, 'must be an object');
    return v as Record<string, unknown>;
  }

  array(v: unknown, at: string): unknown[] {
    if (!Array.isArray(v)) this.fail(at, 'must be an array');
    return v;
  }

  string(v: unknown, at: string): string {
    if (typeof v !== 'string') this.fail(at, 'must be a string');
    return v;
  }

  pattern(v: unknown, at: string, pattern: RegExp, what: string): string {
    if (typeof v !== 'string' || !pattern.test(v)) this.fail(at, `must be ${what}`);
    return v;
  }

  boolean(v: unknown, at: string): boolean {
    if (typeof v !== 'boolean') this.fail(at, 'must be true or false');
    return v;
  }

  number(v: unknown, at: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(at, 'must be a finite number');
    return v;
  }

  nullableNumber(v: unknown, at: string): number | null {
    return v === null ? null : this.number(v, at);
  }

  integer(v: unknown, at: string): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) this.fail(at, 'must be a whole number');
    return v;
  }

  count(v: unknown, at: string): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) this.fail(at, 'must be a whole number ≥ 0');
    return v;
  }
}
