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
 * by one lookup per row. The common pages (PLAIN numbers and text, dictionary indices, at most
 * one definition level) are decoded by parquet-direct.ts straight into the column's storage; the
 * others (DELTA_*, BYTE_STREAM_SPLIT, booleans, INT96, DECIMAL, ...) by hyparquet's page
 * decoder, through {@link PageSink.addPage}. Page headers are hyparquet's; Snappy is snappy.ts.
 */
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import type { ColumnChunk, DecodedArray, PageHeader, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { COMPRESSORS } from './parquet-codecs.js';
import { DirectPages, type DirectColumn, type PageScratch } from './parquet-direct.js';

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
  /** The column's own storage, when pages may be decoded straight into it (parquet-direct.ts). */
  readonly direct?: DirectColumn;
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
  scratch: PageScratch,
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
  const direct = sink.direct === undefined ? undefined : new DirectPages(sink.direct, element, meta.codec, maxDefinition, scratch);
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  // A dictionary belongs to its chunk: indices in a chunk without one are an error, not stale data.
  sink.setDictionary([]);
  let done = 0;
  while (done < rowCount) {
    if (reader.offset >= bytes.byteLength) throw new Error(`column "${meta.path_in_schema.join('.')}" ends after ${done} of ${rowCount} rows`);
    const header = parquetHeader(reader);
    // Sizes are checked first: an undefined one would make the offset NaN and this loop endless.
    if (!isCount(header.compressed_page_size) || !isCount(header.uncompressed_page_size)) throw new Error('a page header is damaged');
    if (reader.offset + header.compressed_page_size > bytes.byteLength) throw new Error(`a page of column "${meta.path_in_schema.join('.')}" runs past the end of its chunk`);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, COMPRESSORS);
      const count = header.dictionary_page_header?.num_values ?? 0;
      const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, count, element.type_length);
      sink.setDictionary(convert(plain, decoder));
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      const pageRows = checkedRows(header);
      if (pageRows > rowCount - done) throw new Error(`column "${meta.path_in_schema.join('.')}" has more values than its row group's ${rowCount} rows`);
      if (direct?.decode(header, compressed, rowStart + done)) {
        done += pageRows;
        continue;
      }
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

/**
 * The rows of a data page, once its header has every field the decoders rely on: a damaged
 * header is an error here rather than a loop in hyparquet's level decoder (which, handed an
 * undefined length, decodes levels from wherever it lands).
 */
function checkedRows(header: PageHeader): number {
  const v1 = header.data_page_header;
  const v2 = header.data_page_header_v2;
  const valid = header.type === 'DATA_PAGE'
    ? v1 !== undefined && isCount(v1.num_values) && v1.encoding !== undefined && v1.definition_level_encoding !== undefined
    : v2 !== undefined && isCount(v2.num_values) && isCount(v2.num_nulls) && v2.num_nulls <= v2.num_values && v2.encoding !== undefined &&
      isCount(v2.definition_levels_byte_length) && isCount(v2.repetition_levels_byte_length);
  if (!valid) throw new Error('a data page header is damaged');
  return (v1 ?? v2)!.num_values;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}
