/**
 * The explicit list of drift tests. Adding a test means adding its descriptor file and one line
 * here; a duplicate id is refused when the registry is built, and asking for an unknown id is a
 * ConfigurationError that lists the valid ones.
 *
 * Which tests apply to which columns (each descriptor's `columnTypes`), Evidently's rule: a test
 * named in the configuration is checked against the column's declared kind — numeric or
 * categorical, from the file's type or numeric-columns / categorical-columns — never against its
 * values, and refused when it does not apply (Evidently's StatTestInvalidFeatureTypeError, from
 * each StatTest's allowed_feature_types):
 * - tests of category frequencies — `chi2`, `chisquare`, `z` — categorical only (on a continuous
 *   column every value is its own category, so they measure nothing: Evidently refuses `chisquare`
 *   and `z` on numerical features);
 * - tests of ordered values — `ks`, `wasserstein`, `anderson`, `cramer_von_mises`, `mannw` —
 *   numeric only (as Evidently);
 * - binned distances — `psi`, `jensenshannon`, `evidently_jensenshannon`, `kl_div`, `hellinger`,
 *   `tvd` — both (numeric columns binned on reference quantiles). Evidently allows the first five
 *   on both too; its `TVD` (a permutation p-value) is categorical only, ours is a distance on bins.
 * The automatic choices (`auto`, `evidently`) are not checked: like Evidently's own default, they
 * may compare a numeric column with few distinct values as categories (src/drift/auto-select.ts).
 * A discrete numeric column (codes, ratings) takes the categorical tests once it is listed in
 * categorical-columns.
 */
import { ConfigurationError } from '../errors.js';
import { closestName } from '../util/closest-name.js';
import type { ColumnKind } from './column-pair.js';
import type { DriftTest } from './drift-test.js';
import { andersonTest } from './stattests/anderson.js';
import { chi2Test } from './stattests/chi2.js';
import { chisquareTest } from './stattests/chisquare.js';
import { cramerVonMisesTest } from './stattests/cramer-von-mises.js';
import { evidentlyJensenShannonTest } from './stattests/evidently-jensenshannon.js';
import { hellingerTest } from './stattests/hellinger.js';
import { jensenShannonTest } from './stattests/jensenshannon.js';
import { klDivTest } from './stattests/kl-div.js';
import { ksTest } from './stattests/ks.js';
import { mannWhitneyTest } from './stattests/mannw.js';
import { psiTest } from './stattests/psi.js';
import { tvdTest } from './stattests/tvd.js';
import { wassersteinTest } from './stattests/wasserstein.js';
import { zTest } from './stattests/z.js';

export class DriftTestRegistry {
  private readonly byId = new Map<string, DriftTest>();

  constructor(tests: readonly DriftTest[]) {
    for (const test of tests) {
      if (this.byId.has(test.id)) throw new Error(`drift test "${test.id}" is registered twice`);
      this.byId.set(test.id, test);
    }
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  get tests(): DriftTest[] {
    return [...this.byId.values()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The test with this id, checked against the column kind when one is given.
   * @param where the setting that named the test, for the message (`stattest`, `numeric-stattest`, …).
   * @param column the column it would run on, when there is one: the message names it and how to
   *   change its kind.
   * @throws ConfigurationError naming the valid ids (and the closest one), or the tests that apply.
   */
  get(id: string, kind?: ColumnKind, where = 'stattest', column?: string): DriftTest {
    const test = this.byId.get(id);
    if (!test) {
      const closest = closestName(id, this.ids);
      const hint = closest !== undefined ? ` (did you mean "${closest}"?)` : '';
      throw new ConfigurationError(`${where}: unknown drift test "${id}"${hint}; valid tests are auto, evidently, ${this.ids.join(', ')}`);
    }
    if (kind !== undefined && !test.columnTypes.includes(kind)) {
      const fitting = this.tests.filter((t) => t.columnTypes.includes(kind)).map((t) => t.id);
      const subject = column === undefined ? `${kind} columns` : `${kind} column "${column}"`;
      const other = kind === 'numeric' ? 'categorical' : 'numeric';
      const relist = column === undefined ? '' : `, or list "${column}" in ${other}-columns to compare it as ${other}`;
      // A test set for every column: the per-kind input gives it only the columns it applies to.
      const perKind = where === 'stattest' && test.columnTypes.length === 1 ? `; to run "${id}" on ${test.columnTypes[0]} columns only, set ${test.columnTypes[0]}-stattest instead` : '';
      throw new ConfigurationError(
        `${where}: drift test "${id}" does not apply to ${subject} (it takes ${test.columnTypes.join(' and ')} columns); tests for ${kind} columns are ${fitting.join(', ')}${relist}${perKind}`,
      );
    }
    return test;
  }
}

/** Every drift test mlgate offers. */
export const DRIFT_TESTS: readonly DriftTest[] = [
  ksTest,
  chi2Test,
  chisquareTest,
  zTest,
  psiTest,
  jensenShannonTest,
  evidentlyJensenShannonTest,
  wassersteinTest,
  hellingerTest,
  klDivTest,
  andersonTest,
  cramerVonMisesTest,
  mannWhitneyTest,
  tvdTest,
];

export const driftTests = new DriftTestRegistry(DRIFT_TESTS);
