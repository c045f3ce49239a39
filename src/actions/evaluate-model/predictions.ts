/**
 * A predictions file → the typed arrays the metrics take, with the task decided and every
 * row-level problem reported as a DataError naming the row.
 */
import { DataError } from '../../errors.js';
import { loadTable } from '../../io/index.js';
import { columnNames, getColumn, isNumeric, labelCodes, numericValues, type Column, type Table } from '../../io/table.js';
import type { EvaluateModelConfig, Task } from './inputs.js';

/** Integer-valued targets with more distinct values than this are treated as regression. */
const MAX_CLASSES_BEFORE_REGRESSION = 50;
/** Per-row probabilities must sum to 1 within this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;

export interface SliceColumn {
  readonly name: string;
  /** Code per row into `values`; -1 for a missing value (such rows belong to no slice). */
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

interface PreparedBase {
  readonly rows: number;
  readonly taskReason: string;
  readonly slices: readonly SliceColumn[];
}

export interface PreparedRegression extends PreparedBase {
  readonly task: 'regression';
  readonly yTrue: Float64Array;
  readonly yPred: Float64Array;
}

export interface PreparedClassification extends PreparedBase {
  readonly task: 'binary' | 'multiclass';
  /** Class labels in sorted order (numeric order when all are numbers), as scikit-learn orders them. */
  readonly labels: readonly string[];
  readonly yTrue: Int32Array;
  readonly yPred: Int32Array;
  /** Binary: index of the positive class in `labels`, and why it was chosen. */
  readonly positive?: number;
  readonly positiveReason?: string;
  /** Binary: the positive-class score per row. */
  readonly score?: Float64Array;
  /** Per-class probabilities in `labels` order (multiclass, or binary given as two columns). */
  readonly probabilities?: readonly Float64Array[];
}

export type PreparedPredictions = PreparedRegression | PreparedClassification;

export async function readPredictions(config: EvaluateModelConfig): Promise<PreparedPredictions> {
  const table = await loadTable(config.predictions, { nullValues: config.nullValues });
  const truth = getColumn(table, config.labelColumn);
  const predicted = getColumn(table, config.predictionColumn);
  requireNoMissing(table, truth);
  requireNoMissing(table, predicted);
  const slices = config.sliceColumns.map((name) => sliceColumn(getColumn(table, name)));
  const { task, reason } = decideTask(config.task, truth, predicted);
  if (task === 'regression') {
    return {
      task,
      taskReason: reason,
      rows: table.rowCount,
      slices,
      yTrue: numericValues(table, config.labelColumn),
      yPred: numericValues(table, config.predictionColumn),
    };
  }
  return prepareClassification(table, config, task, reason, truth, predicted, slices);
}

function requireNoMissing(table: Table, column: Column): void {
  if (column.nullCount === 0) return;
  const row = firstMissingRow(column);
  throw new DataError('the value is missing (every row needs a label and a prediction)', { file: table.source, column: column.name, row });
}

function firstMissingRow(column: Column): number {
  if (isNumeric(column)) return column.values.findIndex((v) => Number.isNaN(v)) + 1;
  return column.codes.indexOf(-1) + 1;
}

/** The task given, or inferred from the truth column with the reason stated. */
export function decideTask(given: Task | undefined, truth: Column, predicted: Column): { task: Task; reason: string } {
  if (given) return { task: given, reason: 'given by the task input' };
  if (isNumeric(truth) && truth.type !== 'boolean') {
    const values = truth.values;
    let fractional = false;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isInteger(values[i])) {
        fractional = true;
        break;
      }
    }
    if (fractional) return { task: 'regression', reason: `${truth.name} holds fractional numbers` };
    const distinct = new Set(values).size;
    if (distinct > MAX_CLASSES_BEFORE_REGRESSION) {
      return { task: 'regression', reason: `${truth.name} holds ${distinct} distinct whole numbers (more than ${MAX_CLASSES_BEFORE_REGRESSION})` };
    }
  }
  const classes = new Set([...labelCodes(truth).dictionary, ...labelCodes(predicted).dictionary]).size;
  return classes <= 2
    ? { task: 'binary', reason: `${classes} classes in ${truth.name} and ${predicted.name}` }
    : { task: 'multiclass', reason: `${classes} classes in ${truth.name} and ${predicted.name}` };
}

