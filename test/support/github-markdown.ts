/**
 * GitHub's rendering of a comment, as far as a test can reproduce it: cmark-gfm (the Debian
 * package of GitHub's own CommonMark fork, with its table, autolink and strikethrough
 * extensions) turns markdown into HTML; then, as GitHub's html-pipeline does, mentions and issue
 * references are looked for in the text outside `<code>`, `<pre>` and `<a>` elements, after HTML
 * entities are decoded — which is why `&#64;user` still pings on GitHub.
 *
 * The patterns are a superset of html-pipeline's MentionFilter (`(?:^|\W)@[a-z0-9][a-z0-9-]*`,
 * teams with `/team`) and of GitHub's issue autolinks (`#123`, `GH-123`, `owner/repo#123`): anything
 * GitHub would act on, this finds.
 */
import { execFileSync } from 'node:child_process';

/** cmark-gfm's HTML for `markdown`. Requires the Debian package `cmark-gfm` (.ci/run installs it). */
export function renderGfm(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text GitHub's filters see: outside code, pre and links, tags removed, entities decoded. */
export function filterableText(html: string): string {
  const outside = html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(outside.replace(/<[^>]*>/g, ' '));
}

export interface Actions {
  mentions: string[];
  references: string[];
}

/** What GitHub would act on in `markdown`: mentions that notify, references that link issues. */
export function actionsIn(markdown: string): Actions {
  const text = filterableText(renderGfm(markdown));
  const mentions = [...text.matchAll(/(?:^|[^\w`])@([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9_-]*)?)/gim)].map((m) => `@${m[1]}`);
  const references = [
    ...[...text.matchAll(/(?:^|[^\w&])#(\d+)/g)].map((m) => `#${m[1]}`),
    ...[...text.matchAll(/\bGH-(\d+)/gi)].map((m) => `GH-${m[1]}`),
  ];
  return { mentions, references };
}

/** The rows of the first table in `html`: each a list of its cells' inner HTML. */
export function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]));
}
