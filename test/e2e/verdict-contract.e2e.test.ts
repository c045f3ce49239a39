/**
 * The verdict contract (issue 12), table-driven through the bundled actions as the runner runs them:
 * for every action and every gate status its catalogue can produce — pass, warn, fail,
 * inconclusive under both policies, error, skipped — and for mixed runs, the exit code, the
 * `verdict`, `passed` and `failed-gates` outputs, the annotation levels, the commit-status state
 * and description, the comment's and the job summary's verdict and the result JSON all agree.
 *
 * The expectations are written here from DESIGN.md's table, not computed by src/gates/verdict.ts:
 *   status → effect: pass → pass, warn → warn, fail → fail, inconclusive → the policy (fail by
 *   default), error → error, skipped → warn (not checked is never a pass);
 *   verdict: error if any effect is error, else fail, else warn, else pass;
 *   exit 0 for pass/warn, 1 for fail/error; `passed` is exit 0; `failed-gates` lists the gates
 *   whose effect is fail or error; annotations: error for those, warning for warn effects, none
 *   for a pass; status: success for pass/warn, failure for fail, error for error.
 *
 * Statuses an action's catalogue cannot produce are absent from its rows, and said so: validate-data
 * has no interval (no inconclusive) and no metric that can be undefined (no error); drift-report's
 * numbers are never undefined for a compared column (no error); the profile action has no
 * intervals and nothing to skip.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { pullRequestEvent, REPOSITORY, runBundle, type BundleRun } from '../support/run-bundle.js';
import { runCliBundle } from '../support/run-cli.js';

type Status = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'error' | 'skipped';
type Effect = 'pass' | 'warn' | 'fail' | 'error';
type Policy = 'fail' | 'warn';

const TOKEN = 'ghs_verdictContract0123456789abcdefABCDEF';
const [OWNER, REPO] = REPOSITORY.split('/');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-verdict-'));

// ---- the contract, as DESIGN.md states it ----
const EFFECT: Record<Exclude<Status, 'inconclusive'>, Effect> = { pass: 'pass', warn: 'warn', fail: 'fail', error: 'error', skipped: 'warn' };
const effectOf = (status: Status, policy: Policy): Effect => (status === 'inconclusive' ? policy : EFFECT[status]);
function verdictOf(effects: readonly Effect[]): Effect {
  for (const v of ['error', 'fail', 'warn'] as const) if (effects.includes(v)) return v;
  return 'pass';
}
const EXIT: Record<Effect, number> = { pass: 0, warn: 0, fail: 1, error: 1 };
const STATE: Record<Effect, string> = { pass: 'success', warn: 'success', fail: 'failure', error: 'error' };

// ---- inputs ----
const compareInputs = { champion: 'examples/compare-champion/champion.csv', challenger: 'examples/compare-champion/challenger.csv', 'id-column': 'id', 'score-column': 'score', 'slice-columns': 'size_band' };
const evaluateInputs = { predictions: 'examples/evaluate-model/binary.csv', 'score-column': 'score', 'slice-columns': 'size_band' };
const driftInputs = { reference: 'examples/drift-report/reference.csv', current: 'examples/drift-report/current-shifted.csv' };
const validateInputs = { data: 'examples/validate-data/clean.csv', schema: 'examples/validate-data/schema.yml' };
const profileInputs = { data: 'examples/drift-report/reference.csv', output: join(dir, 'contract.profile.json') };

/** Thresholds strictly between a bound and its point: the bound misses, the point meets (set in beforeAll). */
const between = { accuracyLower: NaN, deltaLower: NaN, driftStatisticUpper: NaN };
let boundedProfile = '';
let boundedCurrent = '';

function midpoint(a: number, b: number): number {
  expect(a).not.toBe(b);
  return Number(((a + b) / 2).toPrecision(6));
}

