/** collectGarbage: unreachable typed-array memory is gone when it returns (not at V8's leisure). */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/util/collect-garbage.js';

describe('collectGarbage', () => {
  it('frees the memory of typed arrays nothing refers to any more', () => {
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    let garbage: Float64Array[] | undefined = Array.from({ length: 8 }, () => new Float64Array(1 << 20).fill(1)); // 64 MB
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThanOrEqual(64 * 2 ** 20);
    expect(garbage.length).toBe(8);
    garbage = undefined;
    collectGarbage();
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 2 ** 20);
  });

  it('keeps what is still referred to', () => {
    const kept = new Float64Array(1 << 20).fill(2);
    collectGarbage();
    expect(kept[12345]).toBe(2);
    expect(process.memoryUsage().arrayBuffers).toBeGreaterThanOrEqual(8 * 2 ** 20);
  });
});
