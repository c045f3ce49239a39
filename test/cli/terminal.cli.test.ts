/**
 * The CLI's terminal view (issue 15 item 5): on a TTY the report as plain text — no markdown
 * escapes, no HTML, aligned tables, colour unless NO_COLOR — and the markdown when piped; the
 * verdict line and failed gates always, also when --markdown or --html write files; --html writes
 * the self-contained page.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { REPO_ROOT } from '../support/run-bundle.js';

/** The CLI with a stdout that says it is a terminal, as a TTY does. */
async function onTerminal(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(args, { stdout, stderr, cwd: REPO_ROOT });
  return { code, stdout: out, stderr: err };
}

const DEMO = ['evaluate-model', '--config', 'examples/evaluate-model.yml'];
const ANSI = /\u001b\[/;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the terminal view', () => {
  it('on a TTY: plain text, aligned, no markdown or HTML, colour on', async () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'xterm-256color');
    const run = await onTerminal(DEMO);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ANSI);
    const plain = run.stdout.replace(/\u001b\[\d+m/g, '');
    expect(plain.split('\n')[0]).toBe('⚠️ Model evaluation: WARN — passes, with a warning to review: recall.slice_min >= 0.8 warn — 0.75 is not >= 0.8 (size_band = large)');
    for (const raw of ['**', '&gt;', '&lt;', '\\_', '<details>', '<sub>', '```', '|:--']) expect(plain, raw).not.toContain(raw);
    // Columns line up: the metric values end in the same column.
    const rows = plain.split('\n').filter((l) => /^(accuracy|roc_auc|log_loss) /.test(l));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((l) => l.indexOf(']')))).toHaveProperty('size', 1);
    expect(plain).toContain('▸ How these numbers were computed');
  });

  it('NO_COLOR turns colour off on a TTY; piped output is the markdown the action posts', async () => {
    vi.stubEnv('NO_COLOR', '1');
    const tty = await onTerminal(DEMO);
    expect(tty.stdout).not.toMatch(ANSI);
    expect(tty.stdout).toContain('Model evaluation: WARN');
    vi.stubEnv('NO_COLOR', '');
    const piped = await cliInProcess(DEMO);
    expect(piped.stdout).not.toMatch(ANSI);
    expect(piped.stdout).toMatch(/^⚠️ \*\*Model evaluation: WARN\*\*/);
    expect(piped.stdout).toContain('<details><summary>How these numbers were computed</summary>');
  });

  it('--html writes the self-contained page; piped stdout stays the markdown, the file is named on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-html-'));
    const file = join(dir, 'report.html');
    const run = await cliInProcess([...DEMO, '--html', file]);
    expect(run.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Model evaluation</title>');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/);
    expect(run.stdout).toMatch(/^⚠️ \*\*Model evaluation: WARN\*\*/);
    expect(run.stderr).toBe(`HTML report: ${file}\n`);
  });

  it('with --markdown and --html to files, the terminal still gets the verdict line, the failed gates and the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-html-'));
    const md = join(dir, 'r.md');
    const html = join(dir, 'r.html');
    const run = await onTerminal(['evaluate-model', '--predictions', 'examples/evaluate-model/regression.csv', '--gates', 'r2 >= 0.99\nmae < 100', '--markdown', md, '--html', html]);
    expect(run.code).toBe(1);
    expect(existsSync(md) && existsSync(html)).toBe(true);
    const plain = run.stdout.replace(/\u001b\[\d+m/g, '');
    expect(plain).toMatch(/^❌ Model evaluation: FAIL — fix before merging: r2 >= 0\.99 — [\d.]+ is not >= 0\.99\n/);
    expect(plain).toMatch(/\n• ❌ r2 >= 0\.99 — [\d.]+ is not >= 0\.99\n/);
    expect(plain).not.toContain('mae < 100');
    expect(plain).toContain(`• HTML report: ${html}\n• markdown report: ${md}\n`);
  });
});
