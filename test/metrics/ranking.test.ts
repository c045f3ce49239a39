import { describe, expect, it } from 'vitest';
import { RankingWorkspace, rankScores } from '../../src/stats/ranking.js';
import { createRandom } from '../../src/stats/rng.js';

// Oracle: JavaScript's comparison sort of (score, row) pairs; tie groups by === on the scores.
function reference(scores: Float64Array, truth: Int32Array) {
  const rows = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b] || a - b);
  const groups: { end: number; positives: number }[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || scores[rows[i - 1]] !== scores[row]) groups.push({ end: i, positives: 0 });
    const g = groups[groups.length - 1];
    g.end = i + 1;
    if (truth[row] === 1) g.positives++;
  });
  return { rows, groups };
}

function check(scores: Float64Array, truth: Int32Array, workspace?: RankingWorkspace): void {
  const ranking = rankScores(scores, truth, 1, workspace);
  const expected = reference(scores, truth);
  const unsigned = (v: number) => (v === 0 ? 0 : v); // −0 and +0 are one value here
  expect(Array.from(ranking.order, (row) => unsigned(scores[row]))).toEqual(expected.rows.map((row) => unsigned(scores[row])));
  expect(new Set(ranking.order).size).toBe(scores.length);
  expect(ranking.groups).toBe(expected.groups.length);
  expect(Array.from(ranking.groupEnds.subarray(0, ranking.groups))).toEqual(expected.groups.map((g) => g.end));
  expect(Array.from(ranking.groupPositives.subarray(0, ranking.groups))).toEqual(expected.groups.map((g) => g.positives));
  ranking.order.forEach((row, i) => expect(ranking.positiveAt[i]).toBe(truth[row] === 1 ? 1 : 0));
  expect(ranking.positives).toBe(truth.filter((t) => t === 1).length);
}

function randomTruth(rows: number, seed: number): Int32Array {
  const random = createRandom(seed);
  return Int32Array.from({ length: rows }, () => (random.next() < 0.4 ? 1 : 0));
}

describe('rankScores: one radix sort shared by the ranking metrics', () => {
  it('sorts continuous scores and finds no ties', () => {
    const random = createRandom(1);
    const scores = Float64Array.from({ length: 5000 }, () => random.next());
    check(scores, randomTruth(5000, 2));
  });

  it('orders negatives, zeros of both signs and infinities, and ties −0 with +0', () => {
    const scores = Float64Array.from([3, -0, -1e300, Infinity, 0, -Infinity, -2.5, 1e-310, -1e-310, 0, -0, 2.5, -2.5]);
    check(scores, Int32Array.from([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0]));
    const ranking = rankScores(scores, new Int32Array(scores.length), 1);
    const zeroGroup = Array.from(ranking.order).findIndex((row) => scores[row] === 0);
    expect(ranking.groupEnds.indexOf(zeroGroup + 4)).toBeGreaterThanOrEqual(0); // four zeros, one group
  });

  it('groups many ties (rounded scores)', () => {
    const random = createRandom(3);
    const scores = Float64Array.from({ length: 4000 }, () => Math.round(random.next() * 20) / 20);
    check(scores, randomTruth(4000, 4));
  });

  it('sorts long runs that share the high word by the low word', () => {
    // 1 + k·2^-52: identical sign, exponent and top 20 mantissa bits; only the low word differs.
    const random = createRandom(5);
    const scores = Float64Array.from({ length: 3000 }, () => 1 + Math.floor(random.next() * 5000) * 2 ** -52);
    check(scores, randomTruth(3000, 6));
    const short = Float64Array.from({ length: 40 }, (_, i) => 1 + ((i * 7919) % 40) * 2 ** -52);
    check(short, randomTruth(40, 7));
  });

  it('handles 0, 1 and 2 rows', () => {
    check(new Float64Array(0), new Int32Array(0));
    check(Float64Array.from([0.5]), Int32Array.from([1]));
    check(Float64Array.from([0.7, 0.2]), Int32Array.from([1, 0]));
  });

  it('gives the same ranking with a workspace reused across calls of different sizes', () => {
    const workspace = new RankingWorkspace();
    const random = createRandom(8);
    for (const rows of [3000, 10, 0, 5000, 1]) {
      const scores = Float64Array.from({ length: rows }, () => Math.round(random.next() * 50) / 50);
      check(scores, randomTruth(rows, rows + 9), workspace);
    }
  });
});
