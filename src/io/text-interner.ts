/**
 * Dictionary encoding of text straight from bytes: an open-addressing hash table keyed by the
 * token's bytes, so a value already in the dictionary costs a hash and a byte comparison, and
 * no string is made. Only a new distinct value is decoded (UTF-8) into the dictionary.
 */
export class TextInterner {
  readonly dictionary: string[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(256);
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private store = new Uint8Array(1 << 14);
  private stored = 0;

  /** The code of the text in `bytes[start, end)`, adding it when new. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    // FNV's low bits, which pick the slot, mix poorly on their own: finish as MurmurHash3 does.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.slots[slot];
      if (code < 0) return this.add(bytes, start, end, hash, slot);
      if (this.hashes[code] !== hash || this.ends[code] - this.starts[code] !== length) continue;
      const at = this.starts[code];
      let same = true;
      for (let k = 0; k < length; k++) {
        if (this.store[at + k] !== bytes[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return code;
    }
  }

  /** The code of a string (JSON values, Parquet text). */
  internString(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.intern(bytes, 0, bytes.length);
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const code = this.dictionary.length;
    this.dictionary.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'));
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    const length = end - start;
    if (this.stored + length > this.store.length) {
      const store = new Uint8Array(Math.max(this.store.length * 2, this.stored + length));
      store.set(this.store.subarray(0, this.stored));
      this.store = store;
    }
    this.store.set(bytes.subarray(start, end), this.stored);
    this.hashes[code] = hash;
    this.starts[code] = this.stored;
    this.ends[code] = this.stored + length;
    this.stored += length;
    this.slots[slot] = code;
    if ((code + 1) * 2 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let code = 0; code < this.dictionary.length; code++) {
      let slot = this.hashes[code] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = code;
    }
    this.slots = slots;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}
