/**
 * The explicit list of drift tests. Adding a test means adding its descriptor file and one line
 * here; a duplicate id is refused when the registry is built, and asking for an unknown id is a
 * ConfigurationError that lists the valid ones.
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
   * @throws ConfigurationError naming the valid ids (and the closest one), or the kinds the test accepts.
   */
  get(id: string, kind?: ColumnKind, where = 'stattest'): DriftTest {
    const test = this.byId.get(id);
    if (!test) {
      const closest = closestName(id, this.ids);
      const hint = closest !== undefined ? ` (did you mean "${closest}"?)` : '';
      throw new ConfigurationError(`${where}: unknown drift test "${id}"${hint}; valid tests are auto, evidently, ${this.ids.join(', ')}`);
    }
    if (kind !== undefined && !test.columnTypes.includes(kind)) {
      const fitting = this.tests.filter((t) => t.columnTypes.includes(kind)).map((t) => t.id);
      throw new ConfigurationError(
        `${where}: drift test "${id}" does not apply to ${kind} columns (it takes ${test.columnTypes.join(' and ')}); tests for ${kind} columns are ${fitting.join(', ')}`,
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
