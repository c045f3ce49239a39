/**
 * Dictionary encoding of text straight from bytes: an open-addressing hash table keyed by the
 * token's bytes, so a value already in the dictionary costs a hash and a byte comparison, and
 * no string is made. Only a new distinct value is decoded (UTF-8) into the dictionary.
 *
 * The hash is FNV-1a over the bytes ({@link TEXT_HASH_SEED}, {@link TEXT_HASH_PRIME}), so a
 * scanner that already walks the bytes (the CSV fast path) can compute it on the way and call
 * {@link TextInterner.internHashed}, reading the token only once more, to compare it.
 */

/** FNV-1a's 32-bit offset basis: the hash of no bytes. */
export const TEXT_HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a's 32-bit prime: `hash = Math.imul(hash ^ byte, TEXT_HASH_PRIME)` per byte. */
export const TEXT_HASH_PRIME = 0x01000193;

export class TextInterner {
  readonly dictionary: string[] = [];
  /**
   * Pairs [code, finished hash]; code -1 marks an empty slot. The hash sits beside the code so
   * that a probe that does not match touches one cache line, not the entry's too.
   */
  // Small at first (each doubles as it fills): a file with thousands of text columns makes one
  // interner per column.
  private slots = new Int32Array(2 * 64).fill(-1);
  /** Per code: [offset, length] of its bytes in `store`. */
  private spans = new Int32Array(2 * 32);
  private store = new Uint8Array(1 << 10);
  private stored = 0;

  /** The code of the text in `bytes[start, end)`, adding it when new. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    let hash = TEXT_HASH_SEED;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], TEXT_HASH_PRIME);
    return this.internHashed(bytes, start, end, hash);
  }

  /** {@link intern} when the caller has already computed the FNV-1a hash of the bytes. */
  internHashed(bytes: Uint8Array, start: number, end: number, fnv: number): number {
    // FNV's low bits, which pick the slot, mix poorly on their own: finish as MurmurHash3 does.
    let hash = fnv ^ (fnv >>> 16);
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    const slots = this.slots;
    const mask = slots.length - 2;
    const length = end - start;
    for (let slot = (hash << 1) & mask; ; slot = (slot + 2) & mask) {
      const code = slots[slot];
      if (code < 0) return this.add(bytes, start, end, hash, slot);
      if (slots[slot + 1] !== hash || this.spans[2 * code + 1] !== length) continue;
      const store = this.store;
      const at = this.spans[2 * code] - start;
      let i = start;
      while (i < end && store[at + i] === bytes[i]) i++;
      if (i === end) return code;
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
    if (2 * code === this.spans.length) {
      const spans = new Int32Array(this.spans.length * 2);
      spans.set(this.spans);
      this.spans = spans;
    }
    const length = end - start;
    if (this.stored + length > this.store.length) {
      const store = new Uint8Array(Math.max(this.store.length * 2, this.stored + length));
      store.set(this.store.subarray(0, this.stored));
      this.store = store;
    }
    this.store.set(bytes.subarray(start, end), this.stored);
    this.spans[2 * code] = this.stored;
    this.spans[2 * code + 1] = length;
    this.stored += length;
    this.slots[slot] = code;
    this.slots[slot + 1] = hash;
    if ((code + 1) * 4 > this.slots.length) this.rehash();
    return code;
  }

  /** Doubles the table, keeping it at most half full. */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    const mask = slots.length - 2;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] < 0) continue;
      let slot = (old[k + 1] << 1) & mask;
      while (slots[slot] >= 0) slot = (slot + 2) & mask;
      slots[slot] = old[k];
      slots[slot + 1] = old[k + 1];
    }
    this.slots = slots;
  }
}
