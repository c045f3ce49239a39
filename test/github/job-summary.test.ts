import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_LIMIT_BYTES, appendJobSummary } from '../../src/github/job-summary.js';
import { memoryLogger } from '../support/memory-logger.js';

let summaryPath: string;

beforeEach(() => {
  summaryPath = join(mkdtempSync(join(tmpdir(), 'mlgate-summary-')), 'step_summary.md');
  writeFileSync(summaryPath, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryPath);
});

afterEach(() => vi.unstubAllEnvs());

describe('appendJobSummary', () => {
  it('appends the markdown as is when it fits', async () => {
    const outcome = await appendJobSummary('## Report\nall good', memoryLogger());
    expect(outcome).toEqual({ written: true, bytes: 19, shortened: false });
    expect(readFileSync(summaryPath, 'utf8')).toBe('## Report\nall good\n');
    await appendJobSummary('second', memoryLogger());
    expect(readFileSync(summaryPath, 'utf8')).toBe('## Report\nall good\nsecond\n');
  });

  it('keeps the step summary under 1 MiB, with the head and a note saying where the rest is', async () => {
    const huge = `# Verdict: fail\n${'| a | ü | 😀 |\n'.repeat(120_000)}`; // ~2.3 MB
    const logger = memoryLogger();
    const outcome = await appendJobSummary(huge, logger, 'the result file out.json');
    const written = readFileSync(summaryPath);
    expect(written.length).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(written.length).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 4096);
    expect(outcome).toMatchObject({ written: true, shortened: true, bytes: written.length });
    const text = written.toString('utf8');
    expect(text.startsWith('# Verdict: fail\n')).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain("under GitHub's 1 MiB limit; the complete report is in the result file out.json");
    expect(logger.lines.some((l) => l.startsWith('info: Job summary shortened'))).toBe(true);
  });

  it('counts what the step already wrote to the summary', async () => {
    writeFileSync(summaryPath, 'x'.repeat(SUMMARY_LIMIT_BYTES - 10_000));
    await appendJobSummary('line\n'.repeat(10_000), memoryLogger());
    expect(readFileSync(summaryPath).length).toBeLessThan(SUMMARY_LIMIT_BYTES);
  });

  it('outside the runner writes nothing and does not throw', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', undefined);
    const logger = memoryLogger();
    expect(await appendJobSummary('x', logger)).toEqual({ written: false, bytes: 0, shortened: false });
    expect(logger.lines[0]).toMatch(/^debug: No GITHUB_STEP_SUMMARY/);
  });

  it('a summary file that cannot be written is a warning, not a failure', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(summaryPath, 'not-a-dir', 'x.md'));
    const logger = memoryLogger();
    expect((await appendJobSummary('x', logger)).written).toBe(false);
    expect(logger.lines.filter((l) => l.startsWith('warning: Could not write the job summary'))).toHaveLength(1);
  });
});
