/**
 * Runs fuzz cases and sorts each outcome: `parsed` (the call returned), `clean` (a
 * ConfigurationError or DataError with a one-line message: exit 2 as the user sees it), `other`
 * (any other exception, or a clean error whose message spans lines: a bug), `hang` (a case that
 * took longer than the time limit; in the worker-based script a case that never ends is stopped
 * and counted here too).
 */
import { ConfigurationError, DataError, describeError } from '../../src/errors.js';
import { caseSeed, Rng } from './random.js';
import type { FuzzInput, FuzzTarget } from './targets.js';

export type Outcome = 'parsed' | 'clean' | 'other' | 'hang';

export interface Failure {
  target: string;
  seed: number;
  index: number;
  outcome: Outcome;
  /** The error's one-line description, or why the case counts as a hang. */
  detail: string;
  /** The input, shortened for printing (JSON of the text, or the bytes as base64). */
  input: string;
}

export interface Tally {
  target: string;
  cases: number;
  parsed: number;
  clean: number;
  other: number;
  hang: number;
  failures: Failure[];
}

export function emptyTally(target: string): Tally {
  return { target, cases: 0, parsed: 0, clean: 0, other: 0, hang: 0, failures: [] };
}

export function inputOf(target: FuzzTarget, seed: number, index: number): FuzzInput {
  return target.generate(new Rng(caseSeed(seed, target.name, index)));
}

export function showInput(input: FuzzInput, limit = 300): string {
  const text = 'text' in input ? JSON.stringify(input.text) : `base64:${input.bytes.toString('base64')}`;
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}

/** Classifies what a call threw. */
export function classify(error: unknown): { outcome: Outcome; detail: string } {
  if (error instanceof ConfigurationError || error instanceof DataError) {
    const message = describeError(error);
    return /[\r\n]/.test(message) ? { outcome: 'other', detail: `a clean error on several lines: ${JSON.stringify(message)}` } : { outcome: 'clean', detail: message };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  return { outcome: 'other', detail };
}

/** Runs one case; `timeoutMs` turns a slow case into a hang (it is still awaited). */
export async function runCase(target: FuzzTarget, seed: number, index: number, scratch: string, timeoutMs: number): Promise<{ outcome: Outcome; detail: string; ms: number }> {
  const input = inputOf(target, seed, index);
  const started = performance.now();
  let result: { outcome: Outcome; detail: string };
  try {
    await target.run(input, scratch);
    result = { outcome: 'parsed', detail: '' };
  } catch (error) {
    result = classify(error);
  }
  const ms = performance.now() - started;
  if (ms > timeoutMs) result = { outcome: 'hang', detail: `took ${Math.round(ms)} ms (limit ${timeoutMs} ms)` };
  return { ...result, ms };
}

export function record(tally: Tally, target: FuzzTarget, seed: number, index: number, outcome: Outcome, detail: string, keep = 20): void {
  tally.cases += 1;
  tally[outcome] += 1;
  if ((outcome === 'other' || outcome === 'hang') && tally.failures.length < keep) {
    tally.failures.push({ target: target.name, seed, index, outcome, detail, input: showInput(inputOf(target, seed, index)) });
  }
}

/** Runs `runs` cases of `target` in this thread, from case `from`. */
export async function runTarget(target: FuzzTarget, seed: number, runs: number, scratch: string, timeoutMs: number, from = 0): Promise<Tally> {
  const tally = emptyTally(target.name);
  for (let index = from; index < from + runs; index++) {
    const { outcome, detail } = await runCase(target, seed, index, scratch, timeoutMs);
    record(tally, target, seed, index, outcome, detail);
  }
  return tally;
}

/** The counts as a markdown table. */
export function formatTallies(tallies: readonly Tally[]): string {
  const rows = tallies.map((t) => `| ${t.target} | ${t.cases} | ${t.parsed} | ${t.clean} | ${t.other} | ${t.hang} |`);
  const total = tallies.reduce((sum, t) => ({ cases: sum.cases + t.cases, parsed: sum.parsed + t.parsed, clean: sum.clean + t.clean, other: sum.other + t.other, hang: sum.hang + t.hang }), { cases: 0, parsed: 0, clean: 0, other: 0, hang: 0 });
  return [
    '| parser | cases | parsed | clean errors | other exceptions | hangs |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| **all** | ${total.cases} | ${total.parsed} | ${total.clean} | ${total.other} | ${total.hang} |`,
  ].join('\n');
}
