/**
 * validate-data's flow below the runner: the schema (declared, or inferred from a reference),
 * then every data file checked against it. Each file is validated as soon as it is read, with the
 * pure validateTable, so a glob of many files never holds more than one table in memory; the
 * outcome is assembled from the per-file results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { expandFileInput, loadTable, type Table } from '../io/index.js';
import { loadOptionsFor, readSchemaFile, renderSchemaYaml, type Schema } from '../schema/index.js';
import { inferSchema, inferredSchemaHeader } from './infer-schema.js';
import type { RowSample, SampledTable } from '../io/row-sample.js';
import type { Logger } from '../logger.js';
import type { FileCheckResult, FileValidation, ValidationOutcome } from './validation-outcome.js';
import type { ValidationSettings } from './validation-settings.js';
import { validateTable, type ReferenceSummary, type ValidationResult } from './validate-table.js';

export interface ValidatedFiles {
  readonly schemaSource: string;
  readonly inferredSchema: string | null;
  readonly files: readonly { readonly path: string; readonly validation: ValidationResult }[];
}

/**
 * A reader of references that are summaries rather than rows (profiles: the action passes one
 * built from src/profile/); undefined for a file of rows.
 */
export type SummaryReader = (path: string, nullValues: readonly string[]) => SummaryReference | undefined;

export interface SummaryReference {
  readonly summary: ReferenceSummary;
  /** The schema inferred from it, with the YAML header of an inferred schema. */
  inferSchema(): { schema: Schema; header: string[] };
}

export async function validateFiles(settings: ValidationSettings, logger: Logger, sample?: RowSample, readSummary: SummaryReader = () => undefined): Promise<ValidatedFiles> {
  const summary = settings.reference ? readSummary(settings.reference, settings.nullValues) : undefined;
  if (settings.inferSchema) return summary ? inferFromSummaryAndValidate(settings, settings.inferSchema, summary, sample) : inferAndValidate(settings, settings.inferSchema);
  const { schema, source } = summary && !settings.schema ? { schema: summary.inferSchema().schema, source: `inferred from the profile ${settings.reference}` } : await resolveSchema(settings);
  const loadOptions = withNullValues(loadOptionsFor(schema), settings.nullValues);
  const reference = settings.schema && settings.reference ? (summary?.summary ?? (await loadTable(settings.reference, loadOptions))) : undefined;
  const files: { path: string; validation: ValidationResult }[] = [];
  for (const path of expandFileInput(settings.data)) {
    const table = await loadTable(path, { ...loadOptions, sample });
    const validation = inOriginalRows(validateTable(table, schema, { reference }), table);
    logger.info(`validate-data: ${path}: ${table.rowCount} rows, ${validation.checks.filter((c) => c.status === 'fail').length} failed checks`);
    files.push({ path, validation });
  }
  return { schemaSource: source, inferredSchema: null, files };
}

/** The outcome of every file's checks together (pure). */
export function validationOutcome(validated: ValidatedFiles): ValidationOutcome {
  const multiple = validated.files.length > 1;
  const files: FileValidation[] = validated.files.map(({ path, validation }) => ({ file: path, rows: validation.rows, columns: validation.columns, profile: validation.profile }));
  const checks: FileCheckResult[] = validated.files.flatMap(({ path, validation }) => validation.checks.map((c) => (multiple ? { ...c, file: path } : c)));
  if (checks.length === 0) {
    throw new ConfigurationError(`the schema (${validated.schemaSource}) has no checks to run on ${files.map((f) => f.file).join(', ')}: declare columns or table rules (rows, unique, …)`);
  }
  return {
    rows: files.reduce((n, f) => n + f.rows, 0),
    columns: files[0].columns,
    checks,
    files,
    schemaSource: validated.schemaSource,
    inferredSchema: validated.inferredSchema,
  };
}

async function resolveSchema(settings: ValidationSettings): Promise<{ schema: Schema; source: string }> {
  if (settings.schema) return { schema: await readSchemaFile(settings.schema), source: settings.schema };
  const reference = await loadTable(settings.reference!, { nullValues: settings.nullValues, allowEmpty: true });
  return { schema: inferSchema(reference, { nullValues: settings.nullValues }), source: `inferred from ${settings.reference}` };
}

/** `infer-schema`: write the schema inferred from the reference (or the data) and validate that source against it. */
async function inferAndValidate(settings: ValidationSettings, path: string): Promise<ValidatedFiles> {
  const source = settings.reference ?? expandFileInput(settings.data)[0];
  const table: Table = await loadTable(source, { nullValues: settings.nullValues, allowEmpty: true });
  const schema = inferSchema(table, { nullValues: settings.nullValues });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderSchemaYaml(schema, { header: inferredSchemaHeader(table) }));
  const reloaded = await loadTable(source, withNullValues(loadOptionsFor(schema), settings.nullValues));
  return { schemaSource: `inferred from ${source}`, inferredSchema: path, files: [{ path: source, validation: validateTable(reloaded, schema) }] };
}

/** `infer-schema` with a profile as the reference: write the schema inferred from it, and validate the data against it. */
async function inferFromSummaryAndValidate(settings: ValidationSettings, path: string, summary: SummaryReference, sample: RowSample | undefined): Promise<ValidatedFiles> {
  const { schema, header } = summary.inferSchema();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderSchemaYaml(schema, { header }));
  const loadOptions = withNullValues(loadOptionsFor(schema), settings.nullValues);
  const files: { path: string; validation: ValidationResult }[] = [];
  for (const data of expandFileInput(settings.data)) {
    const table = await loadTable(data, { ...loadOptions, sample });
    files.push({ path: data, validation: inOriginalRows(validateTable(table, schema), table) });
  }
  return { schemaSource: `inferred from the profile ${settings.reference}`, inferredSchema: path, files };
}

/** A sampled table's findings name the rows of the file, not of the sample. */
function inOriginalRows(validation: ValidationResult, table: Table): ValidationResult {
  const rowNumbers = (table as Partial<SampledTable>).rowNumbers;
  if (!rowNumbers) return validation;
  return { ...validation, checks: validation.checks.map((c) => ({ ...c, unexpectedRows: c.unexpectedRows.map((r) => rowNumbers[r - 1] ?? r) })) };
}

function withNullValues<T extends { nullValues: string[] }>(options: T, extra: readonly string[]): T {
  return { ...options, nullValues: [...new Set([...options.nullValues, ...extra])] };
}
