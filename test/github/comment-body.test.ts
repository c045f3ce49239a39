import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentMarker, composeComment, fairShare, hasMarker, sectionContent } from '../../src/github/comment-body.js';
import { ConfigurationError } from '../../src/errors.js';

const RUN = 'https://github.com/o/r/actions/runs/1';

describe('commentMarker and hasMarker', () => {
  it('makes the hidden marker and refuses ids that could close it', () => {
    expect(commentMarker('drift-report-prod')).toBe('<!-- mlgate:drift-report-prod -->');
    for (const bad of ['', 'a--b', 'a>b', 'a<b', 'two words', 'line\nbreak']) {
      expect(() => commentMarker(bad)).toThrow(ConfigurationError);
    }
  });

  it('matches only a body whose first line is exactly the marker', () => {
    const marker = commentMarker('m');
    expect(hasMarker(`${marker}\nbody`, marker)).toBe(true);
    expect(hasMarker(`${marker}\r\nbody`, marker)).toBe(true);
    expect(hasMarker(marker, marker)).toBe(true);
    expect(hasMarker(`${marker.replace(' -->', '-2 -->')}\nbody`, marker)).toBe(false);
    expect(hasMarker(`${marker}x\nbody`, marker)).toBe(false);
    expect(hasMarker(`quote\n${marker}`, marker)).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
  });
});

describe('composeComment', () => {
  it('without a section: marker line then the report, line breaks normalised, trailing space trimmed', () => {
    expect(composeComment({ commentId: 'c', body: 'a\r\nb\n\n' })).toBe('<!-- mlgate:c -->\na\nb');
  });

  it('with sections: replaces only its own, keeps the others, orders by name with numbers as numbers', () => {
    let body = composeComment({ commentId: 'c', section: 'model-10', body: 'ten' });
    body = composeComment({ commentId: 'c', section: 'model-2', body: 'two', existing: body });
    body = composeComment({ commentId: 'c', section: 'model-10', body: 'TEN', existing: body });
    expect(body).toBe(
      '<!-- mlgate:c -->\n' +
        '|     | Section                      | Verdict | First gate | Value |\n' +
        '| :-: | :--------------------------- | :------ | :--------- | ----: |\n' +
        '|     | [model-2](#mlgate-model-2)   | —       | —          |     — |\n' +
        '|     | [model-10](#mlgate-model-10) | —       | —          |     — |\n\n' +
        '<!-- mlgate-section:model-2 -->\ntwo\n<!-- /mlgate-section:model-2 -->\n\n' +
        '<!-- mlgate-section:model-10 -->\nTEN\n<!-- /mlgate-section:model-10 -->',
    );
    expect(sectionContent(body, 'model-2')).toBe('two');
    expect(sectionContent(body, 'model-3')).toBeUndefined();
  });

  it('opens a shared comment with a summary table: one row per section, its verdict, first gate and value, linked to the section', () => {
    let body = composeComment({ commentId: 'c', section: 'model-a', body: 'A report', row: { verdict: 'fail', gate: 'accuracy >= 0.9', observed: '0.87' } });
    expect(body).not.toContain('| Section'); // one section: no table
    body = composeComment({ commentId: 'c', section: 'model @b', body: 'B report', row: { verdict: 'pass', gate: 'f1 | x >= 0.8', observed: '0.91' }, existing: body });
    const lines = body.split('\n');
    expect(lines.slice(3, 5)).toEqual(['|  ✅  | [model @\u2060b](#mlgate-model-20-40b) | PASS    | `f1 \\| x >= 0.8`  |  0.91 |', '|  ❌  | [model-a](#mlgate-model-a)        | FAIL    | `accuracy >= 0.9` |  0.87 |']);
    expect(body).toContain('<a name="mlgate-model-a"></a>');
    // Rewriting one section keeps the other's row, read back from its hidden row marker.
    body = composeComment({ commentId: 'c', section: 'model-a', body: 'A again', row: { verdict: 'pass', gate: 'accuracy >= 0.9', observed: '0.93' }, existing: body });
    expect(body).toContain('| PASS    | `f1 \\| x >= 0.8`  |  0.91 |');
    expect(body).toContain('[model-a](#mlgate-model-a)        | PASS    | `accuracy >= 0.9` |  0.93 |');
    expect(sectionContent(body, 'model-a')).toMatch(/A again$/);
  });

  it('encodes section names so that they can never close the hidden marker', () => {
    const body = composeComment({ commentId: 'c', section: 'a -- b --> <x>', body: 'weird' });
    const markerLines = body.split('\n').filter((line) => line.startsWith('<!--'));
    for (const line of markerLines) expect(line.slice(4, -3)).not.toContain('--');
    expect(sectionContent(body, 'a -- b --> <x>')).toBe('weird');
  });

  it('drops a pre-section body when the first section is written (it is not anyone\'s section)', () => {
    const body = composeComment({ commentId: 'c', section: 's', body: 'mine', existing: '<!-- mlgate:c -->\nold whole report' });
    expect(body).not.toContain('old whole report');
    expect(sectionContent(body, 's')).toBe('mine');
  });

  it('keeps the body under 65,000 characters with the head and a link to the run', () => {
    const huge = `# Head\n${'x'.repeat(80)}\n`.repeat(2000);
    const body = composeComment({ commentId: 'c', body: huge, runUrl: RUN });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(body.startsWith('<!-- mlgate:c -->\n# Head\n')).toBe(true);
    expect(body).toContain(`](${RUN})`);
  });

  it('shortens the largest sections, leaving small ones intact, and stays under the limit', () => {
    let body = composeComment({ commentId: 'c', section: 'small', body: 'short report' });
    body = composeComment({ commentId: 'c', section: 'big-1', body: 'B'.repeat(50) + '\n' + 'y\n'.repeat(30_000), existing: body, runUrl: RUN });
    body = composeComment({ commentId: 'c', section: 'big-2', body: 'C'.repeat(50) + '\n' + 'z\n'.repeat(30_000), existing: body, runUrl: RUN });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(sectionContent(body, 'small')).toBe('short report');
    expect(sectionContent(body, 'big-1')!.startsWith('B'.repeat(50))).toBe(true);
    expect(sectionContent(body, 'big-2')!.startsWith('C'.repeat(50))).toBe(true);
    // Both big ones got about the same share.
    expect(Math.abs(sectionContent(body, 'big-1')!.length - sectionContent(body, 'big-2')!.length)).toBeLessThan(50);
  });
});

describe('fairShare', () => {
  it('caps only the items above the water level', () => {
    expect(fairShare([10, 20, 30], 100)).toBe(Number.POSITIVE_INFINITY);
    expect(fairShare([10, 100, 100], 110)).toBe(50);
    expect(fairShare([10, 100, 40], 110)).toBe(60);
    expect(fairShare([100, 100], 0)).toBe(0);
  });
});
