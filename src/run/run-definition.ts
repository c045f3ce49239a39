/**
 * The flow shared by the CLI and the action: inputs → config → compute → gate → report.
 * GitHub and the terminal are only at the two ends (the callers).
 *
 * Between reading the inputs and `configure`, every `file` input given as an artefact reference
 * (`artifact:<name>@<branch>/<path>`, DESIGN.md) is replaced by a local path through the
 * runner's resolver; the result object then records where each came from (`sources`).
 */
import { resolveArtifactInputs, type ReferenceResolver } from '../artifacts/resolve-inputs.js';
import { renderSources, type Sources } from '../artifacts/provenance.js';
import { isArtifactReference } from '../artifacts/reference.js';
import { InputReader, withConfigFile, type RawValues } from '../config/input-reader.js';
import { COMMON_INPUTS, PROMOTION_INPUTS, type InputSpec } from '../config/input-spec.js';
import { ConfigurationError } from '../errors.js';
import type { ResultBase } from '../result.js';
import type { AnyActionDefinition, RunContext } from './action-definition.js';
import { readCommonConfig, type CommonConfig } from './common-config.js';

export interface Completed {
  readonly result: ResultBase;
  readonly markdown: string;
  readonly common: CommonConfig;
  /** Input name → where its file came from, for inputs given as artefact references. */
  readonly sources: Sources;
  /** The inputs as the action saw them: config file merged, references replaced by paths. */
  readonly reader: InputReader;
}

/** What resolving artefact references needs from the common inputs. */
export interface ArtifactSettings {
  readonly token: string | undefined;
  /** The `workflow` input. */
  readonly workflow: string | undefined;
  /** The `max-runs-back` input. */
  readonly maxRunsBack: number;
}

export interface RunHooks {
  /** Makes the resolver of artefact references (the action runner); without it they are refused. */
  readonly artifactResolver?: (settings: ArtifactSettings) => ReferenceResolver;
  /** Called as soon as the common inputs are read (so a failure later can still be reported). */
  readonly onCommon?: (common: CommonConfig, reader: InputReader) => void;
}

/** The input whose file a run may promote as the next baseline, if the action has one. */
export function promotableInput(definition: AnyActionDefinition): InputSpec | undefined {
  return definition.inputs.find((s: InputSpec) => s.kind === 'file' && s.promote !== undefined);
}

const REFERENCE_NOTE = ' Also `artifact:<name>/<path>` (this run), `artifact:<name>@<branch>/<path>` (latest successful run on a branch; `@default`) or `artifact:<name>@run:<id>/<path>`.';

/**
 * All inputs of an action for a runner: its own, the promotion inputs when it has a promotable
 * file, then the common ones, minus the other runner's. In the action, file inputs say that they
 * accept artefact references.
 */
export function inputsFor(definition: AnyActionDefinition, runner: 'cli' | 'action'): InputSpec[] {
  const exclude = runner === 'cli' ? 'action' : 'cli';
  const promotable = promotableInput(definition);
  const promotion: InputSpec[] = promotable
    ? PROMOTION_INPUTS.map((s: InputSpec) => (s.name === 'promote-artifact' ? { ...s, default: promotable.promote } : s))
    : [];
  return [...definition.inputs, ...promotion, ...COMMON_INPUTS]
    .filter((s: InputSpec) => s.only !== exclude)
    .map((s: InputSpec) => (runner === 'action' && s.kind === 'file' && s.name !== 'config' ? { ...s, description: s.description + REFERENCE_NOTE } : s));
}

/** Reads the inputs (config file under direct values), resolves artefact references, computes and renders. */
export async function runDefinition(
  definition: AnyActionDefinition,
  direct: RawValues,
  runner: 'cli' | 'action',
  context: RunContext,
  hooks: RunHooks = {},
): Promise<Completed> {
  if (isArtifactReference(direct.config)) {
    throw new ConfigurationError('input "config": the config file cannot be an artifact reference; give a path in the repository');
  }
  const specs = inputsFor(definition, runner);
  const values = withConfigFile(direct);
  const raw = new InputReader(values, specs);
  const common = readCommonConfig(raw, definition.name, runner);
  hooks.onCommon?.(common, raw);

  const makeResolver = hooks.artifactResolver;
  const settings = (): ArtifactSettings => ({
    token: common.githubToken,
    workflow: raw.optional('workflow'),
    maxRunsBack: raw.integer('max-runs-back') ?? 10,
  });
  const { values: resolved, sources } = await resolveArtifactInputs(values, specs, makeResolver ? () => makeResolver(settings()) : undefined, {
    isTrue: (name) => raw.boolean(name) === true,
    logger: context.logger,
  });

  const reader = new InputReader(resolved, specs);
  const config = definition.configure(reader);
  const result = await definition.execute(config, context);
  const hasSources = Object.keys(sources).length > 0;
  if (hasSources) (result as ResultBase & { sources?: Sources }).sources = sources;
  const report = definition.render(result, config, common);
  const markdown = hasSources ? `${report}\n\n${renderSources(sources)}` : report;
  return { result, markdown, common, sources, reader };
}

/** The gates that failed, one a line (the `failed-gates` output). */
export function failedGates(result: ResultBase): string {
  return result.gates
    .filter((g) => g.status === 'fail' || g.status === 'error')
    .map((g) => g.id)
    .join('\n');
}
