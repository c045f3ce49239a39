/**
 * The profile format: every produced profile validates against the published JSON Schema
 * (schemas/profile.schema.json, checked with Ajv's draft 2020-12 validator), serialisation is
 * deterministic, merge is commutative bit for bit and associative within the stated bounds
 * (property-tested on random shards with fast-check), a merged profile of shards equals the
 * profile of the whole within those bounds, and a bad file is one DataError line.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError } from '../../src/errors.js';
import type { Column, Table } from '../../src/io/table.js';
import { loadTable } from '../../src/io/load.js';
import { mergeProfiles, parseProfile, profileTable, serialiseProfile, type Profile } from '../../src/profile/index.js';
import { expectEquivalent, expectValid } from './equivalence.js';



/** A table of `rows` rows from integers: numbers, integers with nulls, text, booleans, datetimes. */
function tableFrom(source: string, seeds: readonly number[]): Table {
  const n = seeds.length;
  const num = new Float64Array(n);
  const int = new Float64Array(n);
  const bool = new Float64Array(n);
  const when = new Float64Array(n);
  const codes = new Int32Array(n);
  const dictionary = Array.from({ length: 40 }, (_, i) => `label ${i}`);
  let intNulls = 0;
  seeds.forEach((s, i) => {
    num[i] = s === 13 ? Infinity : (s * 7919) % 1000 / 7 - 50;
    int[i] = s % 11 === 0 ? NaN : s % 300;
    if (s % 11 === 0) intNulls++;
    bool[i] = s % 3 === 0 ? 1 : 0;
    when[i] = 1.7e12 + s * 86400000;
    codes[i] = s % 17 === 0 ? -1 : s % 40;
  });
  const columns: Column[] = [
    { name: 'x', type: 'number', values: num, nullCount: 0 },
    { name: 'k', type: 'integer', values: int, nullCount: intNulls },
    { name: 'flag', type: 'boolean', values: bool, nullCount: 0 },
    { name: 'when', type: 'datetime', values: when, nullCount: 0 },
    { name: 'label', type: 'string', codes, dictionary, nullCount: codes.filter((c) => c < 0).length },
  ];
  return { source, rowCount: n, columns };
}

const SMALL = { quantileK: 16, categoryCap: 12, numericCap: 20, hllPrecision: 8 };

describe('profileTable and the JSON Schema', () => {
  it('profiles every column type, and the profile validates against the schema', () => {
    const profile = profileTable(tableFrom('t.csv', Array.from({ length: 500 }, (_, i) => i)));
    expectValid(profile);
    const byName = Object.fromEntries(profile.columns.map((c) => [c.name, c]));
    expect(byName.x.numeric?.positiveInfinity).toBe(1);
    expect(byName.x.count).toBe(500);
    expect(byName.k.nulls).toBe(46);
    expect(byName.flag.values.entries).toEqual([[0, 333], [1, 167]]);
    expect(byName.flag.numeric?.quantiles).toBeNull();
    expect(byName.label.values.entries.length).toBe(40);
    expect(byName.label.distinct).toMatchObject({ estimate: 40, exact: true, registers: null });
  });

  it('profiles of the example and fixture datasets validate (small and forced-small settings)', async () => {
    for (const file of ['examples/drift-report/reference.csv', 'test/fixtures/drift/mixed.csv', 'test/fixtures/drift/digits.csv', 'test/fixtures/io/typed.parquet']) {
      const table = await loadTable(file);
      expectValid(profileTable(table));
      expectValid(profileTable(table, { settings: SMALL }));
    }
  });

  it('serialises deterministically: the same data and seed give the same bytes; another seed other sketch coins', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i * 37) % 2999);
    const a = serialiseProfile(profileTable(tableFrom('t.csv', rows), { settings: SMALL }));
    const b = serialiseProfile(profileTable(tableFrom('t.csv', rows), { settings: SMALL }));
    expect(a).toBe(b);
    const c = serialiseProfile(profileTable(tableFrom('t.csv', rows), { settings: { ...SMALL, seed: 5 } }));
    expect(c).not.toBe(a);
    // Parsing and writing again changes nothing.
    expect(serialiseProfile(parseProfile(a, 'a.json'))).toBe(a);
  });
});

