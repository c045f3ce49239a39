/**
 * A random stream addressed by a key: `reset(a, b)` puts the generator at the start of the stream
 * of key (seed, a, b), so the numbers drawn for a key never depend on what was drawn before it.
 * The lazy bootstrap of a ranking (src/stats/resampled-ranking.ts) draws the split of tree node
 * `b` in bootstrap replicate `a` from stream (seed, a, b): a replicate is then one and the same
 * resample whichever statistics are asked of it and in whatever order, so adding an operating
 * point to a run does not move the intervals of the others.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, 2018), as src/stats/rng.ts, with its 128-bit
 * state set from the key: each of the four state words is a different chain of the MurmurHash3
 * 32-bit finaliser (a bijection of 32-bit words) over the seed's two halves, a and b, so every
 * word depends on every part of the key and two keys share a state only if four independent
 * 32-bit hashes collide at once. Checked for uniformity and independence across neighbouring
 * keys by chi-square tests (test/metrics/keyed-random.test.ts).
 *
 * Domain: seed a safe integer; a, b integers in [0, 2^32). Not for cryptography.
 * @example const r = new KeyedRandom(7); r.reset(0, 5); const u = r.next(); r.reset(0, 5); r.next() === u // true
 */
import { fmix32 } from './fmix32.js';
import type { Random } from './rng.js';

const STATE_CONSTANTS = [0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x6a09e667] as const;

export class KeyedRandom implements Random {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  /** The seed's part of each state word's hash chain. */
  private readonly seeded: Uint32Array;
  /** The seed and `a` part (cached: a replicate resets many keys with the same a). */
  private readonly withA = new Uint32Array(4);
  private currentA = -1;

  /** @throws RangeError when `seed` is not a safe integer. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    this.seeded = Uint32Array.from(STATE_CONSTANTS, (c) => fmix32(fmix32(c ^ low) ^ high));
  }

  /** Moves to the start of the stream of key (a, b). */
  reset(a: number, b: number): void {
    if (a !== this.currentA) {
      for (let i = 0; i < 4; i++) this.withA[i] = fmix32(this.seeded[i] ^ a);
      this.currentA = a;
    }
    // Kept as int32 (| 0): the state words then never change representation in the engine.
    this.s0 = fmix32(this.withA[0] ^ b) | 0;
    this.s1 = fmix32(this.withA[1] ^ b) | 0;
    this.s2 = fmix32(this.withA[2] ^ b) | 0;
    this.s3 = fmix32(this.withA[3] ^ b) | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is the one fixed point
  }

  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11) | 0;
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits (as src/stats/rng.ts). */
  next(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}


function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
