/**
 * The task of a predictions file — binary, multiclass or regression — given, or inferred from the
 * true labels with the reason stated (the report shows it).
 */
import { isNumeric, type Column } from '../io/table.js';
import type { Task } from '../metrics/catalogue.js';
import { cachedLabelCodes } from './label-codes.js';
import { labelSpelling, spelledLabels } from './labels.js';

export { TASKS, type Task } from '../metrics/catalogue.js';

/** Integer-valued targets with more distinct values than this are treated as regression. */
export const MAX_CLASSES_BEFORE_REGRESSION = 50;

/**
 * The task given, or inferred:
 * - the labels input lists the classes: binary for two (or one), multiclass for more — exactly
 *   those classes, as scikit-learn's labels= (whether or not each occurs);
 * - fractional or many-valued numeric labels: regression;
 * - otherwise the classes found in the truth and prediction columns, one spelling per class
 *   (labels.ts: 0/1 and True/False are one label space): two or fewer → binary. A multiclass
 *   reason names the classes found only in y_pred (prepare.ts refuses them when y_true alone
 *   would have made the task binary).
 */
export function decideTask(given: Task | undefined, truth: Column, predicted: Column, declaredLabels: readonly string[] = []): { task: Task; reason: string } {
  if (given) return { task: given, reason: 'given by the task input' };
  if (declaredLabels.length > 0) {
    const classes = new Set(declaredLabels).size;
    return { task: classes <= 2 ? 'binary' : 'multiclass', reason: `${classes} classes given by the labels input` };
  }
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
  const { truthClasses, predictedClasses, unified } = classesFound(truth, predicted);
  const classes = new Set([...truthClasses, ...predictedClasses]).size;
  const spelled = unified === 'bits' ? ', true/false read as 1/0' : unified === 'booleans' ? ', true/false in one spelling' : '';
  const where = truth === predicted ? truth.name : `${truth.name} and ${predicted.name}`;
  if (classes <= 2) return { task: 'binary', reason: `${classes} classes in ${where}${spelled}` };
  const onlyPredicted = predictedClasses.filter((c) => !truthClasses.includes(c));
  const only = onlyPredicted.length === 0 ? '' : `; ${onlyPredicted.slice(0, 5).map((c) => `"${c}"`).join(', ')}${onlyPredicted.length > 5 ? ', …' : ''} only in ${predicted.name}`;
  return { task: 'multiclass', reason: `${classes} classes in ${where}${spelled}${only}` };
}

/** The classes of y_true and of y_pred, each in the shared spelling; `unified` says how spellings were merged, if they were. */
export function classesFound(truth: Column, predicted: Column): { truthClasses: string[]; predictedClasses: string[]; unified: 'bits' | 'booleans' | null } {
  const truthLabels = cachedLabelCodes(truth).dictionary;
  const predictedLabels = cachedLabelCodes(predicted).dictionary;
  const spelling = labelSpelling([truthLabels, predictedLabels]);
  const truthClasses = spelledLabels(truthLabels, spelling);
  const predictedClasses = spelledLabels(predictedLabels, spelling);
  const changed = [...truthLabels, ...predictedLabels].filter((l) => spelling(l) !== l);
  const unified = changed.length === 0 ? null : changed.some((l) => spelling(l) === '1' || spelling(l) === '0') ? 'bits' : 'booleans';
  return { truthClasses, predictedClasses, unified };
}
