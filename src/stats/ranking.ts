/**
 * One sort of a score column against a binary truth, shared by every ranking statistic (ROC AUC,
 * DeLong's variance and test, average precision): the rows in ascending score order, whether each
 * is positive, and the tie groups (runs of equal scores) with their positive counts.
 *
 * The sort is a radix sort of the IEEE-754 bit patterns as unsigned 64-bit keys, carrying the
 * row index and the positive flag as payload: three LSD passes of 11-bit digits over the high
 * word (skipping digits that are the same for every row), then each run of equal high words put
 * in order by the low word (insertion sort, or 8-bit radix passes for long runs). Everything after
 * it reads memory sequentially: the statistics are sums over tie groups, O(number of groups). On
 * large inputs random memory access, not arithmetic, is the cost that matters; per-row outputs
 * (placement values for paired tests) need one scatter.
 *
 * Order: −Infinity < negative numbers < ±0 < positive numbers < Infinity; −0 and +0 tie (as in
 * scikit-learn). NaN must not occur: callers validate their input first.
 */

export interface Ranking {
  /** Number of rows. */
  readonly rows: number;
  /** m: rows whose truth code is the positive one. */
  readonly positives: number;
  /** n: the other rows. */
  readonly negatives: number;
  /** Row indices in ascending score order (stable: equal scores keep row order). */
  readonly order: Uint32Array;
  /** 1 where the row at that sorted position is positive. */
  readonly positiveAt: Uint8Array;
  /** Number of tie groups G (distinct scores). */
  readonly groups: number;
  /** groupEnds[g]: sorted position one past the last row of group g (ascending); length ≥ G. */
  readonly groupEnds: Uint32Array;
  /** groupPositives[g]: positive rows in group g. */
  readonly groupPositives: Uint32Array;
}

/**
 * The buffers of {@link rankScores}: six words and a flag byte per row. Passing one workspace to
 * several calls (one-vs-rest AUC ranks every class column in turn) reuses them instead of
 * leaving ~25 bytes a row of garbage per call; a Ranking made with a workspace is valid only
 * until the next call with the same workspace.
 */
export class RankingWorkspace {
  private words: Uint32Array[] = [];
  private flags = new Uint8Array(0);
  private capacity = -1;

  /** Six word arrays and one flag array of `rows` elements (views of the reused buffers). */
  take(rows: number): { words: Uint32Array[]; flags: Uint8Array } {
    if (this.capacity < rows) {
      this.capacity = rows;
      this.words = Array.from({ length: 6 }, () => new Uint32Array(rows));
      this.flags = new Uint8Array(rows);
    }
    return { words: this.words.map((w) => w.subarray(0, rows)), flags: this.flags.subarray(0, rows) };
  }
}

/**
 * Sorts `scores` once and groups ties, against the rows whose `truth` code equals `positive`.
 * @param workspace buffers to reuse (see {@link RankingWorkspace}); a fresh one by default.
 * @throws RangeError when the arrays differ in length or exceed 2^31 rows.
 */
