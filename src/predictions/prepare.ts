/**
 * A predictions table → the typed arrays the metrics take, with the task decided and every
 * row-level problem reported as a DataError naming the file, column and row.
 *
 * Labels (labels.ts, task.ts): y_true and y_pred are read in one label space — 0/1 beside
 * True/False is one binary space, as in numpy and scikit-learn. Refused, because the numbers
 * would be silently wrong: y_pred and y_true sharing no class at all (more than two between them);
 * a y_pred class outside y_true's two classes when that alone would make the inferred task
 * multiclass (one stray value would otherwise turn a binary evaluation into a 3-class one and drop
 * the score column); a score column on a multiclass task; a non-finite score or regression value.
 * The labels input fixes the classes: the task follows their number and every average runs over
 * exactly them (metrics/types.ts ClassLabels), as scikit-learn's labels=.
 */
import { ConfigurationError, DataError } from '../errors.js';
import { loadTable } from '../io/index.js';
import type { RowSample } from '../io/row-sample.js';
import { getColumn, hasColumn, isNumeric, numericValues, type Column, type Table } from '../io/table.js';
import { fixedClassLabels, type ClassLabels } from '../metrics/types.js';
import { predictionsAtThreshold } from './decision-threshold.js';
import { cachedLabelCodes } from './label-codes.js';
import { choosePositive, completeBinaryLabels, labelSpelling, recodeLabels, sortLabels, spelledLabels, type LabelSpelling } from './labels.js';
import { neededColumns } from './needed-columns.js';
import { matchScoreColumns, readProbabilities, type ProbabilityColumn } from './probabilities.js';
import { decideTask, type Task } from './task.js';
import type { PredictionColumns, PreparedClassification, PreparedPredictions, SliceColumn } from './types.js';

/** Decisions taken across files (compare-champion), overriding the per-file ones. */
export interface PrepareOverrides {
  /** The task, already decided, with its reason (the labels input, when set, still decides it). */
  readonly task?: { task: Task; reason: string };
  /**
   * The class labels of a classification task, in order (instead of the labels input, the
   * probability columns or the file's own true labels).
   */
  readonly labels?: readonly string[];
}

/** How many values of a column a message lists. */
const LISTED_VALUES = 5;

/** Loads a predictions file (every format loadTable reads) and prepares it. */
export async function readPredictions(path: string, columns: PredictionColumns, options: { nullValues?: readonly string[]; sample?: RowSample } = {}): Promise<PreparedPredictions> {
  const table = await loadTable(path, { nullValues: options.nullValues, select: neededColumns(columns), sample: options.sample });
  return preparePredictions(table, columns, {});
}

export function preparePredictions(table: Table, columns: PredictionColumns, overrides: PrepareOverrides = {}): PreparedPredictions {
  const threshold = decisionThreshold(table, columns);
  if (threshold !== undefined) return predictionsFromScore(table, columns, overrides, threshold);
  const truth = getColumn(table, columns.labelColumn);
  const predicted = getColumn(table, columns.predictionColumn);
  requireNoMissing(table, truth);
  requireNoMissing(table, predicted);
  const slices = columns.sliceColumns.map((name) => sliceColumn(getColumn(table, name)));
  const space = labelSpaceOf(table, columns, truth, predicted, overrides.labels);
  // The labels input decides the task when no task is given, whatever another file suggested.
  const fromLabels = columns.task === undefined && columns.labels.length > 0 ? decideTask(undefined, truth, predicted, space.declared) : undefined;
  const { task, reason } = fromLabels ?? overrides.task ?? decideTask(columns.task, truth, predicted, space.declared);
  if (task === 'regression') {
    return {
      task,
      taskReason: reason,
      rows: table.rowCount,
      slices,
      yTrue: requireFinite(table, columns.labelColumn, numericValues(table, columns.labelColumn)),
      yPred: requireFinite(table, columns.predictionColumn, numericValues(table, columns.predictionColumn)),
    };
  }
  return prepareClassification(table, columns, space, overrides.labels, task, reason, truth, predicted, slices);
}

/**
 * The threshold y_pred is derived at: the threshold input, else 0.5 when the file has no
 * prediction column but a score (a probability model's default cut), else none (y_pred is read).
 */
