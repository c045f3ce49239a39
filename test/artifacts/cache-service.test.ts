/**
 * Baselines in the cache through the real @actions/cache (cache service v2: twirp, an Azure Put
 * Blob upload, a plain download, tar with zstd) against the loopback GitHub: saved on main, then
 * restored from a pull request's run through the default-branch restore key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsState, artifactRoutes } from '../support/github-artifact-routes.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';

let github: LoopbackGitHub;
let actions: ActionsState;
let src: typeof import('../../src/artifacts/baseline-cache.js') &
  typeof import('../../src/github/artifact-resolver.js') &
  typeof import('../../src/artifacts/reference.js') &
  typeof import('../support/memory-logger.js');

beforeAll(async () => {
  github = await start({ routes: artifactRoutes(() => actions) });
  process.env.GITHUB_API_URL = github.url;
  src = {
    ...(await import('../../src/artifacts/baseline-cache.js')),
    ...(await import('../../src/github/artifact-resolver.js')),
    ...(await import('../../src/artifacts/reference.js')),
    ...(await import('../support/memory-logger.js')),
  };
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
});

let home: string;
beforeEach(() => {
  actions = new ActionsState('octo', 'models');
  actions.addRun({ id: 10, workflow: 'train.yml', branch: 'main' });
  home = mkdtempSync(join(tmpdir(), 'mlgate-home-'));
  const workspace = mkdtempSync(join(tmpdir(), 'mlgate-ws-'));
  for (const [k, v] of Object.entries({ ...actions.cacheEnv(10, github.url), HOME: home, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlgate-rt-')), GITHUB_SERVER_URL: undefined })) vi.stubEnv(k, v);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('baselines through the real cache client', { timeout: 60_000 }, () => {
  it('saves on main and restores on a pull request through the default branch key', async () => {
    const client = await src.actionsCacheClient();
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-promoted-'));
    writeFileSync(join(dir, 'predictions.csv'), 'id,y_true,y_pred\n1,1,1\n');
    const main = src.branchContext({ GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '1' }, 'main');
    const key = await src.saveBaseline('champion', [join(dir, 'predictions.csv')], client, main, src.memoryLogger());
    expect(key).toBe('mlgate-baseline-champion-main-10-1');
    expect(actions.caches.map((e) => [e.key, e.finalized])).toEqual([['mlgate-baseline-champion-main-10-1', true]]);

    // What saving left in ~/.mlgate is cleared before restoring: the file read comes from the cache.
    writeFileSync(join(home, '.mlgate/cache/champion/predictions.csv'), 'not from the cache');
    const pr = src.branchContext({ GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: '7/merge', GITHUB_RUN_ID: '11' }, 'main');
    const resolver = new src.BaselineCacheResolver(client, pr, src.memoryLogger());
    const { localPath, provenance } = await resolver.resolve('champion', src.parseArtifactReference('cache:champion/predictions.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toBe('id,y_true,y_pred\n1,1,1\n');
    expect(provenance).toEqual({ reference: 'cache:champion/predictions.csv', cacheKey: 'mlgate-baseline-champion-main-10-1', path: 'predictions.csv' });
    const lookup = github.requests.find((q) => q.path.endsWith('/GetCacheEntryDownloadURL'))!;
    expect(lookup.body).toMatchObject({ key: 'mlgate-baseline-champion-feature-', restore_keys: ['mlgate-baseline-champion-main-'] });
  });

  it('a key is immutable: saving the same run twice is refused by the cache', async () => {
    const client = await src.actionsCacheClient();
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-promoted-'));
    writeFileSync(join(dir, 'p.csv'), 'x\n');
    const main = src.branchContext({ GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '1' }, 'main');
    await src.saveBaseline('champion', [join(dir, 'p.csv')], client, main, src.memoryLogger());
    await expect(src.saveBaseline('champion', [join(dir, 'p.csv')], client, main, src.memoryLogger())).rejects.toThrow(
      'the cache did not accept the baseline champion (key mlgate-baseline-champion-main-10-1); see the warnings above',
    );
  });
});
