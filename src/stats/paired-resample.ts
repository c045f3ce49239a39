/**
 * The bootstrap of two rankings of the same rows (champion and challenger), drawn jointly and
 * lazily: the paired counterpart of src/stats/resampled-ranking.ts.
 *
 * A resample must give every row one multiplicity that both models see, and the two models sort
 * the rows differently, so one model's tree of splits cannot be drawn without the other's. Here
 * the rows are partitioned into cells: each model's distinct scores are cut into Z zones (the
 * nodes of its split tree at depth log₂Z), and cell (i, j, c) holds the rows in the champion's
 * zone i, the challenger's zone j and class c. Z balances the 2·Z² cell draws of every replicate
 * against the N/Z rows of each zone a search opens: the power of 2 nearest (0.15·N)^(1/3) (a cell
 * draw costs about 13 times a row), 64 at 10^6 rows, 4 at 500. One replicate is drawn in two
 * stages, which together are exactly Multinomial(N; 1/N, …, 1/N) over the rows:
 * 1. the cells' counts, one multinomial draw over the 2·Z² cells (weights = cell sizes);
 * 2. a cell's count spread uniformly over its own rows (a multinomial within the cell), done only
 *    when a search needs the rows of a zone the cell lies in, and then once for both models.
 * Each model's tree reads a node spanning several zones from the cell counts (zone totals) and a
 * node inside one zone from that zone's rows, so the searches of src/metrics/operating-points.ts
 * and src/metrics/curves.ts run on it unchanged. An operating point opens a couple of zones per
 * model: O(Z² + N/Z) per replicate instead of O(N). A curve sampled across its whole range opens
 * most zones, which is the O(N) of a plain row bootstrap.
 *
 * Randomness is keyed (src/stats/keyed-random.ts): stage 1 of replicate b by (b, 0), cell k's
 * stage 2 by (b, 1 + k); a replicate is the same resample whatever is asked of it, by either model.
 * Row multiplicities are 8-bit (a row drawn 256 times in one resample: probability about 1e-507,
 * reported as our bug if it happens).
 *
 * Domain: two rankings of the same rows and the same truth. Memory: about 30 bytes per row.
 */
import { multinomialSampler } from './discrete-sampling.js';
import { KeyedRandom } from './keyed-random.js';
import type { RankedCounts } from './ranked-counts.js';
import type { Ranking } from './ranking.js';
import { ResampledRanking } from './resampled-ranking.js';

/** Zones per model for N rows (see the header): 2^round(log₂((0.15·N)^(1/3))), within [1, 256]. */
export function defaultZones(rows: number): number {
  const exponent = Math.round(Math.log2(Math.cbrt(0.15 * rows)));
  return 2 ** Math.min(8, Math.max(0, exponent));
}
const TWO_32 = 4294967296;
/** Cells smaller than this get exact 32-bit Lemire picks (the product stays below 2^53). */
const LEMIRE_LIMIT = 2 ** 21;

/** One model's view of the joint resample: a tree whose splits come from cells and zones. */
export class ZoneTree extends ResampledRanking {
  /** Zone of each group (descending group index). */
  readonly zoneOf: Uint16Array;
  /** Zone z covers groups [zoneStart[z], zoneStart[z + 1]). */
  readonly zoneStart: Uint32Array;
  readonly zones: number;
  /** Resampled positives and negatives above each zone boundary (cumulative, Z + 1). */
  readonly zonePositives: Float64Array;
  readonly zoneNegatives: Float64Array;
  /** Resampled tp*, fp* at group boundaries inside opened zones (valid where zoneStamps say so). */
  private readonly tpAt: Float64Array;
  private readonly fpAt: Float64Array;
  private readonly zoneStamps: Uint32Array;
  private stampNow = 0;
  private observed = true;

  constructor(
    counts: RankedCounts,
    private readonly ranking: Ranking,
    zones: number,
    private readonly owner: PairedResample,
    private readonly side: 0 | 1,
  ) {
    super(counts, 0);
    const groups = counts.groups;
    const starts: number[] = [];
    const cut = (lo: number, hi: number, depth: number) => {
      if (depth === 0 || hi - lo === 1) {
        starts.push(lo);
        return;
      }
      const mid = (lo + hi) >>> 1;
      cut(lo, mid, depth - 1);
      cut(mid, hi, depth - 1);
    };
    cut(0, groups, Math.round(Math.log2(zones)));
    this.zones = starts.length;
    this.zoneStart = Uint32Array.from([...starts, groups]);
    this.zoneOf = new Uint16Array(groups);
    for (let z = 0; z < this.zones; z++) this.zoneOf.fill(z, this.zoneStart[z], this.zoneStart[z + 1]);
    this.zonePositives = new Float64Array(this.zones + 1);
    this.zoneNegatives = new Float64Array(this.zones + 1);
    this.tpAt = new Float64Array(groups + 1);
    this.fpAt = new Float64Array(groups + 1);
    this.zoneStamps = new Uint32Array(this.zones);
  }

  override useObserved(): void {
    super.useObserved();
    this.observed = true;
  }