function prepareClassification(
  table: Table,
  config: EvaluateModelConfig,
  task: 'binary' | 'multiclass',
  taskReason: string,
  truth: Column,
  predicted: Column,
  slices: readonly SliceColumn[],
): PreparedClassification {
  const probabilityColumns = config.scoreColumns ? matchScoreColumns(table, config.scoreColumns) : [];
  const truthLabels = labelCodes(truth);
  const predictedLabels = labelCodes(predicted);
  const declared = config.labels.length > 0 ? config.labels : probabilityColumns.map((c) => c.label);
  const labels = sortLabels(declared.length > 0 ? declared : truthLabels.dictionary);
  if (new Set(labels).size !== labels.length) throw new DataError('the class labels are not distinct', { file: table.source });
  const hint = config.labels.length > 0 || probabilityColumns.length > 0 ? '' : ' (if the class is absent from the true labels by chance, list every class in the labels input)';
  const yTrue = recode(table, truth.name, truthLabels, labels, '');
  const yPred = recode(table, predicted.name, predictedLabels, labels, hint);
  if (task === 'binary' && labels.length > 2) {
    throw new DataError(`the task is binary but there are ${labels.length} classes (${labels.join(', ')})`, { file: table.source });
  }
  const base = { task, taskReason, rows: table.rowCount, slices, labels, yTrue, yPred };
  const probabilities = probabilityColumns.length > 0 ? readProbabilities(table, probabilityColumns, labels) : undefined;
  if (task === 'multiclass') return { ...base, probabilities };

  const { positive, positiveReason } = choosePositive(labels, config.positiveLabel, table.source);
  let score: Float64Array | undefined;
  if (config.scoreColumn) {
    score = numericValues(table, config.scoreColumn);
    const missing = score.findIndex((v) => Number.isNaN(v));
    if (missing >= 0) throw new DataError('the score is missing', { file: table.source, column: config.scoreColumn, row: missing + 1 });
  } else if (probabilities && positive >= 0) {
    score = probabilities[positive];
  }
  return { ...base, positive, positiveReason, score, probabilities };
}

interface ProbabilityColumn {
  readonly column: string;
  readonly label: string;
}

/** Columns matching a glob such as `proba_*`; the class label is what the `*` matched. */
function matchScoreColumns(table: Table, glob: string): ProbabilityColumn[] {
  const [prefix, ...rest] = glob.split('*');
  const suffix = rest.join('*');
  const matched = columnNames(table)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length)
    .map((name) => ({ column: name, label: name.slice(prefix.length, name.length - suffix.length) }));
  if (matched.length === 0) {
    throw new DataError(`no column matches score-columns "${glob}"; the columns are ${columnNames(table).join(', ')}`, { file: table.source });
  }
  return matched;
}

function readProbabilities(table: Table, columns: readonly ProbabilityColumn[], labels: readonly string[]): Float64Array[] {
  const byLabel = new Map(columns.map((c) => [c.label, c.column]));
  const missing = labels.filter((l) => !byLabel.has(l));
  if (missing.length > 0) {
    throw new DataError(`no probability column for class ${missing.map((l) => `"${l}"`).join(', ')}`, { file: table.source });
  }
  const arrays = labels.map((label) => {
    const name = byLabel.get(label)!;
    const values = numericValues(table, name);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(v >= 0 && v <= 1)) {
        throw new DataError(Number.isNaN(v) ? 'the probability is missing' : `probability ${v} is outside [0, 1]`, { file: table.source, column: name, row: i + 1 });
      }
    }
    return values;
  });
  for (let i = 0; i < table.rowCount; i++) {
    let sum = 0;
    for (const a of arrays) sum += a[i];
    if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
      throw new DataError(`the class probabilities sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, { file: table.source, row: i + 1 });
    }
  }
  return arrays;
}

/** Numbers in numeric order, otherwise text order — the order numpy's unique gives scikit-learn. */
export function sortLabels(labels: readonly string[]): string[] {
  const unique = [...new Set(labels)];
  const numeric = unique.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return numeric ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function recode(table: Table, column: string, source: { codes: Int32Array; dictionary: readonly string[] }, labels: readonly string[], hint: string): Int32Array {
  const index = new Map(labels.map((l, i) => [l, i]));
  const numericLabels = labels.every((l) => Number.isFinite(Number(l)));
  const mapping = source.dictionary.map((d) => index.get(d) ?? (numericLabels ? index.get(String(Number(d))) : undefined) ?? -1);
  const out = new Int32Array(source.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = mapping[source.codes[i]];
    if (code < 0) {
      throw new DataError(`label "${source.dictionary[source.codes[i]]}" is not one of the classes (${labels.join(', ')})${hint}`, { file: table.source, column, row: i + 1 });
    }
    out[i] = code;
  }
  return out;
}

/** The positive class of a binary task, with the reason; scikit-learn's pos_label=1 convention. */
function choosePositive(labels: readonly string[], given: string | undefined, file: string): { positive: number; positiveReason: string } {
  if (given !== undefined) {
    const index = labels.indexOf(given);
    if (index < 0) throw new DataError(`positive-label "${given}" is not one of the classes (${labels.join(', ')})`, { file });
    return { positive: index, positiveReason: 'given by positive-label' };
  }
  for (const candidate of ['1', 'true', 'True', 'TRUE']) {
    const index = labels.indexOf(candidate);
    if (index >= 0 && labels.every((l) => ['0', '1', '-1', 'true', 'false', 'True', 'False', 'TRUE', 'FALSE'].includes(l))) {
      return { positive: index, positiveReason: `the labels are ${labels.join('/')}` };
    }
  }
  throw new DataError(`cannot tell the positive class among ${labels.map((l) => `"${l}"`).join(', ')}: set positive-label`, { file });
}

function sliceColumn(column: Column): SliceColumn {
  const { codes, dictionary } = labelCodes(column);
  return { name: column.name, codes, values: dictionary };
}