/** A seeded uniform column: many distinct values, so a profile's quantile sketch compacts and its KS statistic has a bound. */
function uniformCsv(path: string, rows: number, seed: number, shift: number): string {
  let s = seed >>> 0;
  const lines = ['x'];
  for (let i = 0; i < rows; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    lines.push(String(s / 2 ** 32 + shift));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  const json = (name: string) => join(dir, name);
  const evaluate = await runCliBundle(['evaluate-model', '--predictions', evaluateInputs.predictions, '--score-column', 'score', '--json', json('e.json')]);
  expect(evaluate.code).toBe(0);
  const accuracy = JSON.parse(readFileSync(json('e.json'), 'utf8')).metrics.accuracy as { value: number; ci: [number, number] };
  between.accuracyLower = midpoint(accuracy.ci[0], accuracy.value);

  const compare = await runCliBundle(['compare-champion', '--champion', compareInputs.champion, '--challenger', compareInputs.challenger, '--id-column', 'id', '--score-column', 'score', '--gates', 'accuracy.delta >= -1', '--json', json('c.json')]);
  expect(compare.code).toBe(0);
  const accuracyChange = JSON.parse(readFileSync(json('c.json'), 'utf8')).metrics.accuracy as { delta: number; ci: [number, number] };
  between.deltaLower = midpoint(accuracyChange.ci[0], accuracyChange.delta);

  const reference = uniformCsv(json('uniform-reference.csv'), 30_000, 11, 0);
  boundedCurrent = uniformCsv(json('uniform-current.csv'), 3_000, 12, 0.01);
  boundedProfile = json('uniform-reference.profile.json');
  expect((await runCliBundle(['profile', '--data', reference, '--output', boundedProfile])).code).toBe(0);
  await runCliBundle(['drift-report', '--reference', boundedProfile, '--current', boundedCurrent, '--gates', 'x.statistic <= 1', '--json', json('d.json')]);
  const drift = JSON.parse(readFileSync(json('d.json'), 'utf8'));
  const bounds = drift.profile.x as { mode: string; statisticBounds: [number, number] };
  expect(bounds.mode).toBe('bounded');
  between.driftStatisticUpper = midpoint(drift.columns.find((c: { name: string }) => c.name === 'x').statistic, bounds.statisticBounds[1]);
}, 120_000);

interface Case {
  action: string;
  label: string;
  inputs: () => Record<string, string>;
  /** Each gate's text and the status it must get. */
  gates: () => [string, Status][];
  policy?: Policy;
}

const single = (action: string, base: Record<string, string>, status: Status, gate: () => string, extra: Record<string, string> = {}, policy?: Policy): Case => ({
  action,
  label: `${status}${policy ? ` (inconclusive: ${policy})` : ''}`,
  inputs: () => ({ ...base, ...extra, ...(policy ? { inconclusive: policy } : {}) }),
  gates: () => [[gate(), status]],
  policy,
});

