import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { binomialCdf, binomialPmf, binomialTestHalf } from '../../src/stats/binomial-test.js';
import type { PairedCorrectness } from '../../src/stats/mcnemar.js';
import { MCNEMAR_EXACT_BELOW, mcnemarTest, pairedAccuracyDifferenceInterval, tallyPairedCorrectness } from '../../src/stats/mcnemar.js';

// Oracles (scripts/reference/paired_tests.py → test/fixtures/stats/paired/mcnemar.json):
// statsmodels 0.13.5 statsmodels.stats.contingency_tables.mcnemar (exact=True; exact=False with
// correction=True/False); Newcombe (1998) method 10 implemented independently in the script (its
// Wilson parts checked against statsmodels proportion_confint); scipy 1.10.1 binom and binomtest.
// Tolerances: statistics 1e-9 relative, p-values 1e-6 absolute (and 1e-9 relative where > 1e-300),
// interval bounds 1e-12 absolute.
interface McNemarCase {
  name: string;
  table: PairedCorrectness;
  exact: [number, number];
  chiSquare: { corrected: [number, number]; uncorrected: [number, number] } | null;
  newcombe: Record<string, [number, number, number]>;
}
const reference = JSON.parse(readFileSync(new URL('../fixtures/stats/paired/mcnemar.json', import.meta.url), 'utf8')) as {
  cases: McNemarCase[];
  binomialHalf: { rows: [number, number, number, number, number][] };
  binomialGeneral: { rows: [number, number, number, number, number][] };
};

function expectStatistic(actual: number, expected: number): void {
  if (expected === 0) expect(actual).toBe(0);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-9);
}

function expectPValue(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-6);
  if (expected > 1e-300) expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-9);
}

describe('McNemar test against statsmodels mcnemar', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const exact = mcnemarTest(c.table, 'exact');
    expectStatistic(exact.statistic, c.exact[0]);
    expectPValue(exact.pValue, c.exact[1]);
    expect(exact.method).toBe('exact');
    expect(exact.discordant).toEqual({
      championOnlyCorrect: c.table.championOnlyCorrect,
      challengerOnlyCorrect: c.table.challengerOnlyCorrect,
      total: c.table.championOnlyCorrect + c.table.challengerOnlyCorrect,
    });

    const automatic = mcnemarTest(c.table);
    const discordant = c.table.championOnlyCorrect + c.table.challengerOnlyCorrect;
    if (discordant < MCNEMAR_EXACT_BELOW) {
      expect(automatic).toEqual(exact);
    } else {
      expect(automatic.method).toBe('chi-square-corrected');
      expectStatistic(automatic.statistic, c.chiSquare!.corrected[0]);
      expectPValue(automatic.pValue, c.chiSquare!.corrected[1]);
    }
    if (c.chiSquare !== null) {
      const corrected = mcnemarTest(c.table, 'chi-square-corrected');
      expectStatistic(corrected.statistic, c.chiSquare.corrected[0]);
      expectPValue(corrected.pValue, c.chiSquare.corrected[1]);
      const uncorrected = mcnemarTest(c.table, 'chi-square');
      expectStatistic(uncorrected.statistic, c.chiSquare.uncorrected[0]);
      expectPValue(uncorrected.pValue, c.chiSquare.uncorrected[1]);
    }
  });

  it('reports a table without discordant pairs as p = 1 with a reason, whatever the method', () => {
    const table = { bothCorrect: 40, championOnlyCorrect: 0, challengerOnlyCorrect: 0, bothWrong: 10 };
    for (const method of ['auto', 'exact', 'chi-square-corrected', 'chi-square'] as const) {
      const result = mcnemarTest(table, method);
      expect(result.pValue).toBe(1);
      expect(result.statistic).toBe(0);
      expect(result.reason).toMatch(/no discordant pairs/);
    }
  });

  it('switches from exact to the corrected chi-square at 25 discordant pairs', () => {
    expect(mcnemarTest({ bothCorrect: 0, championOnlyCorrect: 5, challengerOnlyCorrect: 19, bothWrong: 0 }).method).toBe('exact');
    expect(mcnemarTest({ bothCorrect: 0, championOnlyCorrect: 5, challengerOnlyCorrect: 20, bothWrong: 0 }).method).toBe('chi-square-corrected');
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarTest({ bothCorrect: 1, championOnlyCorrect: -1, challengerOnlyCorrect: 0, bothWrong: 0 })).toThrow(RangeError);
    expect(() => mcnemarTest({ bothCorrect: 1.5, championOnlyCorrect: 1, challengerOnlyCorrect: 0, bothWrong: 0 })).toThrow(/bothCorrect/);
    expect(() => mcnemarTest({ bothCorrect: Number.NaN, championOnlyCorrect: 1, challengerOnlyCorrect: 0, bothWrong: 0 })).toThrow(RangeError);
  });
});