describe('merge', () => {
  const shardArb = fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 400 });

  it('is commutative bit for bit and associative within the bounds (random shards)', () => {
    fc.assert(
      fc.property(shardArb, shardArb, shardArb, (ra, rb, rc) => {
        const [a, b, c] = [ra, rb, rc].map((rows, i) => profileTable(tableFrom(`shard-${i}.csv`, rows), { settings: SMALL }));
        expect(serialiseProfile(mergeProfiles(a, b))).toBe(serialiseProfile(mergeProfiles(b, a)));
        const left = mergeProfiles(mergeProfiles(a, b), c);
        const right = mergeProfiles(a, mergeProfiles(b, c));
        expectValid(left);
        expectEquivalent(left, right);
      }),
      { numRuns: 40, seed: 2024 },
    );
  });

  it('a merged profile of shards equals the profile of the whole within the stated bounds', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => (i * 7907) % 5003);
    const whole = profileTable(tableFrom('whole.csv', rows), { settings: SMALL });
    const shards = [0, 1, 2, 3, 4].map((s) => profileTable(tableFrom(`part-${s}.csv`, rows.slice(s * 1200, (s + 1) * 1200)), { settings: SMALL }));
    const merged = shards.reduce(mergeProfiles);
    expect(merged.sources.map((s) => s.input)).toEqual(['part-0.csv', 'part-1.csv', 'part-2.csv', 'part-3.csv', 'part-4.csv']);
    expectEquivalent({ ...merged, sources: whole.sources }, whole);
  });

  it('gives a column without values in one shard the other shard’s type; integer and number merge to number', () => {
    const empty: Table = { source: 'a.csv', rowCount: 2, columns: [{ name: 'v', type: 'number', values: Float64Array.of(NaN, NaN), nullCount: 2 }] };
    const text: Table = { source: 'b.csv', rowCount: 1, columns: [{ name: 'v', type: 'string', codes: Int32Array.of(0), dictionary: ['x'], nullCount: 0 }] };
    const merged = mergeProfiles(profileTable(empty), profileTable(text));
    expect(merged.columns[0]).toMatchObject({ type: 'string', count: 1, nulls: 2 });
    const ints: Table = { source: 'c.csv', rowCount: 1, columns: [{ name: 'v', type: 'integer', values: Float64Array.of(1), nullCount: 0 }] };
    const nums: Table = { source: 'd.csv', rowCount: 1, columns: [{ name: 'v', type: 'number', values: Float64Array.of(1.5), nullCount: 0 }] };
    expect(mergeProfiles(profileTable(ints), profileTable(nums)).columns[0].type).toBe('number');
  });

  it('refuses other type conflicts, different columns and different settings, naming them', () => {
    const text: Table = { source: 'b.csv', rowCount: 1, columns: [{ name: 'v', type: 'string', codes: Int32Array.of(0), dictionary: ['x'], nullCount: 0 }] };
    const nums: Table = { source: 'd.csv', rowCount: 1, columns: [{ name: 'v', type: 'number', values: Float64Array.of(1.5), nullCount: 0 }] };
    const other: Table = { source: 'e.csv', rowCount: 1, columns: [{ name: 'w', type: 'number', values: Float64Array.of(1.5), nullCount: 0 }] };
    expect(() => mergeProfiles(profileTable(text), profileTable(nums))).toThrow(/column "v" is string in the profile of "b.csv" but number in the profile of "d.csv"/);
    expect(() => mergeProfiles(profileTable(nums), profileTable(other))).toThrow(/column "v" is only in the profile of "d.csv"/);
    expect(() => mergeProfiles(profileTable(nums), profileTable(nums, { settings: { quantileK: 64 } }))).toThrow(/quantileK is 1024 in one and 64/);
  });
});

describe('parseProfile', () => {
  const good = serialiseProfile(profileTable(tableFrom('t.csv', [1, 2, 3])));
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{', /t\.json: is not valid JSON/],
    ['not a profile', '{"rows": 3}', /t\.json: is not a profile \(no "profileVersion"/],
    ['a later version', good.replace('"profileVersion":1', '"profileVersion":2'), /is a profile of version 2; this mlgate reads version 1/],
    ['a negative count', good.replace('"count":3', '"count":-3'), /columns\[0\]\.count must be a whole number ≥ 0/],
    ['counts that do not add up', good.replace('"rows":3', '"rows":4'), /count \+ nulls \(3\) must equal rows \(4\)/],
    ['an unknown type', good.replace('"type":"number"', '"type":"float"'), /columns\[0\]\.type must be one of integer, number/],
  ];
  for (const [name, text, message] of cases) {
    it(`reports ${name} as one DataError line`, () => {
      expect(() => parseProfile(text, 't.json')).toThrow(DataError);
      expect(() => parseProfile(text, 't.json')).toThrow(message);
    });
  }
});
