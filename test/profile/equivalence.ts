/**
 * Shared checks for profile tests: validation against the published JSON Schema (Ajv, draft
 * 2020-12) and equivalence of two profiles of the same rows — exact on every exact field, the
 * moments to 1e-9 of their scale, and the quantile sketches within the sum of their stated rank
 * errors (both are within their own bound of the same empirical CDF).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { serialiseProfile, type ColumnProfile, type Profile } from '../../src/profile/index.js';
import { KllSketch } from '../../src/sketch/kll.js';
import { decodeFloat64 } from '../../src/profile/encoding.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/profile.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictTypes: false }).compile(schema);

export function expectValid(profile: Profile): void {
  const json = JSON.parse(serialiseProfile(profile));
  const ok = validate(json);
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(ok).toBe(true);
}

export function quantileSketch(c: ColumnProfile): KllSketch | undefined {
  const q = c.numeric?.quantiles;
  if (q == null) return undefined;
  return KllSketch.fromState({ k: q.k, n: q.n, levels: q.levels.map((l) => decodeFloat64(l)!), variance: q.variance, deterministicError: q.deterministicError });
}

/** Two profiles of the same rows agree: exactly on everything exact, within the bounds elsewhere. */
export function expectEquivalent(a: Profile, b: Profile): void {
  expect(a.rows).toBe(b.rows);
  expect(a.columns.map((c) => c.name)).toEqual(b.columns.map((c) => c.name));
  a.columns.forEach((x, j) => {
    const y = b.columns[j];
    expect([x.type, x.count, x.nulls]).toEqual([y.type, y.count, y.nulls]);
    expect(x.values).toEqual(y.values);
    expect(x.distinct).toEqual(y.distinct);
    if (x.numeric === null || y.numeric === null) {
      expect(x.numeric).toBe(y.numeric);
      return;
    }
    expect([x.numeric.min, x.numeric.max, x.numeric.negativeInfinity, x.numeric.positiveInfinity]).toEqual([y.numeric.min, y.numeric.max, y.numeric.negativeInfinity, y.numeric.positiveInfinity]);
    const mx = x.numeric.moments;
    const my = y.numeric.moments;
    expect(mx.n).toBe(my.n);
    for (const key of ['mean', 'm2', 'm3', 'm4'] as const) {
      const scale = Math.max(1, Math.abs(my[key] ?? 0), (my.m2 ?? 0) ** (key === 'mean' ? 0.5 : key === 'm2' ? 1 : key === 'm3' ? 1.5 : 2) / Math.max(1, mx.n) ** (key === 'mean' ? 0.5 : key === 'm2' ? 0 : key === 'm3' ? 0.5 : 1));
      expect(Math.abs((mx[key] ?? 0) - (my[key] ?? 0)), `${x.name}.${key}`).toBeLessThanOrEqual(1e-9 * scale);
    }
    const sx = quantileSketch(x);
    const sy = quantileSketch(y);
    if (sx === undefined || sy === undefined) return;
    // Both are within their bound of the same empirical CDF, so within the sum of each other.
    const tolerance = (sx.rankError() + sy.rankError()) * sx.n + 1e-9;
    for (const v of [...sx.cumulative.values, ...sy.cumulative.values]) {
      expect(Math.abs(sx.rank(v) - sy.rank(v)), `${x.name} rank at ${v}`).toBeLessThanOrEqual(tolerance);
    }
  });
}

