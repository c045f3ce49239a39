/**
 * Append-only typed arrays for columns whose length is not known in advance. The first block
 * is sized by an estimate of the row count (from the file size and the first chunk's rows);
 * when the estimate holds, {@link toArray} returns that block itself (a view of its first
 * `length` elements) with no copy, so a column costs its final size once. When the estimate
 * was too low, further blocks are added (growing never copies) and toArray copies them into one
 * exact array; when it was far too high, the values are copied out so the spare room is freed.
 *
 * Besides push(), a writer may fill the current block directly (the CSV fast path): reserve(),
 * write into block from filled, then advance().
 */

/** The largest block grown in doubling steps; past it, blocks grow by an eighth of the length. */
const MIN_BLOCK = 1 << 16;
/**
 * The first block when nothing is known of the count. Small: a file of 5,005 columns and 60
 * rows used to reserve 5,005 × 512 KiB (6 s, 900 MB to read 600 KB); blocks double from here.
 */
const FIRST_BLOCK = 256;

/** The first block: the estimate when there is one (with a little room), else {@link FIRST_BLOCK}. */
function firstCapacity(expected: number): number {
  return expected > 0 ? Math.max(64, Math.ceil(expected)) : FIRST_BLOCK;
}

/** The next block after `length` values: doubling up to {@link MIN_BLOCK}, then an eighth more. */
function nextCapacity(length: number): number {
  return Math.max(Math.min(MIN_BLOCK, Math.max(FIRST_BLOCK, length)), length >>> 3);
}

/** Fewer values than this fraction of the first block's capacity: copy rather than keep it. */
const KEEP_FILL = 0.85;

/** Float64 values (numbers, booleans, datetimes). */
export class Float64Blocks {
  private readonly blocks: Float64Array[] = [];
  private current: Float64Array;
  private capacity: number;
  private offset = 0;
  length = 0;

  /** `expected`: the estimated number of values (the first block's size). */
  constructor(expected = 0) {
    this.capacity = firstCapacity(expected);
    this.current = new Float64Array(this.capacity);
  }

  push(value: number): void {
    if (this.offset === this.capacity) this.grow();
    this.current[this.offset++] = value;
    this.length++;
  }

  /** The block being filled; values go at {@link filled} onwards (for direct writers). */
  get block(): Float64Array {
    return this.current;
  }

  /** How many values the current block holds. */
  get filled(): number {
    return this.offset;
  }

  /** Starts a new block if the current one is full; returns the free slots in the current block. */
  reserve(): number {
    if (this.offset === this.capacity) this.grow();
    return this.capacity - this.offset;
  }

  /** Counts `count` values written directly into {@link block} from {@link filled} (≤ the reserve). */
  advance(count: number): void {
    this.offset += count;
    this.length += count;
  }

  private grow(): void {
    this.blocks.push(this.current);
    this.capacity = nextCapacity(this.length);
    this.current = new Float64Array(this.capacity);
    this.offset = 0;
  }

  /** The values as one array of exactly `length` elements; the builder must not be used after. */
  toArray(): Float64Array {
    if (this.blocks.length === 0 && this.offset >= this.capacity * KEEP_FILL) return this.current.subarray(0, this.offset);
    const out = new Float64Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += block.length;
    }
    out.set(this.current.subarray(0, this.offset), at);
    this.blocks.length = 0;
    this.current = new Float64Array(0);
    return out;
  }
}

/** Int32 values (dictionary codes). */
export class Int32Blocks {
  private readonly blocks: Int32Array[] = [];
  private current: Int32Array;
  private capacity: number;
  private offset = 0;
  length = 0;

  /** `expected`: the estimated number of values (the first block's size). */
  constructor(expected = 0) {
    this.capacity = firstCapacity(expected);
    this.current = new Int32Array(this.capacity);
  }

  push(value: number): void {
    if (this.offset === this.capacity) this.grow();
    this.current[this.offset++] = value;
    this.length++;
  }

  /** The block being filled; values go at {@link filled} onwards (for direct writers). */
  get block(): Int32Array {
    return this.current;
  }

  /** How many values the current block holds. */
  get filled(): number {
    return this.offset;
  }

  /** Starts a new block if the current one is full; returns the free slots in the current block. */
  reserve(): number {
    if (this.offset === this.capacity) this.grow();
    return this.capacity - this.offset;
  }

  /** Counts `count` values written directly into {@link block} from {@link filled} (≤ the reserve). */
  advance(count: number): void {
    this.offset += count;
    this.length += count;
  }

  private grow(): void {
    this.blocks.push(this.current);
    this.capacity = nextCapacity(this.length);
    this.current = new Int32Array(this.capacity);
    this.offset = 0;
  }

  /** The values as one array of exactly `length` elements; the builder must not be used after. */
  toArray(): Int32Array {
    if (this.blocks.length === 0 && this.offset >= this.capacity * KEEP_FILL) return this.current.subarray(0, this.offset);
    const out = new Int32Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += block.length;
    }
    out.set(this.current.subarray(0, this.offset), at);
    this.blocks.length = 0;
    this.current = new Int32Array(0);
    return out;
  }
}
