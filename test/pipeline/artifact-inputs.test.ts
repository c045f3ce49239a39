/**
 * The generic hook in the pipeline (src/pipeline/run-pipeline.ts): every `file` input of any action goes through the
 * runner's resolver before `configure`; the result records `sources`, the report gets the
 * "Inputs from artifacts" block; the CLI (no resolver) refuses references; an input marked
 * `allowMissing` may stand as a missing file when no run has the artifact. Tested with a small
 * definition and a resolver that plays the GitHub side, so only the hook is under test here.
 */
import { document, paragraph } from '../../src/report/document/index.js';
import { describe, expect, it } from 'vitest';
import type { ArtifactReference } from '../../src/artifacts/reference.js';
import type { ReferenceResolver } from '../../src/artifacts/resolve-inputs.js';
import { ArtifactNotFoundError, type ResolvedInput } from '../../src/artifacts/resolve-reference.js';
import type { InputReader } from '../../src/config/input-reader.js';
import type { InputSpec } from '../../src/config/input-spec.js';
import { ConfigurationError } from '../../src/errors.js';
import { memoryLogger } from '../support/memory-logger.js';
import type { ActionDeclaration } from '../../src/pipeline/declaration.js';
import { inputsFor } from '../../src/pipeline/inputs-for.js';
import { runPipeline, type ArtifactSettings } from '../../src/pipeline/run-pipeline.js';

interface ToyConfig {
  current: string;
  reference: string | undefined;
  label: string;
}
interface ToyOutcome {
  seen: ToyConfig;
}

const INPUTS = [
  { name: 'current', kind: 'file', required: true, promote: 'baseline', description: 'The current file.' },
  { name: 'reference', kind: 'file', allowMissing: 'allow-missing-reference', description: 'The reference file.' },
  { name: 'allow-missing-reference', kind: 'boolean', default: 'false', description: 'Go on without a reference.' },
  { name: 'label', kind: 'string', default: 'artifact:not/a-file', description: 'A string input (never resolved).' },
] as const satisfies readonly InputSpec[];

const toy: ActionDeclaration<ToyConfig, ToyConfig, ToyOutcome> = {
  name: 'drift-report',
  description: 'A toy action.',
  inputs: INPUTS,
  outputs: [],
  outputDefaults: {},
  configure: (reader: InputReader) => ({ current: reader.required('current'), reference: reader.optional('reference'), label: reader.required('label') }),
  gates: { metrics: [], fields: [], example: '', resolve: () => ({ kind: 'value', observed: 0 }) },
  load: async (config) => config,
  compute: (config) => ({ seen: config }),
  render: (result) => {
    const doc = document(paragraph(`report of ${result.seen.current}`));
    return { title: 'toy', comment: doc, page: () => doc };
  },
  outputValues: () => ({}),
};

class FakeResolver implements ReferenceResolver {
  readonly calls: Array<{ input: string; reference: ArtifactReference }> = [];
  constructor(readonly settings: ArtifactSettings) {}
  async resolve(input: string, reference: ArtifactReference): Promise<ResolvedInput> {
    this.calls.push({ input, reference });
    if (reference.artifact === 'nothing') throw new ArtifactNotFoundError(`no successful run of ci.yml on main has an artifact named nothing (looked at 0 runs: ci.yml has no successful run on main)`);
    return {
      localPath: `/tmp/downloads/${reference.artifact}/${reference.path}`,
      provenance: {
        reference: reference.text, runId: 12, runNumber: 3, runUrl: 'https://github.com/o/r/actions/runs/12', workflow: 'ci.yml', branch: 'main',
        headSha: 'abcdef0123456789', artifactId: 77, artifactName: reference.artifact, artifactDigest: null, path: reference.path, skippedRuns: [],
      },
    };
  }
}

const context = () => ({ logger: memoryLogger(), workingDirectory: process.cwd() });

