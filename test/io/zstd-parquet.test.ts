/**
 * ZSTD-compressed Parquet, as DuckDB and polars write it by default, read on every supported Node:
 * node:zlib's decoder where it has one (Node ≥ 22.15, the actions' node24), the pure-JS fzstd on
 * Node 20. Fixtures: scripts/reference/zstd-parquet.mjs (DuckDB 1.5.6) wrote each file beside a
 * CSV of the same rows; the two loads must agree value by value.
 */
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/index.js';
import { ZSTD_DECODER, decompressInto, fzstdDecoder } from '../../src/io/parquet-codecs.js';
import { DataError } from '../../src/errors.js';
import { plainTable } from './table-view.js';

const DIR = 'test/fixtures/io';

describe('ZSTD Parquet written by DuckDB', () => {
  it.each(['zstd-v1.parquet', 'zstd-v2.parquet'])('%s reads the same columns as the CSV of its rows', async (file) => {
    const parquet = plainTable(await loadTable(`${DIR}/${file}`));
    const csv = plainTable(await loadTable(`${DIR}/zstd.csv`));
    expect(parquet.rows).toBe(2100);
    expect(parquet.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'integer'],
      ['x', 'number'],
      ['label', 'string'],
      ['flag', 'boolean'],
      ['big', 'integer'],
    ]);
    expect(parquet).toEqual(csv);
  });

  it('uses node:zlib when this Node has ZSTD, fzstd otherwise', () => {
    expect(ZSTD_DECODER).toBe('zstdDecompressSync' in zlib ? 'node:zlib' : 'fzstd');
  });

  it('a corrupt ZSTD page is a DataError naming the file, not a crash', async () => {
    const bytes = readFileSync(`${DIR}/zstd-v1.parquet`);
    // Scramble the compressed blocks of the first ZSTD frame (magic 28 B5 2F FD), past its header.
    const damaged = Buffer.from(bytes);
    const frame = damaged.indexOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    expect(frame).toBeGreaterThan(0);
    for (let i = frame + 12; i < frame + 60; i++) damaged[i] = (damaged[i] * 31 + 7) & 0xff;
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-zstd-')), 'damaged.parquet');
    writeFileSync(path, damaged);
    const error = await loadTable(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect(String((error as Error).message)).toContain('damaged.parquet');
  });
});

describe('the ZSTD decoders', () => {
  // Frames written by the reference zstd tool 1.5.4 (scripts/reference/zstd-parquet.mjs).
  const payload = readFileSync(`${DIR}/zstd-frames/payload.txt`);

  it.each([1, 3, 19])('fzstd decodes the zstd tool\'s level-%i frame exactly', (level) => {
    const frame = new Uint8Array(readFileSync(`${DIR}/zstd-frames/level-${level}.zst`));
    expect(Buffer.from(fzstdDecoder(frame)).equals(payload)).toBe(true);
    const output = new Uint8Array(payload.length);
    decompressInto('ZSTD', frame, output); // this Node's decoder
    expect(Buffer.from(output).equals(payload)).toBe(true);
  });

  it('decompressInto refuses a page whose size disagrees with its header', () => {
    const frame = new Uint8Array(readFileSync(`${DIR}/zstd-frames/level-3.zst`));
    expect(() => decompressInto('ZSTD', frame, new Uint8Array(payload.length + 1))).toThrow(/does not match header/);
  });
});
