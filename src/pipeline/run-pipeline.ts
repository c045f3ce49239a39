/**
 * The one pipeline every action runs through, in the CLI and on a runner:
 *
 * 1. inputs: direct values over the config file, read through the specs; the common ones first
 *    (so a failure later can still be reported under the right comment);
 * 2. gates: parsed and named against the action's catalogue — an unknown metric or field is an
 *    input error before any file is read;
 * 3. artefact references (`artifact:<name>@<branch>/<path>`) replaced by local paths;
 * 4. configure → load → compute (the domain's pure function);
 * 5. gates that need the data checked — against the loaded data (a metric of the task) before
 *    computing, against the outcome (a drift column) after — then evaluated; each gate result
 *    carries its severity and the inconclusive policy;
 * 6. files the action makes (`save`: the profile action's output) written;
 * 7. the verdict derived once (src/gates/verdict.ts), the result object assembled, the report
 *    rendered from it.
 *
 * Exit code, outputs, annotations, status, summary and comment are derived from the result by
 * the callers (src/cli.ts, src/github/run-action.ts); nothing here knows where it runs.
 */
import type { History } from '../artifacts/history.js';
import { renderSources, type Sources } from '../artifacts/provenance.js';
import { isArtifactReference } from '../artifacts/reference.js';
import { resolveArtifactInputs, type ReferenceResolver } from '../artifacts/resolve-inputs.js';
import { InputReader, withConfigFile, type RawValues } from '../config/input-reader.js';
import { ConfigurationError } from '../errors.js';
import { evaluateGates } from '../gates/evaluate.js';
import { nameGates } from '../gates/name-gates.js';
import { parseGates } from '../gates/parse-gates.js';
import { verdictOf } from '../gates/verdict.js';
import type { ActionReport } from '../report/action-report.js';
import { toMarkdown } from '../report/document/to-markdown.js';
import { formatCount } from '../report/format.js';
import { withMessage } from '../report/gate-message.js';
import { code } from '../report/markdown.js';
import type { ResultBase } from '../result.js';
import type { SampleRecord } from '../io/row-sample.js';
import { collectGarbage } from '../util/collect-garbage.js';
import { readCommonConfig, type CommonConfig } from './common-config.js';
import type { ActionResult, AnyActionDeclaration, RunContext } from './declaration.js';
import { inputsFor } from './inputs-for.js';
import { trendsOf, withTrends } from './trends.js';

export interface Completed {
  readonly result: ActionResult<Record<string, unknown>>;
  /** `toMarkdown(report.comment)`, with the "Inputs from artifacts" table when there are any. */
  readonly markdown: string;
  /** The report's documents (the CLI's terminal view, the HTML report). */
  readonly report: ActionReport;
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
  /** Reads the earlier runs' results for trends (the action runner); without it `.trend` gates are refused. */
  readonly history?: (runs: number, common: CommonConfig) => Promise<History>;
  /** Makes the resolver of artefact references (the action runner); without it they are refused. */
  readonly artifactResolver?: (settings: ArtifactSettings) => ReferenceResolver;
  /** Called as soon as the common inputs are read (so a failure later can still be reported). */
  readonly onCommon?: (common: CommonConfig, reader: InputReader) => void;
}

