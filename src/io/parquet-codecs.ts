/**
 * Page decompression for the Parquet reader: Snappy of our own (snappy.ts), the other codecs
 * from node:zlib. {@link decompressInto} writes into an array the caller owns (a reused scratch
 * buffer, or a column's own storage), so a Snappy page costs no allocation.
 */
import type { CompressionCodec, Compressors } from 'hyparquet';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { snappyDecompress, snappyDecompressInto } from './snappy.js';

/** For hyparquet's page readers (the general path). */
export const COMPRESSORS: Compressors = {
  SNAPPY: snappyDecompress,
  GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliDecompressSync(input)),
  ...('zstdDecompressSync' in zlib
    ? { ZSTD: (input: Uint8Array) => new Uint8Array((zlib as unknown as { zstdDecompressSync(b: Uint8Array): Buffer }).zstdDecompressSync(input)) }
    : {}),
};

/** Decompresses `input` into all of `output`, whose length is the page header's uncompressed size. */
export function decompressInto(codec: CompressionCodec, input: Uint8Array, output: Uint8Array): void {
  if (codec === 'SNAPPY') {
    snappyDecompressInto(input, output);
    return;
  }
  let bytes: Uint8Array = input;
  if (codec !== 'UNCOMPRESSED') {
    const decompress = COMPRESSORS[codec];
    if (decompress === undefined) throw new Error(`parquet unsupported compression codec: ${codec}`);
    bytes = decompress(input, output.length);
  }
  if (bytes.length !== output.length) throw new Error(`decompressed page length ${bytes.length} does not match header ${output.length}`);
  output.set(bytes);
}
