/**
 * HyperLogLog: estimates within 4 relative standard errors (1.04/√m) of the true distinct count
 * from 1 to 2·10⁶ values (a 4σ band: a false failure about once in 16,000 runs, and the inputs
 * are fixed, so it is deterministic); merging is the register-wise maximum, so it is associative,
 * commutative and idempotent exactly.
 */
import { describe, expect, it } from 'vitest';
import { HyperLogLog } from '../../src/sketch/hyperloglog.js';
import { hashNumber, hashOut, hashText } from '../../src/sketch/value-hash.js';

function sketchOfNumbers(from: number, to: number, precision = 12): HyperLogLog {
  const h = new HyperLogLog(precision);
  for (let i = from; i < to; i++) {
    hashNumber(i * 1.5);
    h.add(hashOut.h1, hashOut.h2);
  }
  return h;
}

describe('HyperLogLog', () => {
  it('is exact-ish at tiny counts and 0 when empty', () => {
    expect(new HyperLogLog().estimate()).toBe(0);
    expect(Math.round(sketchOfNumbers(0, 1).estimate())).toBe(1);
    expect(Math.round(sketchOfNumbers(0, 10).estimate())).toBe(10);
  });

  for (const n of [100, 1000, 10_000, 100_000, 2_000_000]) {
    it(`estimates ${n.toLocaleString('en-US')} distinct numbers within 4 standard errors`, () => {
      const h = sketchOfNumbers(0, n);
      expect(Math.abs(h.estimate() - n) / n).toBeLessThanOrEqual(4 * h.relativeStandardError);
    });
  }

  it('estimates distinct texts within 4 standard errors, and a repeated value changes nothing', () => {
    const h = new HyperLogLog(12);
    for (let i = 0; i < 50_000; i++) {
      hashText(`customer_${i % 20_000}`);
      h.add(hashOut.h1, hashOut.h2);
    }
    expect(Math.abs(h.estimate() - 20_000) / 20_000).toBeLessThanOrEqual(4 * h.relativeStandardError);
  });

  it('merge is the union: associative, commutative, idempotent, equal to the sketch of the whole', () => {
    const a = sketchOfNumbers(0, 30_000);
    const b = sketchOfNumbers(20_000, 60_000);
    const c = sketchOfNumbers(50_000, 90_000);
    const whole = sketchOfNumbers(0, 90_000);
    expect(HyperLogLog.merge(a, b).registers).toEqual(HyperLogLog.merge(b, a).registers);
    expect(HyperLogLog.merge(HyperLogLog.merge(a, b), c).registers).toEqual(HyperLogLog.merge(a, HyperLogLog.merge(b, c)).registers);
    expect(HyperLogLog.merge(a, a).registers).toEqual(a.registers);
    expect(HyperLogLog.merge(HyperLogLog.merge(a, b), c).registers).toEqual(whole.registers);
  });

  it('refuses precisions outside 4 … 16 and merges of different precisions', () => {
    expect(() => new HyperLogLog(3)).toThrow(/from 4 to 16/);
    expect(() => HyperLogLog.merge(new HyperLogLog(10), new HyperLogLog(12))).toThrow(/precision 10 and 12/);
  });
});