  /** Replicates are entered through the owning {@link PairedResample}. */
  override useReplicate(): void {
    throw new Error('internal: a zone tree is resampled through its PairedResample');
  }

  /** Called by the owner once the cell counts of replicate `stamp − 1` are drawn. */
  enter(stamp: number, positives: number, negatives: number): void {
    this.observed = false;
    this.stampNow = stamp;
    this.positives = positives;
    this.negatives = negatives;
  }

  override split(lo: number, hi: number, nodePositives: number, nodeNegatives: number): void {
    if (this.observed) {
      super.split(lo, hi, nodePositives, nodeNegatives);
      return;
    }
    const mid = (lo + hi) >>> 1;
    const zone = this.zoneOf[lo];
    if (zone !== this.zoneOf[hi - 1]) {
      // spans zones: mid is a zone boundary, the halves are unions of zones
      const left = this.zoneOf[mid];
      this.leftPositives = this.zonePositives[left] - this.zonePositives[zone];
      this.leftNegatives = this.zoneNegatives[left] - this.zoneNegatives[zone];
      return;
    }
    if (this.zoneStamps[zone] !== this.stampNow) this.open(zone);
    this.leftPositives = this.tpAt[mid] - this.tpAt[lo];
    this.leftNegatives = this.fpAt[mid] - this.fpAt[lo];
  }

  /** Draws the rows of a zone (their cells, once per replicate) and its per-group counts. */
  private open(zone: number): void {
    this.owner.openZone(this.side, zone);
    const { groupEnds, positiveAt } = this.ranking;
    const groups = this.counts.groups;
    const weights = this.owner.weights;
    const through = this.side === 0 ? null : this.owner.throughChampion;
    const first = this.zoneStart[zone];
    const last = this.zoneStart[zone + 1];
    let tp = this.zonePositives[zone];
    let fp = this.zoneNegatives[zone];
    this.tpAt[first] = tp;
    this.fpAt[first] = fp;
    for (let g = first; g < last; g++) {
      const ascending = groups - 1 - g;
      const start = ascending === 0 ? 0 : groupEnds[ascending - 1];
      const end = groupEnds[ascending];
      for (let i = start; i < end; i++) {
        const w = weights[through === null ? i : through[i]];
        if (positiveAt[i] === 1) tp += w;
        else fp += w;
      }
      this.tpAt[g + 1] = tp;
      this.fpAt[g + 1] = fp;
    }
    this.zoneStamps[zone] = this.stampNow;
  }
}

/** The joint lazy bootstrap of two rankings of the same rows. */
export class PairedResample {
  readonly champion: ZoneTree;
  readonly challenger: ZoneTree;
  /** Row multiplicities of the opened cells, by the champion's sorted position. */
  readonly weights: Uint8Array;
  /** The champion's sorted position of the challenger's sorted position q. */
  readonly throughChampion: Uint32Array;
  private readonly random: KeyedRandom;
  private readonly cellCounts: Float64Array;
  private readonly cellStart: Uint32Array;
  /** Members of each cell: champion sorted positions, cell by cell. */
  private readonly members: Uint32Array;
  private readonly cellStamps: Uint32Array;
  private readonly drawCells: (random: KeyedRandom, n: number, out: Float64Array) => Float64Array;
  private readonly rows: number;
  private stamp = 0;
  private replicate = -1;

  /**
   * @param zones zones per model (a power of 2; the cells are 2·zones²), {@link defaultZones} by default.
   * @throws RangeError when the rankings are not of the same rows and truth.
   */
  constructor(rankingA: Ranking, rankingB: Ranking, countsA: RankedCounts, countsB: RankedCounts, seed: number, zones = defaultZones(rankingA.rows)) {
    const rows = rankingA.rows;
    if (rankingB.rows !== rows || rankingA.positives !== rankingB.positives) throw new RangeError('paired rankings must rank the same rows against the same truth');
    if (!(Number.isInteger(Math.log2(zones)) && zones >= 1 && zones <= 1024)) throw new RangeError(`zones must be a power of 2 up to 1024, got ${zones}`);
    this.rows = rows;
    this.random = new KeyedRandom(seed);
    this.weights = new Uint8Array(rows);
    this.champion = new ZoneTree(countsA, rankingA, zones, this, 0);
    this.challenger = new ZoneTree(countsB, rankingB, zones, this, 1);
    // sorted position → zone, for each model
    const zoneAtA = positionZones(rankingA, this.champion);
    const zoneAtB = positionZones(rankingB, this.challenger);
    const championPosition = new Uint32Array(rows);
    for (let p = 0; p < rows; p++) championPosition[rankingA.order[p]] = p;
    this.throughChampion = new Uint32Array(rows);
    const zB = this.challenger.zones;
    const cells = 2 * this.champion.zones * zB;
    const cellOfPosition = new Uint32Array(rows); // by champion position
    for (let q = 0; q < rows; q++) {
      const p = championPosition[rankingB.order[q]];
      this.throughChampion[q] = p;
      cellOfPosition[p] = (zoneAtA[p] * zB + zoneAtB[q]) * 2 + rankingA.positiveAt[p];
    }
    // counting sort of the positions by cell
    this.cellStart = new Uint32Array(cells + 1);
    for (let p = 0; p < rows; p++) this.cellStart[cellOfPosition[p] + 1]++;
    for (let k = 0; k < cells; k++) this.cellStart[k + 1] += this.cellStart[k];
    const next = this.cellStart.slice(0, cells);
    this.members = new Uint32Array(rows);
    for (let p = 0; p < rows; p++) this.members[next[cellOfPosition[p]]++] = p;
    const sizes = new Float64Array(cells);
    for (let k = 0; k < cells; k++) sizes[k] = this.cellStart[k + 1] - this.cellStart[k];
    this.drawCells = multinomialSampler(sizes);
    this.cellCounts = new Float64Array(cells);
    this.cellStamps = new Uint32Array(cells);
  }