export function decisionThreshold(table: Table, columns: PredictionColumns): number | undefined {
  if (columns.threshold !== undefined) return columns.threshold;
  const scored = columns.scoreColumn !== undefined || columns.scoreColumns !== undefined;
  return scored && !hasColumn(table, columns.predictionColumn) ? 0.5 : undefined;
}

/** The column y_pred is read from: with predictions derived from the score, the classes are y_true's. */
export function predictionColumnOf(table: Table, columns: PredictionColumns): Column {
  return decisionThreshold(table, columns) === undefined ? getColumn(table, columns.predictionColumn) : getColumn(table, columns.labelColumn);
}

/**
 * y_pred derived from the binary score at a threshold (score ≥ t is the positive class,
 * src/predictions/decision-threshold.ts). The classes come from y_true (and the labels input),
 * so the labels are prepared as if y_true were also the prediction, then y_pred is replaced.
 */
function predictionsFromScore(table: Table, columns: PredictionColumns, overrides: PrepareOverrides, threshold: number): PreparedPredictions {
  if (columns.scoreColumn === undefined && columns.scoreColumns === undefined) {
    throw new ConfigurationError('input "threshold": predictions are derived from a score: give score-column (or score-columns)');
  }
  const truth = getColumn(table, columns.labelColumn);
  requireNoMissing(table, truth);
  const slices = columns.sliceColumns.map((name) => sliceColumn(getColumn(table, name)));
  const space = labelSpaceOf(table, columns, truth, truth, overrides.labels);
  const fromLabels = columns.task === undefined && columns.labels.length > 0 ? decideTask(undefined, truth, truth, space.declared) : undefined;
  const decided = fromLabels ?? overrides.task ?? decideTask(columns.task, truth, truth, space.declared);
  if (decided.task !== 'binary') {
    throw new ConfigurationError(`input "threshold": a decision threshold applies to a binary task, and this one is ${decided.task} (${decided.reason})`);
  }
  const prepared = prepareClassification(table, columns, space, overrides.labels, 'binary', decided.reason, truth, truth, slices);
  if (prepared.score === undefined || prepared.positive === undefined) {
    throw new ConfigurationError('input "threshold": the positive class has no score column');
  }
  const negative = prepared.labels.length === 2 ? 1 - prepared.positive : prepared.positive;
  const yPred = predictionsAtThreshold(prepared.score, threshold, { positive: prepared.positive, negative }, { file: table.source, column: columns.scoreColumn });
  const source = hasColumn(table, columns.predictionColumn) ? ` (the threshold input overrides ${columns.predictionColumn})` : ` (the file has no ${columns.predictionColumn})`;
  return { ...prepared, yPred, threshold, taskReason: `${decided.reason}; predictions: score ≥ ${threshold}${source}` };
}

export function requireNoMissing(table: Table, column: Column): void {
  if (column.nullCount === 0) return;
  const row = firstMissingRow(column);
  throw new DataError('the value is missing (every row needs a label and a prediction)', { file: table.source, column: column.name, row });
}

function firstMissingRow(column: Column): number {
  if (isNumeric(column)) return column.values.findIndex((v) => Number.isNaN(v)) + 1;
  return column.codes.indexOf(-1) + 1;
}

/** Every value finite (a missing one is already refused): a DataError naming file, column and row otherwise. */
function requireFinite(table: Table, column: string, values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new DataError(Number.isNaN(values[i]) ? 'the value is missing' : `${values[i]} is not a finite number`, { file: table.source, column, row: i + 1 });
    }
  }
  return values;
}

/** The label space of a file: one spelling for y_true, y_pred, the labels input and the probability columns' classes. */
interface LabelSpace {
  readonly spelling: LabelSpelling;
  /** The labels input in that spelling (empty when not given). */
  readonly declared: readonly string[];
  readonly probabilityColumns: readonly ProbabilityColumn[];
  readonly truthClasses: readonly string[];
  readonly predictedClasses: readonly string[];
}

