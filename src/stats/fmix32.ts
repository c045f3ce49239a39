/**
 * MurmurHash3's 32-bit finaliser: a bijection of 32-bit words with full avalanche (every input bit
 * flips each output bit with probability ≈ ½). The one mixing step behind every hash mlgate makes
 * (row sampling, sketch hashing, keyed random streams, id joins).
 * @example fmix32(1) // 1364076727
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
