/** Profiles: a mergeable, versioned summary of a dataset (docs/profile.md). */
export * from './format.js';
export { ProfileBuilder, profileTable, resolveSettings, type BuildOptions } from './build.js';
export { mergeAll, mergeProfiles } from './merge.js';
export { parseProfile, readProfile, serialiseProfile } from './serialise.js';
