/**
 * Byte-level mutations of a valid input, the classic mutational fuzzer's moves (AFL's havoc
 * stage, simplified): flip bits, set interesting bytes, insert, delete, duplicate or splice
 * slices, truncate. Structure-aware generators make the seeds; these break them in ways no
 * grammar would.
 */
import type { Rng } from './random.js';

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x0d, 0x22, 0x2c, 0x09, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d];

export function mutateBytes(input: Buffer, rng: Rng, rounds = rng.between(1, 6)): Buffer {
  let data = Buffer.from(input);
  for (let r = 0; r < rounds; r++) {
    const at = data.length === 0 ? 0 : rng.int(data.length);
    switch (rng.int(9)) {
      case 0: // flip a bit
        if (data.length > 0) data[at] ^= 1 << rng.int(8);
        break;
      case 1: // an interesting byte
        if (data.length > 0) data[at] = rng.pick(INTERESTING);
        break;
      case 2: // a random byte
        if (data.length > 0) data[at] = rng.int(256);
        break;
      case 3: // insert random bytes
        data = Buffer.concat([data.subarray(0, at), rng.bytes(rng.between(1, 8)), data.subarray(at)]);
        break;
      case 4: {
        // delete a slice
        const length = rng.between(1, Math.max(1, Math.min(64, data.length - at)));
        data = Buffer.concat([data.subarray(0, at), data.subarray(at + length)]);
        break;
      }
      case 5: {
        // duplicate a slice in place
        const length = rng.between(1, Math.max(1, Math.min(256, data.length - at)));
        const slice = data.subarray(at, at + length);
        data = Buffer.concat([data.subarray(0, at), slice, slice, data.subarray(at + length)]);
        break;
      }
      case 6: // truncate
        data = data.subarray(0, at);
        break;
      case 7: {
        // a 32-bit little-endian field set to an edge value (sizes, offsets, counts)
        if (data.length >= 4) {
          const where = rng.int(data.length - 3);
          data.writeUInt32LE(rng.pick([0, 1, 0x7fffffff, 0x80000000, 0xffffffff, data.length, rng.int(0x100000)]) >>> 0, where);
        }
        break;
      }
      default: {
        // overwrite with a copy of another slice (splice)
        if (data.length > 2) {
          const from = rng.int(data.length);
          const length = rng.between(1, Math.min(32, data.length - Math.max(at, from)));
          data.copy(data, at, from, from + length);
        }
      }
    }
  }
  return data;
}

/** Text-level mutations: the same moves on characters, so multi-byte text stays mostly text. */
export function mutateText(input: string, rng: Rng, pieces: readonly string[], rounds = rng.between(1, 4)): string {
  let text = input;
  for (let r = 0; r < rounds; r++) {
    const at = rng.int(text.length + 1);
    switch (rng.int(5)) {
      case 0:
        text = text.slice(0, at) + rng.pick(pieces) + text.slice(at);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(at + rng.between(1, 16));
        break;
      case 2: {
        const length = rng.between(1, 64);
        const slice = text.slice(at, at + length);
        text = text.slice(0, at) + slice.repeat(rng.between(2, 4)) + text.slice(at + length);
        break;
      }
      case 3:
        text = text.slice(0, at);
        break;
      default:
        text = text.slice(0, at) + rng.pick(pieces) + text.slice(at + 1);
    }
  }
  return text;
}
