/**
 * Headless Chromium for the browser tests: Debian's `chromium` (CI installs it in .ci/run), driven
 * by playwright-core with `executablePath` — never a browser download. The flags keep this closed
 * machine's Chromium from reaching for the network (component updates, sync, QUIC) and a fresh
 * profile each run keeps runs independent. Pages are served from memory on 127.0.0.1; every other
 * request is aborted and recorded, so a test can assert there were none.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.MLGATE_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. On CI a missing browser is a failure, not a skip. */
export function missingBrowser(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set MLGATE_CHROMIUM)`;
  if (process.env.CI) throw new Error(why.replace('skipped', 'cannot run on CI'));
  return why;
}

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  readonly context: BrowserContext;
  readonly base: string;
  /** Serves `html` at `path` on the local server. */
  serve(path: string, html: string): string;
  /** Opens a served page; collects console errors, page errors and every request other than the page. */
  open(url: string, options?: { width?: number; height?: number }): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
  /** Milliseconds from navigation start to the load event, as the page measured it. */
  readonly loadMs: number;
}

export async function startHarness(): Promise<Harness> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'mlgate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: [...FLAGS], viewport: { width: 1100, height: 900 } });
  return {
    context,
    base,
    serve(path, html) {
      pages.set(path, html);
      return `${base}${path}`;
    },
    async open(url, options = {}) {
      const page = await context.newPage();
      if (options.width || options.height) await page.setViewportSize({ width: options.width ?? 1100, height: options.height ?? 900 });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const record = (u: string) => {
        if (u !== url && !u.startsWith('data:') && !requests.includes(u)) requests.push(u);
      };
      // Every request but the page is recorded and aborted before it leaves the browser.
      await page.route('**/*', (route) => {
        if (route.request().url() === url) return route.continue();
        record(route.request().url());
        return route.abort();
      });
      page.on('request', (r) => record(r.url()));
      await page.goto(url, { waitUntil: 'load' });
      const loadMs = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return nav.loadEventEnd > 0 ? nav.loadEventEnd : performance.now();
      });
      return { page, errors, requests, loadMs };
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
