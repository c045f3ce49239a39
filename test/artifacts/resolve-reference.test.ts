/**
 * The resolver with its real GitHub source (REST listing through the shared client, downloads
 * through @actions/artifact) against the loopback GitHub with the runs/artifacts routes.
 * The bundled actions are tested the same way end to end in test/e2e/artifacts.e2e.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { expandFileInput } from '../../src/io/glob.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { ActionsState, artifactRoutes, zipOf } from '../support/github-artifact-routes.js';

// @actions/github fixes its API URL when first imported (and @actions/artifact downloads through
// it): the server starts, GITHUB_API_URL points at it, and only then is the code under test loaded.
let github: LoopbackGitHub;
let actions: ActionsState;
let src: {
  githubArtifactSource: typeof import('../../src/github/artifact-download.js').githubArtifactSource;
  parseArtifactReference: typeof import('../../src/artifacts/reference.js').parseArtifactReference;
  ArtifactResolver: typeof import('../../src/artifacts/resolve-reference.js').ArtifactResolver;
  DataError: typeof import('../../src/errors.js').DataError;
  ConfigurationError: typeof import('../../src/errors.js').ConfigurationError;
  readGitHubContext: typeof import('../../src/github/context.js').readGitHubContext;
  memoryLogger: typeof import('../support/memory-logger.js').memoryLogger;
};

beforeAll(async () => {
  github = await start({ routes: artifactRoutes(() => actions) });
  process.env.GITHUB_API_URL = github.url;
  src = {
    ...(await import('../../src/github/artifact-download.js')),
    ...(await import('../../src/artifacts/reference.js')),
    ...(await import('../../src/artifacts/resolve-reference.js')),
    ...(await import('../../src/errors.js')),
    ...(await import('../../src/github/context.js')),
    ...(await import('../support/memory-logger.js')),
  };
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
});

const OWNER = 'octo';
const REPO = 'models';
const TOKEN = 'ghs_resolverTestToken0123456789abcdefXYZ';
const FIXTURES = resolve(import.meta.dirname, '../fixtures/artifacts');
const instant = { sleep: async () => undefined, random: () => 0.5 };

beforeEach(() => {
  actions = new ActionsState(OWNER, REPO);
  github.requests.length = 0;
  vi.stubEnv('GITHUB_SERVER_URL', undefined);
  vi.stubEnv('GITHUB_REPOSITORY', `${OWNER}/${REPO}`);
  vi.stubEnv('GITHUB_RUN_ID', '900');
  vi.stubEnv('GITHUB_EVENT_PATH', undefined);
  vi.stubEnv('GITHUB_WORKFLOW_REF', `${OWNER}/${REPO}/.github/workflows/ci.yml@refs/pull/7/merge`);
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', undefined);
  vi.stubEnv('ACTIONS_RESULTS_URL', undefined);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function resolver(options: { workflow?: string; maxRunsBack?: number } = {}) {
  const { memoryLogger, githubArtifactSource, readGitHubContext, ArtifactResolver } = src;
  const logger = memoryLogger();
  const source = githubArtifactSource({ token: TOKEN, context: readGitHubContext(process.env), retry: instant }, logger);
  const r = new ArtifactResolver({ source, workflow: options.workflow, maxRunsBack: options.maxRunsBack ?? 10, tempRoot: mkdtempSync(join(tmpdir(), 'mlgate-resolve-')), logger });
  return { r, logger };
}

const predictions = (tag: string) => zipOf({ 'predictions.csv': `id,y_true,y_pred\n1,1,1\n# ${tag}\n`, 'metrics.json': '{}' });

describe('ArtifactResolver against the loopback GitHub', { timeout: 30_000 }, () => {
  it('takes the latest successful run of this workflow on the branch', async () => {
    actions.addRun({ id: 101, workflow: 'ci.yml', branch: 'main', runNumber: 1 });
    actions.addRun({ id: 102, workflow: 'ci.yml', branch: 'main', runNumber: 2 });
    actions.addRun({ id: 103, workflow: 'ci.yml', branch: 'main', runNumber: 3, conclusion: 'failure' });
    actions.addRun({ id: 104, workflow: 'ci.yml', branch: 'feature', runNumber: 4 });
    actions.addArtifact(101, 'champion', predictions('101'));
    const newest = actions.addArtifact(102, 'champion', predictions('102'));
    actions.addArtifact(103, 'champion', predictions('103'));
    actions.addArtifact(104, 'champion', predictions('104'));
    const { r, logger } = resolver();
    const { localPath, provenance } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@main/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toContain('# 102');
    expect(provenance).toMatchObject({ runId: 102, runNumber: 2, workflow: 'ci.yml', branch: 'main', artifactId: newest.id, artifactName: 'champion', path: 'predictions.csv', skippedRuns: [] });
    expect(logger.lines).toContain(`info: champion: predictions.csv from artifact champion (id ${newest.id}) of run 102 (#2) of ci.yml on main, commit ${provenance.headSha!.slice(0, 7)}`);
    // The token reaches the API, never the blob store.
    const blob = github.requests.find((q) => q.path.startsWith('/_blobs/'))!;
    expect(blob.authorized).toBe(false);
    expect(github.requests.find((q) => q.path.includes('/workflows/ci.yml/runs'))!.query).toMatchObject({ branch: 'main', status: 'success' });
  });

  it('walks back past an expired artifact, a missing one and a fork run, and says so', async () => {
    actions.addRun({ id: 201, workflow: 'ci.yml', branch: 'main', runNumber: 11 });
    actions.addRun({ id: 202, workflow: 'ci.yml', branch: 'main', runNumber: 12 });
    actions.addRun({ id: 203, workflow: 'ci.yml', branch: 'main', runNumber: 13, fork: true, event: 'pull_request' });
    actions.addRun({ id: 204, workflow: 'ci.yml', branch: 'main', runNumber: 14 });
    actions.addArtifact(201, 'champion', predictions('201'));
    actions.addArtifact(203, 'champion', predictions('fork'));
    actions.addArtifact(204, 'champion', predictions('204'), { expired: true });
    const { r } = resolver();
    const { localPath, provenance } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@main/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toContain('# 201');
    expect(provenance.skippedRuns).toEqual([
      { runId: 204, runNumber: 14, reason: 'artifact expired on 2024-03-01' },
      { runId: 203, runNumber: 13, reason: 'is from a fork' },
      { runId: 202, runNumber: 12, reason: 'has no artifact named champion' },
    ]);
    // Expired artifacts are known from the listing: nothing was downloaded for run 204.
    expect(github.requests.filter((q) => q.path.endsWith('/zip'))).toHaveLength(1);
  });

  it('walks past an artifact whose download answers 410 though the listing said it was live', async () => {
    actions.addRun({ id: 301, workflow: 'ci.yml', branch: 'main', runNumber: 1 });
    actions.addRun({ id: 302, workflow: 'ci.yml', branch: 'main', runNumber: 2 });
    actions.addArtifact(301, 'champion', predictions('301'));
    const racing = actions.addArtifact(302, 'champion', predictions('302'));
    github.intercept({ method: 'GET', path: `/repos/${OWNER}/${REPO}/actions/artifacts/${racing.id}/zip`, when: 'before', run: () => (racing.expired = true) });
    const { r } = resolver();
    const { provenance } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@main/predictions.csv', 'champion'));
    expect(provenance.runId).toBe(301);
    expect(provenance.skippedRuns).toEqual([{ runId: 302, runNumber: 2, reason: 'artifact expired (GitHub answered 410 to the download)' }]);
  });

  it('fails naming the workflow, branch, artifact and every run it looked at', async () => {
    for (let i = 1; i <= 12; i++) actions.addRun({ id: 400 + i, workflow: 'train.yml', branch: 'main', runNumber: i });
    actions.addArtifact(412, 'champion-predictions', predictions('x'), { expired: true });
    const { r } = resolver({ workflow: 'train.yml', maxRunsBack: 3 });
    const error = await r.resolve('champion', src.parseArtifactReference('artifact:champion-predictions@main/predictions.csv', 'champion')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(src.DataError);
    expect((error as Error).message).toBe(
      'no successful run of train.yml on main has an artifact named champion-predictions (looked at 3 runs: ' +
        '#12 (run 412) artifact expired on 2024-03-01; #11 (run 411) has no artifact named champion-predictions; #10 (run 410) has no artifact named champion-predictions; ' +
        'raise max-runs-back (3) to look further back)',
    );
  });

  it('says when the workflow has no successful run on the branch at all', async () => {
    actions.addRun({ id: 501, workflow: 'train.yml', branch: 'main', conclusion: 'failure' });
    const { r } = resolver({ workflow: 'train.yml' });
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champion@dev/p.csv', 'champion'))).rejects.toThrow(
      'no successful run of train.yml on dev has an artifact named champion (looked at 0 runs: train.yml has no successful run on dev)',
    );
  });

  it('refuses an unknown workflow as a configuration error', async () => {
    actions.addRun({ id: 601, workflow: 'ci.yml', branch: 'main' });
    const { r } = resolver({ workflow: 'trian.yml' });
    const error = await r.resolve('champion', src.parseArtifactReference('artifact:champion@main/p.csv', 'champion')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(src.ConfigurationError);
    expect((error as Error).message).toBe(`input "workflow": ${OWNER}/${REPO} has no workflow "trian.yml" (GitHub answered 404; give the workflow's file name, e.g. train.yml)`);
  });

  it('takes a run by id, and names the artifacts it has when the name is wrong', async () => {
    actions.addRun({ id: 701, workflow: 'train.yml', branch: 'release' });
    actions.addArtifact(701, 'champion', predictions('701'));
    actions.addArtifact(701, 'logs', zipOf({ 'a.txt': 'a' }));
    const { r } = resolver();
    const { localPath, provenance } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@run:701/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toContain('# 701');
    expect(provenance).toMatchObject({ runId: 701, workflow: 'train.yml', branch: 'release' });
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champions@run:701/predictions.csv', 'champion'))).rejects.toThrow(
      'artifact:champions@run:701/predictions.csv: run 701 has no artifact named champions (its artifacts: champion, logs)',
    );
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champion@run:999/predictions.csv', 'champion'))).rejects.toThrow(
      `artifact:champion@run:999/predictions.csv: ${OWNER}/${REPO} has no workflow run 999`,
    );
  });

  it('names the files an artifact holds when the path is wrong', async () => {
    actions.addRun({ id: 801, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(801, 'champion', predictions('801'));
    const { r } = resolver();
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champion@main/preds.csv', 'champion'))).rejects.toThrow(
      /^artifact:champion@main\/preds\.csv: the artifact champion \(id \d+, run 801\) has no file "preds\.csv" \(it holds: metrics\.json, predictions\.csv\)$/,
    );
  });

  it('refuses an artifact with a ../ entry, writing nothing outside the download directory', async () => {
    actions.addRun({ id: 901, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(901, 'champion', readFileSync(join(FIXTURES, 'traversal.zip')));
    const tempRoot = mkdtempSync(join(tmpdir(), 'mlgate-resolve-'));
    const logger = src.memoryLogger();
    const source = src.githubArtifactSource({ token: TOKEN, context: src.readGitHubContext(process.env), retry: instant }, logger);
    const r = new src.ArtifactResolver({ source, workflow: undefined, maxRunsBack: 10, tempRoot, logger });
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champion@main/ok.txt', 'champion'))).rejects.toThrow(
      /^artifact champion \(id \d+, run 901\): refusing the entry "\.\.\/evil\.txt": its path leads outside the download directory \(".."\); nothing was used from this artifact$/,
    );
  });

  it('refuses a download whose digest does not match the listing', async () => {
    actions.addRun({ id: 1001, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(1001, 'champion', predictions('1001'), { digest: `sha256:${'0'.repeat(64)}` });
    const { r } = resolver();
    await expect(r.resolve('champion', src.parseArtifactReference('artifact:champion@main/predictions.csv', 'champion'))).rejects.toThrow(
      /the artifact champion \(id \d+\) of run 1001 was damaged in transfer/,
    );
  });

  it('retries 5xx on listing and on the download, then succeeds', async () => {
    actions.addRun({ id: 1101, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(1101, 'champion', predictions('1101'));
    github.fail({ method: 'GET', path: /\/workflows\/ci\.yml\/runs$/, status: 502 });
    github.fail({ method: 'GET', path: /\/runs\/1101\/artifacts$/, status: 500 });
    github.fail({ method: 'GET', path: /\/zip$/, status: 503 });
    const { r } = resolver();
    const { localPath } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@main/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toContain('# 1101');
    expect(github.requests.filter((q) => q.status && q.status >= 500)).toHaveLength(3);
  });

  it('resolves @default from the repository when the payload does not say', async () => {
    actions.defaultBranch = 'trunk';
    actions.addRun({ id: 1201, workflow: 'ci.yml', branch: 'trunk' });
    actions.addArtifact(1201, 'champion', predictions('1201'));
    const { r } = resolver();
    const { provenance } = await r.resolve('champion', src.parseArtifactReference('artifact:champion@default/predictions.csv', 'champion'));
    expect(provenance).toMatchObject({ runId: 1201, branch: 'trunk' });
  });

  it('downloads an artifact once for two references to it', async () => {
    actions.addRun({ id: 1301, workflow: 'ci.yml', branch: 'main' });
    actions.addArtifact(1301, 'bundle', zipOf({ 'reference.csv': 'a\n1\n', 'current.csv': 'a\n2\n' }));
    const { r } = resolver();
    const a = await r.resolve('reference', src.parseArtifactReference('artifact:bundle@main/reference.csv', 'reference'));
    const b = await r.resolve('current', src.parseArtifactReference('artifact:bundle@main/current.csv', 'current'));
    expect(readFileSync(a.localPath, 'utf8')).toBe('a\n1\n');
    expect(readFileSync(b.localPath, 'utf8')).toBe('a\n2\n');
    expect(github.requests.filter((q) => q.path.endsWith('/zip'))).toHaveLength(1);
  });

  it('a wildcard name takes every matching artifact of the run (the newest of each name) as one glob', async () => {
    actions.addRun({ id: 1401, workflow: 'ci.yml', branch: 'main', runNumber: 41 });
    actions.addRun({ id: 1402, workflow: 'ci.yml', branch: 'main', runNumber: 42 });
    actions.addArtifact(1401, 'profile-0', zipOf({ 'profile.json': 'old run' }));
    const p0 = actions.addArtifact(1402, 'profile-0', zipOf({ 'profile.json': 'shard 0' }));
    actions.addArtifact(1402, 'profile-1', zipOf({ 'profile.json': 'shard 1, first upload' }));
    const p1 = actions.addArtifact(1402, 'profile-1', zipOf({ 'profile.json': 'shard 1' }));
    actions.addArtifact(1402, 'profiles-summary', zipOf({ 'profile.json': 'not a shard' }));
    actions.addArtifact(1402, 'profile-2', zipOf({ 'profile.json': 'expired' }), { expired: true });
    const { r, logger } = resolver();
    const { localPath, provenance } = await r.resolve('merge', src.parseArtifactReference('artifact:profile-*@main/profile.json', 'merge'));
    const files = expandFileInput(localPath);
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(['shard 0', 'shard 1']);
    expect(provenance).toMatchObject({ runId: 1402, artifactName: 'profile-0', matched: [{ artifactId: p0.id, artifactName: 'profile-0' }, { artifactId: p1.id, artifactName: 'profile-1' }] });
    expect(logger.lines.join('\n')).toContain(`merge: profile.json from 2 artifacts (profile-0, id ${p0.id}; profile-1, id ${p1.id}) of run 1402 (#42) of ci.yml on main`);
  });

  it('a wildcard walks back to a run that has a match, and names the artifact that lacks the file', async () => {
    actions.addRun({ id: 1501, workflow: 'ci.yml', branch: 'main', runNumber: 51 });
    actions.addRun({ id: 1502, workflow: 'ci.yml', branch: 'main', runNumber: 52 });
    actions.addArtifact(1501, 'shard-a', zipOf({ 'p.json': 'a' }));
    actions.addArtifact(1501, 'shard-b', zipOf({ 'other.json': 'b' }));
    actions.addArtifact(1502, 'report', zipOf({ 'x.md': '' }));
    const { r } = resolver();
    await expect(r.resolve('merge', src.parseArtifactReference('artifact:shard-?@main/p.json', 'merge'))).rejects.toThrow(/the artifact shard-b \(id \d+, run 1501\) has no file "p.json" \(it holds: other.json\)/);
    await expect(r.resolve('merge', src.parseArtifactReference('artifact:nothing-*@main/p.json', 'merge'))).rejects.toThrow(
      'no successful run of ci.yml on main has an artifact matching nothing-* (looked at 2 runs: #52 (run 1502) has no live artifact matching nothing-*; #51 (run 1501) has no live artifact matching nothing-*)',
    );
    const byRun = await r.resolve('merge', src.parseArtifactReference('artifact:shard-a*@run:1501/p.json', 'merge'));
    expect(expandFileInput(byRun.localPath).map((f) => readFileSync(f, 'utf8'))).toEqual(['a']);
  });
});
