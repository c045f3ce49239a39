/**
 * The plain row bootstrap, for the tests: one resample of N rows as per-row multiplicities, N rows
 * drawn uniformly with replacement, w_r = how often row r was drawn — Multinomial(N; 1/N, …, 1/N)
 * (Efron, 1979). The lazy bootstraps of src/stats (resampled-ranking.ts, paired-resample.ts) must
 * have the distribution this gives; the tests compare them to it. O(N) per resample.
 *
 * Drawn in two stages, which is the same distribution and keeps memory access local: the rows
 * are cut into blocks of 1,024; the blocks' totals are one multinomial draw over the blocks
 * (weights = block sizes, conditional binomials), then each block's total is spread uniformly over
 * its own rows (a multinomial within the block), so every write lands in a 1,024-entry window.
 * Uniform picks use Lemire's multiply-and-reject with 32-bit draws (exactly uniform). Each block of
 * each replicate has its own keyed stream (src/stats/keyed-random.ts): replicate b is the same
 * resample however it is used. Multiplicities are 8-bit: a row drawn 256 times in one resample has
 * probability below 1/256! (about 1e-507); that case is reported as our bug, never wrapped.
 *
 * Domain: rows ≥ 1.
 */
import { sampleBinomial } from '../../src/stats/discrete-sampling.js';
import { KeyedRandom } from '../../src/stats/keyed-random.js';

const BLOCK = 1024;
const TWO_32 = 4294967296;

export class RowResampler {
  readonly rows: number;
  private readonly random: KeyedRandom;
  private readonly blocks: number;
  private readonly blockTotals: Float64Array;

  /** @throws RangeError for fewer than 1 row or a seed that is not a safe integer. */
  constructor(rows: number, seed: number) {
    if (!(Number.isInteger(rows) && rows >= 1 && rows < TWO_32)) throw new RangeError(`rows must be a whole number in [1, 2^32), got ${rows}`);
    this.rows = rows;
    this.random = new KeyedRandom(seed);
    this.blocks = Math.ceil(rows / BLOCK);
    this.blockTotals = new Float64Array(this.blocks);
  }

  /** The multiplicities of replicate b (0 ≤ b < 2^32 − 1) into out[0 … rows). */
  draw(b: number, out: Uint8Array): Uint8Array {
    const { rows, blocks, blockTotals, random } = this;
    if (out.length < rows) throw new RangeError(`multiplicities need ${rows} entries, got ${out.length}`);
    random.reset(b, 0);
    let left = rows;
    let remaining = rows;
    for (let k = 0; k < blocks; k++) {
      const size = Math.min(BLOCK, rows - k * BLOCK);
      const drawn = left === 0 ? 0 : size === remaining ? left : sampleBinomial(random, left, size / remaining);
      blockTotals[k] = drawn;
      left -= drawn;
      remaining -= size;
    }
    for (let k = 0; k < blocks; k++) {
      const start = k * BLOCK;
      const size = Math.min(BLOCK, rows - start);
      out.fill(0, start, start + size);
      random.reset(b, k + 1);
      const threshold = (TWO_32 - size) % size; // Lemire: reject the low products below it
      for (let i = blockTotals[k]; i > 0; i--) {
        // m = x·size < 2^42 is exact; its high 32 bits pick the row, its low ones decide rejection
        let m = random.nextUint32() * size;
        let high = Math.floor(m / TWO_32);
        while (m - high * TWO_32 < threshold) {
          m = random.nextUint32() * size;
          high = Math.floor(m / TWO_32);
        }
        const position = start + high;
        if (out[position] === 255) throw new Error('internal: a row was drawn 256 times in one bootstrap resample');
        out[position]++;
      }
    }
    return out;
  }
}
