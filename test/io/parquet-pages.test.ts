/**
 * The Parquet page decoders (parquet-direct.ts's fast path, parquet-levels.ts, and the general
 * path through hyparquet) against the values each file was written from.
 *
 * Files are written by hyparquet-writer (data pages v2 only) with nulls, every annotation the
 * fast path converts, PLAIN and dictionary pages, encodings that take the general path
 * (DELTA_BINARY_PACKED, BYTE_STREAM_SPLIT, booleans), three codecs, several row groups and many
 * pages per chunk; each is also rewritten with data pages v1 (levels inside the compressed page,
 * what pyarrow writes by default) by {@link toPageV1}, whose output hyparquet's own reader must
 * read back identically. Oracle: the source values; tolerance: none (bit-identical numbers).
 * The RLE / bit-packing hybrid decoders are checked against hyparquet's readRleBitPackedHybrid
 * on streams from hyparquet-writer's encoder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parquetMetadata, parquetReadObjects, snappyUncompress } from 'hyparquet';
import type { ColumnChunk, CompressionCodec, Encoding, FileMetaData, SchemaElement } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { snappyCompress } from 'hyparquet-writer/src/snappy.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadTable } from '../../src/io/load.js';
import { DirectPages, PageScratch, type DirectColumn } from '../../src/io/parquet-direct.js';
import { readIndices, readLevels } from '../../src/io/parquet-levels.js';
import type { Column } from '../../src/io/table.js';
import { createRandom, type Random } from '../../src/stats/rng.js';

const ROWS = 2500;
const DIR = mkdtempSync(join(tmpdir(), 'mlgate-parquet-pages-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** One column: how it is written, and what loadTable must return for it. */
interface Spec {
  element: SchemaElement;
  data: unknown[];
  encoding?: Encoding;
  /** Expected per row: a number (NaN when missing) or text (null when missing). */
  expected: (number | string | null)[];
  type: Column['type'];
}

function column(random: Random, name: string, type: SchemaElement['type'], nullShare: number, value: (i: number) => { data: unknown; expected: number | string }, extra: Partial<SchemaElement> & { encoding?: Encoding; columnType?: Column['type'] } = {}): Spec {
  const { encoding, columnType, ...annotations } = extra;
  const data: unknown[] = [];
  const expected: (number | string | null)[] = [];
  for (let i = 0; i < ROWS; i++) {
    if (random.next() < nullShare) {
      data.push(null);
      expected.push(type === 'BYTE_ARRAY' || columnType === 'string' ? null : NaN);
    } else {
      const v = value(i);
      data.push(v.data);
      expected.push(v.expected);
    }
  }
  const element: SchemaElement = { name, type, repetition_type: nullShare > 0 || annotations.repetition_type === 'OPTIONAL' ? 'OPTIONAL' : 'REQUIRED', ...annotations };
  const natural: Column['type'] = columnType ?? (type === 'BYTE_ARRAY' ? 'string' : type === 'BOOLEAN' ? 'boolean' : type === 'DOUBLE' || type === 'FLOAT' ? 'number' : 'integer');
  return { element, data, encoding, expected, type: natural };
}

