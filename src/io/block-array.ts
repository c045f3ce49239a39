/**
 * Append-only typed arrays stored in fixed-size blocks. Growing never copies (unlike doubling,
 * which briefly needs three times the data), and {@link toArray} builds the exact-size result
 * one block at a time, so a column's peak memory is about twice its final size only while it
 * is being finished, one column after another.
 */

const BLOCK = 1 << 16;

export class Float64Blocks {
  private readonly blocks: Float64Array[] = [];
  private current = new Float64Array(BLOCK);
  private offset = 0;
  length = 0;

  push(value: number): void {
    if (this.offset === BLOCK) {
      this.blocks.push(this.current);
      this.current = new Float64Array(BLOCK);
      this.offset = 0;
    }
    this.current[this.offset++] = value;
    this.length++;
  }

  /** The values as one exact-size array; the blocks are released. */
  toArray(): Float64Array {
    const out = new Float64Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += BLOCK;
    }
    out.set(this.current.subarray(0, this.offset), at);
    this.blocks.length = 0;
    this.current = new Float64Array(0);
    return out;
  }
}

export class Int32Blocks {
  private readonly blocks: Int32Array[] = [];
  private current = new Int32Array(BLOCK);
  private offset = 0;
  length = 0;

  push(value: number): void {
    if (this.offset === BLOCK) {
      this.blocks.push(this.current);
      this.current = new Int32Array(BLOCK);
      this.offset = 0;
    }
    this.current[this.offset++] = value;
    this.length++;
  }

  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += BLOCK;
    }
    out.set(this.current.subarray(0, this.offset), at);
    this.blocks.length = 0;
    this.current = new Int32Array(0);
    return out;
  }
}
