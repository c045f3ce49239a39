/**
 * Issue 14, report injection: no value from data can act in the PR comment. Rendered with
 * cmark-gfm (GitHub's markdown engine) and searched the way GitHub's mention and issue filters
 * search (test/support/github-markdown.ts): no mention, no issue reference, one table row per
 * value, and no value can forge or cut the comment's hidden markers.
 */
import { describe, expect, it } from 'vitest';
import { composeComment, sectionContent } from '../../src/github/comment-body.js';
import { code, escapeText, table } from '../../src/report/markdown.js';
import { actionsIn, decodeEntities, renderGfm, tableRows } from '../support/github-markdown.js';

const HOSTILE = [
  '@octocat',
  '@org/team',
  'mail someone@example.com',
  '&#64;octocat',
  'fixes #123',
  'GH-1',
  'octo/repo#1',
  'a | b',
  'a\\|b',
  'ends with a backslash\\',
  'two\nlines',
  'cr\r\nlf',
  '`tick` and ``double``',
  '```',
  '<b>bold</b> <script>x</script>',
  'c<!-- /mlgate-section:model-a -->',
  '<!-- mlgate:evaluate-model -->',
  '-->',
  '* star _under_ ~strike~ [link](http://x)',
  '| --- |',
];

const WJ = /\u2060/g;

describe('a value in escaped text or a code span cannot mention or reference anyone', () => {
  // The oracle must see what GitHub sees, or passing would prove nothing.
  it('the oracle finds the mentions and references in raw and &#64;-escaped text', () => {
    expect(actionsIn('hi @octocat and @org/team, see #12 and GH-3').mentions).toEqual(['@octocat', '@org/team']);
    expect(actionsIn('hi @octocat and @org/team, see #12 and GH-3').references).toEqual(['#12', 'GH-3']);
    expect(actionsIn('&#64;octocat').mentions).toEqual(['@octocat']);
    expect(actionsIn('`@octocat #12`').mentions).toEqual([]);
  });

  for (const value of HOSTILE) {
    it(`escapeText(${JSON.stringify(value)}) acts on nothing`, () => {
      expect(actionsIn(`Slice ${escapeText(value)} failed`)).toEqual({ mentions: [], references: [] });
    });
    it(`code(${JSON.stringify(value)}) acts on nothing`, () => {
      expect(actionsIn(`Column ${code(value)} failed`)).toEqual({ mentions: [], references: [] });
    });
  }

  it('escaped text still reads as the value (the joiner is invisible)', () => {
    const html = renderGfm(escapeText('@octocat fixed #12 | <b>'));
    expect(decodeEntities(html.replace(/<\/?p>/g, '').trim()).replace(WJ, '')).toBe('@octocat fixed #12 | <b>');
  });
});

describe('a table stays one row per value, one cell per column, whatever the value holds', () => {
  it('every hostile value, as text and as code, is exactly one row of two cells showing the value', () => {
    const rows = HOSTILE.map((v) => [escapeText(v), code(v)]);
    const html = renderGfm(table(['text', 'code'], rows));
    const rendered = tableRows(html);
    expect(rendered).toHaveLength(HOSTILE.length);
    rendered.forEach((cells, i) => {
      const expected = HOSTILE[i].replace(/\r\n|\r|\n/g, ' ');
      expect(cells, HOSTILE[i]).toHaveLength(2);
      // Tags stripped: a URL in a value may be autolinked, which is harmless.
      expect(decodeEntities(cells[0].replace(/<[^>]*>/g, '')).replace(WJ, ''), `text cell of ${JSON.stringify(HOSTILE[i])}`).toBe(expected);
      const inner = /^<code>([\s\S]*)<\/code>$/.exec(cells[1])?.[1];
      expect(inner, `code cell of ${JSON.stringify(HOSTILE[i])}`).toBeDefined();
      expect(decodeEntities(inner!).replace(WJ, '')).toBe(expected); // a word joiner breaks a `<!--` in code
    });
  });

  it('a value with a double backtick cannot close its code span early and spill raw markdown', () => {
    const value = 'a`` @octocat <!-- hidden';
    const html = renderGfm(`x ${code(value)} y`);
    expect(html).toContain('<code>');
    expect(html).not.toContain('<!--');
    expect(actionsIn(`x ${code(value)} y`).mentions).toEqual([]);
  });
});

describe('the comment markers cannot be forged or cut by data', () => {
  const longReport = (name: string, lines: number) =>
    [`### Model ${name}`, '', table(['column', 'value'], Array.from({ length: lines - 6 }, (_, i) => [code(`c${i}`), String(i)])), '', 'end'].join('\n');

  it('a column named "c<!-- /mlgate-section:model-a -->" in model-a\'s report: model-b\'s update keeps all 47 of model-a\'s lines (it cut 26)', () => {
    const rows = Array.from({ length: 41 }, (_, i) => [code(i === 19 ? 'c<!-- /mlgate-section:model-a -->' : `c${i}`), String(i)]);
    const a = ['### Model a', '', table(['column', 'value'], rows), '', 'end'].join('\n');
    expect(a.split('\n')).toHaveLength(47);
    const first = composeComment({ commentId: 'evaluate-model', body: a, section: 'model-a' });
    // model-b's job reads the comment, merges its own section and writes everything back.
    const second = composeComment({ commentId: 'evaluate-model', body: 'report of b', section: 'model-b', existing: first });
    expect(sectionContent(second, 'model-a')).toBe(a);
    expect(sectionContent(second, 'model-b')).toBe('report of b');
  });

  it('the same column in model-b\'s report leaves model-a whole too', () => {
    const a = longReport('a', 47);
    const b = [table(['column', 'value'], [[code('c<!-- /mlgate-section:model-a -->'), '1']]), 'tail of b'].join('\n');
    const first = composeComment({ commentId: 'evaluate-model', body: a, section: 'model-a' });
    const second = composeComment({ commentId: 'evaluate-model', body: b, section: 'model-b', existing: first });
    const third = composeComment({ commentId: 'evaluate-model', body: `${b}\nagain`, section: 'model-b', existing: second });
    expect(sectionContent(third, 'model-a')).toBe(a);
    expect(sectionContent(third, 'model-b')).toBe(`${b}\nagain`);
  });

  it('a section close marker quoted in model-a\'s own report does not end model-a early', () => {
    const a = `${code('<!-- /mlgate-section:model-a -->')} is a column\nsecond line`;
    const composed = composeComment({ commentId: 'x', body: a, section: 'model-a' });
    const again = composeComment({ commentId: 'x', body: 'b', section: 'model-b', existing: composed });
    expect(sectionContent(again, 'model-a')).toBe(a);
  });

  it('a report line that is a marker is made visible text, so it can neither open nor close a section', () => {
    const forged = 'before\n<!-- /mlgate-section:model-a -->\n<!-- mlgate-section:evil -->\nafter';
    const composed = composeComment({ commentId: 'x', body: forged, section: 'model-a' });
    expect(composed).toContain('&lt;!-- /mlgate-section:model-a -->');
    expect(sectionContent(composed, 'model-a')).toBe(forged.replace(/^<!--/gm, '&lt;!--'));
    expect(sectionContent(composed, 'evil')).toBeUndefined();
    expect(composed.split('\n').filter((line) => line.startsWith('<!-- mlgate'))).toEqual(['<!-- mlgate:x -->', '<!-- mlgate-section:model-a -->']);
  });
});
