/** What a validation returns (validate-data's result object, DESIGN.md contract, plus the fields marked extra). */
import type { ColumnProfile } from './profile.js';
import type { CheckResult } from './result.js';
import type { ValidationColumn } from './validate-table.js';

/** A check result, with its file when several files were validated together. */
export type FileCheckResult = CheckResult & { file?: string };

export interface FileValidation {
  file: string;
  rows: number;
  columns: ValidationColumn[];
  profile: ColumnProfile[];
}

export interface ValidationOutcome {
  /** All rows, summed over the files. */
  rows: number;
  /** The first file's columns (every file's are in `files`). */
  columns: ValidationColumn[];
  checks: FileCheckResult[];
  /** extra: each file validated, with its per-column profile. */
  files: FileValidation[];
  /** extra: where the schema came from: its file, or `inferred from <reference>`. */
  schemaSource: string;
  /** extra: set when the run only inferred a schema and wrote it here. */
  inferredSchema: string | null;
}
