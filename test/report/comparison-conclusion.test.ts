/** The one-line conclusion and the wording of differences (points, signs, better/worse). */
import { describe, expect, it } from 'vitest';
import { COMPARISON_GATES } from '../../src/comparison/gate-catalogue.js';
import type { ComparedMetric } from '../../src/comparison/outcome.js';
import { conclusionLine, headlineMetric } from '../../src/report/comparison-conclusion.js';
import { changeOf, deltaText, intervalText, magnitude } from '../../src/report/difference-wording.js';
import { gateResult } from '../support/gate-result.js';
import type { GateResult, Status } from '../../src/result.js';

function metric(delta: number, ci: [number, number] | null, direction: ComparedMetric['direction'] = 'higher-is-better', mdd: number | null = 0.012): ComparedMetric {
  return { champion: 0.9, challenger: 0.9 + delta, delta, ci, pValue: 0.3, test: 'x', ciMethod: 'x', direction, minimalDetectableDifference: mdd };
}

function gate(subject: string, op: GateResult['op'], threshold: number, status: Status): GateResult {
  return { ...gateResult(`${subject} ${op} ${threshold}`, status, 0), metric: subject, op, threshold };
}

const base = { task: 'binary' as const, confidence: 0.95, firstRun: null };

describe('conclusionLine', () => {
  it.each([
    ['non-inferiority held', metric(0.007, [-0.004, 0.018]), [gate('accuracy.delta.lower', '>=', -0.01, 'pass')], 'The challenger is not worse than the champion by more than 1 point (95% CI of Δ accuracy: −0.4 to +1.8 points).'],
    ['non-inferiority held, and better', metric(0.02, [0.004, 0.036]), [gate('accuracy.delta.lower', '>=', -0.01, 'pass')], 'The challenger is not worse than the champion by more than 1 point — it is significantly better (95% CI of Δ accuracy: +0.4 to +3.6 points).'],
    ['non-inferiority refuted', metric(-0.03, [-0.045, -0.015]), [gate('accuracy.delta.lower', '>=', -0.01, 'fail')], 'The challenger is significantly worse than the champion on accuracy (95% CI of Δ accuracy: −4.5 to −1.5 points).'],
    ['non-inferiority refuted by the estimate', metric(-0.015, [-0.03, 0.001]), [gate('accuracy.delta.lower', '>=', -0.01, 'fail')], 'The challenger is estimated to be worse than the champion by more than 1 point (95% CI of Δ accuracy: −3.0 to +0.1 points).'],
    ['significantly worse, within the margin: said whatever the gate', metric(-0.004, [-0.007, -0.001]), [gate('accuracy.delta.lower', '>=', -0.01, 'pass')], 'The challenger is significantly worse than the champion on accuracy, but by less than 1 point (the margin accuracy.delta.lower >= -0.01 allows) (95% CI of Δ accuracy: −0.70 to −0.10 points).'],
    ['non-inferiority undecided', metric(-0.004, [-0.021, 0.013]), [gate('accuracy.delta.lower', '>=', -0.01, 'inconclusive')], 'The data cannot confirm that the challenger is not worse than the champion by more than 1 point (95% CI of Δ accuracy: −2.1 to +1.3 points; with these rows only a true difference of about 1.2 points or more is reliably detected).'],
    ['superiority held', metric(0.01, [0.002, 0.018]), [gate('accuracy.delta.lower', '>', 0, 'pass')], 'The challenger is better than the champion (95% CI of Δ accuracy: +0.2 to +1.8 points).'],
    ['superiority refuted (warn severity)', metric(-0.01, [-0.018, -0.002]), [gate('accuracy.delta.lower', '>', 0, 'warn')], 'The challenger is significantly worse than the champion on accuracy (95% CI of Δ accuracy: −1.8 to −0.2 points).'],
    ['superiority by a margin refuted', metric(0.01, [0.002, 0.018]), [gate('accuracy.delta.lower', '>=', 0.02, 'fail')], 'The challenger is not better than the champion by 2 points or more (95% CI of Δ accuracy: +0.2 to +1.8 points).'],
    ['no gate, clear improvement', metric(0.01, [0.002, 0.018]), [], 'The challenger is significantly better than the champion on accuracy (95% CI of Δ accuracy: +0.2 to +1.8 points).'],
    ['no gate, no clear difference', metric(0.001, [-0.01, 0.012]), [], 'The data shows no clear difference between challenger and champion on accuracy (95% CI of Δ accuracy: −1.0 to +1.2 points; a true difference of 1.2 points would be detected 80% of the time).'],
    ['a gate on the other side falls back to the interval', metric(0.01, [0.002, 0.018]), [gate('accuracy.delta.upper', '<=', 0.05, 'pass')], 'The challenger is significantly better than the champion on accuracy (95% CI of Δ accuracy: +0.2 to +1.8 points).'],
  ])('%s', (_what, accuracy, gates, expected) => {
    expect(conclusionLine({ ...base, metrics: { accuracy }, gates }, COMPARISON_GATES)).toBe(expected);
  });

  it('reads a lower-is-better metric by its upper bound', () => {
    const rmse = metric(-0.3, [-0.52, -0.08], 'lower-is-better');
    expect(conclusionLine({ ...base, task: 'regression', metrics: { rmse }, gates: [gate('rmse.delta.upper', '<=', 0.5, 'pass')] }, COMPARISON_GATES)).toBe(
      'The challenger is not worse than the champion by more than 0.5 — it is significantly better (95% CI of Δ rmse: −0.52 to −0.08).',
    );
    expect(conclusionLine({ ...base, task: 'regression', metrics: { rmse: metric(0.3, [0.08, 0.52], 'lower-is-better') }, gates: [] }, COMPARISON_GATES)).toBe(
      'The challenger is significantly worse than the champion on rmse (95% CI of Δ rmse: +0.08 to +0.52).',
    );
  });

  it('states a first run, an undefined difference and a missing interval', () => {
    expect(conclusionLine({ ...base, firstRun: 'no champion input was given', metrics: { accuracy: { ...metric(0, null), champion: null, delta: null, challenger: 0.91 } }, gates: [] }, COMPARISON_GATES)).toBe(
      'No champion yet, so the challenger was evaluated alone (accuracy 0.91); gates on the change from a champion are skipped.',
    );
    expect(conclusionLine({ ...base, metrics: { accuracy: { ...metric(0, null), delta: null, note: 'no rows' } }, gates: [] }, COMPARISON_GATES)).toBe('Δ accuracy is undefined for this data (no rows).');
    expect(conclusionLine({ ...base, metrics: { accuracy: metric(0.01, null) }, gates: [] }, COMPARISON_GATES)).toBe('Δ accuracy is 0.01, without an interval, so the data cannot say whether the difference is real.');
  });

  it('takes the headline metric from the first gate on a difference', () => {
    const metrics = { accuracy: metric(0, [0, 0]), roc_auc: metric(0, [0, 0]) };
    expect(headlineMetric({ task: 'binary', metrics, gates: [gate('accuracy', '>=', 0.9, 'pass'), gate('roc_auc.delta.lower', '>', 0, 'pass')] }, COMPARISON_GATES)).toBe('roc_auc');
    expect(headlineMetric({ task: 'binary', metrics, gates: [] }, COMPARISON_GATES)).toBe('accuracy');
    expect(headlineMetric({ task: 'regression', metrics, gates: [] }, COMPARISON_GATES)).toBe('rmse');
  });
});