const CASES: Case[] = [
  single('evaluate-model', evaluateInputs, 'pass', () => 'accuracy >= 0.5'),
  single('evaluate-model', evaluateInputs, 'warn', () => 'accuracy >= 0.999 warn'),
  single('evaluate-model', evaluateInputs, 'fail', () => 'accuracy >= 0.999'),
  single('evaluate-model', evaluateInputs, 'inconclusive', () => `accuracy.lower >= ${between.accuracyLower}`, {}, 'fail'),
  single('evaluate-model', evaluateInputs, 'inconclusive', () => `accuracy.lower >= ${between.accuracyLower}`, {}, 'warn'),
  single('evaluate-model', evaluateInputs, 'error', () => 'accuracy.slice_min >= 0.5', { 'min-slice-rows': '100000' }),
  // history: 3 on a repository with no earlier runs: no trend to gate on.
  single('evaluate-model', evaluateInputs, 'skipped', () => 'accuracy.trend >= -1', { history: '3' }),

  single('compare-champion', compareInputs, 'pass', () => 'accuracy.delta >= -1'),
  single('compare-champion', compareInputs, 'warn', () => 'accuracy.delta >= 0.5 warn'),
  single('compare-champion', compareInputs, 'fail', () => 'accuracy.delta >= 0.5'),
  single('compare-champion', compareInputs, 'inconclusive', () => `accuracy.delta.lower >= ${between.deltaLower}`, {}, 'fail'),
  single('compare-champion', compareInputs, 'inconclusive', () => `accuracy.delta.lower >= ${between.deltaLower}`, {}, 'warn'),
  single('compare-champion', compareInputs, 'error', () => 'accuracy.delta.slice_min >= -1', { 'min-slice-rows': '100000' }),
  single('compare-champion', compareInputs, 'skipped', () => 'accuracy.delta >= -1', { champion: '' }),

  single('drift-report', driftInputs, 'pass', () => 'drifted_count <= 100'),
  single('drift-report', driftInputs, 'warn', () => 'drifted_count <= 0 warn'),
  single('drift-report', driftInputs, 'fail', () => 'drifted_count <= 0'),
  { ...single('drift-report', {}, 'inconclusive', () => `x.statistic <= ${between.driftStatisticUpper}`, {}, 'fail'), inputs: () => ({ reference: boundedProfile, current: boundedCurrent, inconclusive: 'fail' }) },
  { ...single('drift-report', {}, 'inconclusive', () => `x.statistic <= ${between.driftStatisticUpper}`, {}, 'warn'), inputs: () => ({ reference: boundedProfile, current: boundedCurrent, inconclusive: 'warn' }) },
  single('drift-report', driftInputs, 'skipped', () => 'diagnosis.pValue <= 0.5', { 'categorical-stattest': 'psi' }),

  single('validate-data', validateInputs, 'pass', () => 'rows >= 1'),
  single('validate-data', validateInputs, 'warn', () => 'rows >= 100000 warn'),
  single('validate-data', validateInputs, 'fail', () => 'rows >= 100000'),
  { ...single('validate-data', {}, 'skipped', () => 'a.null_fraction <= 0.5'), inputs: () => ({ data: headerOnly(), schema: emptyAllowed() }) },

  single('profile', profileInputs, 'pass', () => 'rows >= 1'),
  single('profile', profileInputs, 'warn', () => 'rows >= 100000 warn'),
  single('profile', profileInputs, 'fail', () => 'rows >= 100000'),
  single('profile', profileInputs, 'error', () => 'diagnosis.mean >= 0'),

  // Mixed runs: the worst effect decides, and only the gates that fail the run are listed.
  { action: 'evaluate-model', label: 'warn + fail', inputs: () => evaluateInputs, gates: () => [['accuracy >= 0.999 warn', 'warn'], ['f1 >= 0.999', 'fail']] },
  { action: 'evaluate-model', label: 'fail + error', inputs: () => ({ ...evaluateInputs, 'min-slice-rows': '100000' }), gates: () => [['accuracy >= 0.999', 'fail'], ['recall.slice_min >= 0.5', 'error']] },
  { action: 'evaluate-model', label: 'pass + skipped', inputs: () => ({ ...evaluateInputs, history: '3' }), gates: () => [['accuracy >= 0.5', 'pass'], ['accuracy.trend >= -1', 'skipped']] },
  { action: 'compare-champion', label: 'pass + inconclusive (default policy)', inputs: () => compareInputs, gates: () => [['accuracy.delta >= -1', 'pass'], [`accuracy.delta.lower >= ${between.deltaLower}`, 'inconclusive']] },
  { action: 'compare-champion', label: 'inconclusive + fail (warn policy)', inputs: () => ({ ...compareInputs, inconclusive: 'warn' }), policy: 'warn', gates: () => [[`accuracy.delta.lower >= ${between.deltaLower}`, 'inconclusive'], ['accuracy.delta >= 0.5', 'fail']] },
  { action: 'drift-report', label: 'warn + pass', inputs: () => driftInputs, gates: () => [['drifted_count <= 0 warn', 'warn'], ['drifted_share <= 1', 'pass']] },
  { action: 'validate-data', label: 'fail + warn', inputs: () => validateInputs, gates: () => [['rows >= 100000', 'fail'], ['rows >= 100000 warn', 'warn']] },
];

function headerOnly(): string {
  const path = join(dir, 'header-only.csv');
  writeFileSync(path, 'a,b\n');
  return path;
}

/** A schema that accepts an empty file, so that the skipped gate alone decides. */
function emptyAllowed(): string {
  const path = join(dir, 'empty-allowed.yml');
  writeFileSync(path, 'columns:\n  a: { type: number }\n  b: { type: number }\nrows: { min: 0 }\n');
  return path;
}

