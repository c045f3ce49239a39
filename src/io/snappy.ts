/**
 * Snappy block decompression (the format Parquet's SNAPPY codec uses: a varint length, then
 * literals and back-references), replacing hyparquet's decoder for speed only: that one copies
 * every byte in a JavaScript loop, while pages of doubles are mostly long literals, which here
 * are one `set` (a memcpy); non-overlapping back-references are one `copyWithin`. Short runs keep
 * the loop, which is cheaper than a call for a few bytes.
 *
 * Same input checks as hyparquet's snappyUncompress (src/snappy.js), which is the oracle in
 * test/io/snappy.test.ts: malformed input throws an Error (the Parquet reader reports the file
 * as invalid).
 */

/** Runs at least this long are copied with set / copyWithin rather than byte by byte. */
const BULK = 16;

/** Decompresses `input` into a new array of `outputLength` bytes (the page header's size). */
export function snappyDecompress(input: Uint8Array, outputLength: number): Uint8Array {
  const output = new Uint8Array(outputLength);
  const inputLength = input.length;
  let pos = 0;
  // The uncompressed length (a varint): the page header already says it.
  while (pos < inputLength && input[pos++] >= 128);
  if (outputLength > 0 && pos >= inputLength) throw new Error('invalid snappy length header');
  let out = 0;
  while (pos < inputLength) {
    const tag = input[pos++];
    if (pos >= inputLength) throw new Error('snappy: missing end of input');
    let length: number;
    if ((tag & 3) === 0) {
      // A literal: length-1 in the tag's upper 6 bits, or in the next 1-4 bytes (tag 60-63).
      length = (tag >>> 2) + 1;
      if (length > 60) {
        const size = length - 60;
        if (pos + size > inputLength) throw new Error('snappy: literal length beyond the input');
        length = 0;
        for (let k = size - 1; k >= 0; k--) length = length * 256 + input[pos + k];
        length += 1;
        pos += size;
      }
      if (pos + length > inputLength) throw new Error('snappy: literal beyond the input');
      if (out + length > outputLength) throw new Error('snappy: output longer than declared');
      if (length >= BULK) output.set(input.subarray(pos, pos + length), out);
      else for (let k = 0; k < length; k++) output[out + k] = input[pos + k];
      pos += length;
      out += length;
      continue;
    }
    let offset: number;
    if ((tag & 3) === 1) {
      length = ((tag >>> 2) & 7) + 4;
      offset = input[pos] + ((tag >>> 5) << 8);
      pos += 1;
    } else if ((tag & 3) === 2) {
      if (pos + 2 > inputLength) throw new Error('snappy: copy beyond the input');
      length = (tag >>> 2) + 1;
      offset = input[pos] + (input[pos + 1] << 8);
      pos += 2;
    } else {
      if (pos + 4 > inputLength) throw new Error('snappy: copy beyond the input');
      length = (tag >>> 2) + 1;
      offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + input[pos + 3] * 16777216;
      pos += 4;
    }
    if (offset === 0 || offset > out) throw new Error('snappy: copy from before the start of the output');
    if (out + length > outputLength) throw new Error('snappy: output longer than declared');
    const from = out - offset;
    // An overlapping copy (offset < length) repeats the last `offset` bytes: byte by byte.
    if (length >= BULK && offset >= length) output.copyWithin(out, from, from + length);
    else for (let k = 0; k < length; k++) output[out + k] = output[from + k];
    out += length;
  }
  if (out !== outputLength) throw new Error('snappy: output shorter than declared');
  return output;
}
