/**
 * Part of a plain (not gzipped) file as byte chunks, for readers that split one file between two
 * threads (the streaming profile's lanes): the same two-buffer scheme as byte-source.ts, from
 * `start` up to `end`. And where the first line starting at or after an offset begins.
 */
import { promises as fs } from 'node:fs';
import { CHUNK_BYTES, openError } from './byte-source.js';

/** The bytes [start, end) of `path` in chunks; each chunk valid until the one after the next is requested. */
export async function* readRangeChunks(path: string, source: string, start: number, end: number, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    throw openError(error, source);
  }
  try {
    const length = Math.max(1, Math.min(chunkBytes, end - start));
    const buffers: Buffer[] = [];
    let position = start;
    for (let turn = 0; position < end; turn ^= 1) {
      const buffer = (buffers[turn] ??= Buffer.allocUnsafe(length));
      const want = Math.min(buffer.length, end - position);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      position += filled;
      yield buffer.subarray(0, filled);
      if (filled < want) return;
    }
  } catch (error) {
    throw openError(error, source);
  } finally {
    await handle.close();
  }
}

/** The offset just after the first line feed at or after `offset` (the file's size if none). */
export async function nextLineStart(path: string, source: string, offset: number): Promise<number> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    throw openError(error, source);
  }
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.allocUnsafe(1 << 16);
    for (let position = offset; position < size; position += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      const at = buffer.subarray(0, bytesRead).indexOf(10);
      if (at >= 0) return position + at + 1;
      if (bytesRead === 0) break;
    }
    return size;
  } finally {
    await handle.close();
  }
}
