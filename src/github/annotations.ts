/**
 * Annotations for gates that did not pass, so they show on the run's page and the PR's checks
 * tab, at the level of what the gate did to the verdict (src/gates/verdict.ts): an error for a
 * gate that fails the run (an inconclusive gate under `inconclusive: fail` included), a warning
 * for one that warns (a skipped gate too: it was not checked). `pass` gets none.
 */
import * as core from '@actions/core';
import { annotationLevelOf, type AnnotationLevel } from '../gates/verdict.js';
import type { GateResult, Status } from '../result.js';

/** GitHub shows at most 10 annotations of each level per step; beyond, one line sums up the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

type Level = AnnotationLevel;

const verbOf: Record<Status, string> = {
  fail: 'failed',
  error: 'could not be evaluated',
  warn: 'warned',
  inconclusive: 'is inconclusive',
  skipped: 'was skipped',
  pass: 'passed',
};

export interface AnnotationCounts {
  error: number;
  warning: number;
  notice: number;
}

/**
 * Emits one annotation per non-passing gate, titled `<label>: gate <id> <failed|warned|…>`, with
 * the gate's message as text. `label` names the run (e.g. `evaluate-model (model-a)`).
 * @returns how many gates were annotated at each level (summed-up ones included)
 */
export function annotateGates(gates: readonly GateResult[], label: string): AnnotationCounts {
  const counts: AnnotationCounts = { error: 0, warning: 0, notice: 0 };
  const byLevel: Record<Level, GateResult[]> = { error: [], warning: [], notice: [] };
  for (const gate of gates) {
    const level = annotationLevelOf(gate);
    if (level) byLevel[level].push(gate);
  }
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = byLevel[level];
    counts[level] = list.length;
    const shown = list.length > ANNOTATIONS_PER_LEVEL ? list.slice(0, ANNOTATIONS_PER_LEVEL - 1) : list;
    for (const gate of shown) {
      const message = gate.message.trim() !== '' ? gate.message : `${gate.id}: ${gate.status}`;
      emit(level, message, `${label}: gate ${gate.id} ${verbOf[gate.status]}`);
    }
    const rest = list.slice(shown.length);
    if (rest.length > 0) {
      emit(level, `Also: ${rest.map((gate) => `${gate.id} (${gate.status})`).join('; ')}`, `${label}: ${rest.length} more gates`);
    }
  }
  return counts;
}

function emit(level: Level, message: string, title: string): void {
  core[level](message, { title });
}