describe('artefact references through the pipeline', () => {
  it('replaces file inputs before configure, records sources and adds them to the report', async () => {
    let resolver: FakeResolver | undefined;
    const completed = await runPipeline(
      toy,
      { current: 'artifact:data@main/now.csv', reference: 'local/ref.csv', 'github-token': 't0k', 'max-runs-back': '4', workflow: 'train.yml' },
      'action',
      context(),
      { artifactResolver: (settings) => (resolver = new FakeResolver(settings)) },
    );
    const result = completed.result as unknown as ToyOutcome & { sources: unknown };
    expect(result.seen).toEqual({ current: '/tmp/downloads/data/now.csv', reference: 'local/ref.csv', label: 'artifact:not/a-file' });
    expect(resolver!.settings).toEqual({ token: 't0k', workflow: 'train.yml', maxRunsBack: 4 });
    expect(resolver!.calls.map((c) => c.input)).toEqual(['current']);
    expect(Object.keys(result.sources as object)).toEqual(['current']);
    expect(completed.markdown).toMatch(/^report of \/tmp\/downloads\/data\/now\.csv\n\n<details>/);
    expect(completed.markdown).toContain('Inputs from artifacts');
    expect(completed.markdown).toMatch(/\| `current` +\| `artifact:data@main\/now\.csv` +\| \[\\#\u20603 run 12\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/12\) \(ci\.yml on main\) at `abcdef0` +\| data \(id 77\) +\| — +\|/);
    expect(completed.reader.required('current')).toBe('/tmp/downloads/data/now.csv');
  });

  it('leaves results without references untouched (no sources field, no block)', async () => {
    const completed = await runPipeline(toy, { current: 'a.csv' }, 'action', context(), { artifactResolver: (s) => new FakeResolver(s) });
    expect('sources' in completed.result).toBe(false);
    expect(completed.markdown).toBe('report of a.csv');
  });

  it('on the command line refuses a reference with a way to get the file', async () => {
    await expect(runPipeline(toy, { current: 'artifact:data@main/now.csv' }, 'cli', context())).rejects.toThrow(
      'input "current": the artifact reference "artifact:data@main/now.csv" is resolved by the GitHub action only; here, download the artifact first (gh run download <run-id> -n data) and give the file\'s path',
    );
  });

  it('refuses a config file given as a reference', async () => {
    await expect(runPipeline(toy, { config: 'artifact:c/mlgate.yml' }, 'action', context(), {})).rejects.toThrow(ConfigurationError);
  });

  it('lets an allowMissing input stand as a missing file only when its switch is on', async () => {
    const direct = { current: 'a.csv', reference: 'artifact:nothing@main/ref.csv' };
    await expect(runPipeline(toy, direct, 'action', context(), { artifactResolver: (s) => new FakeResolver(s) })).rejects.toThrow(ArtifactNotFoundError);

    const ctx = context();
    const completed = await runPipeline(toy, { ...direct, 'allow-missing-reference': 'true' }, 'action', ctx, { artifactResolver: (s) => new FakeResolver(s) });
    const result = completed.result as unknown as ToyOutcome & { sources: unknown };
    // The action sees a path that does not exist (the reference itself) and decides what that means.
    expect(result.seen.reference).toBe('artifact:nothing@main/ref.csv');
    expect(result.sources).toEqual({
      reference: {
        reference: 'artifact:nothing@main/ref.csv',
        missing: true,
        reason: 'no successful run of ci.yml on main has an artifact named nothing (looked at 0 runs: ci.yml has no successful run on main)',
      },
    });
    expect(ctx.logger.lines).toContain('notice: reference: no successful run of ci.yml on main has an artifact named nothing (looked at 0 runs: ci.yml has no successful run on main); going on without it (allow-missing-reference)');
    expect(completed.markdown).toContain('not found: no successful run of ci.yml on main');
  });

  it('gives a promotable action the promotion inputs and every file input the reference note, in the action only', () => {
    const action = inputsFor(toy, 'action');
    expect(action.map((s) => s.name)).toEqual(expect.arrayContaining(['promote', 'promote-artifact', 'promote-retention-days', 'status', 'report-artifact', 'workflow', 'max-runs-back']));
    expect(action.find((s) => s.name === 'promote-artifact')!.default).toBe('baseline');
    expect(action.find((s) => s.name === 'current')!.description).toContain('`artifact:<name>@<branch>/<path>`');
    expect(action.find((s) => s.name === 'config')!.description).not.toContain('artifact:');
    const cli = inputsFor(toy, 'cli').map((s) => s.name);
    for (const name of ['promote', 'status', 'report-artifact', 'workflow', 'max-runs-back']) expect(cli).not.toContain(name);
    expect(inputsFor(toy, 'cli').find((s) => s.name === 'current')!.description).toBe('The current file.');
  });
});
