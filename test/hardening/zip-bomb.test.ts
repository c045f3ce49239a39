/**
 * Issue 14: a 2 MB zip holding one honest 2 GiB entry was extracted in full (2 GB written, still
 * running at 300 s). The archive here is built the way a bomb is: the deflate stream of 1 MiB of
 * zeros, flushed to a byte boundary, repeated 2,048 times, so the entry really inflates to 2 GiB
 * with a correct CRC — only the size and ratio checks stop it, before anything is written.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, extractZip } from '../../src/artifacts/safe-unzip.js';
import { DataError } from '../../src/errors.js';
import { zipOf, type Member } from '../support/zip-writer.js';

/** `mebibytes` MiB of zeros, deflated: one flushed block repeated, then an empty final block. */
function zeros(mebibytes: number): Member & { compressed: number } {
  const block = Buffer.alloc(1024 * 1024);
  const flushed = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mebibytes }, () => flushed), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(block, crc);
  return { name: 'data.csv', data, size: mebibytes * block.length, crc: crc >>> 0, compressed: data.length };
}

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'mlgate-bomb-')), 'out');
}

describe('zip bombs are refused before extraction', () => {
  it('a ~2 MB zip with one honest 2 GiB entry is refused by its expansion ratio, and nothing is written', async () => {
    const bomb = zeros(2048);
    expect(bomb.compressed).toBeLessThan(3_000_000);
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-bomb-zip-')), 'bomb.zip');
    writeFileSync(path, zipOf([bomb]));
    const out = outDir();
    const error = await extractZip(path, out, 'artifact champion (id 5, run 12)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toMatch(
      /^artifact champion \(id 5, run 12\): refusing the archive: the entry "data\.csv" expands \d+× \(.* to 2\.0 GiB\), more than 100×/,
    );
    expect((error as Error).message).not.toContain('\n');
    expect(readdirSync(out)).toEqual([]);
  });

  it('the same archive is also refused by size when the ratio limit is lifted', async () => {
    const bomb = zeros(64);
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-bomb-zip-')), 'bomb.zip');
    writeFileSync(path, zipOf([bomb]));
    const limits = { ...DEFAULT_ZIP_LIMITS, maxRatio: 10_000, maxEntryBytes: 32 * 1024 * 1024 };
    await expect(extractZip(path, outDir(), 'a', limits)).rejects.toThrow(/the entry "data\.csv" expands to 64\.0 MiB, more than 32\.0 MiB/);
  });

  it('many entries that are each allowed are refused by their total', async () => {
    const members = Array.from({ length: 3 }, (_, i) => ({ ...zeros(2), name: `part-${i}.csv` }));
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-bomb-zip-')), 'parts.zip');
    writeFileSync(path, zipOf(members));
    const limits = { ...DEFAULT_ZIP_LIMITS, maxRatio: 10_000, maxTotalBytes: 5 * 1024 * 1024 };
    const out = outDir();
    await expect(extractZip(path, out, 'a', limits)).rejects.toThrow(/its entries expand to 6\.0 MiB, more than 5\.0 MiB/);
    expect(existsSync(join(out, 'part-0.csv'))).toBe(false);
  });

  it('an archive within the limits is still extracted (a small, highly compressible file is no bomb)', async () => {
    const small = zeros(1);
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-bomb-zip-')), 'ok.zip');
    writeFileSync(path, zipOf([small]));
    const out = outDir();
    expect(await extractZip(path, out, 'a')).toEqual(['data.csv']);
  });
});
