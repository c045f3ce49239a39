/**
 * `npm run fuzz -- [--runs N] [--seed S] [--target name[,name]] [--jobs J] [--case I]`
 *
 * Runs N seeded cases (default 100,000) against every fuzz target (test/fuzz/targets.ts), each
 * target in a worker thread watched from here: a case that does not end within the hang limit
 * (10 s, or `--hang-ms`) has its worker stopped and is counted as a hang, and the run goes on
 * from the next case; a worker that dies (out of memory: each has a 1 GiB heap) counts its case as
 * another exception. Prints the table of counts and the first failures, each with the command that
 * replays it. The same seed gives the same cases on every machine. Exit 1 when anything other than
 * "parsed" or "clean error" happened.
 *
 * `--case I` replays one case in this process and prints its input and outcome.
 */
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { emptyTally, formatTallies, inputOf, record, runCase, showInput, type Tally } from '../test/fuzz/harness.js';
import { TARGETS, scratchDirectory, targetNamed } from '../test/fuzz/targets.js';
import type { CaseReport, WorkerJob } from '../test/fuzz/worker.js';

interface Options {
  runs: number;
  seed: number;
  targets: string[];
  jobs: number;
  hangMs: number;
  slowMs: number;
  replay?: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { runs: 100_000, seed: 1, targets: TARGETS.map((t) => t.name), jobs: 1, hangMs: 10_000, slowMs: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs':
        options.runs = Number(value());
        break;
      case '--seed':
        options.seed = Number(value());
        break;
      case '--target':
      case '--targets':
        options.targets = value().split(',').map((t) => t.trim()).filter(Boolean);
        break;
      case '--jobs':
        options.jobs = Math.max(1, Math.min(Number(value()), cpus().length));
        break;
      case '--hang-ms':
        options.hangMs = Number(value());
        break;
      case '--slow-ms':
        options.slowMs = Number(value());
        break;
      case '--case':
        options.replay = Number(value());
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (options: --runs, --seed, --target, --jobs, --hang-ms, --slow-ms, --case)`);
    }
  }
  if (!Number.isSafeInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  if (!Number.isSafeInteger(options.seed)) throw new Error('--seed must be a whole number');
  for (const name of options.targets) targetNamed(name);
  return options;
}

const WORKER = new URL('../test/fuzz/worker-entry.mjs', import.meta.url);

/** Runs cases [from, to) of one target, restarting the worker past a hang or a crash. */
async function fuzzTarget(name: string, options: Options, progress: (done: number) => void): Promise<Tally> {
  const target = targetNamed(name);
  const tally = emptyTally(name);
  let next = 0;
  while (next < options.runs) {
    next = await new Promise<number>((resolve) => {
      const job: WorkerJob = { target: name, seed: options.seed, from: next, to: options.runs, timeoutMs: options.slowMs };
      const worker = new Worker(WORKER, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      let current = next;
      let finished = false;
      let watchdog: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          if (finished) return;
          finished = true;
          record(tally, target, options.seed, current, 'hang', `did not end within ${options.hangMs} ms (worker stopped)`);
          void worker.terminate().then(() => resolve(current + 1));
        }, options.hangMs);
      };
      arm();
      worker.on('message', (message: CaseReport | { started: number }) => {
        if ('started' in message) {
          current = message.started;
          arm();
          return;
        }
        record(tally, target, options.seed, message.index, message.outcome, message.detail);
        progress(tally.cases);
      });
      worker.on('error', (error) => {
        if (finished) return;
        finished = true;
        clearTimeout(watchdog);
        record(tally, target, options.seed, current, 'other', `the worker died: ${error.message.split('\n')[0]}`);
        resolve(current + 1);
      });
      worker.on('exit', () => {
        if (finished) return;
        finished = true;
        clearTimeout(watchdog);
        resolve(options.runs);
      });
    });
  }
  return tally;
}

async function replay(options: Options): Promise<void> {
  const scratch = scratchDirectory();
  for (const name of options.targets) {
    const target = targetNamed(name);
    const input = inputOf(target, options.seed, options.replay!);
    const result = await runCase(target, options.seed, options.replay!, scratch, options.slowMs);
    process.stdout.write(`${name} seed ${options.seed} case ${options.replay}: ${result.outcome} in ${result.ms.toFixed(1)} ms ${result.detail}\ninput: ${showInput(input, 100_000)}\n`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.replay !== undefined) return replay(options);
  const started = Date.now();
  process.stderr.write(`fuzzing ${options.targets.join(', ')}: ${options.runs} cases each, seed ${options.seed}, ${options.jobs} at a time\n`);
  const queue = [...options.targets];
  const tallies = new Map<string, Tally>();
  const done = new Map<string, number>();
  let lastPrint = 0;
  const progress = (name: string) => (count: number) => {
    done.set(name, count);
    if (Date.now() - lastPrint > 5000) {
      lastPrint = Date.now();
      process.stderr.write(`  ${[...done].map(([n, c]) => `${n} ${c}`).join(' · ')}\n`);
    }
  };
  await Promise.all(
    Array.from({ length: options.jobs }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const t0 = Date.now();
        tallies.set(name, await fuzzTarget(name, options, progress(name)));
        process.stderr.write(`  ${name}: done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
      }
    }),
  );
  const ordered = options.targets.map((name) => tallies.get(name)!);
  process.stdout.write(`\nseed ${options.seed}, ${options.runs} cases per parser, ${((Date.now() - started) / 1000).toFixed(0)} s\n\n${formatTallies(ordered)}\n`);
  const failures = ordered.flatMap((t) => t.failures);
  for (const f of failures.slice(0, 40)) {
    process.stdout.write(`\n${f.outcome} — ${f.target} case ${f.index}: ${f.detail}\n  replay: npm run fuzz -- --target ${f.target} --seed ${f.seed} --case ${f.index}\n  input: ${f.input}\n`);
  }
  process.exitCode = failures.length > 0 || ordered.some((t) => t.other + t.hang > 0) ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
