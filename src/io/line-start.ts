/**
 * Where the first line at or after an offset of a plain file begins: the cut for readers that
 * split one file between threads (split-delimited.ts, the streaming profile's lanes).
 */
import { openFile } from './byte-source.js';

/** The offset just after the first line feed at or after `offset` (the file's size if none). */
export async function nextLineStart(path: string, source: string, offset: number): Promise<number> {
  const handle = await openFile(path, source);
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
