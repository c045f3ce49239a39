/**
 * The fuzzers' small run inside `npm test`: a fixed seed and a few hundred cases per target, so
 * every parser meets hostile input on every run and a regression shows at once. The long run is
 * `npm run fuzz -- --runs 100000` (scripts/fuzz.ts), with a fresh seed when asked.
 * Each failure prints its seed and case index; `npm run fuzz -- --target <name> --seed <s> --case <i>`
 * replays it alone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { formatTallies, runTarget, type Tally } from './harness.js';
import { TARGETS, scratchDirectory } from './targets.js';

const SEED = 20_261_206;
const RUNS = Number(process.env.MLGATE_FUZZ_RUNS ?? 150);
/** A case slower than this counts as a hang; generous, as the suite shares 2 cores. */
const CASE_LIMIT_MS = 5000;

const scratch = scratchDirectory();
const tallies: Tally[] = [];
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`\nfuzz (seed ${SEED}, ${RUNS} cases each):\n${formatTallies(tallies)}\n`);
});

describe('fuzzing: every parser parses or refuses cleanly, on one line, without hanging', () => {
  for (const target of TARGETS) {
    it(`${target.name}: ${RUNS} hostile inputs`, async () => {
      const tally = await runTarget(target, SEED, RUNS, scratch, CASE_LIMIT_MS);
      tallies.push(tally);
      expect(tally.failures.map((f) => `${f.outcome} at case ${f.index}: ${f.detail} — input ${f.input}`)).toEqual([]);
      // The generators must reach both sides of every parser, or the test proves little.
      expect(tally.cases).toBe(RUNS);
      if (target.name !== 'reference' || RUNS >= 50) expect(tally.clean, 'no case was refused').toBeGreaterThan(0);
    }, 120_000);
  }
});