/** The test table: every kind of column the fast path handles, and some that it leaves alone. */
function specs(seed: number): Spec[] {
  const random = createRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo));
  const num = (x: number) => ({ data: x, expected: x });
  const words = ['', 'a', 'tier_1', 'é€😀', 'x'.repeat(70), 'tab\there', 'Ω', 'zz'];
  const specials = [NaN, Infinity, -Infinity, -0, 5e-324, Number.MAX_VALUE];
  const day = 86400000;
  return [
    column(random, 'dbl_opt', 'DOUBLE', 0.3, () => num((random.next() - 0.5) * 1e6)),
    column(random, 'dbl_req', 'DOUBLE', 0, (i) => num(i % 97 === 0 ? specials[(i / 97) % specials.length] : random.next() * 3)),
    column(random, 'dbl_rounded', 'DOUBLE', 0, () => num(Math.round(random.next() * 1e4) / 100), { repetition_type: 'OPTIONAL' }),
    column(random, 'dbl_small', 'DOUBLE', 0.05, () => num(int(0, 5) / 4)),
    column(random, 'flt', 'FLOAT', 0.1, () => num(Math.fround((random.next() - 0.5) * 1e3))),
    column(random, 'i32', 'INT32', 0.05, () => num(int(-(2 ** 31), 2 ** 31))),
    column(random, 'i32_small', 'INT32', 0, () => num(int(0, 10))),
    column(random, 'u32', 'INT32', 0.2, () => {
      const v = int(0, 2 ** 32);
      return { data: v, expected: v };
    }, { converted_type: 'UINT_32' }),
    column(random, 'date', 'INT32', 0.1, () => {
      const d = int(-20000, 30000);
      return { data: d, expected: d * day };
    }, { converted_type: 'DATE', columnType: 'datetime' }),
    // Only the logical type says DATE (no converted type): still days, not milliseconds.
    column(random, 'date_logical', 'INT32', 0.1, () => {
      const d = int(-20000, 30000);
      return { data: d, expected: d * day };
    }, { logical_type: { type: 'DATE' }, columnType: 'datetime' }),
    column(random, 'i64', 'INT64', 0.15, () => {
      const v = int(-(2 ** 52), 2 ** 52) * 2 + int(0, 2);
      return { data: BigInt(v), expected: v };
    }),
    column(random, 'i64_dict', 'INT64', 0.1, () => {
      const v = int(-3, 4) * 1e12;
      return { data: BigInt(v), expected: v };
    }),
    column(random, 'u64', 'INT64', 0, () => {
      const v = int(0, 2 ** 50) * 8;
      return { data: BigInt(v), expected: v };
    }, { converted_type: 'UINT_64' }),
    column(random, 'ts_us', 'INT64', 0.1, () => {
      const us = int(-(2 ** 50), 2 ** 50);
      return { data: BigInt(us), expected: us / 1e3 };
    }, { converted_type: 'TIMESTAMP_MICROS', columnType: 'datetime' }),
    column(random, 'ts_ms', 'INT64', 0.1, () => {
      const ms = int(0, 2 ** 45);
      return { data: BigInt(ms), expected: ms };
    }, { converted_type: 'TIMESTAMP_MILLIS', columnType: 'datetime' }),
    column(random, 'text_dict', 'BYTE_ARRAY', 0.2, () => {
      const w = words[int(0, words.length)];
      return { data: w, expected: w };
    }, { converted_type: 'UTF8' }),
    column(random, 'text_plain', 'BYTE_ARRAY', 0.1, (i) => {
      const w = `${words[i % words.length]}#${int(0, 1e9)}`;
      return { data: w, expected: w };
    }, { converted_type: 'UTF8', encoding: 'PLAIN' }),
    column(random, 'text_req', 'BYTE_ARRAY', 0, (i) => {
      const w = `v${i % 300}`;
      return { data: w, expected: w };
    }, { converted_type: 'UTF8', encoding: 'PLAIN' }),
    column(random, 'bool', 'BOOLEAN', 0.1, () => {
      const b = random.next() < 0.5;
      return { data: b, expected: b ? 1 : 0 };
    }),
    column(random, 'dbl_split', 'DOUBLE', 0.1, () => num(random.next()), { encoding: 'BYTE_STREAM_SPLIT' }),
    column(random, 'i32_delta', 'INT32', 0.1, () => num(int(-1000, 1000)), { encoding: 'DELTA_BINARY_PACKED' }),
    column(random, 'i64_beyond', 'INT64', 0.1, (i) => {
      const v = i % 5 === 0 ? 2n ** 60n + BigInt(i) : BigInt(int(-1000, 1000));
      return { data: v, expected: v.toString() };
    }, { columnType: 'string' }),
    column(random, 'all_null', 'DOUBLE', 1, () => num(0)),
    column(random, 'text_all_null', 'BYTE_ARRAY', 1, () => ({ data: 'x', expected: 'x' }), { converted_type: 'UTF8' }),
  ];
}

function writeFile(columns: Spec[], codec: CompressionCodec, pageSize: number): Uint8Array {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => c.element)];
  const columnData: ColumnSource[] = columns.map((c) => ({ name: c.element.name, data: c.data as ColumnSource['data'], encoding: c.encoding }));
  return new Uint8Array(parquetWriteBuffer({
    columnData,
    schema,
    codec,
    compressors: { GZIP: (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes)) },
    rowGroupSize: [700, 1000],
    pageSize,
  }));
}

