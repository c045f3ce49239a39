/**
 * Decodes one flat Parquet column chunk page by page, handing each page's values straight to a
 * sink, which writes them into the column's final typed array.
 *
 * Why not hyparquet's `parquetRead`: for OPTIONAL columns (what pandas/pyarrow write even when
 * nothing is null) it assembles every page into a JavaScript array with one element per row,
 * through a generic nested-list assembler; and it turns every text value into a string. On a
 * million rows that costs several times the decoding itself. Here definition levels are applied
 * directly, dictionary pages are converted once per chunk (text interned once per distinct
 * value, numbers converted once), and data pages of dictionary indices become codes or numbers
 * by one lookup per row. The page decoding itself (headers, RLE/bit-packing, PLAIN, DELTA_*,
 * BYTE_STREAM_SPLIT) is hyparquet's; Snappy is snappy.ts.
 */
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import type { ColumnChunk, Compressors, DecodedArray, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { snappyDecompress } from './snappy.js';

/** Receives a column's pages in row order. */
export interface PageSink {
  /** The chunk's dictionary (converted: numbers, ms timestamps, or UTF-8 bytes for text). */
  setDictionary(dictionary: DecodedArray): void;
  /**
   * `rowCount` rows from `rowStart`: row i holds a value when `defined` is empty or
   * `defined[i] === maxDefinition`; the values, in order, are `values[k]` or, with `indexed`,
   * `dictionary[values[k]]`.
   */
  addPage(rowStart: number, rowCount: number, defined: ArrayLike<number>, maxDefinition: number, values: DecodedArray, indexed: boolean): void;
}

/** Timestamps and dates as numbers (ms since the epoch), text as raw UTF-8 bytes. */
const PARSERS = {
  ...DEFAULT_PARSERS,
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v) / 1e3,
  timestampFromNanoseconds: (v: bigint) => Number(v) / 1e6,
  dateFromDays: (v: number) => v * 86400000,
  stringFromBytes: (bytes: Uint8Array) => bytes,
};

/** Snappy of our own (snappy.ts: bulk copies, faster); the other codecs from node:zlib. */
const COMPRESSORS: Compressors = {
  SNAPPY: snappyDecompress,
  GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliDecompressSync(input)),
  ...('zstdDecompressSync' in zlib
    ? { ZSTD: (input: Uint8Array) => new Uint8Array((zlib as unknown as { zstdDecompressSync(b: Uint8Array): Buffer }).zstdDecompressSync(input)) }
    : {}),
};

/**
 * Decodes the chunk `bytes` (the column chunk's byte range) of a flat column, whose rows start
 * at `rowStart` in the file and number `rowCount`.
 */
export function decodeColumnChunk(
  bytes: Uint8Array,
  chunk: ColumnChunk,
  schemaPath: SchemaTree[],
  rowStart: number,
  rowCount: number,
  sink: PageSink,
): void {
  const meta = chunk.meta_data;
  if (meta === undefined) throw new Error('a column chunk has no metadata');
  const element = schemaPath[schemaPath.length - 1].element;
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element,
    schemaPath,
    codec: meta.codec,
    parsers: PARSERS,
    compressors: COMPRESSORS,
    utf8: true,
  };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let done = 0;
  while (done < rowCount) {
    if (reader.offset >= bytes.byteLength) throw new Error(`column "${meta.path_in_schema.join('.')}" ends after ${done} of ${rowCount} rows`);
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, COMPRESSORS);
      const count = header.dictionary_page_header?.num_values ?? 0;
      const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, count, element.type_length);
      sink.setDictionary(convert(plain, decoder));
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      let rows: number;
      let encoding: string;
      let page;
      if (header.type === 'DATA_PAGE') {
        const daph = header.data_page_header!;
        rows = daph.num_values;
        encoding = daph.encoding;
        page = readDataPage(decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, COMPRESSORS), daph, decoder);
      } else {
        const daph2 = header.data_page_header_v2!;
        rows = daph2.num_values;
        encoding = daph2.encoding;
        page = readDataPageV2(compressed, header, decoder);
      }
      const indexed = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
      const values = indexed ? page.dataPage : convert(page.dataPage, decoder);
      sink.addPage(rowStart + done, rows, page.definitionLevels ?? [], maxDefinition, values, indexed);
      done += rows;
    }
    // Index pages and unknown page types are skipped.
  }
}