function labelSpaceOf(table: Table, columns: PredictionColumns, truth: Column, predicted: Column, given: readonly string[] | undefined): LabelSpace {
  const probabilityColumns = columns.scoreColumns ? matchScoreColumns(table, columns.scoreColumns) : [];
  const truthLabels = cachedLabelCodes(truth).dictionary;
  const predictedLabels = cachedLabelCodes(predicted).dictionary;
  const spelling = labelSpelling([truthLabels, predictedLabels, columns.labels, probabilityColumns.map((c) => c.label), given ?? []]);
  if (new Set(columns.labels).size !== columns.labels.length) throw new DataError('the labels input lists a class twice', { file: table.source });
  const declared = spelledLabels(columns.labels, spelling);
  if (declared.length !== columns.labels.length) {
    throw new DataError(`the labels input lists one class twice (${columns.labels.join(', ')}): true/false and 1/0 are one label space`, { file: table.source });
  }
  return { spelling, declared, probabilityColumns, truthClasses: spelledLabels(truthLabels, spelling), predictedClasses: spelledLabels(predictedLabels, spelling) };
}

/**
 * The class labels of a file, before recoding: the labels input, else the probability columns'
 * classes, else the labels found in y_true and y_pred (scikit-learn's unique_labels) — in the
 * file's label spelling, sorted as scikit-learn sorts them.
 */
export function classLabelsOf(table: Table, columns: PredictionColumns): string[] {
  const truth = getColumn(table, columns.labelColumn);
  const predicted = predictionColumnOf(table, columns);
  const space = labelSpaceOf(table, columns, truth, predicted, undefined);
  const declared = space.declared.length > 0 ? space.declared : space.probabilityColumns.map((c) => space.spelling(c.label));
  if (declared.length > 0) return sortLabels(declared);
  return sortLabels([...space.truthClasses, ...space.predictedClasses]);
}

function prepareClassification(
  table: Table,
  columns: PredictionColumns,
  space: LabelSpace,
  givenLabels: readonly string[] | undefined,
  task: 'binary' | 'multiclass',
  taskReason: string,
  truth: Column,
  predicted: Column,
  slices: readonly SliceColumn[],
): PreparedClassification {
  const { spelling, truthClasses, predictedClasses, probabilityColumns } = space;
  requireSharedClasses(table, truth, predicted, truthClasses, predictedClasses);
  const probabilityLabels = probabilityColumns.map((c) => spelling(c.label));
  const known = space.declared.length > 0 ? space.declared : probabilityLabels;
  if (columns.task === undefined && task === 'multiclass' && truthClasses.length <= 2 && known.length === 0) {
    refuseStrayPrediction(table, columns, truth, predicted, space);
  }
  const positiveLabel = columns.positiveLabel === undefined ? undefined : spelling(columns.positiveLabel);
  const found = [...truthClasses, ...predictedClasses];
  const chosen = givenLabels ? spelledLabels(givenLabels, spelling) : known.length > 0 ? [...known] : task === 'binary' ? completeBinaryLabels(found, positiveLabel) : found;
  const sorted = sortLabels(chosen);
  const labels: ClassLabels = columns.labels.length > 0 ? fixedClassLabels(sorted) : sorted;
  if (new Set(labels).size !== labels.length) throw new DataError('the class labels are not distinct', { file: table.source });
  if (task === 'binary' && labels.length > 2) throw binaryWithMoreClasses(table, columns, truth, predicted, space, labels);
  const outside = columns.labels.length > 0 ? `the classes given by the labels input (${labels.join(', ')})` : undefined;
  const yTrue = recodeLabels(table, truth.name, cachedLabelCodes(truth), labels, spelling, outside);
  const yPred = recodeLabels(table, predicted.name, cachedLabelCodes(predicted), labels, spelling, outside);
  const base = { task, taskReason, rows: table.rowCount, slices, labels, yTrue, yPred };
  const probabilities = probabilityColumns.length > 0 ? readProbabilities(table, probabilityColumns.map((c) => ({ ...c, label: spelling(c.label) })), labels) : undefined;
  if (task === 'multiclass') {
    if (columns.scoreColumn !== undefined) {
      throw new DataError(
        `score-column "${columns.scoreColumn}" is the positive-class score of a binary task, but this task is multiclass (${taskReason}): give per-class probabilities with score-columns, or set task: binary`,
        { file: table.source },
      );
    }
    return { ...base, probabilities };
  }

  const { positive, positiveReason } = choosePositive(labels, positiveLabel, table.source);
  let score: Float64Array | undefined;
  if (columns.scoreColumn) {
    score = numericValues(table, columns.scoreColumn);
    const missing = score.findIndex((v) => Number.isNaN(v));
    if (missing >= 0) throw new DataError('the score is missing', { file: table.source, column: columns.scoreColumn, row: missing + 1 });
    requireFinite(table, columns.scoreColumn, score);
  } else if (probabilities && positive >= 0) {
    score = probabilities[positive];
  }
  return { ...base, positive, positiveReason, score, probabilities };
}

