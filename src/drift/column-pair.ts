/**
 * One column of the reference and of the current table, prepared once and shared by every test
 * that looks at it: numeric values finite-only and sorted (each sort is the expensive step at a
 * million rows, so it happens exactly once per side), categorical values as counts aligned on the
 * union of categories. Derived views (tie groups, category counts of a numeric column, the
 * reference standard deviation) are computed on first use and cached.
 */
import { ecdfDistances, type EcdfDistances } from '../stats/ecdf-distances.js';
import { poolTies, type PooledTies } from '../stats/pooled-ties.js';
import { standardDeviation } from '../stats/summation.js';

export type ColumnKind = 'numeric' | 'categorical';

/** Counts of the same categories in both samples. */
export interface CategoryCounts {
  readonly labels: readonly string[];
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

export class NumericPair {
  readonly kind = 'numeric' as const;
  private pooledCache: PooledTies | undefined;
  private stdCache: number | undefined;
  private ecdfCache: EcdfDistances | undefined;

  /** Both arrays sorted ascending and finite (missing and ±Infinity already removed). */
  constructor(
    readonly reference: Float64Array,
    readonly current: Float64Array,
  ) {}

  /** Distinct values of both samples with their counts (one merge, cached). */
  get pooled(): PooledTies {
    this.pooledCache ??= poolTies(this.reference, this.current);
    return this.pooledCache;
  }

  /** KS statistic and Wasserstein distance of the two samples (one merge, cached). */
  get ecdf(): EcdfDistances {
    this.ecdfCache ??= ecdfDistances(this.reference, this.current);
    return this.ecdfCache;
  }

  /** Each distinct value as a category, for tests that compare value frequencies. */
  get categories(): CategoryCounts {
    const pooled = this.pooled;
    return {
      labels: Array.from(pooled.values, (v) => String(v)),
      reference: Float64Array.from(pooled.countA),
      current: Float64Array.from(pooled.countB),
    };
  }

  /** Population standard deviation of the reference (np.std, ddof = 0). */
  get referenceStd(): number {
    this.stdCache ??= standardDeviation(this.reference, 0);
    return this.stdCache;
  }

  /** Number of distinct values in both samples together, counted up to `limit` + 1 and no further. */
  distinctUpTo(limit: number): number {
    const a = this.reference;
    const b = this.current;
    let i = 0;
    let j = 0;
    let distinct = 0;
    while ((i < a.length || j < b.length) && distinct <= limit) {
      const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      while (i < a.length && a[i] === value) i++;
      while (j < b.length && b[j] === value) j++;
      distinct++;
    }
    return distinct;
  }
}

export class CategoricalPair {
  readonly kind = 'categorical' as const;

  constructor(readonly categories: CategoryCounts) {}

  get referenceTotal(): number {
    return total(this.categories.reference);
  }

  get currentTotal(): number {
    return total(this.categories.current);
  }

  /** Categories present in either sample. */
  get distinct(): number {
    let n = 0;
    for (let k = 0; k < this.categories.labels.length; k++) if (this.categories.reference[k] + this.categories.current[k] > 0) n++;
    return n;
  }
}

export type ColumnPair = NumericPair | CategoricalPair;

/** Category counts of either kind of pair (a numeric column's distinct values are its categories). */
export function categoryCounts(pair: ColumnPair): CategoryCounts {
  return pair.categories;
}

/** Non-missing values on each side. */
export function sampleSizes(pair: ColumnPair): { reference: number; current: number } {
  return pair.kind === 'numeric'
    ? { reference: pair.reference.length, current: pair.current.length }
    : { reference: pair.referenceTotal, current: pair.currentTotal };
}

function total(counts: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < counts.length; k++) sum += counts[k];
  return sum;
}
