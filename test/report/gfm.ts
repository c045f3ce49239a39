/**
 * Markdown rendered as GitHub renders a comment: cmark-gfm (GitHub's fork of cmark, Debian's
 * `cmark-gfm` package) with the extensions github.com enables — tables, autolinks, strikethrough,
 * and the tag filter that disarms `<script>` and friends — and raw HTML passed through as GitHub
 * does before its sanitiser. Not GitHub's mention and reference filters: tests check the text
 * those filters would see.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CMARK_GFM = '/usr/bin/cmark-gfm';

/** Why GFM rendering cannot run here, or null. On CI a missing renderer fails the tests. */
export function missingGfm(): string | null {
  if (existsSync(CMARK_GFM)) return null;
  const why = `GFM rendering tests skipped: no ${CMARK_GFM} (apt-get install -y cmark-gfm)`;
  if (process.env.CI) throw new Error(why.replace('skipped', 'cannot run on CI'));
  return why;
}

export function renderGfm(markdown: string): string {
  return execFileSync(CMARK_GFM, ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
}
