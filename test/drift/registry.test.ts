import { describe, expect, it } from 'vitest';
import { DRIFT_TESTS, DriftTestRegistry, driftTests } from '../../src/drift/registry.js';
import { ConfigurationError } from '../../src/errors.js';
import { ksTest } from '../../src/drift/stattests/ks.js';

describe('drift-test registry', () => {
  it('refuses a duplicate id', () => {
    expect(() => new DriftTestRegistry([ksTest, { ...ksTest, name: 'another KS' }])).toThrow('drift test "ks" is registered twice');
  });

  it('names the valid tests and the closest one for an unknown id', () => {
    expect(() => driftTests.get('kss')).toThrow(ConfigurationError);
    expect(() => driftTests.get('kss')).toThrow(/unknown drift test "kss" \(did you mean "ks"\?\); valid tests are auto, evidently, ks, chi2, chisquare, z, psi/);
  });

  it('says which column kinds a test takes', () => {
    expect(() => driftTests.get('ks', 'categorical')).toThrow(
      'stattest: drift test "ks" does not apply to categorical columns (it takes numeric columns); tests for categorical columns are chi2, chisquare, z, psi, jensenshannon, evidently_jensenshannon, hellinger, kl_div, tvd; to run "ks" on numeric columns only, set numeric-stattest instead',
    );
  });

  it('applies the tests of category frequencies to categorical columns only, as Evidently (issue 13)', () => {
    const numeric = driftTests.tests.filter((t) => t.columnTypes.includes('numeric')).map((t) => t.id);
    expect(numeric).toEqual(['ks', 'psi', 'jensenshannon', 'evidently_jensenshannon', 'wasserstein', 'hellinger', 'kl_div', 'anderson', 'cramer_von_mises', 'mannw', 'tvd']);
    for (const id of ['z', 'chisquare', 'chi2']) {
      expect(() => driftTests.get(id, 'numeric', 'stattest', 'age')).toThrow(
        `stattest: drift test "${id}" does not apply to numeric column "age" (it takes categorical columns); tests for numeric columns are ${numeric.join(', ')}, or list "age" in categorical-columns to compare it as categorical; to run "${id}" on categorical columns only, set categorical-stattest instead`,
      );
      expect(driftTests.get(id, 'categorical').id).toBe(id);
    }
  });

  it.each(DRIFT_TESTS.map((t) => [t.id, t] as const))('%s declares a consistent descriptor', (_id, test) => {
    expect(test.name.length).toBeGreaterThan(0);
    expect(test.reference.length).toBeGreaterThan(0);
    expect(test.columnTypes.length).toBeGreaterThan(0);
    if (test.scoreKind === 'p-value') {
      expect(['<', '<=']).toContain(test.comparison);
      expect(test.defaultThreshold).toBeGreaterThan(0);
      expect(test.defaultThreshold).toBeLessThan(1);
    } else {
      expect(['>', '>=']).toContain(test.comparison);
      expect(test.defaultThreshold).toBeGreaterThan(0);
    }
  });
});
