/** An action's inputs for a runner: its own, the promotion inputs when it has a promotable file, then the common ones. */
import { COMMON_INPUTS, PROMOTION_INPUTS, type InputSpec } from '../config/input-spec.js';
import { describeGateNames } from '../gates/catalogue.js';
import type { AnyActionDeclaration } from './declaration.js';

/** The input whose file a run may promote as the next baseline (a file it reads or writes), if the action has one. */
export function promotableInput(declaration: Pick<AnyActionDeclaration, 'inputs'>): InputSpec | undefined {
  return declaration.inputs.find((s: InputSpec) => (s.kind === 'file' || s.kind === 'string') && s.promote !== undefined);
}

const REFERENCE_NOTE = ' Also `artifact:<name>/<path>` (this run), `artifact:<name>@<branch>/<path>` (latest successful run on a branch; `@default`) or `artifact:<name>@run:<id>/<path>`.';

/**
 * All inputs of an action for a runner, minus the other runner's. In the action, file inputs say
 * that they accept artefact references.
 */
export function inputsFor(declaration: Pick<AnyActionDeclaration, 'inputs'> & { readonly gates?: AnyActionDeclaration['gates'] }, runner: 'cli' | 'action'): InputSpec[] {
  const exclude = runner === 'cli' ? 'action' : 'cli';
  const promotable = promotableInput(declaration);
  const promotion: InputSpec[] = promotable
    ? PROMOTION_INPUTS.map((s: InputSpec) => (s.name === 'promote-artifact' ? { ...s, default: promotable.promote } : s))
    : [];
  return [...declaration.inputs, ...promotion, ...COMMON_INPUTS]
    .filter((s: InputSpec) => s.only !== exclude)
    .map((s: InputSpec) => (runner === 'action' && s.kind === 'file' && s.name !== 'config' ? { ...s, description: s.description + REFERENCE_NOTE } : s))
    .map((s: InputSpec) => (s.kind === 'gates' && declaration.gates ? { ...s, description: `${s.description} E.g. \`${declaration.gates.example}\`; ${describeGateNames(declaration.gates)}.` } : s));
}
