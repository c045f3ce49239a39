/** What a comparison returns (compare-champion's result object, DESIGN.md contract, plus the fields marked extra). */
import type { Direction, Task } from '../metrics/catalogue.js';
import type { DiscordantPairs, ErrorTest } from '../metrics/paired-comparison.js';
import type { PairedClassMetrics } from '../metrics/paired-per-class.js';
import type { PairedCurve, PairedOperatingPoint } from '../metrics/paired-ranking-bootstrap.js';

export type { DiscordantPairs, Direction, ErrorTest };

/**
 * One metric of both models (the DESIGN.md `metrics.<name>` entry, plus the fields marked extra).
 * delta = challenger − champion; `ci` is the interval of delta.
 */
export interface ComparedMetric {
  /** null on a first run, or when undefined for this data (see `note`). */
  champion: number | null;
  challenger: number | null;
  delta: number | null;
  ci: [number, number] | null;
  /** Two-sided p-value of "no difference". */
  pValue: number | null;
  /** extra: set when pValue is the test's floor (a bootstrap's 2/(B + 1)): the p-value is at most this. */
  pValueAtFloor?: true;
  /** The test behind the p-value: `mcnemar-exact`, `mcnemar-chi-square-corrected`, `delong`, `bootstrap-multinomial`, `paired-t`, `analytic`. */
  test: string | null;
  /** extra: how `ci` was computed, when it differs from `test` (accuracy: `newcombe`). */
  ciMethod: string | null;
  /** extra: which way is better for this metric. */
  direction: Direction;
  /**
   * extra: the smallest true difference this comparison detects with 80% power at the chosen
   * confidence, from the standard error implied by the interval's width.
   */
  minimalDetectableDifference: number | null;
  /** extra: the challenger's own interval (first run, or when a `.lower`/`.upper` gate asks for it). */
  challengerCi?: [number, number] | null;
  note?: string;
}

export interface SliceComparison {
  rows: number;
  metrics: Record<string, ComparedMetric>;
  /** extra: set when the slice has fewer paired rows than min-slice-rows (shown, decides no gate). */
  belowMinRows?: true;
}

/** extra: how the rows of the two files were paired. */
export interface JoinSummary {
  by: 'id' | 'position';
  idColumn: string | null;
  paired: number;
  championRows: number;
  challengerRows: number;
  /** Rows whose id is only in one file (allow-partial), with a few example ids. */
  onlyChampion: { count: number; examples: string[] };
  onlyChallenger: { count: number; examples: string[] };
}

export interface ComparisonOutcome {
  task: Task;
  /** extra: how the task was decided. */
  taskReason: string;
  /** Paired rows compared (the challenger's rows on a first run). */
  rows: number;
  labels: string[] | null;
  /** extra: binary only. */
  positiveLabel: string | null;
  /** extra: the champion file, or null on a first run. */
  champion: { file: string; rows: number } | null;
  /** extra: the challenger file. */
  challenger: { file: string; rows: number };
  /** extra: why there is no champion (first run), else null. */
  firstRun: string | null;
  join: JoinSummary | null;
  metrics: Record<string, ComparedMetric>;
  discordantPairs: DiscordantPairs | null;
  errorTests: { absoluteError: ErrorTest; squaredError: ErrorTest } | null;
  /** Per slice column and value: the comparison on those rows. */
  slices: Record<string, Record<string, SliceComparison>>;
  /** extra: classification — per class, both models' precision, recall, F1 and one-vs-rest AUC, Δ with a paired interval. */
  perClass: PairedClassMetrics[] | null;
  /** extra: binary with scores — the operating points the gates name, both models and Δ (paired bootstrap). */
  operatingPoints: Record<string, PairedOperatingPoint>;
  /** extra: binary with scores — both models' ROC and precision–recall curves on one grid, with the pointwise Δ. */
  curves: { roc: PairedCurve | null; pr: PairedCurve | null; /** Resamples behind the bands (comparison.ts curveResamples). */ resamples: number } | null;
  /** extra: notes a reviewer should see (partial join, skipped gates). */
  notes: string[];
  /** extra: the settings that shape the numbers, so a report can be reproduced. */
  settings: { confidence: number; bootstrapSamples: number; seed: number; minSliceRows: number };
}
