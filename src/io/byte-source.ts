/**
 * A file as a stream of byte chunks, gunzipped on the fly when it is `.gz`. Parsers never see
 * the whole file as one string; they get Buffers of about {@link CHUNK_BYTES} bytes. Every
 * failure to open or decompress becomes a one-line DataError naming the file.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { DataError } from '../errors.js';

/** Large enough that per-chunk overhead vanishes, small enough to keep peak memory low. */
export const CHUNK_BYTES = 1 << 20;

/** Checks that `path` is a readable regular file; a DataError otherwise. Returns its size. */
export async function statFile(path: string, source: string): Promise<number> {
  let stats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    throw openError(error, source);
  }
  if (stats.isDirectory()) throw new DataError('is a directory, not a file', { file: source });
  try {
    await fs.access(path, fs.constants.R_OK);
  } catch (error) {
    throw openError(error, source);
  }
  return stats.size;
}

/**
 * The file's bytes in chunks (decompressed when `gzip`). `source` is the name used in messages.
 * Callers must treat each chunk as read-only. A plain file is read into two buffers used in turn,
 * so a chunk's bytes stay valid only until the chunk after the next is requested: a caller that
 * carries bytes across chunks must copy them by then (the CSV and JSON Lines readers concatenate
 * a carried record with the next chunk). Reusing the buffers keeps a large file from leaving a
 * trail of garbage chunks, which would otherwise count in the process's peak memory.
 */
export async function* readChunks(path: string, source: string, gzip: boolean, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer> {
  if (!gzip) {
    yield* readPlainChunks(path, source, chunkBytes);
    return;
  }
  const file = createReadStream(path, { highWaterMark: chunkBytes });
  const gunzip = createGunzip({ chunkSize: Math.max(64, chunkBytes) });
  file.on('error', (error) => gunzip.destroy(error));
  file.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    if (isZlibError(error)) {
      throw new DataError(`is not a valid gzip file (${zlibReason(error)})`, { file: source });
    }
    throw openError(error, source);
  } finally {
    file.destroy();
    gunzip.destroy();
  }
}

/**
 * The bytes [start, end) of a plain file — to its end when `end` is omitted — in full chunks (the
 * last one shorter), read into two buffers in turn: a chunk stays valid until the one after the
 * next is requested. Readers that split one file between threads read their part with a range
 * (split-delimited.ts, the streaming profile's lanes).
 */
export async function* readPlainChunks(path: string, source: string, chunkBytes = CHUNK_BYTES, start = 0, end = Infinity): AsyncGenerator<Buffer> {
  const handle = await openFile(path, source);
  try {
    const size = (await handle.stat()).size;
    // A small file (or range) needs only one buffer of its own size (a whole file's plus a byte, to see the end).
    const length = Math.max(1, Math.min(chunkBytes, Math.min(end, size + 1) - start));
    const buffers: Buffer[] = [];
    for (let turn = 0, position = start; position < end; turn ^= 1) {
      const buffer = (buffers[turn] ??= Buffer.allocUnsafe(length));
      const want = Math.min(buffer.length, end - position);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (filled < want) return;
      position += filled;
    }
  } catch (error) {
    throw openError(error, source);
  } finally {
    await handle.close();
  }
}

/** `path` opened for reading; a failure is openError's one-line DataError. */
export async function openFile(path: string, source: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(path, 'r');
  } catch (error) {
    throw openError(error, source);
  }
}

/**
 * The decompressed size of a gzip file as its trailer states it (ISIZE: the size modulo 2^32, of
 * the last member), or undefined when that cannot be right. Only an estimate, for sizing buffers.
 */
export async function gzipDeclaredSize(path: string, compressedSize: number): Promise<number | undefined> {
  if (compressedSize < 18) return undefined;
  const handle = await fs.open(path, 'r');
  try {
    const trailer = Buffer.alloc(4);
    await handle.read(trailer, 0, 4, compressedSize - 4);
    const size = trailer.readUInt32LE(0);
    return size >= compressedSize ? size : undefined;
  } finally {
    await handle.close();
  }
}

/** The whole (decompressed) file as bytes; for formats that must be parsed as one document. */
export async function readAll(path: string, source: string, gzip: boolean): Promise<Buffer> {
  if (!gzip) {
    try {
      return await fs.readFile(path);
    } catch (error) {
      throw openError(error, source);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of readChunks(path, source, gzip)) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function isZlibError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

function zlibReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'Z_BUF_ERROR') return 'the compressed data ends early';
  return error.message;
}

/** A one-line DataError for a failure to open or read a file. */
export function openError(error: unknown, source: string): DataError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new DataError('file not found', { file: source });
    case 'EACCES':
    case 'EPERM':
      return new DataError('cannot read the file: permission denied', { file: source });
    case 'EISDIR':
      return new DataError('is a directory, not a file', { file: source });
    case 'ENOTDIR':
      return new DataError('file not found (a part of the path is not a directory)', { file: source });
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new DataError(`cannot read the file: ${message.split('\n')[0]}`, { file: source });
    }
  }
}
