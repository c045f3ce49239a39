import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalCdf, normalQuantile } from '../../src/stats/normal.js';
import { studentTCdf, studentTCritical, studentTPdf, studentTQuantile, studentTSf, studentTTwoSided } from '../../src/stats/student-t.js';

// Oracle: scipy 1.10.1 scipy.stats.t (stdtr: cdflib / TOMS 708) for the CDF; for quantiles scipy's
// t.isf refined by Newton steps on scipy's t.logsf, because scipy 1.10.1's stdtrit stops at about
// 1e-9 relative. Produced by scripts/reference/paired_tests.py → test/fixtures/stats/paired/student-t.json.
const reference = JSON.parse(readFileSync(new URL('../fixtures/stats/paired/student-t.json', import.meta.url), 'utf8')) as {
  cdf: { rows: [number, number, number, number, number][] };
  upperQuantile: { rows: [number, number, number, number][] };
};

function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

describe('Student t distribution against scipy.stats.t, df 1 … 1e7', () => {
  it.each(reference.cdf.rows)('t = %d, df = %d: cdf, sf and cdf(−t) to 1e-12 relative', (t, df, cdf, sf, cdfNegative) => {
    expect(relativeError(studentTCdf(t, df), cdf)).toBeLessThan(1e-12);
    expect(relativeError(studentTSf(t, df), sf)).toBeLessThan(1e-12);
    expect(relativeError(studentTCdf(-t, df), cdfNegative)).toBeLessThan(1e-12);
    expect(relativeError(studentTTwoSided(-t, df), Math.min(1, 2 * sf))).toBeLessThan(1e-12);
  });

  it.each(reference.upperQuantile.rows)('upper-tail quantile q = %d, df = %d to 1e-12 relative (1e-8 of raw scipy isf)', (q, df, refined, rawScipy) => {
    expect(relativeError(studentTQuantile(1 - q, df), refined)).toBeLessThan(1e-12 + 2.3e-16 / q); // 1 − q is itself rounded by up to 1.1e-16
    expect(relativeError(-studentTQuantile(q, df), refined)).toBeLessThan(1e-12);
    expect(relativeError(studentTCritical(1 - 2 * q, df), refined)).toBeLessThan(1e-12 + 2.3e-16 / q);
    expect(relativeError(-studentTQuantile(q, df), rawScipy)).toBeLessThan(1e-8);
  });
});

describe('Student t distribution: limits and identities', () => {
  it('is the normal at infinite degrees of freedom, and within 1e-7 of it at df = 1e7', () => {
    expect(studentTCdf(1.3, Infinity)).toBe(normalCdf(1.3));
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(Math.abs(studentTCdf(1.3, 1e7) - normalCdf(1.3))).toBeLessThan(1e-7);
    expect(Math.abs(studentTCdf(1.3, 1e7) - normalCdf(1.3))).toBeGreaterThan(1e-10); // still a t, not a normal
  });

  it('has the closed forms of df = 1 (Cauchy) and df = 2', () => {
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 15);
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 14);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), 14);
    expect(studentTPdf(0, 1)).toBeCloseTo(1 / Math.PI, 15);
  });

  it('round-trips quantile and CDF across degrees of freedom, far tails included', () => {
    for (const df of [0.5, 3, 17, 250, 4e4, 3e6]) {
      for (const p of [1e-200, 1e-30, 1e-8, 0.01, 0.2, 0.5, 0.7, 0.999]) {
        if (df === 0.5 && p === 1e-200) continue; // about −1e400: overflows, checked below
        const t = studentTQuantile(p, df);
        expect(relativeError(studentTCdf(t, df), p)).toBeLessThan(1e-12);
      }
    }
  });

  it('maps the edges of its domain', () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(1e-200, 0.5)).toBe(-Infinity); // the true quantile, about −1e400, overflows a double
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTSf(-Infinity, 3)).toBe(1);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTTwoSided(0, 3)).toBe(1);
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(1, -2)).toBeNaN();
    expect(studentTCdf(Number.NaN, 2)).toBeNaN();
    expect(studentTQuantile(1.2, 2)).toBeNaN();
    expect(studentTCritical(0.95, Number.NaN)).toBeNaN();
  });
});