/** y_pred and y_true with no class in common (and more than two between them) cannot be the same labels. */
function requireSharedClasses(table: Table, truth: Column, predicted: Column, truthClasses: readonly string[], predictedClasses: readonly string[]): void {
  if (new Set([...truthClasses, ...predictedClasses]).size <= 2) return; // one class each: an all-wrong binary file
  if (predictedClasses.some((c) => truthClasses.includes(c))) return;
  throw new DataError(
    `${predicted.name} and ${truth.name} share no class: ${truth.name} holds ${listed(truthClasses)}, ${predicted.name} holds ${listed(predictedClasses)} — the two columns must use the same labels`,
    { file: table.source },
  );
}

/**
 * y_true has two classes (or one) and y_pred a class beyond them, which alone makes the inferred
 * task multiclass: refused, naming the first such value and its row. scikit-learn's binary metrics
 * refuse it too ("Target is multiclass but average='binary'").
 */
function refuseStrayPrediction(table: Table, columns: PredictionColumns, truth: Column, predicted: Column, space: LabelSpace): never {
  const stray = firstRowOutside(predicted, space.spelling, space.truthClasses)!;
  const dropped = columns.scoreColumn !== undefined ? ` and score-column "${columns.scoreColumn}" would be ignored` : '';
  throw new DataError(
    `"${stray.value}" is not one of ${truth.name}'s classes (${space.truthClasses.join(', ')}): with it the task would be inferred as multiclass${dropped}; correct ${predicted.name}, or set task: multiclass (or list the classes in labels) if the model predicts classes ${truth.name} lacks`,
    { file: table.source, column: predicted.name, row: stray.row },
  );
}

/** The task is binary (given) but the labels number more than two: say where the extra class comes from. */
function binaryWithMoreClasses(table: Table, columns: PredictionColumns, truth: Column, predicted: Column, space: LabelSpace, labels: readonly string[]): DataError {
  const classes = `${labels.length} classes (${labels.join(', ')})`;
  if (columns.labels.length > 0 || space.probabilityColumns.length > 0) return new DataError(`the task is binary but there are ${classes}`, { file: table.source });
  const stray = space.truthClasses.length <= 2 ? firstRowOutside(predicted, space.spelling, space.truthClasses) : undefined;
  if (stray === undefined) return new DataError(`the task is binary but ${truth.name} holds ${classes}`, { file: table.source, column: truth.name });
  return new DataError(`the task is binary but "${stray.value}" is not one of ${truth.name}'s classes (${space.truthClasses.join(', ')})`, {
    file: table.source,
    column: predicted.name,
    row: stray.row,
  });
}

/** The first row whose value (in the shared spelling) is not one of `classes`. */
function firstRowOutside(column: Column, spelling: LabelSpelling, classes: readonly string[]): { value: string; row: number } | undefined {
  const { codes, dictionary } = cachedLabelCodes(column);
  const outside = dictionary.map((d) => !classes.includes(spelling(d)));
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0 && outside[codes[i]]) return { value: dictionary[codes[i]], row: i + 1 };
  return undefined;
}

function listed(values: readonly string[]): string {
  const shown = sortLabels(values).slice(0, LISTED_VALUES).map((v) => `"${v}"`);
  return values.length > LISTED_VALUES ? `${shown.join(', ')}, … (${values.length} classes)` : shown.join(', ');
}

export function sliceColumn(column: Column): SliceColumn {
  const { codes, dictionary } = cachedLabelCodes(column);
  return { name: column.name, codes, values: dictionary };
}
