import { describe, expect, it } from 'vitest';
import { binaryCalibrationInput, calibration, topLabelCalibrationInput, type CalibrationStrategy } from '../../src/metrics/calibration.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: scikit-learn 1.2.1 calibration_curve (bin means) and a numpy ECE/MCE written from the
// formula with calibration_curve's bins; statsmodels Wilson; cross-checked in the script against
// torchmetrics' published examples (scripts/reference/calibration.py →
// test/fixtures/metrics/calibration.json). 1e-12 relative; bin counts exactly.
interface Expected {
  bins: number; strategy: CalibrationStrategy; ece: number; mce: number; interior_edges: number[]; counts: number[];
  sklearn_prob_true: number[]; sklearn_prob_pred: number[]; observed_ci: ([number, number] | null)[];
}
interface Case { name: string; variant: 'binary' | 'top-label'; y_true: number[]; positive: number; score?: number[]; probabilities?: number[][]; expected: Expected[] }
const { cases } = loadFixture<{ cases: Case[] }>('calibration.json');

function inputOf(c: Case) {
  const yTrue = Int32Array.from(c.y_true);
  return c.variant === 'binary'
    ? binaryCalibrationInput(Float64Array.from(c.score!), yTrue, c.positive)
    : topLabelCalibrationInput(c.probabilities!.map((column) => Float64Array.from(column)), yTrue);
}

describe('calibration against scikit-learn calibration_curve and the ECE formula', () => {
  it.each(cases.flatMap((c) => c.expected.map((e) => [`${c.name}, ${e.bins} ${e.strategy} bins`, c, e] as const)))('%s', (_, c, e) => {
    const result = calibration(inputOf(c), { bins: e.bins, strategy: e.strategy });
    expect(result.variant).toBe(c.variant);
    expectClose(result.ece.value, e.ece, 'ece');
    expectClose(result.mce, e.mce, 'mce');
    expect(result.reliability.map((b) => b.count)).toEqual(e.counts);
    // edges: the bins' bounds are the reference's interior edges, exactly
    expect(result.reliability.slice(1).map((b) => b.lower)).toEqual(e.interior_edges);
    expect(result.reliability[0].lower).toBe(0);
    expect(result.reliability[e.bins - 1].upper).toBe(1);
    const filled = result.reliability.filter((b) => b.count > 0);
    filled.forEach((b, i) => {
      expectClose(b.observed, e.sklearn_prob_true[i], `observed of non-empty bin ${i}`);
      expectClose(b.meanPredicted, e.sklearn_prob_pred[i], `mean predicted of non-empty bin ${i}`);
    });
    result.reliability.forEach((b, i) => {
      const ci = e.observed_ci[i];
      if (ci === null) expect(b.observedCi).toBeNull();
      else {
        expectClose(b.observedCi![0], ci[0], `bin ${i} Wilson lower`);
        expectClose(b.observedCi![1], ci[1], `bin ${i} Wilson upper`);
      }
    });
  });

  it('matches torchmetrics\' published examples (ECE 0.2900 binary, 0.2000 top-label)', () => {
    const binary = calibration(binaryCalibrationInput(Float64Array.of(0.25, 0.25, 0.55, 0.75, 0.75), Int32Array.of(0, 0, 1, 1, 1), 1), { bins: 2, strategy: 'uniform' });
    expect(binary.ece.value!.toFixed(4)).toBe('0.2900');
    expect(binary.mce!.toFixed(4)).toBe('0.3167');
    const top = calibration(
      topLabelCalibrationInput([Float64Array.of(0.25, 0.55, 0.1, 0.9), Float64Array.of(0.2, 0.05, 0.3, 0.05), Float64Array.of(0.55, 0.4, 0.6, 0.05)], Int32Array.of(0, 1, 2, 0)),
      { bins: 3, strategy: 'uniform' },
    );
    expect(top.ece.value!.toFixed(4)).toBe('0.2000');
    expect(top.mce!.toFixed(4)).toBe('0.2333');
  });

  it('defaults to 15 bins and says what it computed', () => {
    const c = cases.find((x) => x.name === 'binary_overconfident')!;
    const result = calibration(inputOf(c), { strategy: 'quantile' });
    expect(result.bins).toBe(15);
    expect(result.reliability).toHaveLength(15);
    expect(result.ece.note).toMatch(/binary, 15 equal-mass bins/);
    expect(result.ece.ci).toBeNull();
  });

  it('puts a confidence on an edge in the bin below it', () => {
    const result = calibration(binaryCalibrationInput(Float64Array.of(0, 0.5, 0.5000000000000001, 1), Int32Array.of(0, 1, 1, 1), 1), { bins: 2, strategy: 'uniform' });
    expect(result.reliability.map((b) => b.count)).toEqual([2, 2]);
    expect(result.reliability[0]).toMatchObject({ lower: 0, upper: 0.5, meanPredicted: 0.25, observed: 0.5 });
  });

  it('needs probabilities: a score outside [0, 1] or missing makes it undefined, naming the row', () => {
    const outside = calibration(binaryCalibrationInput(Float64Array.of(0.2, 1.7), Int32Array.of(0, 1), 1), { strategy: 'uniform' });
    expect(outside.ece.value).toBeNull();
    expect(outside.ece.note).toBe('needs probabilities: the score at row 2 is outside [0, 1]');
    const missing = calibration(binaryCalibrationInput(Float64Array.of(NaN), Int32Array.of(0), 1), { strategy: 'uniform' });
    expect(missing.ece.note).toMatch(/row 1 is missing/);
    expect(() => calibration(binaryCalibrationInput(Float64Array.of(0.2), Int32Array.of(0), 1), { strategy: 'uniform', bins: 0 })).toThrow(RangeError);
  });
});
