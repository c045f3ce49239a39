import { describe, it } from 'vitest';
import { averagePrecision } from '../../src/metrics/average-precision.js';
import { binaryLogLoss } from '../../src/metrics/log-loss.js';
import { brierScore } from '../../src/metrics/brier-score.js';
import { pairedClassificationComparison, pairedRegressionComparison } from '../../src/metrics/paired-comparison.js';
import { regressionMetrics } from '../../src/metrics/regression.js';
import { oneVsRestRocAuc } from '../../src/metrics/roc-auc.js';
import type { IntervalOptions } from '../../src/metrics/types.js';
import { sampleBinomial } from '../../src/stats/discrete-sampling.js';
import { aucFromRanking, delongInterval } from '../../src/stats/delong.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { rankScores } from '../../src/stats/ranking.js';
import { createRandom } from '../../src/stats/rng.js';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { REPETITIONS, binormal, binormalAuc, binormalAveragePrecision, coverage, expectNominal, gaussian } from './simulation.js';

// Coverage of the analytic interval methods (Wilson, DeLong, delta method, means, order
// statistics): seeded simulations from models whose population value is known exactly (or by
// quadrature), 2000 repetitions each; a 95% interval must cover in 93–97% of them (about ±4
// standard errors at 2000 repetitions). Sample sizes are small on purpose: that is where
// asymptotic intervals fail first. The bootstrap's coverage: coverage-bootstrap.test.ts.
const OPTIONS: IntervalOptions = { confidence: 0.95, bootstrapSamples: 1, seed: 0, intervals: true };

