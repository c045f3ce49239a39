/**
 * Snappy block decompression (the format Parquet's SNAPPY codec uses: a varint length, then
 * literals and back-references), replacing hyparquet's decoder for speed only.
 *
 * Pages of numbers compress into many short elements (on the load benchmark's file, 21 million
 * elements of 7 bytes on average), so the cost is per element, not per byte. While at least
 * {@link INPUT_SLACK} input and {@link OUTPUT_SLACK} output bytes remain, a literal of up to 16
 * bytes and a copy whose offset is at least 4 are moved in 4-byte words through DataViews
 * (unaligned loads and stores), 16 or 8 bytes at a time, without per-element bounds checks: the
 * bytes written past the element's end are rewritten by the elements that follow, and the slack
 * keeps every access inside the arrays. Everything else (long literals: one `set`; long copies;
 * copies with offset < 4, which repeat a pattern shorter than a word; the last elements near the
 * ends) goes through {@link slowElement}, which checks everything.
 *
 * Same input checks as hyparquet's snappyUncompress (src/snappy.js), which is the oracle in
 * test/io/snappy.test.ts: malformed input throws an Error (the Parquet reader reports the file
 * as invalid).
 */

/** Input bytes the fast loop needs left: a tag, 4 offset bytes, a 16-byte literal read whole. */
const INPUT_SLACK = 21;
/** Output bytes the fast loop needs left: 16-byte literal writes, copies rounded up to 8 bytes. */
const OUTPUT_SLACK = 24;

/** Decompresses `input` into a new array of `outputLength` bytes (the page header's size). */
export function snappyDecompress(input: Uint8Array, outputLength: number): Uint8Array {
  const output = new Uint8Array(outputLength);
  snappyDecompressInto(input, output);
  return output;
}

/**
 * Decompresses `input` into `output`, which must be exactly the uncompressed length: a column's
 * own storage can be the target, so nothing outside `output` is ever written.
 */
export function snappyDecompressInto(input: Uint8Array, output: Uint8Array): void {
  const inputLength = input.length;
  const outputLength = output.length;
  let pos = 0;
  // The uncompressed length (a varint): the page header already says it.
  while (pos < inputLength && input[pos++] >= 128);
  if (outputLength > 0 && pos >= inputLength) throw new Error('invalid snappy length header');
  const inView = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const outView = new DataView(output.buffer, output.byteOffset, output.byteLength);
  const inputFast = inputLength - INPUT_SLACK;
  const outputFast = outputLength - OUTPUT_SLACK;
  let out = 0;
  while (pos < inputLength) {
    while (pos < inputFast && out < outputFast) {
      const tag = input[pos];
      const kind = tag & 3;
      if (kind === 0) {
        const length = (tag >>> 2) + 1;
        if (length > 16) break;
        // Most literals between copies are a few bytes: one word, two, or four.
        outView.setUint32(out, inView.getUint32(pos + 1, true), true);
        if (length > 4) outView.setUint32(out + 4, inView.getUint32(pos + 5, true), true);
        if (length > 8) {
          outView.setUint32(out + 8, inView.getUint32(pos + 9, true), true);
          outView.setUint32(out + 12, inView.getUint32(pos + 13, true), true);
        }
        pos += length + 1;
        out += length;
        continue;
      }
      let length: number;
      let offset: number;
      let next: number;
      if (kind === 1) {
        length = ((tag >>> 2) & 7) + 4;
        offset = input[pos + 1] + ((tag >>> 5) << 8);
        next = pos + 2;
      } else if (kind === 2) {
        length = (tag >>> 2) + 1;
        offset = input[pos + 1] + (input[pos + 2] << 8);
        next = pos + 3;
      } else {
        length = (tag >>> 2) + 1;
        offset = input[pos + 1] + (input[pos + 2] << 8) + (input[pos + 3] << 16) + input[pos + 4] * 16777216;
        next = pos + 5;
      }
      // Offsets below 4 overlap within a word, bad offsets must throw, long copies may not fit.
      if (offset < 4 || offset > out || out + length > outputFast) break;
      let from = out - offset;
      const end = out + length;
      // Each 4-byte load ends at most where the store before it ended (offset >= 4): it reads
      // final bytes, so overlapping copies (offset < length) repeat their pattern correctly.
      while (out < end) {
        outView.setUint32(out, outView.getUint32(from, true), true);
        outView.setUint32(out + 4, outView.getUint32(from + 4, true), true);
        out += 8;
        from += 8;
      }
      out = end;
      pos = next;
    }
    if (pos >= inputLength) break;
    const at = slowElement(input, output, pos, out);
    pos = at.pos;
    out = at.out;
  }
  if (out !== outputLength) throw new Error('snappy: output shorter than declared');
}

/** Where the next element starts in the input and the output. */
const position = { pos: 0, out: 0 };

/** Decodes the one element at `pos` with every bounds check; returns the shared {@link position}. */
function slowElement(input: Uint8Array, output: Uint8Array, pos: number, out: number): typeof position {
  const inputLength = input.length;
  const outputLength = output.length;
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
    if (length >= 16) output.set(input.subarray(pos, pos + length), out);
    else for (let k = 0; k < length; k++) output[out + k] = input[pos + k];
    position.pos = pos + length;
    position.out = out + length;
    return position;
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
  if (length >= 16 && offset >= length) output.copyWithin(out, from, from + length);
  else for (let k = 0; k < length; k++) output[out + k] = output[from + k];
  position.pos = pos;
  position.out = out + length;
  return position;
}
