/** Profiles: a mergeable, versioned summary of a dataset (docs/profile.md). */
export * from './format.js';
export { ProfileBuilder, profileTable, resolveSettings, type BuildOptions } from './build.js';
export { mergeAll, mergeProfiles } from './merge.js';
export { parseProfile, readProfile, serialiseProfile } from './serialise.js';
export { profileStreaming, type StreamingOptions } from './engines/streaming.js';
export { computeDriftFromProfile, type ProfileColumnNote, type ProfileDriftOutcome } from './compare/drift-from-profile.js';
export { referenceChecksFromProfile, referenceRowCountFromProfile } from './compare/reference-checks.js';
// The SQL engines are imported from their files (engines/duckdb.ts, engines/clickhouse.ts), so a
// bundle that only reads profiles carries no SQL layer.