function compress(codec: CompressionCodec, bytes: Uint8Array): Uint8Array {
  if (codec === 'SNAPPY') return snappyCompress(bytes);
  if (codec === 'GZIP') return new Uint8Array(gzipSync(bytes));
  if (codec === 'UNCOMPRESSED') return bytes;
  throw new Error(`no ${codec} in this test`);
}

function decompress(codec: CompressionCodec, bytes: Uint8Array, length: number): Uint8Array {
  if (codec === 'SNAPPY') {
    const out = new Uint8Array(length);
    snappyUncompress(bytes, out);
    return out;
  }
  if (codec === 'GZIP') return new Uint8Array(gunzipSync(bytes));
  return bytes;
}

/**
 * The same file with every v2 data page rewritten as a v1 page: the definition levels move into
 * the page body (after a 4-byte length) and are compressed with the values. Offsets in the
 * footer follow; the page indexes and statistics are dropped.
 */
function toPageV1(file: Uint8Array): Uint8Array {
  const metadata: FileMetaData = parquetMetadata(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out = new ByteWriter();
  out.appendBytes(new TextEncoder().encode('PAR1'));
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns as ColumnChunk[]) {
      const meta = chunk.meta_data!;
      const optional = metadata.schema.find((e) => e.name === meta.path_in_schema[0])!.repetition_type === 'OPTIONAL';
      const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      const reader = { view, offset: start };
      const chunkStart = out.offset;
      let dataOffset: number | undefined;
      let uncompressed = 0;
      while (reader.offset < end) {
        const headerStart = reader.offset;
        const header = parquetHeader(reader);
        const body = file.subarray(reader.offset, reader.offset + header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        const v2 = header.data_page_header_v2;
        if (v2 === undefined) {
          out.appendBytes(file.subarray(headerStart, reader.offset));
          uncompressed += reader.offset - headerStart - header.compressed_page_size + header.uncompressed_page_size;
          continue;
        }
        const levels = body.subarray(0, v2.definition_levels_byte_length);
        const packed = body.subarray(v2.definition_levels_byte_length);
        const valuesLength = header.uncompressed_page_size - levels.length;
        const values = v2.is_compressed === false ? packed : decompress(meta.codec, packed, valuesLength);
        const plain = new ByteWriter();
        if (optional) {
          // A v2 page of a column without nulls may leave its levels out: v1 needs them.
          const bytes = levels.length > 0 ? levels : rleOnes(v2.num_values);
          plain.appendUint32(bytes.length);
          plain.appendBytes(bytes);
        }
        plain.appendBytes(values);
        const raw = new Uint8Array(plain.getBuffer());
        const packedV1 = compress(meta.codec, raw);
        dataOffset ??= out.offset;
        const before = out.offset;
        writePageHeader(out, {
          type: 'DATA_PAGE',
          uncompressed_page_size: raw.length,
          compressed_page_size: packedV1.length,
          data_page_header: { num_values: v2.num_values, encoding: v2.encoding, definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' },
        });
        uncompressed += out.offset - before + raw.length;
        out.appendBytes(packedV1);
      }
      const hasDictionary = meta.dictionary_page_offset !== undefined;
      Object.assign(meta, {
        dictionary_page_offset: hasDictionary ? BigInt(chunkStart) : undefined,
        data_page_offset: BigInt(dataOffset ?? chunkStart),
        total_compressed_size: BigInt(out.offset - chunkStart),
        total_uncompressed_size: BigInt(uncompressed),
        statistics: undefined,
        encoding_stats: undefined,
      });
      Object.assign(chunk, { file_offset: BigInt(chunkStart), offset_index_offset: undefined, offset_index_length: undefined, column_index_offset: undefined, column_index_length: undefined });
    }
    Object.assign(group, { file_offset: undefined, total_compressed_size: undefined, sorting_columns: undefined });
  }
  const footerStart = out.offset;
  writeMetadata(out, metadata);
  out.appendUint32(out.offset - footerStart);
  out.appendBytes(new TextEncoder().encode('PAR1'));
  return new Uint8Array(out.getBuffer());
}

/** Definition levels of `count` defined values: one RLE run of 1s. */
function rleOnes(count: number): Uint8Array {
  const writer = new ByteWriter();
  writeRleBitPackedHybrid(writer, new Array<number>(count).fill(1), 1);
  return new Uint8Array(writer.getBuffer());
}

/** What a loaded column holds for each row, in the form of Spec.expected. */
function rowsOf(column: Column): (number | string | null)[] {
  if (column.type === 'string') return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
  return Array.from(column.values);
}

function countMissing(expected: (number | string | null)[]): number {
  return expected.filter((v) => v === null || (typeof v === 'number' && Number.isNaN(v))).length;
}

const VARIANTS: { codec: CompressionCodec; pageSize: number }[] = [
  { codec: 'SNAPPY', pageSize: 1500 },
  { codec: 'SNAPPY', pageSize: 1 << 20 },
  { codec: 'UNCOMPRESSED', pageSize: 900 },
  { codec: 'GZIP', pageSize: 4000 },
];

describe('Parquet pages decoded into columns', () => {
  VARIANTS.forEach(({ codec, pageSize }, v) => {
    const columns = specs(101 + v);
    const v2 = writeFile(columns, codec, pageSize);
    const v1 = toPageV1(v2);
    for (const [version, bytes] of [['v2', v2], ['v1', v1]] as const) {
      it(`${codec}, pages of ~${pageSize} bytes, data pages ${version}: every column equals its source values`, async () => {
        const path = join(DIR, `${codec}-${pageSize}-${version}.parquet`);
        writeFileSync(path, bytes);
        const table = await loadTable(path);
        expect(table.rowCount).toBe(ROWS);
        expect(table.columns.map((c) => c.name)).toEqual(columns.map((c) => c.element.name));
        table.columns.forEach((loaded, j) => {
          const spec = columns[j];
          expect({ name: loaded.name, type: loaded.type }).toEqual({ name: spec.element.name, type: spec.type });
          // toEqual tells NaN from a number and -0 from 0 (Object.is).
          expect(rowsOf(loaded), loaded.name).toEqual(spec.expected);
          expect(loaded.nullCount, loaded.name).toBe(countMissing(spec.expected));
        });
      });
    }
    it(`${codec}, pages of ~${pageSize} bytes: the v1 rewrite reads back in hyparquet as the v2 file does`, async () => {
      const asBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
      const compressors = { GZIP: (bytes: Uint8Array) => new Uint8Array(gunzipSync(bytes)) };
      const fromV2 = await parquetReadObjects({ file: asBuffer(v2), compressors });
      const fromV1 = await parquetReadObjects({ file: asBuffer(v1), compressors });
      expect(fromV1).toEqual(fromV2);
      const pageTypes = new Set<string>();
      const meta = parquetMetadata(asBuffer(v1));
      for (const chunk of meta.row_groups[0].columns) {
        const reader = { view: new DataView(asBuffer(v1)), offset: Number(chunk.meta_data!.data_page_offset) };
        pageTypes.add(parquetHeader(reader).type);
      }
      expect([...pageTypes]).toEqual(['DATA_PAGE']);
    });
  });
});

describe('damaged files', () => {
  it('fail with a DataError (or read), never another error or a hang: 300 files with 1-4 bytes changed (seed 19)', { timeout: 30_000 }, async () => {
    const random = createRandom(19);
    const base = writeFile(specs(19).slice(0, 8), 'SNAPPY', 1500);
    const path = join(DIR, 'damaged.parquet');
    let rejected = 0;
    for (let trial = 0; trial < 300; trial++) {
      const bytes = base.slice();
      const flips = 1 + Math.floor(random.next() * 4);
      // The footer is left alone: damage there fails in the metadata reader, before any page.
      for (let f = 0; f < flips; f++) bytes[4 + Math.floor(random.next() * (bytes.length * 0.8))] = Math.floor(random.next() * 256);
      writeFileSync(path, bytes);
      try {
        await loadTable(path);
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(DataError);
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(50);
  });

  it('page headers missing their sizes, or their encoding and level lengths, are errors, not endless loops', { timeout: 20_000 }, async () => {
    // A dictionary-encoded column: the damaged data page follows the dictionary page.
    const file = writeFile(specs(23).slice(6, 7), 'SNAPPY', 1 << 20);
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    const start = Number(parquetMetadata(buffer).row_groups[0].columns[0].meta_data!.data_page_offset);
    // In Thrift's compact encoding, 0x15 introduces the next field (delta 1) as an i32; 0x65
    // makes it field +6, and the fields after it shift too. Done to the page header's first
    // field, its type and sizes come out undefined (the reader's offset became NaN: an endless
    // loop); done to the v2 header's encoding, encoding and both level lengths do (hyparquet's
    // level decoder then read from wherever it landed, endlessly).
    const damaged = new Map<string, Uint8Array>();
    for (let at = start; at < start + 40; at++) {
      if (file[at] !== 0x15) continue;
      const candidate = file.slice();
      candidate[at] = 0x65;
      try {
        const header = parquetHeader({ view: new DataView(candidate.buffer), offset: start });
        const v2 = header.data_page_header_v2;
        if (header.compressed_page_size === undefined) damaged.set('sizes', candidate);
        else if (v2 !== undefined && v2.num_values > 0 && v2.encoding === undefined && v2.definition_levels_byte_length === undefined) damaged.set('levels', candidate);
      } catch {
        // not this byte
      }
    }
    expect([...damaged.keys()].sort()).toEqual(['levels', 'sizes']);
    const path = join(DIR, 'damaged-header.parquet');
    writeFileSync(path, damaged.get('sizes')!);
    await expect(loadTable(path)).rejects.toThrow(/\(a page header is damaged\)/);
    writeFileSync(path, damaged.get('levels')!);
    await expect(loadTable(path)).rejects.toThrow(/\(a data page header is damaged\)/);
  });
});

describe('which pages take the fast path', () => {
  /** Each column's data page encodings, split by whether DirectPages decoded them. */
  function routes(file: Uint8Array): Map<string, { fast: Set<string>; general: Set<string> }> {
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    const view = new DataView(buffer);
    const scratch = new PageScratch();
    const result = new Map<string, { fast: Set<string>; general: Set<string> }>();
    for (const group of metadata.row_groups) {
      for (const chunk of group.columns) {
        const meta = chunk.meta_data!;
        const element = metadata.schema.find((e) => e.name === meta.path_in_schema[0])!;
        const text = element.type === 'BYTE_ARRAY';
        // A column that only counts: routing is under test here, values are above.
        const column: DirectColumn = {
          numbers: text ? undefined : new Float64Array(Number(group.num_rows)),
          codes: text ? new Int32Array(Number(group.num_rows)) : undefined,
          dictionaryNumbers: new Float64Array(1 << 16),
          dictionaryCodes: new Int32Array(1 << 16),
          nullCount: 0,
          beyondExactIntegers: false,
          intern: () => 0,
        };
        const pages = new DirectPages(column, element, meta.codec, element.repetition_type === 'OPTIONAL' ? 1 : 0, scratch);
        const seen = result.get(element.name) ?? { fast: new Set<string>(), general: new Set<string>() };
        result.set(element.name, seen);
        const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
        const reader = { view, offset: start };
        let row = 0;
        while (reader.offset < start + Number(meta.total_compressed_size)) {
          const header = parquetHeader(reader);
          const page = new Uint8Array(buffer, reader.offset, header.compressed_page_size);
          reader.offset += header.compressed_page_size;
          const data = header.data_page_header ?? header.data_page_header_v2;
          if (data === undefined) continue;
          (pages.decode(header, page, row) ? seen.fast : seen.general).add(data.encoding);
          row += data.num_values;
        }
      }
    }
    return result;
  }

  const columns = specs(101);
  const v2 = writeFile(columns, 'SNAPPY', 1500);
  for (const [version, file] of [['v2', v2], ['v1', toPageV1(v2)]] as const) {
    it(`data pages ${version}: PLAIN numbers and text and every dictionary page are decoded directly; the rest is left to hyparquet`, () => {
      const byColumn = routes(file);
      const general = new Set(['bool', 'dbl_split', 'i32_delta']);
      for (const spec of columns) {
        const name = spec.element.name;
        const { fast, general: slow } = byColumn.get(name)!;
        if (general.has(name)) {
          expect([...fast], name).toEqual([]);
          expect(slow.size, name).toBeGreaterThan(0);
        } else {
          expect([...slow], name).toEqual([]);
          expect(fast.size, name).toBeGreaterThan(0);
        }
      }
      expect([...byColumn.get('text_dict')!.fast]).toEqual(['RLE_DICTIONARY']);
      expect([...byColumn.get('dbl_opt')!.fast]).toEqual(['PLAIN']);
    });
  }
});

describe('RLE / bit-packing hybrid decoders', () => {
  it('decode levels and dictionary indices of every bit width as hyparquet does (seed 7)', () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 240; trial++) {
      // hyparquet-writer (and hyparquet's reader) overflow 32-bit shifts beyond 24 bits: wider
      // widths are the next test's.
      const bitWidth = 1 + (trial % 24);
      const limit = 2 ** bitWidth;
      const count = 1 + Math.floor(random.next() * 600);
      const values: number[] = [];
      while (values.length < count) {
        // Runs (encoded RLE) and noise (encoded bit-packed), as real levels and indices mix them.
        const v = Math.floor(random.next() * limit);
        const run = random.next() < 0.3 ? 8 + Math.floor(random.next() * 40) : 1;
        for (let k = 0; k < run && values.length < count; k++) values.push(run > 1 ? v : Math.floor(random.next() * limit));
      }
      const writer = new ByteWriter();
      writeRleBitPackedHybrid(writer, values, bitWidth);
      const stream = new Uint8Array(writer.getBuffer());
      const oracle = new Array<number>(count);
      readRleBitPackedHybrid({ view: new DataView(stream.buffer), offset: 0 }, bitWidth, oracle, stream.length);
      expect(oracle).toEqual(values);
      const indices = new Int32Array(count);
      readIndices(stream, 0, stream.length, bitWidth, count, indices, limit);
      expect(Array.from(indices), `width ${bitWidth}`).toEqual(values.map((v) => v | 0));
      if (bitWidth <= 8) {
        const levels = new Uint8Array(count);
        const max = limit - 1;
        const atMax = readLevels(stream, 0, stream.length, count, levels, max);
        expect(Array.from(levels)).toEqual(values);
        expect(atMax).toBe(values.filter((v) => v === max).length);
      }
      // Cut short, the stream is an error, never a silent zero.
      const cut = stream.subarray(0, Math.floor(random.next() * stream.length));
      expect(() => readIndices(cut, 0, cut.length, bitWidth, count, indices, limit)).toThrow();
    }
  });

  it('decodes bit-packed indices 25 to 32 bits wide, packed here with BigInt arithmetic (seed 11)', () => {
    const random = createRandom(11);
    for (let bitWidth = 25; bitWidth <= 32; bitWidth++) {
      // Below 2^31 - 1: a dictionary (an Int32Array of codes) has fewer entries than that.
      const values = Array.from({ length: 64 }, () => Math.floor(random.next() * Math.min(2 ** bitWidth, 2 ** 31 - 1)));
      // One bit-packed run of 8 groups: header (8 << 1 | 1), then the values LSB first.
      let bits = 0n;
      values.forEach((v, k) => (bits |= BigInt(v) << BigInt(k * bitWidth)));
      const body = Array.from({ length: 8 * bitWidth }, (_, b) => Number((bits >> BigInt(8 * b)) & 255n));
      const stream = Uint8Array.from([(8 << 1) | 1, ...body]);
      const indices = new Int32Array(64);
      readIndices(stream, 0, stream.length, bitWidth, 64, indices, 2 ** 31 - 1);
      expect(Array.from(indices), `width ${bitWidth}`).toEqual(values);
    }
  });

  it('rejects indices beyond the dictionary and levels above the maximum', () => {
    const writer = new ByteWriter();
    writeRleBitPackedHybrid(writer, [0, 1, 2, 3, 4, 5, 6, 7, 2], 3);
    const stream = new Uint8Array(writer.getBuffer());
    expect(() => readIndices(stream, 0, stream.length, 3, 9, new Int32Array(9), 7)).toThrow(/beyond a dictionary of 7/);
    expect(() => readIndices(stream, 0, stream.length, 3, 9, new Int32Array(9), 8)).not.toThrow();
    expect(() => readLevels(stream, 0, stream.length, 9, new Uint8Array(9), 6)).toThrow(/above the maximum 6/);
    const run = new ByteWriter();
    writeRleBitPackedHybrid(run, new Array<number>(20).fill(9), 4);
    const runStream = new Uint8Array(run.getBuffer());
    expect(() => readIndices(runStream, 0, runStream.length, 4, 20, new Int32Array(20), 9)).toThrow(/index 9 beyond/);
  });
});
