/**
 * Compensated (Neumaier) summation: long sums of a million terms keep about full double precision,
 * so results agree with numpy's pairwise sums to far better than 1e-12 relative.
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

/** Σ values, compensated. */
export function compensatedSum(values: ArrayLike<number>): number {
  const sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]);
  return sum.value;
}

/**
 * Standard deviation √(Σ (x − x̄)² / (n − ddof)), two passes with compensated sums, as numpy's
 * np.std(x, ddof). Domain: n > ddof (NaN otherwise). Range ≥ 0.
 * @example standardDeviation(Float64Array.of(1, 2, 3, 4), 0) // 1.118033988749895
 */
export function standardDeviation(values: ArrayLike<number>, ddof = 0): number {
  const n = values.length;
  if (n - ddof <= 0) return NaN;
  const mean = compensatedSum(values) / n;
  const squares = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares.add(d * d);
  }
  return Math.sqrt(squares.value / (n - ddof));
}
