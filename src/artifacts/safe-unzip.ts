/**
 * Extracts a downloaded artifact (a zip file) into a directory, refusing any entry that would be
 * written outside it. Artifacts from other runs may come from forks or old code, so entries are
 * treated as untrusted: a name that is absolute, has a drive letter, or climbs with `..` refuses
 * the whole artifact (rather than being silently renamed, as unzip-stream does: two entries could
 * then land on the same file); so do symbolic links, encrypted entries and sizes or checksums that
 * do not match the central directory.
 *
 * Reads the central directory (so entries written with data descriptors, as the artifact uploader
 * writes them, are sized correctly) and supports Zip64. Methods: stored (0) and deflate (8).
 *
 * Sizes are bounded before anything is written (a zip bomb is refused in milliseconds, not after
 * filling the disk): at most {@link DEFAULT_ZIP_LIMITS}' entries, bytes per entry and in total, no
 * entry over 1 MiB that expands more than 100× (deflate tops out near 1032×; real CSV expands
 * 3–20×, Parquet 1–3×: the cut is Apache POI's ZipSecureFile default), and never more than the
 * free space of the destination. During extraction no entry may yield more than it declared.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, realpath, statfs, type FileHandle } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { DataError } from '../errors.js';

export interface ZipEntry {
  /** The entry's name as stored, `/`-separated. */
  readonly name: string;
  readonly directory: boolean;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly symlink: boolean;
  readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipLimits {
  /** Entries (files and folders) in one archive. */
  readonly maxEntries: number;
  /** Uncompressed bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed size allowed for an entry larger than {@link ZipLimits.ratioFloorBytes}. */
  readonly maxRatio: number;
  /** Entries up to this many uncompressed bytes may expand any amount (a small file of spaces is no bomb). */
  readonly ratioFloorBytes: number;
}

const GiB = 1024 ** 3;

/**
 * The limits: 10,000 entries, 16 GiB an entry and in total, 100× expansion above 1 MiB.
 * `MLGATE_ZIP_MAX_BYTES` (bytes) lowers or raises both size limits, `MLGATE_ZIP_MAX_RATIO` the ratio.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 16 * GiB, maxTotalBytes: 16 * GiB, maxRatio: 100, ratioFloorBytes: 1024 ** 2 };

export function zipLimitsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ZipLimits {
  const positive = (text: string | undefined): number | undefined => {
    const value = Number(text);
    return text !== undefined && text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const bytes = positive(env.MLGATE_ZIP_MAX_BYTES);
  const ratio = positive(env.MLGATE_ZIP_MAX_RATIO);
  return {
    ...DEFAULT_ZIP_LIMITS,
    ...(bytes === undefined ? {} : { maxEntryBytes: bytes, maxTotalBytes: bytes }),
    ...(ratio === undefined ? {} : { maxRatio: ratio }),
  };
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Refuses the archive, before anything is written, when its declared sizes exceed `limits` or the free space. */
async function checkSizes(entries: readonly ZipEntry[], root: string, limits: ZipLimits, label: string): Promise<void> {
  const refuse = (why: string): never => {
    throw new DataError(`${label}: refusing the archive: ${why}; nothing was extracted (limits: MLGATE_ZIP_MAX_BYTES, MLGATE_ZIP_MAX_RATIO)`);
  };
  if (entries.length > limits.maxEntries) refuse(`it holds ${entries.length} entries, more than ${limits.maxEntries}`);
  let total = 0;
  for (const entry of entries) {
    if (entry.directory) continue;
    const name = `"${printable(entry.name)}"`;
    if (entry.size > limits.maxEntryBytes) refuse(`the entry ${name} expands to ${formatBytes(entry.size)}, more than ${formatBytes(limits.maxEntryBytes)}`);
    if (entry.size > limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      refuse(`the entry ${name} expands ${ratio}× (${formatBytes(entry.compressedSize)} to ${formatBytes(entry.size)}), more than ${limits.maxRatio}×: a zip bomb, or data too repetitive to need an archive`);
    }
    total += entry.size;
  }
  if (total > limits.maxTotalBytes) refuse(`its entries expand to ${formatBytes(total)}, more than ${formatBytes(limits.maxTotalBytes)}`);
  const free = await freeBytes(root);
  if (free !== undefined && total > free) refuse(`its entries expand to ${formatBytes(total)}, more than the ${formatBytes(free)} free where it would be extracted`);
}