describe('wording', () => {
  it('gives proportions in points and other metrics as numbers, with as many decimals as the interval needs', () => {
    expect(intervalText('accuracy', [-0.004, 0.018])).toBe('−0.4 to +1.8 points');
    expect(intervalText('accuracy', [-0.00052, 0.00031])).toBe('−0.052 to +0.031 points');
    expect(intervalText('log_loss', [-0.158, -0.062])).toBe('−0.158 to −0.062');
    expect(intervalText('mse', [-1520.3, -215.8])).toBe('−1520.3 to −215.8');
    expect(deltaText('accuracy', 0.0386, [0.008, 0.073])).toBe('+3.9 points');
    expect(deltaText('rmse', 0, null)).toBe('0');
    expect(magnitude('accuracy', -0.01)).toBe('1 point');
    expect(magnitude('f1', 0.005)).toBe('0.5 points');
    expect(magnitude('roc_auc', 0.017951, 2)).toBe('1.8 points');
    expect(magnitude('rmse', -0.5)).toBe('0.5');
  });

  it('says better or worse by the direction of the metric', () => {
    expect(changeOf(metric(0.01, [0.001, 0.02]))).toBe('better');
    expect(changeOf(metric(0.01, [0.001, 0.02], 'lower-is-better'))).toBe('worse');
    expect(changeOf(metric(0, [-0.01, 0.01]))).toBe('no clear difference');
    expect(changeOf(metric(0, [0, 0.01]))).toBe('no clear difference');
    expect(changeOf(metric(0, null))).toBe('unknown');
  });
});
