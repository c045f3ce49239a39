/**
 * A seeded pseudo-random generator, injected wherever mlgate resamples (bootstrap, coverage
 * simulations), so that a run with the same `seed` input gives the same intervals everywhere.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, 2018), 128 bits of state, period 2^128 − 1,
 * passes BigCrush; it needs only 32-bit integer arithmetic, which JavaScript does fast
 * (`Math.imul`, `>>>`), unlike the 64-bit members of the family. The state is filled from the
 * seed by splitmix32 (a 32-bit variant of Steele, Lea & Flood's SplitMix), so that nearby seeds
 * (0, 1, 2, …) give unrelated streams.
 *
 * Not for cryptography.
 */

/** A source of uniform random numbers. */
export interface Random {
  /** A uniform double in [0, 1), with 53 random bits. */
  next(): number;
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
}

/**
 * A xoshiro128** generator seeded from `seed`.
 * @param seed any safe integer (negative allowed); non-integers are rejected.
 * @throws RangeError when `seed` is not a safe integer.
 * @example createRandom(42).next() // the same number on every machine
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  // Both 32-bit halves of the seed feed the mixer, so seeds above 2^32 are distinct streams.
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let mixer = (low ^ Math.imul(high, 0x85ebca6b)) >>> 0;
  const splitmix32 = (): number => {
    mixer = (mixer + 0x9e3779b9) | 0;
    let z = mixer;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one fixed point

  const nextUint32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotateLeft(s3, 11);
    return result;
  };
  return {
    nextUint32,
    next(): number {
      // 27 + 26 high bits of two outputs: every double k / 2^53 is equally likely.
      const a = nextUint32() >>> 5;
      const b = nextUint32() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
  };
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
