/**
 * Baselines in the Actions cache, at the interface of @actions/cache (restoreCache/saveCache with
 * its signatures): which keys are saved and restored in which order, where files land, and what a
 * miss says. The real module is exercised against the loopback cache service in
 * test/artifacts/cache-service.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaselineCacheResolver, branchContext, restoreKeys, saveBaseline, saveKey, type CacheClient } from '../../src/artifacts/baseline-cache.js';
import { parseArtifactReference } from '../../src/artifacts/reference.js';
import { ArtifactNotFoundError } from '../../src/artifacts/resolve-reference.js';
import { memoryLogger } from '../support/memory-logger.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mlgate-home-'));
  vi.stubEnv('HOME', home);
});
afterEach(() => vi.unstubAllEnvs());

const pr = branchContext({ GITHUB_HEAD_REF: 'feature/x', GITHUB_BASE_REF: 'release', GITHUB_REF_NAME: '7/merge', GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '2' }, 'main');
const push = branchContext({ GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '100', GITHUB_RUN_ATTEMPT: '1' }, 'main');

/** A cache holding entries by key; restore picks the newest entry of the first prefix that matches. */
function fakeCache(entries: Array<{ key: string; files: Record<string, string> }>) {
  const calls: unknown[][] = [];
  const client: CacheClient = {
    async restoreCache(paths, primaryKey, keys = []) {
      calls.push(['restore', paths, primaryKey, keys]);
      for (const prefix of [primaryKey, ...keys]) {
        const hit = entries.filter((e) => e.key.startsWith(prefix)).pop();
        if (!hit) continue;
        const dir = join(home, '.mlgate/cache', paths[0].split('/').pop()!);
        mkdirSync(dir, { recursive: true });
        for (const [name, text] of Object.entries(hit.files)) writeFileSync(join(dir, name), text);
        return hit.key;
      }
      return undefined;
    },
    async saveCache(paths, key) {
      const dir = join(home, '.mlgate/cache', paths[0].split('/').pop()!);
      calls.push(['save', paths, key, readFileSync(join(dir, 'p.csv'), 'utf8')]);
      return 1;
    },
  };
  return { client, calls };
}

describe('baselines in the cache', () => {
  it('restores this branch, then the base branch, then the default branch', () => {
    expect(restoreKeys('champion', pr)).toEqual(['mlgate-baseline-champion-feature/x-', 'mlgate-baseline-champion-release-', 'mlgate-baseline-champion-main-']);
    expect(restoreKeys('champion', push)).toEqual(['mlgate-baseline-champion-main-']);
    expect(saveKey('champion', pr)).toBe('mlgate-baseline-champion-feature/x-99-2');
  });

  it('falls back to the default branch and records the entry used', async () => {
    const { client, calls } = fakeCache([
      { key: 'mlgate-baseline-champion-main-50-1', files: { 'p.csv': 'old' } },
      { key: 'mlgate-baseline-champion-main-60-1', files: { 'p.csv': 'newest on main' } },
    ]);
    const logger = memoryLogger();
    const resolver = new BaselineCacheResolver(client, pr, logger);
    const { localPath, provenance } = await resolver.resolve('champion', parseArtifactReference('cache:champion/p.csv', 'champion'));
    expect(readFileSync(localPath, 'utf8')).toBe('newest on main');
    expect(localPath).toBe(join(home, '.mlgate/cache/champion/p.csv'));
    expect(provenance).toEqual({ reference: 'cache:champion/p.csv', cacheKey: 'mlgate-baseline-champion-main-60-1', path: 'p.csv' });
    expect(calls).toEqual([['restore', ['~/.mlgate/cache/champion'], 'mlgate-baseline-champion-feature/x-', ['mlgate-baseline-champion-release-', 'mlgate-baseline-champion-main-']]]);
    expect(logger.lines).toContain('info: champion: p.csv from the cached baseline mlgate-baseline-champion-main-60-1');
  });

  it('clears an older restore first, so only this entry\'s files can be read', async () => {
    mkdirSync(join(home, '.mlgate/cache/champion'), { recursive: true });
    writeFileSync(join(home, '.mlgate/cache/champion/stale.csv'), 'stale');
    const { client } = fakeCache([{ key: 'mlgate-baseline-champion-main-1-1', files: { 'p.csv': 'x' } }]);
    const resolver = new BaselineCacheResolver(client, push, memoryLogger());
    await expect(resolver.resolve('champion', parseArtifactReference('cache:champion/stale.csv', 'champion'))).rejects.toThrow(
      'cache:champion/stale.csv: the cached baseline mlgate-baseline-champion-main-1-1 has no file "stale.csv" (it holds: p.csv)',
    );
    expect(existsSync(join(home, '.mlgate/cache/champion/stale.csv'))).toBe(false);
  });

  it('a miss is "not found" (so allowMissing inputs can go on) and says which keys it tried', async () => {
    const { client } = fakeCache([]);
    const error = await new BaselineCacheResolver(client, pr, memoryLogger()).resolve('champion', parseArtifactReference('cache:champion/p.csv', 'champion')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactNotFoundError);
    expect((error as Error).message).toBe(
      'no cache entry for the baseline champion (looked for keys starting "mlgate-baseline-champion-feature/x-", then "mlgate-baseline-champion-release-", then "mlgate-baseline-champion-main-"); entries unused for 7 days are evicted — promote it again, or use an artifact reference',
    );
  });

  it('saves exactly the promoted files under a key unique to the run', async () => {
    const { client, calls } = fakeCache([]);
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-save-'));
    writeFileSync(join(dir, 'p.csv'), 'promoted');
    mkdirSync(join(home, '.mlgate/cache/champion'), { recursive: true });
    writeFileSync(join(home, '.mlgate/cache/champion/leftover.csv'), 'x');
    const key = await saveBaseline('champion', [join(dir, 'p.csv')], client, push, memoryLogger());
    expect(key).toBe('mlgate-baseline-champion-main-100-1');
    expect(calls).toEqual([['save', ['~/.mlgate/cache/champion'], 'mlgate-baseline-champion-main-100-1', 'promoted']]);
    expect(existsSync(join(home, '.mlgate/cache/champion/leftover.csv'))).toBe(false);
  });
});
