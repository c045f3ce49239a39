/**
 * Page decompression for the Parquet reader: Snappy of our own (snappy.ts), the other codecs
 * from node:zlib. {@link decompressInto} writes into an array the caller owns (a reused scratch
 * buffer, or a column's own storage), so a Snappy page costs no allocation.
 *
 * ZSTD (polars' and DuckDB's default codec) comes from node:zlib where it has it (Node ≥ 22.15 and
 * 23.8, so the actions' node24) and otherwise — Node 20, which package.json's engines still admit —
 * from fzstd, a pure-JS decoder (0 dependencies, MIT; also what hyparquet's own
 * hyparquet-compressors uses). Both decode whole frames; the page header's uncompressed size is
 * checked either way.
 */
import type { CompressionCodec, Compressors } from 'hyparquet';
import { decompress as fzstdDecompress } from 'fzstd';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { snappyDecompress, snappyDecompressInto } from './snappy.js';

type ZstdDecompress = (input: Uint8Array) => Uint8Array;

/** node:zlib's ZSTD decoder, when this Node has one. */
const nativeZstd = (zlib as unknown as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;

/** Which ZSTD decoder this process uses (named in tests and the benchmark). */
export const ZSTD_DECODER: 'node:zlib' | 'fzstd' = nativeZstd !== undefined ? 'node:zlib' : 'fzstd';

/** The pure-JS decoder, also used where node:zlib has one (tests compare the two). */
export const fzstdDecoder: ZstdDecompress = (input) => fzstdDecompress(input);

const zstd: ZstdDecompress = nativeZstd !== undefined ? (input) => new Uint8Array(nativeZstd(input)) : fzstdDecoder;

/** For hyparquet's page readers (the general path). */
export const COMPRESSORS: Compressors = {
  SNAPPY: snappyDecompress,
  GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliDecompressSync(input)),
  ZSTD: zstd,
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
