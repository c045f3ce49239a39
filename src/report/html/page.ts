/**
 * The self-contained HTML report: one file, no network requests (a Content-Security-Policy of
 * `default-src 'none'` makes sure — the inline style and script are allowed by their SHA-256
 * hashes, nothing else loads), inline CSS, inline SVG charts, and a small script that makes
 * every `table.sortable` sort by a click or Enter/Space on its header buttons (aria-sort tells
 * screen readers the order) and draws a folded section's charts when it is opened (fragment.ts,
 * `lazy`: the sections' markup is stored gzip-compressed in the page). Landmarks: header (the title), main (the document), footer.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ReportDocument } from '../document/model.js';
import { inline, type Content } from '../document/model.js';
import { escapeHtml } from './escape.js';
import { inlineHtml, renderFragment } from './fragment.js';

export interface HtmlPageOptions {
  /** The page title and its h1 (plain text). */
  readonly title: string;
  /** A line under the title (the verdict line, for instance). */
  readonly subtitle?: Content;
  readonly document: ReportDocument;
  /** The footer line; default names mlgate. */
  readonly footer?: Content;
  readonly lang?: string;
}

export const PAGE_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
header,main,footer{max-width:1120px;margin:0 auto;padding:0 24px}
header{padding-top:20px;border-bottom:1px solid #d0d7de}
h1{font-size:1.6em;margin:.4em 0}
h2{font-size:1.3em;margin:1.4em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #d8dee4}
h3{font-size:1.1em;margin:1.2em 0 .4em}
h4,h5,h6{font-size:1em;margin:1em 0 .3em}
a{color:#0969da}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eff2f5;padding:.1em .3em;border-radius:4px}
pre{background:#f6f8fa;padding:12px;overflow:auto;border-radius:6px}
pre code{background:none;padding:0}
.empty,.marked{color:#6639ba}
.table-wrap{overflow-x:auto;margin:.6em 0}
.table-wrap:focus-visible{outline:2px solid #0969da;outline-offset:2px}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:4px 0;color:#1f2328}
th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
td{max-width:36em;overflow-wrap:anywhere}
th{background:#f6f8fa;padding:0}
.num{text-align:right}
.mid{text-align:center}
button.sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:4px 10px;width:100%;text-align:inherit;cursor:pointer;display:flex;gap:4px;align-items:center;white-space:nowrap}
th.num button.sort{justify-content:flex-end}
button.sort:focus-visible{outline:2px solid #0969da;outline-offset:-2px}
.sort-icon::after{content:"↕";color:#57606a;font-size:.85em}
th[aria-sort=ascending] .sort-icon::after{content:"▲";color:#1f2328}
th[aria-sort=descending] .sort-icon::after{content:"▼";color:#1f2328}
tbody tr:nth-child(2n){background:#f6f8fa}
details{margin:.6em 0;padding:.2em .6em;border:1px solid #d0d7de;border-radius:6px}
main>details,figure.chart{content-visibility:auto;contain-intrinsic-size:auto 42px}
figure.chart{contain-intrinsic-size:auto 320px}
summary{cursor:pointer;padding:.3em 0;font-weight:600}
summary:focus-visible{outline:2px solid #0969da}
figure.chart{margin:1em 0;max-width:100%}
figcaption{font-weight:600;margin-bottom:4px}
.chart-svg{max-width:100%;height:auto}
aside.note{border-left:4px solid #0969da;padding:.4em 1em;margin:1em 0;background:#f6f8fa}
aside.note-warning,aside.note-caution{border-color:#9a6700}
.note-title{font-weight:600;margin:.2em 0}
.lazy-note{color:#57606a;font-style:italic}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:2em;padding-bottom:24px;color:#57606a;font-size:.9em;border-top:1px solid #d0d7de}
`.trim();

export const SORT_SCRIPT = `
(function(){
function keyOf(row,col){var c=row.cells[col];if(!c)return'';return c.hasAttribute('data-sort')?c.getAttribute('data-sort'):c.textContent.trim();}
function sortable(root){
root.querySelectorAll('table.sortable').forEach(function(table){
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(th,col){
var button=th.querySelector('button.sort');if(!button)return;
button.addEventListener('click',function(){
var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(heads,function(h){h.setAttribute('aria-sort','none');});
th.setAttribute('aria-sort',dir);
var numeric=th.getAttribute('data-type')==='number';
var body=table.tBodies[0];
var rows=Array.prototype.map.call(body.rows,function(r,i){return{r:r,k:keyOf(r,col),i:i};});
rows.sort(function(a,b){
var c;
if(numeric){var ea=a.k==='',eb=b.k==='';if(ea||eb)return ea===eb?a.i-b.i:ea?1:-1;c=Number(a.k)-Number(b.k);}
else c=a.k.localeCompare(b.k,undefined,{numeric:true});
return(dir==='ascending'?c:-c)||a.i-b.i;});
var frag=document.createDocumentFragment();rows.forEach(function(e){frag.appendChild(e.r);});body.appendChild(frag);
});});});}
var store=null;
function sections(){
if(!store){var el=document.getElementById('mlgate-sections');
var bytes=Uint8Array.from(atob(el?el.textContent.trim():''),function(c){return c.charCodeAt(0);});
store=new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(JSON.parse);}
return store;}
function draw(details){
var i=Number(details.getAttribute('data-lazy'));details.removeAttribute('data-lazy');
sections().then(function(all){
var holder=document.createElement('div');holder.className='lazy-body';holder.innerHTML=all[i];
var note=details.querySelector('.lazy-note');if(note)note.remove();
details.appendChild(holder);sortable(holder);});}
document.querySelectorAll('details[data-lazy]').forEach(function(d){
d.addEventListener('toggle',function(){if(d.open&&d.hasAttribute('data-lazy'))draw(d);});});
sortable(document);
})();
`.trim();

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of every report page: nothing loads, only our style and script run. */
export const PAGE_CSP = `default-src 'none'; style-src ${sha256(PAGE_CSS)}; script-src ${sha256(SORT_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

export function htmlPage(options: HtmlPageOptions): string {
  const subtitle = options.subtitle !== undefined ? `<p class="subtitle">${inlineHtml(inline(options.subtitle))}</p>` : '';
  const footer = options.footer !== undefined ? inlineHtml(inline(options.footer)) : 'Generated by mlgate. This file is self-contained: it loads nothing from the network.';
  const { html, lazy } = renderFragment(options.document, { topHeadingLevel: 2, lazy: 'auto' });
  // Folded sections with charts, as one gzip-compressed JSON array in base64: data, never executed
  // (a non-JavaScript script type), inflated by the browser's DecompressionStream when one opens.
  const sections = lazy.length > 0 ? `<script type="application/octet-stream" id="mlgate-sections">${gzipSync(JSON.stringify(lazy), { level: 9 }).toString('base64')}</script>` : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(options.title)}</h1>${subtitle}</header>`,
    `<main>\n${html}\n</main>`,
    `<footer><p>${footer}</p></footer>`,
    sections,
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
