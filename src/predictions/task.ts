/**
 * The task of a predictions file — binary, multiclass or regression — given, or inferred from the
 * true labels with the reason stated (the report shows it).
 */
import { isNumeric, type Column } from '../io/table.js';
import type { Task } from '../metrics/catalogue.js';
import { cachedLabelCodes } from './label-codes.js';

export { TASKS, type Task } from '../metrics/catalogue.js';

/** Integer-valued targets with more distinct values than this are treated as regression. */
export const MAX_CLASSES_BEFORE_REGRESSION = 50;

/**
 * The task given, or inferred: fractional or many-valued numeric labels → regression; otherwise
 * the classes found in the truth and prediction columns (two or fewer → binary).
 */
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
  const classes = new Set([...cachedLabelCodes(truth).dictionary, ...cachedLabelCodes(predicted).dictionary]).size;
  return classes <= 2
    ? { task: 'binary', reason: `${classes} classes in ${truth.name} and ${predicted.name}` }
    : { task: 'multiclass', reason: `${classes} classes in ${truth.name} and ${predicted.name}` };
}
