/**
 * What the drift computation returns: data only, rendered afterwards. Field names follow the
 * drift-report result contract (DESIGN.md: columns[].name, type, test, reason, statistic, pValue,
 * adjustedPValue, threshold, drifted, scoreKind; dataset.columns, drifted, driftedShare, drift);
 * the rest is additional detail for the report.
 */
import type { Correction } from '../stats/multiple-testing.js';
import type { ColumnKind } from './column-pair.js';
import type { DriftComparison, ScoreKind } from './drift-test.js';
import type { ColumnDistribution } from './distribution.js';
import type { EffectSizeName } from './effect-size.js';

export type ColumnStatus = 'tested' | 'skipped';

/**
 * What the report shows for a tested column: `drifted` (significant, and the effect reaches the
 * floor), `small-shift` (significant, but the effect is below the floor: real, probably harmless,
 * shown with its reason), `stable` (not significant).
 */
export type DriftState = 'drifted' | 'small-shift' | 'stable' | 'skipped';

export interface NullDrift {
  /** Missing fraction of the reference and of the current sample. */
  reference: number;
  current: number;
  /** current − reference. */
  change: number;
  /** Pooled two-proportion z statistic and p-values; null when neither sample has a missing value. */
  statistic: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  threshold: number;
  minEffect: number;
  drifted: boolean;
}

/** One category's share of the reference and of the current rows. */
export interface CategoryShares {
  label: string;
  reference: number;
  current: number;
}

export interface ColumnDrift {
  name: string;
  type: ColumnKind;
  /** Where the type came from: the file's column type, or numeric-columns / categorical-columns. */
  typeSource: 'inferred' | 'configured';
  status: ColumnStatus;
  /** Test id, null when not tested. */
  test: string | null;
  testName: string | null;
  /** Why this test (or why none): shown in the report. */
  reason: string;
  /** How the test computed its answer (exact, asymptotic, permutation, bins, …). */
  detail: string | null;
  statistic: number | null;
  pValue: number | null;
  /** The p-value after the correction across columns (equal to pValue with correction none). */
  adjustedPValue: number | null;
  scoreKind: ScoreKind | null;
  /** The threshold the score (adjusted p-value or distance) is compared with, and how. */
  threshold: number | null;
  comparison: DriftComparison | null;
  /** The same measure for every column of a kind: normalised Wasserstein or Hellinger. */
  effectSize: { name: EffectSizeName; value: number } | null;
  /** The floor the effect size must reach for a p-value test to flag (0: no floor). */
  minEffect: number;
  /** Effect size in units of the default floor (1 ≈ a 0.1 standard-deviation shift); the report sorts by it. */
  strength: number;
  /** p-value tests: the corrected p-value passed the threshold (whatever the effect size). */
  significant: boolean | null;
  /** The values drifted (test decision, with the effect floor for p-value tests). */
  valueDrifted: boolean;
  nulls: NullDrift | null;
  /** valueDrifted or the missing fraction drifted. */
  drifted: boolean;
  /** extra: drifted, small shift (significant, effect below the floor), stable, or skipped. */
  state: DriftState;
  /** Non-missing values compared. */
  values: { reference: number; current: number };
  /** For the report's picture: 10 reference-quantile bins of a numeric column (raw proportions). */
  histogram: { edges: number[]; reference: number[]; current: number[] } | null;
  /**
   * extra, for the report's pictures of a numeric column: both samples' shares in equal-width bins
   * and each sample's quantiles (its ECDF) — see src/drift/distribution.ts.
   */
  distribution: ColumnDistribution | null;
  /** For the report: categories by how much their share moved (largest first, at most 10). */
  categories: (CategoryShares & { /** current − reference. */ change: number })[] | null;
}

/**
 * How a column's numbers were obtained when a side of the comparison is a profile
 * (src/profile/compare/drift-from-profile.ts), and how far they can be from the exact ones:
 * - `exact`: the profile holds the column exactly; the numbers are the raw data's;
 * - `bounded`: from the quantile sketch; the exact statistic, p-value, corrected p-value and effect
 *   size lie in the stated intervals (with probability ≥ 1 − 10⁻⁶ per sketch);
 * - `coarsened`: more categories than the profile counts: `auto` ran its test on the hash-sampled
 *   categories with the others pooled — a coarser test of the same hypothesis, not a bound on the
 *   full one (the reason says so);
 * - `refused`: the test needs what a profile does not keep; the column's values are not tested.
 * `undecided`: the column would be drifted at one end of its bounds and not at the other.
 */
export interface ColumnBounds {
  mode: 'exact' | 'bounded' | 'coarsened' | 'refused';
  reason: string;
  statisticBounds: [number, number] | null;
  pValueBounds: [number, number] | null;
  adjustedPValueBounds: [number, number] | null;
  effectBounds: [number, number] | null;
  /** The rank error of the quantile sketches behind a bounded column (both sides added). */
  rankError: number | null;
  undecided: boolean;
}

/** Which side of the comparison was a profile, and what it summarised. */
export interface ProfileSideInfo {
  /** The file (or table) it summarises, and its engine. */
  readonly input: string;
  readonly engine: string;
  readonly rows: number;
}

export interface DriftOutcome {
  stattest: string;
  correction: Correction;
  driftShare: number;
  rows: { reference: number; current: number };
  columns: ColumnDrift[];
  dataset: {
    /** Columns that were tested (value or missing-value test). */
    columns: number;
    drifted: number;
    driftedShare: number;
    drift: boolean;
    /** extra: tested columns with a significant change whose effect is below the floor. */
    smallShifts: number;
  };
  /** Things the user should know that are not about one column's result (columns left out, …). */
  notes: string[];
  /** When a side is a profile: per compared column, how its numbers were obtained and their bounds. */
  profile?: Record<string, ColumnBounds>;
  /** When a side is a profile: which (null: that side is rows). */
  profiles?: { reference: ProfileSideInfo | null; current: ProfileSideInfo | null };
  /**
   * When a side is a profile: the dataset's measures at the two ends of every column's bounds
   * (least drift, most drift); equal ends when every decision is certain.
   */
  datasetBounds?: { drifted: [number, number]; driftedShare: [number, number]; drift: [boolean, boolean] };
}
