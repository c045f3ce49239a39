import { describe, expect, it } from 'vitest';
import { ConfigurationError, DataError } from '../../src/errors.js';
import { operatingPoints } from '../../src/metrics/operating-points.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { predictionsAtThreshold } from '../../src/predictions/decision-threshold.js';
import { rankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores } from '../../src/stats/ranking.js';
import { confusionMatrix } from '../../src/metrics/confusion-matrix.js';
import { createRandom } from '../../src/stats/rng.js';

describe('predictions at a decision threshold', () => {
  it('predicts positive at score >= threshold (a score equal to it is positive)', () => {
    expect(Array.from(predictionsAtThreshold(Float64Array.of(0.2, 0.5, 0.9, 0.4999999999999999), 0.5, { positive: 1, negative: 0 }))).toEqual([0, 1, 1, 0]);
    // codes are the caller's: a positive label that sorts first has code 0
    expect(Array.from(predictionsAtThreshold(Float64Array.of(-3, 0, 2), 0, { positive: 0, negative: 1 }))).toEqual([1, 0, 0]);
  });

  it('reproduces the operating point whose threshold it is given', () => {
    const random = createRandom(4);
    const rows = 500;
    const truth = new Int32Array(rows);
    const score = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      truth[r] = random.next() < 0.4 ? 1 : 0;
      score[r] = Math.round((truth[r] * 0.5 + random.next()) * 20) / 20; // ties at the threshold
    }
    const point = operatingPoints(rankedCounts(rankScores(score, truth, 1), score), [{ kind: 'recall_at_precision', level: 0.8 }], { ...DEFAULT_INTERVAL_OPTIONS, intervals: false })['recall_at_precision[0.8]'];
    const predicted = predictionsAtThreshold(score, point.threshold!, { positive: 1, negative: 0 });
    const c = confusionMatrix(truth, predicted, 2);
    expect(c[3] / (c[1] + c[3])).toBe(point.precision);
    expect(c[3] / (c[2] + c[3])).toBe(point.recall);
  });

  it('names the row of a missing score and refuses a threshold that is not a number', () => {
    expect(() => predictionsAtThreshold(Float64Array.of(0.1, NaN), 0.5, { positive: 1, negative: 0 }, { file: 'p.csv', column: 'score' })).toThrow(DataError);
    expect(() => predictionsAtThreshold(Float64Array.of(0.1, NaN), 0.5, { positive: 1, negative: 0 }, { file: 'p.csv', column: 'score' })).toThrow('p.csv, row 2, column "score": the score is missing');
    expect(() => predictionsAtThreshold(Float64Array.of(0.1), NaN, { positive: 1, negative: 0 })).toThrow(ConfigurationError);
    expect(() => predictionsAtThreshold(Float64Array.of(0.1), Infinity, { positive: 1, negative: 0 })).toThrow(/finite/);
  });
});