async function freeBytes(path: string): Promise<number | undefined> {
  try {
    const stats = await statfs(path);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return undefined; // a filesystem that cannot say: the other limits still hold
  }
}

/**
 * Extracts every entry of `zipPath` under `destination` (created if needed) and returns the
 * extracted files' relative paths, sorted.
 * @param label how the archive is named in errors ("artifact champion (id 5, run 12)")
 * @param limits default {@link zipLimitsFromEnv}()
 * @throws DataError when the archive is malformed, too large, or holds an entry that may not be written
 */
export async function extractZip(zipPath: string, destination: string, label: string, limits: ZipLimits = zipLimitsFromEnv()): Promise<string[]> {
  await mkdir(destination, { recursive: true });
  const root = await realpath(destination);
  const handle = await open(zipPath, 'r');
  try {
    const entries = await readCentralDirectory(handle, label);
    await checkSizes(entries, root, limits, label);
    const targets = entries.map((entry) => ({ entry, target: safeTarget(root, entry, label) }));
    const files: string[] = [];
    for (const { entry, target } of targets) {
      if (entry.directory) {
        await mkdir(target.path, { recursive: true });
        continue;
      }
      await mkdir(resolve(target.path, '..'), { recursive: true });
      await extractEntry(handle, zipPath, entry, target.path, label);
      files.push(target.relative);
    }
    return files.sort();
  } finally {
    await handle.close();
  }
}

/** Where an entry goes, or a DataError saying why it may not be written. */
function safeTarget(root: string, entry: ZipEntry, label: string): { path: string; relative: string } {
  const refuse = (why: string): never => {
    throw new DataError(`${label}: refusing the entry "${printable(entry.name)}": ${why}; nothing was used from this artifact`);
  };
  if (entry.encrypted) refuse('it is encrypted');
  if (entry.symlink) refuse('it is a symbolic link');
  const name = entry.name.replace(/\\/g, '/');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) refuse('its name contains control characters');
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) refuse('its path is absolute');
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) refuse('its path leads outside the download directory ("..")');
  if (segments.length === 0) refuse('its name is empty');
  const relative = segments.join('/');
  const path = join(root, ...segments);
  // Defence in depth: the joined path must still be inside the root.
  if (!path.startsWith(root + sep)) refuse('its path leads outside the download directory');
  return { path, relative };
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f]/g, '?');
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return read === length ? buffer : buffer.subarray(0, read);
}