describe('paired accuracy-difference interval (Newcombe method 10)', () => {
  const withRows = reference.cases.filter((c) => Object.keys(c.newcombe).length > 0);
  it.each(withRows.map((c) => [c.name, c] as const))('%s: against the reference formula to 1e-12', (_name, c) => {
    for (const [confidence, [estimate, lower, upper]] of Object.entries(c.newcombe)) {
      const interval = pairedAccuracyDifferenceInterval(c.table, Number(confidence));
      expect(Math.abs(interval.estimate! - estimate)).toBeLessThan(1e-12);
      expect(Math.abs(interval.lower! - lower)).toBeLessThan(1e-12);
      expect(Math.abs(interval.upper! - upper)).toBeLessThan(1e-12);
      expect(interval.lower!).toBeLessThanOrEqual(interval.estimate!);
      expect(interval.upper!).toBeGreaterThanOrEqual(interval.estimate!);
      expect(interval.lower!).toBeGreaterThanOrEqual(-1);
      expect(interval.upper!).toBeLessThanOrEqual(1);
    }
  });

  it("reproduces the published worked example (Fagerland, Lydersen & Laake 2017, ch. 8: Cavo et al.)", () => {
    // The book's table [[59, 6], [16, 80]] with p1 = row margin: estimate −0.0621, 95% CI −0.1186 to −0.0046.
    // Our orientation is challenger − champion, so the same table read with the challenger as the
    // row variable: challenger-only-correct = 6, champion-only-correct = 16.
    const interval = pairedAccuracyDifferenceInterval({ bothCorrect: 59, challengerOnlyCorrect: 6, championOnlyCorrect: 16, bothWrong: 80 });
    expect(interval.estimate!.toFixed(4)).toBe('-0.0621');
    expect(interval.lower!.toFixed(4)).toBe('-0.1186');
    expect(interval.upper!.toFixed(4)).toBe('-0.0046');
    expect(interval.method).toBe('newcombe-paired-score');
  });

  it('is null with a reason for an empty table, and rejects a confidence outside (0, 1)', () => {
    const empty = pairedAccuracyDifferenceInterval({ bothCorrect: 0, championOnlyCorrect: 0, challengerOnlyCorrect: 0, bothWrong: 0 });
    expect(empty).toMatchObject({ estimate: null, lower: null, upper: null, reason: 'no rows to compare' });
    expect(() => pairedAccuracyDifferenceInterval({ bothCorrect: 1, championOnlyCorrect: 0, challengerOnlyCorrect: 0, bothWrong: 0 }, 1)).toThrow(RangeError);
  });
});

describe('tallyPairedCorrectness', () => {
  it('counts the four cells from per-row flags', () => {
    const champion = Uint8Array.from([1, 1, 0, 0, 1, 0]);
    const challenger = Uint8Array.from([1, 0, 1, 0, 1, 1]);
    expect(tallyPairedCorrectness(champion, challenger)).toEqual({ bothCorrect: 2, championOnlyCorrect: 1, challengerOnlyCorrect: 2, bothWrong: 1 });
    expect(() => tallyPairedCorrectness(champion, challenger.subarray(1))).toThrow(RangeError);
  });
});

describe('binomial distribution against scipy.stats.binom / binomtest', () => {
  it.each(reference.binomialHalf.rows)('k = %d, n = %d, p = ½: pmf, cdf and two-sided test to 1e-12 relative', (k, n, pmf, cdf, test) => {
    expect(Math.abs(binomialPmf(k, n, 0.5) - pmf) / pmf).toBeLessThan(1e-12);
    expect(Math.abs(binomialCdf(k, n, 0.5) - cdf) / cdf).toBeLessThan(1e-12);
    expect(Math.abs(binomialTestHalf(k, n) - test) / test).toBeLessThan(1e-12);
  });

  it.each(reference.binomialGeneral.rows)('k = %d, n = %d, p = %d: pmf and cdf to 1e-12 relative', (k, n, p, pmf, cdf) => {
    expect(Math.abs(binomialPmf(k, n, p) - pmf) / pmf).toBeLessThan(1e-12);
    expect(Math.abs(binomialCdf(k, n, p) - cdf) / cdf).toBeLessThan(1e-12);
  });

  it('handles the edges of its domain', () => {
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
    expect(binomialPmf(11, 10, 0.5)).toBe(0);
    expect(binomialPmf(0, 0, 0.5)).toBe(1);
    expect(binomialTestHalf(0, 0)).toBe(1);
    expect(() => binomialPmf(1, -3, 0.5)).toThrow(RangeError);
    expect(() => binomialCdf(1, 3, 1.5)).toThrow(RangeError);
    expect(() => binomialTestHalf(4, 3)).toThrow(RangeError);
  });
});
