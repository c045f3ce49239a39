/** validate-data: a dataset (or several) checked against a schema → findings with rows → gates → report. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateTable, type CheckResult } from '../../checks/index.js';
import { checkGateSubjects, countedStatuses, evaluateGates, type GateCatalogue, type GateTarget } from '../../gates/evaluate-gates.js';
import { expandFileInput, loadTable, type Table } from '../../io/index.js';
import { verdictOf } from '../../result.js';
import type { ActionDefinition } from '../../run/action-definition.js';
import { inferSchema, inferredSchemaHeader, loadOptionsFor, readSchemaFile, renderSchemaYaml, type Schema } from '../../schema/index.js';
import { VALIDATE_DATA_INPUTS, readValidateDataConfig, type ValidateDataConfig } from './inputs.js';
import { renderValidateData } from './render.js';
import type { FileValidation, ValidateDataResult } from './result.js';

const COLUMN_FIELDS = ['null_fraction', 'nulls', 'distinct', 'invalid'] as const;

export const VALIDATE_DATA_GATES: GateCatalogue = {
  metrics: ['failed_checks', 'warned_checks', 'error_checks', 'rows'],
  fields: [],
  patterns: [{ pattern: new RegExp(`^.+\\.(${COLUMN_FIELDS.join('|')})$`), describe: `<column>.${COLUMN_FIELDS.join('|')}` }],
};

export const validateData: ActionDefinition<ValidateDataConfig, ValidateDataResult> = {
  name: 'validate-data',
  title: 'Data validation',
  description: 'Checks a dataset against a schema (declared, or inferred from a reference): columns, types, nulls, ranges, allowed values, patterns, uniqueness, row counts — naming every offending row.',
  inputs: VALIDATE_DATA_INPUTS,
  outputs: [
    { name: 'failed-checks', description: 'How many checks failed.' },
    { name: 'rows', description: 'Rows validated (all files).' },
  ],
  outputDefaults: { 'failed-checks': '0', rows: '0' },

  configure(reader) {
    const config = readValidateDataConfig(reader);
    checkGateSubjects(config.gates, VALIDATE_DATA_GATES);
    return config;
  },

  async execute(config, { logger }) {
    if (config.inferSchema) return inferAndWrite(config);
    const { schema, source } = await resolveSchema(config);
    const loadOptions = withNullValues(loadOptionsFor(schema), config.nullValues);
    const reference = config.schema && config.reference ? await loadTable(config.reference, loadOptions) : undefined;
    const paths = expandFileInput(config.data);
    const files: FileValidation[] = [];
    const checks: (CheckResult & { file?: string })[] = [];
    for (const path of paths) {
      const table = await loadTable(path, loadOptions);
      const validation = validateTable(table, schema, { reference });
      logger.info(`validate-data: ${path}: ${table.rowCount} rows, ${validation.checks.filter((c) => c.status === 'fail').length} failed checks`);
      files.push({ file: path, rows: validation.rows, columns: validation.columns, profile: validation.profile });
      checks.push(...validation.checks.map((c) => (paths.length > 1 ? { ...c, file: path } : c)));
    }
    return finish(config, { rows: files.reduce((n, f) => n + f.rows, 0), columns: files[0].columns, checks, files, schemaSource: source, inferredSchema: null });
  },

  render: (result, _config, common) => renderValidateData(result, common),

  outputValues: (result) => ({ 'failed-checks': String(result.checks.filter((c) => c.status === 'fail').length), rows: String(result.rows) }),
};

type Findings = Omit<ValidateDataResult, 'schemaVersion' | 'action' | 'verdict' | 'gates'>;

function finish(config: ValidateDataConfig, findings: Findings): ValidateDataResult {
  const gates = evaluateGates(config.gates, VALIDATE_DATA_GATES, (metric, _field, subject) => resolveGate(findings, metric, subject));
  const statuses = [...findings.checks.map((c) => c.status), ...countedStatuses(gates, config.gates, { inconclusive: 'fail' })];
  return { schemaVersion: 1, action: 'validate-data', verdict: verdictOf(statuses), gates, ...findings };
}

function resolveGate(findings: Findings, metric: string, subject: string): GateTarget | undefined {
  const count = (status: string) => findings.checks.filter((c) => c.status === status).length;
  if (metric === 'failed_checks') return { observed: count('fail') };
  if (metric === 'warned_checks') return { observed: count('warn') };
  if (metric === 'error_checks') return { observed: count('error') };
  if (metric === 'rows') return { observed: findings.rows };
  const dot = subject.lastIndexOf('.');
  const column = subject.slice(0, dot);
  const field = subject.slice(dot + 1);
  const profiles = findings.files.flatMap((f) => f.profile.filter((p) => p.name === column));
  if (profiles.length === 0) return { observed: null, status: 'error', reason: `no column "${column}" in the data` };
  // Across several files: the worst file for a fraction, the sum for counts.
  if (field === 'null_fraction') {
    const fractions = profiles.map((p) => p.nullFraction).filter((v): v is number => v !== null);
    return fractions.length > 0 ? { observed: Math.max(...fractions) } : { observed: null, status: 'skipped', reason: 'no rows' };
  }
  if (field === 'nulls') return { observed: profiles.reduce((n, p) => n + p.nulls, 0) };
  if (field === 'invalid') return { observed: profiles.reduce((n, p) => n + p.invalid, 0) };
  return { observed: Math.max(...profiles.map((p) => p.distinct)) };
}

async function resolveSchema(config: ValidateDataConfig): Promise<{ schema: Schema; source: string }> {
  if (config.schema) return { schema: await readSchemaFile(config.schema), source: config.schema };
  const reference = await loadTable(config.reference!, { nullValues: config.nullValues, allowEmpty: true });
  return { schema: inferSchema(reference, { nullValues: config.nullValues }), source: `inferred from ${config.reference}` };
}

/** `infer-schema`: write the schema inferred from the reference (or the data) and validate that source against it. */
async function inferAndWrite(config: ValidateDataConfig): Promise<ValidateDataResult> {
  const source = config.reference ?? expandFileInput(config.data)[0];
  const table: Table = await loadTable(source, { nullValues: config.nullValues, allowEmpty: true });
  const schema = inferSchema(table, { nullValues: config.nullValues });
  const path = config.inferSchema!;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderSchemaYaml(schema, { header: inferredSchemaHeader(table) }));
  const reloaded = await loadTable(source, withNullValues(loadOptionsFor(schema), config.nullValues));
  const validation = validateTable(reloaded, schema);
  return finish(config, {
    rows: validation.rows,
    columns: validation.columns,
    checks: validation.checks,
    files: [{ file: source, rows: validation.rows, columns: validation.columns, profile: validation.profile }],
    schemaSource: `inferred from ${source}`,
    inferredSchema: path,
  });
}

function withNullValues<T extends { nullValues: string[] }>(options: T, extra: readonly string[]): T {
  return { ...options, nullValues: [...new Set([...options.nullValues, ...extra])] };
}