export async function runPipeline(
  declaration: AnyActionDeclaration,
  direct: RawValues,
  runner: 'cli' | 'action',
  context: RunContext,
  hooks: RunHooks = {},
): Promise<Completed> {
  if (isArtifactReference(direct.config)) {
    throw new ConfigurationError('input "config": the config file cannot be an artifact reference; give a path in the repository');
  }
  const specs = inputsFor(declaration, runner);
  const values = withConfigFile(direct);
  const raw = new InputReader(values, specs);
  const common = readCommonConfig(raw, declaration.name, runner);
  hooks.onCommon?.(common, raw);
  const written = nameGates(parseGates(raw.lines('gates')), declaration.gates);
  const trendGate = written.find((g) => g.trend);
  if (trendGate && (common.history === 0 || !hooks.history)) {
    const how = hooks.history ? 'set history: N (the number of earlier runs to read)' : 'history is read by the GitHub action (history: N)';
    throw new ConfigurationError(`gate "${trendGate.id}": a trend needs the results of earlier runs: ${how}`);
  }

  const makeResolver = hooks.artifactResolver;
  const settings = (): ArtifactSettings => ({ token: common.githubToken, workflow: raw.optional('workflow'), maxRunsBack: raw.integer('max-runs-back') ?? 10 });
  const { values: resolved, sources } = await resolveArtifactInputs(values, specs, makeResolver ? () => makeResolver(settings()) : undefined, {
    isTrue: (name) => raw.boolean(name) === true,
    logger: context.logger,
  });
  const reader = new InputReader(resolved, specs);
  const config: unknown = declaration.configure(reader);
  const gates = [...written, ...nameGates(parseGates(declaration.defaultGates?.(config, written) ?? []), declaration.gates)];

  const sampled: (SampleRecord & { file: string; kept: number })[] = [];
  const sample = common.sample ? { ...common.sample, onSampled: (record: SampleRecord & { file: string; kept: number }) => sampled.push(record) } : undefined;
  const loaded: unknown = await declaration.load(config, sample ? { ...context, sample } : context);
  declaration.checkGates?.(gates, loaded);
  collectGarbage(); // what load read and left behind is garbage now; free it before compute allocates
  const outcome = declaration.compute(loaded, config, gates) as Record<string, unknown>;
  declaration.gates.check?.(gates, outcome);
  const history = common.history > 0 && hooks.history ? await hooks.history(common.history, common) : undefined;
  const trends = history ? trendsOf(gates, declaration.gates, outcome, history, new Date().toISOString()) : undefined;
  const gateResults = evaluateGates(gates, withTrends(declaration.gates, trends), outcome, common.inconclusive).map(withMessage);
  await declaration.save?.(loaded, config, context);

  const envelope: ResultBase = { schemaVersion: 1, action: declaration.name, verdict: verdictOf(gateResults), gates: gateResults };
  const ownSettings = (outcome.settings ?? {}) as Record<string, unknown>;
  // `conclusion`, when the action has one, is written from the assembled result; its key sits after the gates.
  const result = {
    ...envelope,
    ...(declaration.conclusion ? { conclusion: '' } : {}),
    ...outcome,
    settings: { ...ownSettings, inconclusive: common.inconclusive },
  } as ActionResult<Record<string, unknown>>;
  if (declaration.conclusion) result.conclusion = declaration.conclusion(result);
  if (common.sample) result.sampling = { maxRows: common.sample.maxRows, seed: common.sample.seed, inputs: sampled };
  if (history && trends) {
    result.history = { searched: history.searched, runs: history.runs.map(({ result: _, ...run }) => run), skipped: [...history.skipped] };
    result.trends = trends;
  }
  const hasSources = Object.keys(sources).length > 0;
  if (hasSources) (result as { sources?: Sources }).sources = sources;
  const report = declaration.render(result, { name: common.name });
  const markdown = [toMarkdown(report.comment), result.sampling ? samplingNote(result.sampling) : '', hasSources ? renderSources(sources) : ''].filter((part) => part !== '').join('\n\n');
  return { result, markdown, report, common, sources, reader };
}

/** What max-rows kept of each input, said under the report: the numbers describe a sample. */
function samplingNote(sampling: NonNullable<ActionResult<unknown>['sampling']>): string {
  const inputs = sampling.inputs.map((i) => `${code(i.file)} ${formatCount(i.kept)} of ${formatCount(i.rowsRead)} rows${i.key ? ` (by ${code(i.key)})` : ''}`);
  return `> [!NOTE]\n> Sampled (max-rows ${formatCount(sampling.maxRows)}, seed ${sampling.seed}): the numbers above describe ${inputs.length > 0 ? inputs.join('; ') : 'a sample'}.`;
}