/** `::error title=…::message` lines of gate annotations → [level, gate id] pairs. */
function gateAnnotations(run: BundleRun): [string, string][] {
  const found: [string, string][] = [];
  for (const line of run.stdout.split('\n')) {
    const m = /^::(error|warning|notice) title=.*?%3A gate (.+?) (?:failed|warned|is inconclusive|was skipped|could not be evaluated|passed)::/.exec(line);
    if (m) found.push([m[1], m[2].replace(/%3A/g, ':').replace(/%2C/g, ',')]);
  }
  return found;
}

let github: LoopbackGitHub;
beforeAll(async () => {
  github = await start();
});
afterAll(async () => {
  await github.close();
});

describe('exit code, outputs, annotations, status, comment and result agree for every gate status', { timeout: 60_000 }, () => {
  it.each(CASES.map((c) => [c.action, c.label, c] as const))('%s: %s', async (_action, _label, c) => {
    const gates = c.gates();
    const policy = c.policy ?? 'fail';
    const effects = gates.map(([, status]) => effectOf(status, policy));
    const verdict = verdictOf(effects);
    const failing = gates.filter((_, i) => effects[i] === 'fail' || effects[i] === 'error').map(([text]) => text);
    const warning = gates.filter((_, i) => effects[i] === 'warn').map(([text]) => text);
    const issue = 100 + CASES.indexOf(c);

    const before = github.state.statuses.length;
    const run = await runBundle(c.action, {
      inputs: { 'github-token': TOKEN, status: 'true', 'html-report': 'false', 'result-artifact': 'false', ...c.inputs(), gates: gates.map(([text]) => text).join('\n') },
      apiUrl: github.url,
      event: pullRequestEvent(issue),
    });
    const context = `${c.action}: ${c.label}\n${run.stdout}\n${run.stderr}`;

    // The result object says what each gate did.
    const result = JSON.parse(readFileSync(run.outputs['result-path'], 'utf8')) as { verdict: string; gates: { id: string; status: string; effect: string; inconclusive: string }[] };
    const gateResult = (text: string) => result.gates.find((g) => g.id === text);
    expect(gates.map(([text]) => [gateResult(text)?.status, gateResult(text)?.effect, gateResult(text)?.inconclusive]), context).toEqual(gates.map(([, status], i) => [status, effects[i], policy]));
    expect(result.verdict, context).toBe(verdict);

    // Exit code and outputs.
    expect(run.code, context).toBe(EXIT[verdict]);
    expect(run.outputs.verdict).toBe(verdict);
    expect(run.outputs.passed).toBe(String(EXIT[verdict] === 0));
    expect(run.outputs['failed-gates'].split('\n').filter(Boolean)).toEqual(failing);

    // Annotations: one per gate that did not pass, at the level of its effect.
    expect(gateAnnotations(run).sort()).toEqual([...failing.map((t) => ['error', t]), ...warning.map((t) => ['warning', t])].sort());

    // The commit status: one, of the verdict's state, its description leading with the verdict.
    const statuses = github.state.statuses.slice(before);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ state: STATE[verdict] });
    const description = statuses[0].description ?? '';
    expect(description.startsWith(`${verdict.toUpperCase()}:`)).toBe(true);
    for (const text of failing) expect(description).toContain(text);

    // The comment and the job summary lead with the same verdict.
    const body = github.state.comments(OWNER, REPO, issue)[0]?.body ?? '';
    for (const page of [body, run.summary]) expect(/\*\*[^*\n]+: (PASS|WARN|FAIL|ERROR)\*\*/.exec(page)?.[1], context).toBe(verdict.toUpperCase());
  });

  it('covers every status at least once, both policies, and every action', () => {
    const seen = new Set(CASES.flatMap((c) => c.gates().map(([, status]) => (status === 'inconclusive' ? `${status}/${c.policy ?? 'fail'}` : status))));
    expect([...seen].sort()).toEqual(['error', 'fail', 'inconclusive/fail', 'inconclusive/warn', 'pass', 'skipped', 'warn']);
    expect(new Set(CASES.map((c) => c.action))).toEqual(new Set(['evaluate-model', 'compare-champion', 'drift-report', 'validate-data', 'profile']));
  });
});
