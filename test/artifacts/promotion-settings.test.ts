/** When promotion is on by default, table-driven: only a push to the default branch. */
import { describe, expect, it } from 'vitest';
import { readPromotion } from '../../src/artifacts/promotion.js';
import { InputReader } from '../../src/config/input-reader.js';
import { PROMOTION_INPUTS, type InputSpec } from '../../src/config/input-spec.js';
import { ConfigurationError } from '../../src/errors.js';

const spec: InputSpec = { name: 'challenger', kind: 'file', promote: 'champion', description: '' };
const reader = (values: Record<string, string>) => new InputReader(values, PROMOTION_INPUTS);

describe('readPromotion', () => {
  const cases: Array<[string, Record<string, string>, { eventName: string; ref?: string; defaultBranch?: string }, boolean, string]> = [
    ['push to the default branch', {}, { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' }, true, 'a push to the default branch (main)'],
    ['push to another branch', {}, { eventName: 'push', ref: 'refs/heads/dev', defaultBranch: 'main' }, false, 'not a push to the default branch (push on refs/heads/dev)'],
    ['pull request', {}, { eventName: 'pull_request', ref: 'refs/pull/7/merge', defaultBranch: 'main' }, false, 'not a push to the default branch (pull_request on refs/pull/7/merge)'],
    ['push, default branch unknown', {}, { eventName: 'push', ref: 'refs/heads/main' }, false, 'not a push to the default branch (push on refs/heads/main)'],
    ['explicit true on a PR', { promote: 'true' }, { eventName: 'pull_request', defaultBranch: 'main' }, true, 'promote: true'],
    ['explicit false on main', { promote: 'false' }, { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' }, false, 'promote: false'],
  ];
  for (const [title, values, push, enabled, reason] of cases) {
    it(title, () => {
      expect(readPromotion(spec, reader(values), { ref: undefined, defaultBranch: undefined, ...push })).toEqual({
        enabled,
        reason,
        artifact: 'champion',
        retentionDays: undefined,
        input: 'challenger',
        target: 'artifact',
      });
    });
  }

  it('takes the artifact name and retention from the inputs, refusing invalid names', () => {
    expect(readPromotion(spec, reader({ 'promote-artifact': 'model-b', 'promote-retention-days': '14' }), { eventName: 'push', ref: undefined, defaultBranch: undefined })).toMatchObject({
      artifact: 'model-b',
      retentionDays: 14,
    });
    expect(() => readPromotion(spec, reader({ 'promote-artifact': 'a/b' }), { eventName: 'push', ref: undefined, defaultBranch: undefined })).toThrow(ConfigurationError);
    expect(() => readPromotion(spec, reader({ promote: 'maybe' }), { eventName: 'push', ref: undefined, defaultBranch: undefined })).toThrow(/input "promote"/);
  });
});
