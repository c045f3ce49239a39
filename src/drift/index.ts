/**
 * The drift layer's public surface, for the drift-report action, the CLI and the report renderer.
 * computeDrift is pure: two Tables and a configuration in, a DriftOutcome (data only) out.
 */
export { computeDrift, sortByDriftStrength, thresholdFor } from './compute-drift.js';
export { resolveDriftConfig, DEFAULT_ALPHA, DEFAULT_CORRECTION, DEFAULT_DRIFT_SHARE, DEFAULT_MIN_EFFECT } from './config.js';
export type { DriftConfig, DriftThresholds, MinimumEffect, ResolvedDriftConfig } from './config.js';
export type { ColumnDrift, ColumnStatus, DriftOutcome, NullDrift } from './outcome.js';
export type { DriftTest, ScoreKind, DriftComparison, TestResult } from './drift-test.js';
export type { ColumnKind } from './column-pair.js';
export type { EffectSizeName } from './effect-size.js';
export { DRIFT_TESTS, driftTests } from './registry.js';
export { CORRECTIONS, type Correction } from '../stats/multiple-testing.js';
