/** readChunks: a plain file in two buffers used in turn; every byte once, in order, whatever the chunk size. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAll, readChunks, readPlainChunks } from '../../src/io/byte-source.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-chunks-'));
const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 251));
const plain = join(dir, 'data.bin');
writeFileSync(plain, bytes);
const empty = join(dir, 'empty.bin');
writeFileSync(empty, '');

async function collect(path: string, gzip: boolean, chunkBytes: number): Promise<{ copies: Buffer[]; views: Buffer[] }> {
  const copies: Buffer[] = [];
  const views: Buffer[] = [];
  for await (const chunk of readChunks(path, path, gzip, chunkBytes)) {
    copies.push(Buffer.from(chunk));
    views.push(chunk);
  }
  return { copies, views };
}

describe('readChunks', () => {
  for (const chunkBytes of [1, 7, 4096, 10_000, 10_001, 1 << 20]) {
    it(`reads every byte once, in order, in chunks of ${chunkBytes}`, async () => {
      const { copies } = await collect(plain, false, chunkBytes);
      expect(Buffer.concat(copies).equals(bytes)).toBe(true);
      expect(copies.slice(0, -1).every((c) => c.length === chunkBytes)).toBe(true);
      expect(copies.length).toBe(Math.ceil(bytes.length / chunkBytes));
    });
  }

  it('reuses two buffers in turn: a chunk stays valid until the one after next is read', async () => {
    const previous: Buffer[] = [];
    let chunks = 0;
    for await (const chunk of readChunks(plain, plain, false, 1000)) {
      const at = chunks * 1000;
      expect(chunk.equals(bytes.subarray(at, at + chunk.length))).toBe(true);
      // The chunk before this one is intact (its buffer is refilled only by the next read) …
      if (previous.length > 0) expect(previous[previous.length - 1].equals(bytes.subarray(at - 1000, at))).toBe(true);
      // … and the one before that is this chunk's memory, refilled.
      if (previous.length > 1) {
        expect(previous[previous.length - 2].buffer).toBe(chunk.buffer);
        expect(previous[previous.length - 2].byteOffset).toBe(chunk.byteOffset);
        expect(previous[previous.length - 2].equals(chunk)).toBe(true);
      }
      previous.push(chunk);
      chunks++;
    }
    expect(chunks).toBe(10);
  });

  it('reads an empty file as no chunks', async () => {
    expect((await collect(empty, false, 64)).copies).toEqual([]);
  });

  it('decompresses .gz on the fly into chunks of their own', async () => {
    const zipped = join(dir, 'data.bin.gz');
    writeFileSync(zipped, gzipSync(bytes));
    const { copies, views } = await collect(zipped, true, 1000);
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    expect(Buffer.concat(views).equals(bytes)).toBe(true);
  });

  it('readAll returns the whole file, plain or gzipped', async () => {
    expect((await readAll(plain, plain, false)).equals(bytes)).toBe(true);
    writeFileSync(join(dir, 'b.gz'), gzipSync(bytes));
    expect((await readAll(join(dir, 'b.gz'), 'b.gz', true)).equals(bytes)).toBe(true);
  });

  it('names the file when it cannot be read', async () => {
    await expect(collect(join(dir, 'missing.csv'), false, 64)).rejects.toThrow(/file not found/);
    await expect(readAll(join(dir, 'missing.json'), 'missing.json', false)).rejects.toThrow(/file not found/);
  });
});

describe('readPlainChunks with a range (one file split between threads)', () => {
  const cases: [number, number, number][] = [
    [0, 10_000, 4096],
    [1, 9_999, 7],
    [5_000, 10_000, 1 << 20],
    [9_999, 10_000, 3],
    [4_321, 4_321, 64],
    [3_000, 20_000, 1_000],
  ];
  it.each(cases)('bytes [%d, %d) in chunks of %d: exactly that slice, in order', async (start, end, chunkBytes) => {
    const chunks: Buffer[] = [];
    for await (const chunk of readPlainChunks(plain, plain, chunkBytes, start, end)) {
      expect(chunk.length).toBeLessThanOrEqual(chunkBytes);
      chunks.push(Buffer.from(chunk));
    }
    expect(Buffer.concat(chunks).equals(bytes.subarray(start, Math.min(end, bytes.length)))).toBe(true);
  });

  it('names the file when it cannot be read', async () => {
    const missing = join(dir, 'missing.bin');
    await expect(readPlainChunks(missing, 'missing.bin', 64, 10, 20).next()).rejects.toThrow('missing.bin: file not found');
  });
});