export function rankScores(scores: Float64Array, truth: Int32Array, positive: number, workspace = new RankingWorkspace()): Ranking {
  const rows = scores.length;
  if (truth.length !== rows) throw new RangeError(`scores (${rows}) and truth (${truth.length}) must have one entry per row`);
  if (rows >= 2 ** 31) throw new RangeError(`ranking supports up to 2^31 − 1 rows, got ${rows}`);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, rows * 2);
  const { words, flags } = workspace.take(rows);
  let [low, high, payload, spareLow, spareHigh, sparePayload] = words; // payload: row index | positive flag in bit 31
  const counts = new Uint32Array(3 * 2048);
  let positives = 0;
  for (let i = 0; i < rows; i++) {
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h === 0x80000000 && l === 0) h = 0; // −0 ties with +0
    // An unsigned 64-bit key that sorts like the number: flip all bits of a negative, the sign bit of a positive.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    low[i] = l;
    high[i] = h;
    const isPositive = truth[i] === positive;
    if (isPositive) positives++;
    payload[i] = isPositive ? (i | 0x80000000) >>> 0 : i;
    // One read of the keys fills the histograms of the three digits of the high word.
    counts[h & 0x7ff]++;
    counts[2048 + ((h >>> 11) & 0x7ff)]++;
    counts[4096 + (h >>> 22)]++;
  }
  // Sort by the high word (sign, exponent, 20 mantissa bits): three passes instead of six. Rows
  // whose high words are equal are then put in order by their low word, run by run; for
  // continuous scores such runs are short, for rounded scores they are already in order.
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * 11;
    const mask = pass === 2 ? 0x3ff : 0x7ff;
    const offset = pass * 2048;
    if (!prefixSums(counts, offset, mask, rows)) continue;
    for (let i = 0; i < rows; i++) {
      const position = counts[offset + ((high[i] >>> shift) & mask)]++;
      spareLow[position] = low[i];
      spareHigh[position] = high[i];
      sparePayload[position] = payload[i];
    }
    let swap = low;
    low = spareLow;
    spareLow = swap;
    swap = high;
    high = spareHigh;
    spareHigh = swap;
    swap = payload;
    payload = sparePayload;
    sparePayload = swap;
  }
  let start = 0;
  while (start < rows) {
    const h = high[start];
    let end = start + 1;
    while (end < rows && high[end] === h) end++;
    if (end - start > 1) sortRunByLowWord(low, payload, start, end, spareLow, sparePayload);
    start = end;
  }
  // Unpack the payload and find the tie groups (equal keys), reusing the spare buffers.
  const order = sparePayload;
  const positiveAt = flags;
  const groupEnds = spareLow;
  const groupPositives = spareHigh;
  let groups = 0;
  let groupPositive = 0;
  for (let i = 0; i < rows; i++) {
    const p = payload[i];
    order[i] = p & 0x7fffffff;
    const flag = p >>> 31;
    positiveAt[i] = flag;
    groupPositive += flag;
    if (i + 1 === rows || high[i + 1] !== high[i] || low[i + 1] !== low[i]) {
      groupEnds[groups] = i + 1;
      groupPositives[groups] = groupPositive;
      groups++;
      groupPositive = 0;
    }
  }
  return { rows, positives, negatives: rows - positives, order, positiveAt, groups, groupEnds, groupPositives };
}

/**
 * Turns counts[offset … offset + mask] into exclusive prefix sums (bucket start positions).
 * @returns false when one bucket holds every row (the pass would not move anything).
 */
function prefixSums(counts: Uint32Array, offset: number, mask: number, rows: number): boolean {
  let moves = true;
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = counts[offset + d];
    if (c === rows) moves = false;
    counts[offset + d] = sum;
    sum += c;
  }
  return moves;
}

const INSERTION_SORT_LIMIT = 48;
const runCounts = new Uint32Array(256);

/** Sorts low[start, end) ascending, moving payload along: insertion sort when short, else four 8-bit radix passes. */
function sortRunByLowWord(low: Uint32Array, payload: Uint32Array, start: number, end: number, scratchLow: Uint32Array, scratchPayload: Uint32Array): void {
  let sorted = true;
  for (let i = start + 1; i < end; i++) {
    if (low[i] < low[i - 1]) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (end - start <= INSERTION_SORT_LIMIT) {
    for (let i = start + 1; i < end; i++) {
      const key = low[i];
      const carried = payload[i];
      let j = i - 1;
      while (j >= start && low[j] > key) {
        low[j + 1] = low[j];
        payload[j + 1] = payload[j];
        j--;
      }
      low[j + 1] = key;
      payload[j + 1] = carried;
    }
    return;
  }
  // LSD radix over the run; after an even number of moving passes the data is back in place,
  // otherwise it is copied back at the end.
  let fromLow = low;
  let fromPayload = payload;
  let toLow = scratchLow;
  let toPayload = scratchPayload;
  const length = end - start;
  for (let shift = 0; shift < 32; shift += 8) {
    runCounts.fill(0);
    for (let i = start; i < end; i++) runCounts[(fromLow[i] >>> shift) & 0xff]++;
    if (!prefixSums(runCounts, 0, 0xff, length)) continue;
    for (let i = start; i < end; i++) {
      const position = start + runCounts[(fromLow[i] >>> shift) & 0xff]++;
      toLow[position] = fromLow[i];
      toPayload[position] = fromPayload[i];
    }
    [fromLow, toLow] = [toLow, fromLow];
    [fromPayload, toPayload] = [toPayload, fromPayload];
  }
  if (fromLow !== low) {
    low.set(fromLow.subarray(start, end), start);
    payload.set(fromPayload.subarray(start, end), start);
  }
}
