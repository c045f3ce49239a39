/**
 * The HTML report page as a file: self-contained (nothing that could load from the network), its
 * CSP hashes matching its one style and one script, charts with titles, colours that pass
 * contrast. The browser tests (test/browser/) open it in Chromium.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { htmlPage, PAGE_CSP } from '../../../src/report/html/page.js';
import { AXIS, GREY, PALETTE, RED, TEXT } from '../../../src/report/html/svg/frame.js';
import { shade } from '../../../src/report/html/svg/heatmap.js';
import { paragraph, status, strong } from '../../../src/report/document/index.js';
import { sampleDocument } from '../sample-document.js';

const page = htmlPage({ title: 'Data drift — <demo> @octocat', subtitle: [status('fail'), ' ', strong('FAIL'), ' — 2 of 5 columns drifted'], document: sampleDocument() });
const dom = new JSDOM(page).window.document;

/** WCAG 2 contrast, written out here as the oracle (independent of src/report/html/svg/heatmap.ts). */
function contrastOf(a: string, b: string): number {
  const rgb = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g)!.map(Number));
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('HTML report page', () => {
  it('matches the snapshot', async () => {
    await expect(page).toMatchFileSnapshot('__snapshots__/sample-page.html');
  });

  it('loads nothing: no external element, URL in CSS, or script source; a CSP that forbids it anyway', () => {
    expect(dom.querySelectorAll('link, img, iframe, object, embed, [src]')).toHaveLength(0);
    expect(page).not.toMatch(/url\(|@import/);
    const csp = dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(PAGE_CSP);
    expect(csp).toMatch(/^default-src 'none';/);
  });

  it('allows exactly its own style and script by hash', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = dom.querySelectorAll('style');
    const script = dom.querySelectorAll('script:not([type])');
    expect(style).toHaveLength(1);
    expect(script).toHaveLength(1);
    expect(PAGE_CSP).toContain(`style-src ${hash(style[0].textContent!)}`);
    expect(PAGE_CSP).toContain(`script-src ${hash(script[0].textContent!)}`);
    expect(dom.querySelectorAll('[style]')).toHaveLength(0); // the CSP would block inline style attributes
  });

  it('keeps a closed section with charts as inert text until it opens', () => {
    const lazy = dom.querySelector('details[data-lazy]')!;
    expect(lazy.querySelector('summary')?.textContent).toBe('Per-column charts: income');
    expect(lazy.querySelectorAll('svg, table')).toHaveLength(0);
    const store = dom.getElementById('mlgate-sections')!;
    expect(store.getAttribute('type')).toBe('application/octet-stream');
    const sections = JSON.parse(gunzipSync(Buffer.from(store.textContent!, 'base64')).toString('utf8')) as string[];
    expect(sections).toHaveLength(1);
    const inner = new JSDOM(`<div>${sections[Number(lazy.getAttribute('data-lazy'))]}</div>`).window.document;
    expect(inner.querySelectorAll('figure.chart svg .mark').length).toBeGreaterThan(0);
    expect(inner.querySelector('table.sortable')).not.toBeNull();
    // Folded sections without charts stay inline (they are cheap and searchable).
    expect([...dom.querySelectorAll('details:not([data-lazy]) summary')].map((s) => s.textContent)).toContain('Why these tests (<script>alert(1)</script>, @octocat)');
  });

  it('has landmarks, one h1, and escapes the title', () => {
    expect(dom.querySelectorAll('header, main, footer')).toHaveLength(3);
    expect([...dom.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Data drift — <demo> @octocat']);
    expect(dom.title).toBe('Data drift — <demo> @octocat');
    expect(dom.documentElement.lang).toBe('en');
  });

  it('uses colours that pass contrast on the white page: ≥ 3:1 for marks, ≥ 4.5:1 for text', () => {
    for (const c of [...PALETTE, GREY, RED]) expect(contrastOf(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const c of [TEXT, AXIS, GREY, RED]) expect(contrastOf(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('writes heat-map counts in a colour that reads on their cell', () => {
    const svg = [...dom.querySelectorAll('figure.chart svg')].find((s) => s.querySelector('title')?.textContent === 'Confusion matrix')!;
    const rects = [...svg.querySelectorAll('rect.mark')];
    expect(rects).toHaveLength(9);
    for (const rect of rects) {
      const text = rect.nextElementSibling!;
      expect(text.tagName).toBe('text');
      expect(contrastOf(text.getAttribute('fill')!, rect.getAttribute('fill')!)).toBeGreaterThanOrEqual(4.5);
    }
    expect(rects.map((r) => r.nextElementSibling!.textContent)).toEqual(['50', '3', '1', '4', '40', '6', '0', '2', '30']);
  });

  it('finds a readable text colour for every share of a row', () => {
    for (let i = 0; i <= 100; i++) {
      const { rgb, ink } = shade(i / 100);
      expect(contrastOf(ink, `rgb(${rgb.join(',')})`)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('stays a page when the document is one paragraph', () => {
    const small = new JSDOM(htmlPage({ title: 't', document: { blocks: [paragraph('hello')] } })).window.document;
    expect(small.querySelector('main p')?.textContent).toBe('hello');
  });
});
