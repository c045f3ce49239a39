/**
 * HTML escaping for the report page (a different language from markdown, so a different escaper
 * from src/report/markdown.ts): every text from data passes through {@link escapeHtml} before it
 * reaches an element or an attribute. `&`, `<`, `>`, `"` and `'` are replaced, so text is safe in
 * element content and in quoted attributes alike; control characters become their pictures.
 */
import { controlPictures } from '../document/visible.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @example escapeHtml('<script>"x" & y</script>') // "&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;" */
export function escapeHtml(text: string): string {
  return controlPictures(text.replace(/\r\n|\r|\n/g, '\n').replace(/\n/g, ' ')).replace(/[&<>"']/g, (c) => ENTITY[c]);
}

/** Like {@link escapeHtml} but keeps line breaks (for `<pre>`). */
export function escapeHtmlLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => controlPictures(line).replace(/[&<>"']/g, (c) => ENTITY[c]))
    .join('\n');
}
