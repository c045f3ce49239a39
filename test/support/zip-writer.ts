/**
 * A minimal zip writer for tests: members already compressed (so a test can build a bomb from a
 * repeated deflate block), Zip64 sizes when an entry reaches 4 GiB, optional Unix mode bits (a
 * symbolic link) and general-purpose flags (an encrypted entry). Entries are written in order,
 * each local header followed by its data, then the central directory.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface Member {
  name: string;
  data: Buffer;
  size: number;
  crc: number;
  /** 0 stored, 8 deflate (default). */
  method?: number;
  /** Unix mode bits written in the external attributes (0o120777: a symbolic link). */
  unixMode?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A zip (with Zip64 sizes when needed) of already-deflated members. */
export function zipOf(members: Member[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name);
    const big = m.size >= 0xffffffff;
    const zip64 = big ? Buffer.alloc(20) : Buffer.alloc(0);
    if (big) {
      zip64.writeUInt16LE(0x0001, 0);
      zip64.writeUInt16LE(16, 2);
      zip64.writeBigUInt64LE(BigInt(m.size), 4);
      zip64.writeBigUInt64LE(BigInt(m.data.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(big ? 45 : 20, 4);
    local.writeUInt16LE(m.flags ?? 0, 6);
    local.writeUInt16LE(m.method ?? 8, 8);
    local.writeUInt32LE(m.crc, 14);
    local.writeUInt32LE(big ? 0xffffffff : m.data.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : m.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(zip64.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((m.unixMode !== undefined ? 3 << 8 : 0) | (big ? 45 : 20), 4);
    central.writeUInt16LE(big ? 45 : 20, 6);
    central.writeUInt16LE(m.flags ?? 0, 8);
    central.writeUInt16LE(m.method ?? 8, 10);
    if (m.unixMode !== undefined) central.writeUInt32LE((m.unixMode << 16) >>> 0, 38);
    central.writeUInt32LE(m.crc, 16);
    central.writeUInt32LE(big ? 0xffffffff : m.data.length, 20);
    central.writeUInt32LE(big ? 0xffffffff : m.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(zip64.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, zip64, m.data);
    centrals.push(central, name, zip64);
    offset += local.length + name.length + zip64.length + m.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A member holding `content`, deflated (or stored). */
export function member(name: string, content: Buffer | string, method: 0 | 8 = 8): Member {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, data: method === 8 ? deflateRawSync(raw) : raw, size: raw.length, crc: crc32(raw) >>> 0, method };
}