/** The central directory's entries, in stored order. */
export async function readCentralDirectory(handle: FileHandle, label: string): Promise<ZipEntry[]> {
  const malformed = (why: string): never => {
    throw new DataError(`${label}: not a readable zip archive (${why})`);
  };
  const { size: fileSize } = await handle.stat();
  const tailLength = Math.min(fileSize, 22 + 65_535);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) malformed('no end of central directory record');
  let count: number = tail.readUInt16LE(eocd + 10);
  let directorySize: number = tail.readUInt32LE(eocd + 12);
  let directoryOffset: number = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = fileSize - tailLength + eocd - 20;
    if (locatorAt < 0) malformed('Zip64 locator missing');
    const locator = await readAt(handle, locatorAt, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) malformed('Zip64 locator missing');
    const recordAt = safeNumber(locator.readBigUInt64LE(8), malformed);
    const record = await readAt(handle, recordAt, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) malformed('Zip64 end record missing');
    count = safeNumber(record.readBigUInt64LE(32), malformed);
    directorySize = safeNumber(record.readBigUInt64LE(40), malformed);
    directoryOffset = safeNumber(record.readBigUInt64LE(48), malformed);
  }
  if (directoryOffset + directorySize > fileSize) malformed('central directory beyond the end of the file');
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) malformed(`central directory entry ${i + 1} is damaged`);
    const madeBy = directory.readUInt16LE(at + 4);
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const crc = directory.readUInt32LE(at + 16);
    let compressedSize: number = directory.readUInt32LE(at + 20);
    let size: number = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const externalAttributes = directory.readUInt32LE(at + 38);
    let localHeaderOffset: number = directory.readUInt32LE(at + 42);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: UTF-8 names; otherwise CP437, of which ASCII (what uploaders write) is a subset.
    const name = nameBytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const zip64 = findExtra(extra, 0x0001);
      if (!zip64) malformed(`entry "${printable(name)}" lacks its Zip64 sizes`);
      let field = 0;
      const next = () => {
        if (field + 8 > zip64!.length) malformed(`entry "${printable(name)}" has a short Zip64 field`);
        const value = safeNumber(zip64!.readBigUInt64LE(field), malformed);
        field += 8;
        return value;
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
    }
    const unixMode = madeBy >> 8 === 3 ? externalAttributes >>> 16 : 0;
    entries.push({
      name,
      directory: name.endsWith('/') || name.endsWith('\\'),
      method,
      crc,
      compressedSize,
      size,
      localHeaderOffset,
      symlink: (unixMode & 0o170000) === 0o120000,
      encrypted: (flags & 0x1) !== 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findExtra(extra: Buffer, id: number): Buffer | undefined {
  let at = 0;
  while (at + 4 <= extra.length) {
    const header = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (header === id) return extra.subarray(at + 4, at + 4 + length);
    at += 4 + length;
  }
  return undefined;
}

function safeNumber(value: bigint, malformed: (why: string) => never): number {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : malformed('a size beyond 2^53');
}

/** Counts bytes and computes the CRC-32 of what passes; fails once more than `limit` bytes pass. */
class Checked extends Transform {
  crc = 0;
  bytes = 0;
  constructor(private readonly limit: number, private readonly onExcess: () => Error) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      callback(this.onExcess());
      return;
    }
    this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }
}

async function extractEntry(handle: FileHandle, zipPath: string, entry: ZipEntry, target: string, label: string): Promise<void> {
  const where = `${label}, entry "${printable(entry.name)}"`;
  if (entry.method !== 0 && entry.method !== 8) {
    throw new DataError(`${where}: compression method ${entry.method} is not supported (only stored and deflate)`);
  }
  const local = await readAt(handle, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new DataError(`${where}: the local header is damaged`);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const checked = new Checked(entry.size, () => new DataError(`${where}: holds more data than its declared ${entry.size} bytes`));
  try {
    // 'wx': a second entry with the same name, or anything already there, is refused.
    const output = createWriteStream(target, { flags: 'wx' });
    if (entry.compressedSize === 0) {
      output.end();
      await new Promise<void>((done, failed) => output.on('close', done).on('error', failed));
    } else {
      const source = createReadStream(zipPath, { start, end: start + entry.compressedSize - 1 });
      if (entry.method === 8) await pipeline(source, createInflateRaw(), checked, output);
      else await pipeline(source, checked, output);
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DataError(`${where}: the archive holds this name twice`);
    throw new DataError(`${where}: cannot be extracted (${error instanceof Error ? error.message : String(error)})`);
  }
  if (checked.bytes !== entry.size) throw new DataError(`${where}: ${checked.bytes} bytes extracted, ${entry.size} declared`);
  if (checked.crc >>> 0 !== entry.crc) throw new DataError(`${where}: checksum mismatch (the download is damaged)`);
}
