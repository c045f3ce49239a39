/**
 * The 64-bit hash every distinct-value structure of a profile keys on (HyperLogLog registers,
 * the bottom-k category sample), returned as two 32-bit words. It is fixed — no seed — so that
 * profiles made anywhere, by any engine, merge: the SQL dialects (src/profile/sql/) compute the
 * same words in the engine.
 * - Numbers (integers, numbers, booleans as 0/1, datetimes as ms): the IEEE-754 bits of the
 *   double (−0 read as +0), low word `a` and high word `b`, mixed by three rounds of MurmurHash3's
 *   32-bit finaliser `fmix32`: x = fmix32(a + C1), h1 = fmix32((b ^ x) + C2),
 *   h2 = fmix32((a ^ h1) + C3), additions modulo 2^32. Only xor, shifts and 32-bit products: what
 *   every SQL engine has.
 * - Text: MD5 of the UTF-8 bytes; h1 is digest bytes 0–3 and h2 bytes 4–7, little-endian. Slow
 *   next to the number hash, but every engine has MD5; callers hash each distinct text once per
 *   chunk and cache it.
 * Not for cryptography (nothing here needs to be).
 */
import { fmix32 } from '../stats/fmix32.js';
import { createHash } from 'node:crypto';

export const HASH_C1 = 0x9e3779b9;
export const HASH_C2 = 0x7f4a7c15;
export const HASH_C3 = 0x85ebca77;

/** Where {@link hashNumber} and {@link hashText} leave their result. */
export const hashOut = { h1: 0, h2: 0 };


const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Hashes the double `value` into {@link hashOut}. */
export function hashNumber(value: number): void {
  bits[0] = value === 0 ? 0 : value;
  const a = words[0];
  const b = words[1];
  const x = fmix32((a + HASH_C1) | 0);
  const h1 = fmix32(((b ^ x) + HASH_C2) | 0);
  hashOut.h1 = h1;
  hashOut.h2 = fmix32(((a ^ h1) + HASH_C3) | 0);
}

/** Hashes the text `value` (its UTF-8 bytes) into {@link hashOut}. */
export function hashText(value: string): void {
  const digest = createHash('md5').update(value, 'utf8').digest();
  hashOut.h1 = digest.readUInt32LE(0);
  hashOut.h2 = digest.readUInt32LE(4);
}

/** Orders two hashes (h1 first, then h2) as unsigned 64-bit numbers: negative, 0 or positive. */
export function compareHashes(a1: number, a2: number, b1: number, b2: number): number {
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}