describe('coverage of the 95% intervals', () => {
  it('Wilson: accuracy of 120 rows at 85%', () => {
    const random = createRandom(1);
    expectNominal(coverage(REPETITIONS, 0.85, () => wilsonInterval(sampleBinomial(random, 120, 0.85), 120, 0.95)), 'wilson');
  });

  it.each([
    [250, 0.4, 1.2, 2],
    [150, 0.3, 2, 3], // 45 positives, AUC 0.92: where a Wald interval would undercover
  ])('DeLong: binary ROC AUC, %d rows, prevalence %d, binormal shift %d (seed %d)', (rows, prevalence, shift, seed) => {
    const random = createRandom(seed);
    const ci = () => {
      const { yTrue, score } = binormal(random, rows, prevalence, shift);
      const { auc, variance } = aucFromRanking(rankScores(score, yTrue, 1));
      return delongInterval(auc, variance!, 0.95);
    };
    expectNominal(coverage(REPETITIONS, binormalAuc(shift), ci), 'delong');
  });

  it('DeLong components: one-vs-rest macro and weighted ROC AUC, 3 classes, 300 rows', { timeout: 60_000 }, () => {
    const priors = [0.5, 0.3, 0.2];
    const shifts = [1.0, 1.5, 0.8];
    const aucs = shifts.map((s) => binormalAuc(s));
    const truth = { macro: aucs.reduce((a, b) => a + b) / 3, weighted: aucs.reduce((a, b, k) => a + b * priors[k], 0) };
    const random = createRandom(4);
    const covered = { macro: 0, weighted: 0 };
    for (let i = 0; i < REPETITIONS; i++) {
      const rows = 300;
      const yTrue = new Int32Array(rows);
      const scores = shifts.map(() => new Float64Array(rows));
      for (let r = 0; r < rows; r++) {
        const u = random.next();
        const y = u < priors[0] ? 0 : u < priors[0] + priors[1] ? 1 : 2;
        yTrue[r] = y;
        for (let k = 0; k < 3; k++) scores[k][r] = (k === y ? shifts[k] : 0) + gaussian(random);
      }
      const result = oneVsRestRocAuc(scores, yTrue, ['a', 'b', 'c'], OPTIONS);
      for (const kind of ['macro', 'weighted'] as const) {
        const ci = result[kind].ci!;
        if (ci[0] <= truth[kind] && truth[kind] <= ci[1]) covered[kind]++;
      }
    }
    expectNominal(covered.macro / REPETITIONS, 'roc_auc_ovr_macro');
    expectNominal(covered.weighted / REPETITIONS, 'roc_auc_ovr_weighted');
  });

  it('delta method (logit): average precision, 400 rows, prevalence 0.3', () => {
    const truth = binormalAveragePrecision(0.3, 1.5); // quadrature of the binormal precision-recall curve
    const random = createRandom(5);
    const ci = () => {
      const { yTrue, score } = binormal(random, 400, 0.3, 1.5);
      return averagePrecision(rankScores(score, yTrue, 1), OPTIONS).ci;
    };
    expectNominal(coverage(REPETITIONS, truth, ci), 'average_precision');
  });

  it('normal interval for a mean: log loss and Brier score, 300 rows', () => {
    // x uniform on {0, 1, 2}; P(y = 1 | x) = q_x; the model predicts p_x.
    const q = [0.3, 0.5, 0.7];
    const p = [0.2, 0.5, 0.8];
    const truth = {
      logLoss: q.reduce((s, qx, x) => s - (qx * Math.log(p[x]) + (1 - qx) * Math.log(1 - p[x])), 0) / 3,
      brier: q.reduce((s, qx, x) => s + qx * (1 - p[x]) ** 2 + (1 - qx) * p[x] ** 2, 0) / 3,
    };
    const random = createRandom(6);
    const covered = { logLoss: 0, brier: 0 };
    for (let i = 0; i < REPETITIONS; i++) {
      const rows = 300;
      const yTrue = new Int32Array(rows);
      const score = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        const x = Math.floor(random.next() * 3);
        yTrue[r] = random.next() < q[x] ? 1 : 0;
        score[r] = p[x];
      }
      const logLoss = binaryLogLoss(score, yTrue, 1, OPTIONS).ci!;
      const brier = brierScore(score, yTrue, 1, OPTIONS).ci!;
      if (logLoss[0] <= truth.logLoss && truth.logLoss <= logLoss[1]) covered.logLoss++;
      if (brier[0] <= truth.brier && truth.brier <= brier[1]) covered.brier++;
    }
    expectNominal(covered.logLoss / REPETITIONS, 'log_loss');
    expectNominal(covered.brier / REPETITIONS, 'brier');
  });

  it('regression intervals (means, delta method, order statistics), 300 rows', () => {
    // y ~ U(5, 15), prediction = y + e, e ~ N(0, 1): every population value is known in closed form.
    const varianceY = 100 / 12;
    const truth: Record<string, number> = {
      mae: Math.sqrt(2 / Math.PI),
      mse: 1,
      rmse: 1,
      mape: (Math.sqrt(2 / Math.PI) * Math.log(3)) / 10, // E|e| · E[1/y]
      median_ae: normalQuantile(0.75),
      r2: 1 - 1 / varianceY,
      explained_variance: 1 - 1 / varianceY,
    };
    const random = createRandom(7);
    const covered: Record<string, number> = Object.fromEntries(Object.keys(truth).map((name) => [name, 0]));
    for (let i = 0; i < REPETITIONS; i++) {
      const rows = 300;
      const yTrue = new Float64Array(rows);
      const yPred = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        yTrue[r] = 5 + 10 * random.next();
        yPred[r] = yTrue[r] + gaussian(random);
      }
      const { metrics } = regressionMetrics(yTrue, yPred, OPTIONS);
      for (const [name, value] of Object.entries(truth)) {
        const ci = metrics[name].ci!;
        if (ci[0] <= value && value <= ci[1]) covered[name]++;
      }
    }
    for (const name of Object.keys(truth)) expectNominal(covered[name] / REPETITIONS, name);
  });

  it('paired: DeLong difference of two ROC AUCs and delta-method difference of average precisions, 300 rows', { timeout: 60_000 }, () => {
    // Shared latent noise Z makes the two scores correlated: s = 1.2·y + Z + σ·ε, σ = 0.8 vs 0.4.
    // Each is binormal with standard deviation √(1 + σ²) in both classes.
    const shift = 1.2;
    const sds = [Math.sqrt(1.64), Math.sqrt(1.16)];
    const truth = {
      roc_auc: binormalAuc(shift / sds[1]) - binormalAuc(shift / sds[0]),
      average_precision: binormalAveragePrecision(0.4, shift / sds[1]) - binormalAveragePrecision(0.4, shift / sds[0]),
    };
    const random = createRandom(10);
    const covered = { roc_auc: 0, average_precision: 0 };
    const rows = 300;
    for (let i = 0; i < REPETITIONS; i++) {
      const yTrue = new Int32Array(rows);
      const a = new Float64Array(rows);
      const b = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        const y = random.next() < 0.4 ? 1 : 0;
        const z = gaussian(random);
        yTrue[r] = y;
        a[r] = shift * y + z + 0.8 * gaussian(random);
        b[r] = shift * y + z + 0.4 * gaussian(random);
      }
      const { metrics } = pairedClassificationComparison(
        { labels: ['0', '1'], yTrue, champion: { yPred: yTrue, score: a }, challenger: { yPred: yTrue, score: b } },
        { ...OPTIONS, bootstrapSamples: 1 },
      );
      for (const name of ['roc_auc', 'average_precision'] as const) {
        const ci = metrics[name].ci!;
        if (ci[0] <= truth[name] && truth[name] <= ci[1]) covered[name]++;
      }
    }
    expectNominal(covered.roc_auc / REPETITIONS, 'paired roc_auc (DeLong)');
    expectNominal(covered.average_precision / REPETITIONS, 'paired average_precision');
  });

  it('paired: mean difference of log losses and delta-method difference of R², 300 rows', () => {
    // Classification: x uniform on {0, 1, 2}, P(y = 1 | x) = q_x; champion predicts p_x, challenger q_x.
    const q = [0.3, 0.5, 0.7];
    const p = [0.2, 0.5, 0.8];
    const logLoss = (pred: number[]) => q.reduce((s, qx, x) => s - (qx * Math.log(pred[x]) + (1 - qx) * Math.log(1 - pred[x])), 0) / 3;
    const truthLogLoss = logLoss(q) - logLoss(p);
    // Regression: y ~ U(5, 15); champion y + N(0, 1), challenger y + N(0, 0.8²): R² = 1 − σ²/Var(y).
    const varianceY = 100 / 12;
    const truthR2 = 1 - 0.64 / varianceY - (1 - 1 / varianceY);
    const random = createRandom(11);
    const covered = { logLoss: 0, r2: 0 };
    const rows = 300;
    for (let i = 0; i < REPETITIONS; i++) {
      const yTrue = new Int32Array(rows);
      const a = new Float64Array(rows);
      const b = new Float64Array(rows);
      const yReal = new Float64Array(rows);
      const ra = new Float64Array(rows);
      const rb = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        const x = Math.floor(random.next() * 3);
        yTrue[r] = random.next() < q[x] ? 1 : 0;
        a[r] = p[x];
        b[r] = q[x];
        yReal[r] = 5 + 10 * random.next();
        ra[r] = yReal[r] + gaussian(random);
        rb[r] = yReal[r] + 0.8 * gaussian(random);
      }
      const classification = pairedClassificationComparison(
        { labels: ['0', '1'], yTrue, champion: { yPred: yTrue, score: a }, challenger: { yPred: yTrue, score: b } },
        { ...OPTIONS, bootstrapSamples: 1 },
      ).metrics.log_loss.ci!;
      const regression = pairedRegressionComparison(yReal, ra, rb, OPTIONS).metrics.r2.ci!;
      if (classification[0] <= truthLogLoss && truthLogLoss <= classification[1]) covered.logLoss++;
      if (regression[0] <= truthR2 && truthR2 <= regression[1]) covered.r2++;
    }
    expectNominal(covered.logLoss / REPETITIONS, 'paired log_loss');
    expectNominal(covered.r2 / REPETITIONS, 'paired r2');
  });
});
