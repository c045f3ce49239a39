/** The artefact reference grammar (DESIGN.md contract), table-driven: accepted forms and exact errors. */
import { describe, expect, it } from 'vitest';
import { isArtifactReference, isWildcard, matchesArtifactName, parseArtifactReference } from '../../src/artifacts/reference.js';
import { ConfigurationError } from '../../src/errors.js';

describe('parseArtifactReference', () => {
  const accepted: Array<[string, object]> = [
    ['artifact:predictions/predictions.csv', { artifact: 'predictions', run: { kind: 'current' }, path: 'predictions.csv' }],
    ['artifact:champion@main/out/preds.parquet', { artifact: 'champion', run: { kind: 'branch', branch: 'main' }, path: 'out/preds.parquet' }],
    ['artifact:champion@default/p.csv', { artifact: 'champion', run: { kind: 'default-branch' }, path: 'p.csv' }],
    ['artifact:champion@run:123456789/p.csv', { artifact: 'champion', run: { kind: 'run', runId: 123456789 }, path: 'p.csv' }],
    ['artifact:champion@{release/2024-q1}/p.csv', { artifact: 'champion', run: { kind: 'branch', branch: 'release/2024-q1' }, path: 'p.csv' }],
    ['artifact:champion@{default}/p.csv', { artifact: 'champion', run: { kind: 'branch', branch: 'default' }, path: 'p.csv' }],
    ['  artifact:ref-data@main/./data//part-*.csv ', { artifact: 'ref-data', run: { kind: 'branch', branch: 'main' }, path: 'data/part-*.csv' }],
    ['artifact:model.v2@v1.2/p.csv', { artifact: 'model.v2', run: { kind: 'branch', branch: 'v1.2' }, path: 'p.csv' }],
    ['artifact:profile-*/profile.json', { artifact: 'profile-*', run: { kind: 'current' }, path: 'profile.json' }],
    ['artifact:shard-?@main/p.json', { artifact: 'shard-?', run: { kind: 'branch', branch: 'main' }, path: 'p.json' }],
  ];
  for (const [text, expected] of accepted) {
    it(`reads ${text.trim()}`, () => {
      expect(parseArtifactReference(text, 'champion')).toEqual({ scheme: 'artifact', text: text.trim(), ...expected });
    });
  }

  const expectedForms = '(expected artifact:<name>/<path>, artifact:<name>@<branch>/<path>, artifact:<name>@default/<path> or artifact:<name>@run:<id>/<path>)';
  const refused: Array<[string, string]> = [
    ['artifact:predictions', 'no path inside the artifact'],
    ['artifact:predictions/', 'no path inside the artifact'],
    ['artifact:/p.csv', 'the artifact name is empty'],
    ['artifact:@main/p.csv', 'the artifact name is empty'],
    ['artifact:champion@main', 'no path inside the artifact'],
    ['artifact:champion@/p.csv', 'nothing after "@"'],
    ['artifact:champion@run:12x/p.csv', '"12x" is not a run id'],
    ['artifact:champion@run:/p.csv', '"" is not a run id'],
    ['artifact:champion@{main/p.csv', '"@{" without a closing "}"'],
    ['artifact:champion@{}/p.csv', 'the branch in "@{}" is empty'],
    ['artifact:champion@main/../secrets.csv', 'the path "../secrets.csv" may not contain ".."'],
    ['artifact:champion@main/a/../../b.csv', 'the path "a/../../b.csv" may not contain ".."'],
    ['artifact:champion@main//etc/passwd', 'the path "/etc/passwd" must be relative, with "/" separators'],
    ['artifact:champion/a\\b.csv', 'the path "a\\b.csv" must be relative, with "/" separators'],
    ['artifact:cham:pion/p.csv', '"cham:pion" is not a valid artifact name'],
  ];
  for (const [text, why] of refused) {
    it(`refuses ${text}`, () => {
      let error: unknown;
      try {
        parseArtifactReference(text, 'champion');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(`input "champion": cannot read the artifact reference "${text}": ${why} ${expectedForms}`);
    });
  }

  it('matches wildcard names: * any run of characters, ? one, everything else literally', () => {
    expect(isWildcard(parseArtifactReference('artifact:profile-*/p.json', 'merge'))).toBe(true);
    expect(isWildcard(parseArtifactReference('artifact:profile/p.json', 'merge'))).toBe(false);
    const cases: Array<[string, string, boolean]> = [
      ['profile-*', 'profile-0', true],
      ['profile-*', 'profile-', true],
      ['profile-*', 'profiles-0', false],
      ['shard-?', 'shard-12', false],
      ['shard-?', 'shard-1', true],
      ['a.b*', 'axb1', false],
      ['(x)+*', '(x)+1', true],
      ['champion', 'champion', true],
      ['champion', 'champions', false],
    ];
    for (const [pattern, name, expected] of cases) expect(matchesArtifactName(pattern, name), `${pattern} ~ ${name}`).toBe(expected);
  });

  it('reads cache:<name>/<path> and refuses malformed ones', () => {
    expect(parseArtifactReference('cache:champion/out/p.csv', 'champion')).toEqual({ scheme: 'cache', text: 'cache:champion/out/p.csv', artifact: 'champion', run: { kind: 'current' }, path: 'out/p.csv' });
    expect(() => parseArtifactReference('cache:champion', 'champion')).toThrow('input "champion": cannot read the cache reference "cache:champion": no path inside the baseline (expected cache:<name>/<path>)');
    expect(() => parseArtifactReference('cache:cham pion/p.csv', 'champion')).toThrow('"cham pion" is not a baseline name (letters, digits, ".", "_", "-")');
    expect(() => parseArtifactReference('cache:c/../p.csv', 'champion')).toThrow('the path "../p.csv" may not contain ".."');
  });

  it('recognises references only by their prefix', () => {
    expect(isArtifactReference('artifact:x/y')).toBe(true);
    expect(isArtifactReference(' artifact:x/y')).toBe(true);
    expect(isArtifactReference('cache:x/y')).toBe(true);
    expect(isArtifactReference('data/artifact:x.csv')).toBe(false);
    expect(isArtifactReference(undefined)).toBe(false);
  });
});
