/**
 * Artifacts of this run through the Actions runtime's results service, played by the loopback
 * GitHub (twirp JSON + Azure block blobs, as @actions/artifact and @azure/storage-blob speak them):
 * an upload is then listed and downloadable through the REST API, as on GitHub.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { ActionsState, artifactRoutes, sha256Digest, zipOf } from '../support/github-artifact-routes.js';

let github: LoopbackGitHub;
let actions: ActionsState;
let src: {
  actionsArtifactUploader: typeof import('../../src/github/artifact-upload.js').actionsArtifactUploader;
  githubArtifactSource: typeof import('../../src/github/artifact-download.js').githubArtifactSource;
  parseArtifactReference: typeof import('../../src/artifacts/reference.js').parseArtifactReference;
  ArtifactResolver: typeof import('../../src/artifacts/resolve-reference.js').ArtifactResolver;
  readGitHubContext: typeof import('../../src/github/context.js').readGitHubContext;
  memoryLogger: typeof import('../support/memory-logger.js').memoryLogger;
  extractZip: typeof import('../../src/artifacts/safe-unzip.js').extractZip;
  promote: typeof import('../../src/artifacts/promotion.js').promote;
};

const RUN = 4242;

beforeAll(async () => {
  github = await start({ routes: artifactRoutes(() => actions) });
  process.env.GITHUB_API_URL = github.url;
  src = {
    ...(await import('../../src/github/artifact-upload.js')),
    ...(await import('../../src/github/artifact-download.js')),
    ...(await import('../../src/artifacts/reference.js')),
    ...(await import('../../src/artifacts/resolve-reference.js')),
    ...(await import('../../src/github/context.js')),
    ...(await import('../support/memory-logger.js')),
    ...(await import('../../src/artifacts/safe-unzip.js')),
    ...(await import('../../src/artifacts/promotion.js')),
  };
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
});
beforeEach(() => {
  actions = new ActionsState('octo', 'models');
  actions.addRun({ id: RUN, workflow: 'ci.yml', branch: 'feature', status: 'in_progress', conclusion: null, event: 'pull_request' });
  github.requests.length = 0;
  for (const [k, v] of Object.entries(actions.runtimeEnv(RUN, github.url))) vi.stubEnv(k, v);
  vi.stubEnv('GITHUB_REPOSITORY', 'octo/models');
  vi.stubEnv('GITHUB_RUN_ID', String(RUN));
  vi.stubEnv('GITHUB_SERVER_URL', undefined);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the results service', { timeout: 30_000 }, () => {
  it('uploads through CreateArtifact, Azure blocks and FinalizeArtifact; the zip is then served by the REST API', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-upload-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'predictions.csv'), 'id,y_true,y_pred\n1,1,1\n');
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'n\n');
    const logger = src.memoryLogger();
    const uploaded = await src.actionsArtifactUploader(logger).upload('champion', [join(dir, 'predictions.csv'), join(dir, 'sub', 'notes.txt')], dir, 5);
    const stored = actions.artifactsOf(RUN);
    expect(stored.map((a) => a.name)).toEqual(['champion']);
    expect(uploaded).toEqual({ name: 'champion', id: stored[0].id, size: stored[0].zip.length });
    expect(stored[0].digest).toBe(sha256Digest(stored[0].zip));
    // The zip archiver wrote is read back by our extractor.
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-upload-')), 'x');
    const zipPath = join(dir, 'got.zip');
    writeFileSync(zipPath, stored[0].zip);
    expect(await src.extractZip(zipPath, out, 'uploaded')).toEqual(['predictions.csv', 'sub/notes.txt']);
    expect(readFileSync(join(out, 'predictions.csv'), 'utf8')).toBe('id,y_true,y_pred\n1,1,1\n');
    const methods = github.requests.filter((q) => q.path.startsWith('/twirp/')).map((q) => q.path.split('/').pop());
    expect(methods).toEqual(['ListArtifacts', 'CreateArtifact', 'FinalizeArtifact']);
    const create = github.requests.find((q) => q.path.endsWith('/CreateArtifact'))!;
    expect(create.body).toMatchObject({ name: 'champion', workflow_run_backend_id: `run-backend-${RUN}`, version: 7 });
    expect((create.body as { expires_at?: string }).expires_at).toBeDefined();
    expect(github.requests.some((q) => q.method === 'PUT' && q.query.comp === 'blocklist')).toBe(true);
  });

  it('replaces a same-named artifact left by an earlier attempt (a re-run)', async () => {
    actions.addArtifact(RUN, 'mlgate-report-x', zipOf({ 'old.txt': 'old' }));
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-upload-'));
    writeFileSync(join(dir, 'new.txt'), 'new');
    const logger = src.memoryLogger();
    await src.actionsArtifactUploader(logger).upload('mlgate-report-x', [join(dir, 'new.txt')], dir);
    expect(actions.artifactsOf(RUN)).toHaveLength(1);
    expect(logger.lines).toContain('info: Replacing the artifact mlgate-report-x left by an earlier attempt of this run');
  });

  it('resolves artifact:<name>/<path> from this run, and names what this run has when the name is wrong', async () => {
    actions.addArtifact(RUN, 'predictions', zipOf({ 'p.csv': 'id,y_true,y_pred\n9,1,0\n' }));
    actions.addArtifact(RUN, 'logs', zipOf({ 'l.txt': 'x' }));
    const logger = src.memoryLogger();
    const source = src.githubArtifactSource({ token: 'ghs_x', context: src.readGitHubContext(process.env) }, logger);
    const resolver = new src.ArtifactResolver({ source, workflow: undefined, maxRunsBack: 10, tempRoot: mkdtempSync(join(tmpdir(), 'mlgate-cur-')), logger });
    const { localPath, provenance } = await resolver.resolve('predictions', src.parseArtifactReference('artifact:predictions/p.csv', 'predictions'));
    expect(readFileSync(localPath, 'utf8')).toContain('9,1,0');
    expect(provenance).toMatchObject({ runId: null, artifactName: 'predictions', path: 'p.csv' });
    // No REST call: this run's artifacts come from the results service (no `actions: read` needed).
    expect(github.requests.filter((q) => q.path.startsWith('/repos/'))).toEqual([]);
    await expect(resolver.resolve('predictions', src.parseArtifactReference('artifact:preds/p.csv', 'predictions'))).rejects.toThrow(
      'this run has no artifact named preds (its artifacts: logs, predictions); upload it in an earlier step or job of this run, or name another run with @<branch> or @run:<id>',
    );
  });
});

describe('promotion through the results service', { timeout: 30_000 }, () => {
  const settings = { enabled: true, reason: 'a push to the default branch (main)', artifact: 'champion', retentionDays: 30, input: 'challenger', target: 'artifact' as const };
  const result = (verdict: 'pass' | 'warn' | 'fail' | 'error') => ({ schemaVersion: 1 as const, action: 'compare-champion' as const, verdict, gates: [] });

  it('uploads the promoted file and the result object as the artifact later runs resolve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-promote-'));
    writeFileSync(join(dir, 'predictions.csv'), 'id,y_true,y_pred\n1,1,1\n');
    const logger = src.memoryLogger();
    const outcome = await src.promote(settings, join(dir, 'predictions.csv'), result('warn'), { artifact: src.actionsArtifactUploader(logger) }, dir, logger);
    expect(outcome).toMatchObject({ status: 'promoted', files: ['predictions.csv', 'mlgate-result.json'] });
    const [stored] = actions.artifactsOf(RUN);
    expect(stored.name).toBe('champion');
    const zipPath = join(dir, 'champion.zip');
    writeFileSync(zipPath, stored.zip);
    const out = join(dir, 'out');
    expect(await src.extractZip(zipPath, out, 'champion')).toEqual(['mlgate-result.json', 'predictions.csv']);
    expect(JSON.parse(readFileSync(join(out, 'mlgate-result.json'), 'utf8'))).toEqual(result('warn'));
    const create = github.requests.find((q) => q.path.endsWith('/CreateArtifact'))!;
    // retention-days 30 → expires_at 30 days ahead.
    const expires = Date.parse((create.body as { expires_at: string }).expires_at);
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(30);
    expect(logger.lines).toContain('info: Promoted challenger (predictions.csv, mlgate-result.json) as the artifact champion (a push to the default branch (main))');

    // A later run on the default branch resolves it by reference.
    actions.run(RUN)!.status = 'completed';
    actions.run(RUN)!.conclusion = 'success';
    const source = src.githubArtifactSource({ token: 'ghs_x', context: src.readGitHubContext(process.env) }, logger);
    const resolver = new src.ArtifactResolver({ source, workflow: 'ci.yml', maxRunsBack: 10, tempRoot: dir, logger });
    const { localPath } = await resolver.resolve('champion', src.parseArtifactReference('artifact:champion@feature/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toBe('id,y_true,y_pred\n1,1,1\n');
  });

  it('does not promote when the gates failed, or when promotion is off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-promote-'));
    writeFileSync(join(dir, 'p.csv'), 'x\n');
    const logger = src.memoryLogger();
    const uploader = { artifact: src.actionsArtifactUploader(logger) };
    expect(await src.promote(settings, join(dir, 'p.csv'), result('fail'), uploader, dir, logger)).toEqual({
      status: 'skipped',
      reason: 'the verdict is fail; only a run whose gates pass is promoted',
    });
    expect(await src.promote({ ...settings, enabled: false, reason: 'not a push to the default branch (pull_request)' }, join(dir, 'p.csv'), result('pass'), uploader, dir, logger)).toEqual({
      status: 'skipped',
      reason: 'not a push to the default branch (pull_request)',
    });
    expect(actions.artifactsOf(RUN)).toEqual([]);
    expect(github.requests.filter((q) => q.path.startsWith('/twirp/'))).toEqual([]);
  });
});
