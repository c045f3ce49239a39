/**
 * compare-champion on real prediction files, checked against scikit-learn (every metric of both
 * models), statsmodels (McNemar), scipy (paired t with its interval, Wilcoxon) and the
 * reference implementations of Newcombe's interval, DeLong's paired test and the delta-method
 * intervals in scripts/reference/compare_champion.py (fixture test/fixtures/compare-champion/cases.json).
 *
 * Tolerances: metric values 1e-10 relative (the same sums in another order); closed-form
 * intervals and p-values 1e-9 relative (our normal and Student-t tails against scipy's). The
 * paired-bootstrap intervals depend on our own random stream and are checked for shape only here
 * (reproducibility and coverage have their own tests).
 */
import { describe, expect, it } from 'vitest';
import { compare, expectClose, loadCases } from './run.js';

const { oracle, cases } = loadCases();

describe(`compare-champion against the references (${oracle})`, () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, reference) => {
    const { result } = await compare(reference.inputs);
    const { expected } = reference;
    expect(result.rows).toBe(expected.rows);
    expect(result.firstRun).toBeNull();
    expect(Object.keys(result.metrics).sort()).toEqual(expect.arrayContaining(Object.keys(expected.metrics).sort()));

    for (const [name, ref] of Object.entries(expected.metrics)) {
      const ours = result.metrics[name];
      expectClose(ours.champion, ref.champion, `${name}.champion`);
      expectClose(ours.challenger, ref.challenger, `${name}.challenger`);
      expectClose(ours.delta, ref.delta, `${name}.delta`, 1e-10, 1e-12);
      if (ref.test !== undefined) expect(ours.test, `${name}.test`).toBe(ref.test);
      if (ref.ci !== undefined) {
        expectClose(ours.ci?.[0], ref.ci[0], `${name}.ci[0]`, 1e-9, 1e-12);
        expectClose(ours.ci?.[1], ref.ci[1], `${name}.ci[1]`, 1e-9, 1e-12);
      }
      if (ref.pValue !== undefined) expectClose(ours.pValue, ref.pValue, `${name}.pValue`, 1e-9, 1e-15);
      if (ours.test === 'bootstrap-multinomial') {
        // Shape only: a percentile interval of the paired replicates, around the estimate.
        const [lo, hi] = ours.ci!;
        expect(lo).toBeLessThanOrEqual(hi);
        expect(lo).toBeLessThanOrEqual(ours.delta! + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(ours.delta! - 1e-12);
        expect(ours.pValue).toBeGreaterThan(0);
      }
      expect(ours.direction).toBe(['log_loss', 'brier', 'mae', 'mse', 'rmse', 'mape', 'median_ae'].includes(name) ? 'lower-is-better' : 'higher-is-better');
    }

    if (expected.discordantPairs) {
      const { statistic, pValue, ...counts } = expected.discordantPairs;
      expect(result.discordantPairs).toMatchObject(counts);
      expectClose(result.discordantPairs!.statistic, statistic as number, 'McNemar statistic', 1e-12);
      expectClose(result.discordantPairs!.pValue, pValue as number, 'McNemar p-value', 1e-12);
    }
    if (expected.errorTests) {
      for (const [which, ref] of Object.entries(expected.errorTests)) {
        const ours = result.errorTests![which as 'absoluteError' | 'squaredError'];
        for (const [field, value] of Object.entries(ref)) expectClose(ours[field as keyof typeof ours] as number, value, `${which}.${field}`, 1e-9, 1e-15);
        expect(ours.wilcoxonMethod).toBe('normal-approximation');
      }
    }
    for (const [column, values] of Object.entries(expected.slices ?? {})) {
      expect(Object.keys(result.slices[column]).sort()).toEqual(Object.keys(values).sort());
      for (const [value, ref] of Object.entries(values)) {
        const ours = result.slices[column][value];
        expect(ours.rows, `${column}=${value} rows`).toBe(ref.rows);
        expectClose(ours.metrics.accuracy.delta, ref.delta, `${column}=${value} Δ accuracy`, 1e-10, 1e-12);
        expectClose(ours.metrics.accuracy.ci?.[0], ref.ci[0], `${column}=${value} ci[0]`, 1e-9, 1e-12);
        expectClose(ours.metrics.accuracy.ci?.[1], ref.ci[1], `${column}=${value} ci[1]`, 1e-9, 1e-12);
        expectClose(ours.metrics.accuracy.pValue, ref.pValue, `${column}=${value} p`, 1e-9, 1e-15);
      }
    }
    if (expected.join) {
      expect(result.join).toMatchObject({ paired: expected.join.paired, onlyChampion: { count: expected.join.onlyChampion }, onlyChallenger: { count: expected.join.onlyChallenger } });
    }
  });
});
