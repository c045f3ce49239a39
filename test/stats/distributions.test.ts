import { describe, it } from 'vitest';
import { chiSquareCdf, chiSquareSf } from '../../src/stats/chi-square-distribution.js';
import { besselK } from '../../src/stats/bessel-k.js';
import { cramerVonMisesLimitCdf } from '../../src/stats/cramer-von-mises.js';
import { logGamma } from '../../src/stats/gamma.js';
import { kolmogorovSf, smirnovSf } from '../../src/stats/kolmogorov-distribution.js';
import { expectAbsolute, expectRelative, loadFixture } from './reference.js';

// Oracle: scipy 1.10.1 (scripts/reference/drift_stats.py distributions → test/fixtures/stats/distributions.json).
interface Table {
  rows: (number | null)[][];
}
const reference = loadFixture<{ chi2: Table; kstwo: Table; smirnov: Table; gammaln: Table; kv: Table; cvmInfCdf: Table }>('distributions.json');

describe('distribution functions against scipy', () => {
  it.each(reference.gammaln.rows)('gammaln(%d) to 1e-13 relative', (x, value) => {
    expectRelative(logGamma(x as number), value, 1e-13);
  });

  it.each(reference.chi2.rows)('chi2.sf/cdf(%d, df=%d): 1e-10 relative and 1e-12 absolute', (x, df, sf, cdf) => {
    const actualSf = chiSquareSf(x as number, df as number);
    if ((sf as number) > 1e-300) expectRelative(actualSf, sf, 1e-10, 'sf');
    expectAbsolute(actualSf, sf, 1e-12, 'sf');
    expectAbsolute(chiSquareCdf(x as number, df as number), cdf, 1e-12, 'cdf');
  });

  it.each(reference.kstwo.rows)('kstwo.sf(n=%d, d=%d) to 1e-10 absolute, 1e-7 relative', (n, d, sf) => {
    const actual = kolmogorovSf(n as number, d as number);
    expectAbsolute(actual, sf, 1e-10);
    if ((sf as number) > 1e-280) expectRelative(actual, sf, 1e-7);
  });

  it.each(reference.smirnov.rows)('smirnov(n=%d, d=%d) to 1e-10 absolute, 1e-8 relative', (n, d, sf) => {
    const actual = smirnovSf(n as number, d as number);
    expectAbsolute(actual, sf, 1e-10);
    if ((sf as number) > 1e-280) expectRelative(actual, sf, 1e-8);
  });

  it.each(reference.kv.rows)('kv(%d, %d) to 1e-12 relative', (nu, x, value) => {
    expectRelative(besselK(nu as number, x as number), value, 1e-12);
  });

  it.each(reference.cvmInfCdf.rows)("Cramér–von Mises limiting cdf at %d to 1e-12 absolute (scipy's _cdf_cvm_inf)", (x, cdf) => {
    expectAbsolute(cramerVonMisesLimitCdf(x as number), cdf, 1e-12);
  });
});
