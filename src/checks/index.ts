/** The validate-data engine: checks over a loaded table, results as data. */
export { validateTable, columnChecks } from './validate-table.js';
export type { ValidationResult, ValidationColumn, ValidateOptions } from './validate-table.js';
export type { CheckResult, CheckName, CheckStatus, Example } from './result.js';
export { SAMPLE_LIMIT } from './result.js';
export type { ColumnProfile, Histogram } from './profile.js';
export { HISTOGRAM_BINS } from './profile.js';