  /** The observed data for both models. */
  useObserved(): void {
    this.replicate = -1;
    this.champion.useObserved();
    this.challenger.useObserved();
  }

  /** Replicate b (0 ≤ b < 2^32 − 1) for both models: draws the cell counts. */
  useReplicate(b: number): void {
    if (!(Number.isInteger(b) && b >= 0 && b < 0xffffffff)) throw new RangeError(`replicate must be an integer in [0, 2^32 − 1), got ${b}`);
    this.replicate = b;
    this.stamp = b + 1;
    this.random.reset(b, 0);
    this.drawCells(this.random, this.rows, this.cellCounts);
    const zA = this.champion.zones;
    const zB = this.challenger.zones;
    const a = this.champion;
    const c = this.challenger;
    a.zonePositives.fill(0);
    a.zoneNegatives.fill(0);
    c.zonePositives.fill(0);
    c.zoneNegatives.fill(0);
    let positives = 0;
    for (let i = 0; i < zA; i++) {
      for (let j = 0; j < zB; j++) {
        const base = (i * zB + j) * 2;
        const negatives = this.cellCounts[base];
        const pos = this.cellCounts[base + 1];
        a.zonePositives[i + 1] += pos;
        a.zoneNegatives[i + 1] += negatives;
        c.zonePositives[j + 1] += pos;
        c.zoneNegatives[j + 1] += negatives;
        positives += pos;
      }
    }
    for (const tree of [a, c]) {
      for (let z = 0; z < tree.zones; z++) {
        tree.zonePositives[z + 1] += tree.zonePositives[z];
        tree.zoneNegatives[z + 1] += tree.zoneNegatives[z];
      }
    }
    a.enter(this.stamp, positives, this.rows - positives);
    c.enter(this.stamp, positives, this.rows - positives);
  }

  /** Materialises the cells of one model's zone (each cell once per replicate). */
  openZone(side: 0 | 1, zone: number): void {
    const zB = this.challenger.zones;
    if (side === 0) {
      for (let j = 0; j < zB; j++) for (let c = 0; c < 2; c++) this.openCell((zone * zB + j) * 2 + c);
    } else {
      for (let i = 0; i < this.champion.zones; i++) for (let c = 0; c < 2; c++) this.openCell((i * zB + zone) * 2 + c);
    }
  }

  private openCell(cell: number): void {
    if (this.cellStamps[cell] === this.stamp) return;
    this.cellStamps[cell] = this.stamp;
    const start = this.cellStart[cell];
    const size = this.cellStart[cell + 1] - start;
    if (size === 0) return;
    const { members, weights, random } = this;
    for (let i = start; i < start + size; i++) weights[members[i]] = 0;
    random.reset(this.replicate, 1 + cell);
    const exact = size < LEMIRE_LIMIT;
    const threshold = (TWO_32 - size) % size; // Lemire: reject the low products below it
    for (let n = this.cellCounts[cell]; n > 0; n--) {
      let pick: number;
      if (exact) {
        // m = x·size < 2^53 is exact; its high 32 bits pick the row, its low ones decide rejection
        let m = random.nextUint32() * size;
        pick = Math.floor(m / TWO_32);
        while (m - pick * TWO_32 < threshold) {
          m = random.nextUint32() * size;
          pick = Math.floor(m / TWO_32);
        }
      } else {
        pick = Math.floor(random.next() * size); // a huge cell (few distinct scores): 53-bit uniform, bias below size/2^53
      }
      const position = members[start + pick];
      if (weights[position] === 255) throw new Error('internal: a row was drawn 256 times in one bootstrap resample');
      weights[position]++;
    }
  }
}

/** The zone of each sorted position of a ranking. */
function positionZones(ranking: Ranking, tree: ZoneTree): Uint16Array {
  const out = new Uint16Array(ranking.rows);
  const groups = tree.counts.groups;
  for (let g = 0; g < groups; g++) {
    const ascending = groups - 1 - g;
    const start = ascending === 0 ? 0 : ranking.groupEnds[ascending - 1];
    out.fill(tree.zoneOf[g], start, ranking.groupEnds[ascending]);
  }
  return out;
}
