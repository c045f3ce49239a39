/**
 * The gate contract (DESIGN.md, "Gate semantics"): a gate on a point compares the point; a gate
 * on a bound passes only when the bound meets the threshold, is inconclusive when only the point
 * meets it, and fails when the point misses too — so it is never more lenient than the same gate
 * on the point. What each status contributes to the verdict is in verdict.ts.
 */
import { describe, expect, it } from 'vitest';
import type { NamedGate } from '../../src/gates/catalogue.js';
import { decideGate } from '../../src/gates/evaluate.js';
import { parseGate } from '../../src/gates/parse-gates.js';
import { nameGate } from '../../src/gates/name-gates.js';
import { annotationLevelOf, commitStateOf, effectOf, exitCodeOfVerdict, verdictOf } from '../../src/gates/verdict.js';
import type { GateEffect, InconclusivePolicy, Status } from '../../src/result.js';
import { createRandom } from '../../src/stats/rng.js';

const names = { metrics: ['accuracy'], fields: [{ name: 'lower', bound: 'lower' as const }, { name: 'upper', bound: 'upper' as const }] };
const gate = (line: string): NamedGate => nameGate(parseGate(line), names);

describe('bound gates: the bound decides a pass, the point decides between inconclusive and fail', () => {
  it.each([
    // gate, point, interval, status
    ['accuracy.lower >= 0.9', 0.95, [0.92, 0.97], 'pass'],
    ['accuracy.lower >= 0.9', 0.93, [0.88, 0.97], 'inconclusive'],
    ['accuracy.lower >= 0.9', 0.89, [0.85, 0.93], 'fail'],
    ['accuracy.lower >= 0.9 warn', 0.89, [0.85, 0.93], 'warn'],
    ['accuracy.upper <= 0.1', 0.05, [0.02, 0.08], 'pass'],
    ['accuracy.upper <= 0.1', 0.08, [0.05, 0.12], 'inconclusive'],
    ['accuracy.upper <= 0.1', 0.12, [0.09, 0.15], 'fail'],
  ] as const)('%s with estimate %s and interval %j → %s', (line, point, interval, status) => {
    const g = gate(line);
    const observed = g.bound === 'lower' ? interval[0] : interval[1];
    const decision = decideGate(g, { kind: 'bound', observed, point, interval }, 'fail');
    expect(decision.status).toBe(status);
    expect(decision.point).toBe(point);
    expect(decision.interval).toEqual(interval);
  });

  it('the swapped compare-champion example: Δ −3.9 points, interval [−7.3, −0.8], gate .delta.lower >= −0.01 fails', () => {
    const g = nameGate(parseGate('accuracy.delta.lower >= -0.01'), { metrics: ['accuracy'], fields: [{ name: 'delta.lower', bound: 'lower' }] });
    const decision = decideGate(g, { kind: 'bound', observed: -0.073, point: -0.039, interval: [-0.073, -0.008] }, 'warn');
    expect(decision.status).toBe('fail');
    expect(decision.effect).toBe('fail');
  });

  it('property: a bound gate never passes or warns where the same gate on the point fails (random intervals, thresholds, both policies)', () => {
    const random = createRandom(20261206);
    let checked = 0;
    for (let i = 0; i < 20_000; i++) {
      const point = random.next() * 2 - 1;
      const lo = point - random.next() * 0.5;
      const hi = point + random.next() * 0.5;
      const threshold = Math.round((random.next() * 2 - 1) * 100) / 100;
      const policy: InconclusivePolicy = random.next() < 0.5 ? 'fail' : 'warn';
      const [op, field] = random.next() < 0.5 ? (['>=', 'lower'] as const) : (['<=', 'upper'] as const);
      const pointGate = decideGate(gate(`accuracy ${op} ${threshold}`), { kind: 'value', observed: point }, policy);
      const boundGate = decideGate(gate(`accuracy.${field} ${op} ${threshold}`), { kind: 'bound', observed: field === 'lower' ? lo : hi, point, interval: [lo, hi] }, policy);
      if (pointGate.effect === 'fail') {
        expect(boundGate.effect, `${op} ${threshold}, point ${point}, [${lo}, ${hi}], ${policy}`).toBe('fail');
        checked++;
      }
      // And where the bound gate passes, the point gate passes too.
      if (boundGate.effect === 'pass') expect(pointGate.effect).toBe('pass');
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});

describe('what a gate contributes, and everything derived from it', () => {
  // status, severity, policy → effect, annotation level
  const table: [Status, 'fail' | 'warn', InconclusivePolicy, GateEffect, string | undefined][] = [
    ['pass', 'fail', 'fail', 'pass', undefined],
    ['fail', 'fail', 'fail', 'fail', 'error'],
    ['warn', 'warn', 'fail', 'warn', 'warning'],
    ['inconclusive', 'fail', 'fail', 'fail', 'error'],
    ['inconclusive', 'fail', 'warn', 'warn', 'warning'],
    ['inconclusive', 'warn', 'fail', 'warn', 'warning'],
    ['error', 'fail', 'fail', 'error', 'error'],
    ['error', 'warn', 'fail', 'warn', 'warning'],
    ['skipped', 'fail', 'fail', 'warn', 'warning'],
  ];
  it.each(table)('%s (severity %s, inconclusive: %s) → %s, annotation %s', (status, severity, policy, effect, level) => {
    expect(effectOf({ status, severity, inconclusive: policy })).toBe(effect);
    expect(annotationLevelOf({ effect })).toBe(level);
  });

  it.each([
    [['pass', 'pass'], 'pass', 0, 'success'],
    [['pass', 'warn'], 'warn', 0, 'success'],
    [['warn', 'fail'], 'fail', 1, 'failure'],
    [['fail', 'error'], 'error', 1, 'error'],
    [[], 'pass', 0, 'success'],
  ] as const)('effects %j → verdict %s, exit %s, status %s', (effects, verdict, code, state) => {
    const v = verdictOf(effects.map((effect) => ({ effect })));
    expect(v).toBe(verdict);
    expect(exitCodeOfVerdict(v)).toBe(code);
    expect(commitStateOf(v)).toBe(state);
  });
});
