/**
 * Parquet's RLE / bit-packing hybrid (definition levels, dictionary indices), decoded into
 * caller-owned typed arrays that are reused from page to page.
 *
 * The stream is a sequence of runs, each introduced by a varint header: an even header is a
 * repeated run (`header >>> 1` copies of one value stored in ceil(bitWidth / 8) little-endian
 * bytes); an odd header is a bit-packed run of `(header >>> 1) * 8` values, `bitWidth` bits each,
 * least significant bit first. A repeated run is a `fill`, which is what makes a column without
 * nulls cost next to nothing (its levels are a single run). Truncated or out-of-range data
 * throws an Error (the Parquet reader reports the file as invalid).
 */

/**
 * Decodes `count` levels with maximum `max` (1-255; the bit width follows from it) from
 * `bytes[start, end)` into `out[0, count)`; returns how many equal `max` (for definition levels
 * of a flat column: the rows that hold a value).
 */
export function readLevels(bytes: Uint8Array, start: number, end: number, count: number, out: Uint8Array, max: number): number {
  if (max < 1 || max > 255) throw new Error(`unsupported maximum level ${max}`);
  const bitWidth = 32 - Math.clz32(max);
  let pos = start;
  let seen = 0;
  let atMax = 0;
  while (seen < count) {
    const header = readVarint(bytes, pos, end);
    pos = varintEnd;
    if ((header & 1) === 0) {
      const run = Math.min(header / 2, count - seen);
      if (pos >= end) throw new Error('level data ends inside a run');
      const value = bytes[pos++];
      if (value > max) throw new Error(`level ${value} above the maximum ${max}`);
      out.fill(value, seen, seen + run);
      if (value === max) atMax += run;
      seen += run;
      continue;
    }
    const values = (header - 1) * 4;
    const byteCount = (values * bitWidth) / 8;
    if (pos + byteCount > end) throw new Error('level data ends inside a bit-packed run');
    const take = Math.min(values, count - seen);
    if (bitWidth === 1) {
      // max is 1: every bit is a valid level.
      for (let k = 0; k < take; k++) {
        const bit = (bytes[pos + (k >>> 3)] >>> (k & 7)) & 1;
        out[seen + k] = bit;
        atMax += bit;
      }
    } else {
      const mask = (1 << bitWidth) - 1;
      for (let k = 0; k < take; k++) {
        const bit = k * bitWidth;
        const at = pos + (bit >>> 3);
        // A level spans at most two bytes (7 + 8 bits); a missing second byte reads as 0.
        const value = ((bytes[at] | (bytes[at + 1] << 8)) >>> (bit & 7)) & mask;
        if (value > max) throw new Error(`level ${value} above the maximum ${max}`);
        out[seen + k] = value;
        if (value === max) atMax++;
      }
    }
    pos += byteCount;
    seen += take;
  }
  return atMax;
}

/**
 * Decodes `count` dictionary indices of `bitWidth` bits (0-32) from `bytes[start, end)` into
 * `out[0, count)`, checking each is below `dictionarySize`.
 */
export function readIndices(bytes: Uint8Array, start: number, end: number, bitWidth: number, count: number, out: Int32Array, dictionarySize: number): void {
  if (bitWidth > 32) throw new Error(`invalid dictionary index bit width ${bitWidth}`);
  if (bitWidth === 0) {
    if (count > 0 && dictionarySize === 0) throw new Error('dictionary index 0 beyond a dictionary of 0 entries');
    out.fill(0, 0, count);
    return;
  }
  const valueBytes = (bitWidth + 7) >>> 3;
  let pos = start;
  let seen = 0;
  while (seen < count) {
    const header = readVarint(bytes, pos, end);
    pos = varintEnd;
    if ((header & 1) === 0) {
      const run = Math.min(header / 2, count - seen);
      if (pos + valueBytes > end) throw new Error('dictionary indices end inside a run');
      let value = 0;
      for (let b = valueBytes - 1; b >= 0; b--) value = value * 256 + bytes[pos + b];
      pos += valueBytes;
      if (value >= dictionarySize) throw new Error(`dictionary index ${value} beyond a dictionary of ${dictionarySize} entries`);
      out.fill(value, seen, seen + run);
      seen += run;
      continue;
    }
    const values = (header - 1) * 4;
    const byteCount = (values * bitWidth) / 8;
    if (pos + byteCount > end) throw new Error('dictionary indices end inside a bit-packed run');
    const take = Math.min(values, count - seen);
    let bad = 0;
    if (bitWidth <= 24) {
      // Whole bytes are shifted into a 32-bit window; a value never spans more than 4 bytes.
      const mask = (1 << bitWidth) - 1;
      let window = 0;
      let bits = 0;
      let at = pos;
      for (let k = 0; k < take; k++) {
        while (bits < bitWidth) {
          window |= bytes[at++] << bits;
          bits += 8;
        }
        const value = window & mask;
        window >>>= bitWidth;
        bits -= bitWidth;
        out[seen + k] = value;
        bad |= dictionarySize - 1 - value;
      }
    } else {
      for (let k = 0; k < take; k++) {
        let value = 0;
        const first = k * bitWidth;
        for (let b = bitWidth - 1; b >= 0; b--) value = value * 2 + ((bytes[pos + ((first + b) >>> 3)] >>> ((first + b) & 7)) & 1);
        if (value >= dictionarySize) bad = -1;
        out[seen + k] = value;
      }
    }
    // A negative `dictionarySize - 1 - value` (sign bit set) marks an index beyond the dictionary.
    if (bad < 0) throw new Error(`a dictionary index beyond a dictionary of ${dictionarySize} entries`);
    pos += byteCount;
    seen += take;
  }
}

/** Where the last {@link readVarint} ended. */
let varintEnd = 0;

/** An unsigned LEB128 varint (run headers), up to 2^53. */
function readVarint(bytes: Uint8Array, pos: number, end: number): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (pos >= end) throw new Error('level data ends inside a run header');
    const byte = bytes[pos++];
    value += (byte & 127) * scale;
    if (byte < 128) break;
    scale *= 128;
    if (scale > 2 ** 49) throw new Error('run header too long');
  }
  varintEnd = pos;
  return value;
}
