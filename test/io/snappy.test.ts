/**
 * snappyDecompress against hyparquet's snappyUncompress (the decoder it replaces) as the oracle,
 * and against the bytes each stream was built from: random valid streams (literals of every length
 * encoding, the three copy encodings, overlapping and non-overlapping copies, short and long
 * runs) must decode to exactly those bytes in both; truncated or corrupted streams must be
 * rejected by ours whenever hyparquet's rejects them, and what ours accepts decodes the same. Tolerance: none.
 */
import { snappyUncompress } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { snappyDecompress, snappyDecompressInto } from '../../src/io/snappy.js';
import { createRandom, type Random } from '../../src/stats/rng.js';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/**
 * A random valid Snappy stream and the bytes it decodes to. `dense`: hundreds of short elements
 * (literals of 1-20 bytes, copies of 1-20 at offsets 1-64), as pages of numbers compress, so
 * the decoder's unchecked fast loop runs long and hands over to the checked one near the end.
 */
function randomStream(random: Random, dense = false): { stream: Uint8Array; bytes: Uint8Array } {
  const bytes: number[] = [];
  const body: number[] = [];
  const elements = dense ? 200 + Math.floor(random.next() * 400) : 1 + Math.floor(random.next() * 30);
  for (let e = 0; e < elements; e++) {
    if (bytes.length === 0 || random.next() < 0.4) {
      const length = 1 + Math.floor(random.next() * (dense ? 20 : random.next() < 0.2 ? 3000 : 70));
      if (length <= 60) body.push((length - 1) << 2);
      else {
        const size = length - 1 < 256 ? 1 : length - 1 < 65536 ? 2 : 3;
        body.push((59 + size) << 2);
        for (let k = 0; k < size; k++) body.push(((length - 1) >>> (8 * k)) & 255);
      }
      for (let k = 0; k < length; k++) {
        const b = Math.floor(random.next() * 256);
        body.push(b);
        bytes.push(b);
      }
    } else {
      const offset = 1 + Math.floor(random.next() * Math.min(bytes.length, dense ? 64 : random.next() < 0.5 ? 8 : 70000));
      const kind = random.next();
      let length: number;
      if (kind < 0.3 && offset < 2048) {
        length = 4 + Math.floor(random.next() * 8);
        body.push(1 | ((length - 4) << 2) | ((offset >>> 8) << 5), offset & 255);
      } else if (kind < 0.7 && offset < 65536) {
        length = 1 + Math.floor(random.next() * (dense ? 20 : 64));
        body.push(2 | ((length - 1) << 2), offset & 255, offset >>> 8);
      } else {
        length = 1 + Math.floor(random.next() * 64);
        body.push(3 | ((length - 1) << 2), offset & 255, (offset >>> 8) & 255, (offset >>> 16) & 255, offset >>> 24);
      }
      for (let k = 0; k < length; k++) bytes.push(bytes[bytes.length - offset]);
    }
  }
  return { stream: Uint8Array.from([...varint(bytes.length), ...body]), bytes: Uint8Array.from(bytes) };
}

function hyparquet(stream: Uint8Array, length: number): Uint8Array | 'error' {
  const out = new Uint8Array(length);
  try {
    snappyUncompress(stream, out);
    return out;
  } catch {
    return 'error';
  }
}

function ours(stream: Uint8Array, length: number): Uint8Array | 'error' {
  try {
    return snappyDecompress(stream, length);
  } catch {
    return 'error';
  }
}

describe('snappyDecompress', () => {
  it('decodes 1,000 random valid streams exactly as hyparquet does (seed 29)', () => {
    const random = createRandom(29);
    for (let trial = 0; trial < 1000; trial++) {
      const { stream, bytes } = randomStream(random);
      const expected = hyparquet(stream, bytes.length);
      const actual = ours(stream, bytes.length);
      expect(expected !== 'error' && Buffer.compare(expected, bytes)).toBe(0);
      expect(actual !== 'error' && Buffer.compare(actual, bytes)).toBe(0);
    }
  });

  it('decodes 300 dense streams of short elements exactly as hyparquet does (seed 37)', () => {
    const random = createRandom(37);
    for (let trial = 0; trial < 300; trial++) {
      const { stream, bytes } = randomStream(random, true);
      const expected = hyparquet(stream, bytes.length);
      const actual = ours(stream, bytes.length);
      expect(expected !== 'error' && Buffer.compare(expected, bytes)).toBe(0);
      expect(actual !== 'error' && Buffer.compare(actual, bytes)).toBe(0);
    }
  });

  it('writes into a window of a larger array and never outside it (the Parquet reader decodes into columns)', () => {
    const random = createRandom(41);
    for (let trial = 0; trial < 200; trial++) {
      const { stream, bytes } = randomStream(random, trial % 2 === 0);
      const buffer = new Uint8Array(bytes.length + 64).fill(0xa5);
      snappyDecompressInto(stream, buffer.subarray(32, 32 + bytes.length));
      expect(Buffer.compare(buffer.subarray(32, 32 + bytes.length), bytes)).toBe(0);
      expect(buffer.subarray(0, 32).every((b) => b === 0xa5) && buffer.subarray(32 + bytes.length).every((b) => b === 0xa5)).toBe(true);
    }
  });

  it('rejects truncated and corrupted streams that hyparquet rejects (2,000, seed 31)', () => {
    const random = createRandom(31);
    let rejected = 0;
    for (let trial = 0; trial < 2000; trial++) {
      const { stream, bytes } = randomStream(random, trial % 4 === 3);
      let bad = stream;
      if (trial % 2 === 0) bad = stream.subarray(0, Math.floor(random.next() * stream.length));
      else {
        bad = stream.slice();
        bad[Math.floor(random.next() * bad.length)] = Math.floor(random.next() * 256);
      }
      const expected = hyparquet(bad, bytes.length);
      const actual = ours(bad, bytes.length);
      // Ours may be stricter (hyparquet accepts e.g. a negative 32-bit copy offset), never laxer,
      // and whatever it accepts decodes as hyparquet's does.
      if (expected === 'error') {
        rejected++;
        expect(actual).toBe('error');
      } else if (actual !== 'error') {
        expect(Buffer.compare(actual, expected)).toBe(0);
      }
    }
    expect(rejected).toBeGreaterThan(500);
  });
});
