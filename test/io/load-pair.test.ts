/**
 * loadTablePair: the same tables and errors as loadTable, whether the second file is read on this
 * thread or in the worker. The worker here is the TypeScript entry (src/io/worker/load-table-worker.ts)
 * behind a two-line bootstrap that registers tsx in the worker thread (Node 20 does not pass a
 * parent's --import hooks to workers), so no build is needed; test/e2e/parallel-load.e2e.test.ts
 * runs the bundles.
 */
import dc from 'node:diagnostics_channel';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, DataError, describeError, exitCodeOf } from '../../src/errors.js';
import { loadTable, type Table } from '../../src/io/index.js';
import { defaultPairSettings, loadTablePair, WORKER_MIN_BYTES, type PairSettings } from '../../src/io/load-pair.js';
import { neededColumns } from '../../src/predictions/needed-columns.js';
import type { PredictionColumns } from '../../src/predictions/types.js';
import { selects } from '../../src/io/column-selection.js';
import { rebuildError, serialiseError, transferList, type LoadReply } from '../../src/io/worker/table-message.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-load-pair-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Every kind of column: integer, number with missing values, boolean, datetime, text (dictionary). */
function mixedCsv(rows: number, seed: number): string {
  const lines = ['id,x,flag,at,city,proba_a,proba_b'];
  for (let i = 0; i < rows; i++) {
    const x = i % 7 === 0 ? '' : String(((i * 37 + seed) % 1000) / 8);
    const p = ((i * 13 + seed) % 100) / 100;
    lines.push(`${i + 1},${x},${i % 3 === 0},2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z,${['Paris', 'Lyon', 'Nice', ''][(i + seed) % 4]},${p},${1 - p}`);
  }
  return lines.join('\n') + '\n';
}

const a = file('a.csv', mixedCsv(500, 1));
const b = file('b.csv', mixedCsv(700, 2));
const badB = file('bad-b.csv', 'id,x\n1,2\n3,4,5\n');
const badA = file('bad-a.csv', 'id,x\n1\n');

const WORKER_ENTRY = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'io', 'worker', 'load-table-worker.ts'));
const bootstrap = file('worker.mjs', `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(WORKER_ENTRY.href)});\n`);
const inWorker: PairSettings = { worker: pathToFileURL(bootstrap) as URL, minBytes: 0 };
const onThisThread: PairSettings = { worker: undefined, minBytes: 0 };

/** The workers loadTablePair starts and what each posted, seen through Node's `worker_threads` diagnostics channel. */
const started: { worker: Worker; replies: LoadReply[]; exited: boolean }[] = [];
const onWorker = (message: unknown) => {
  const { worker } = message as { worker: Worker };
  const seen = { worker, replies: [] as LoadReply[], exited: false };
  worker.on('message', (reply: LoadReply) => seen.replies.push(reply));
  worker.once('exit', () => (seen.exited = true));
  started.push(seen);
};
dc.subscribe('worker_threads', onWorker);
afterEach(() => {
  started.length = 0;
});
afterAll(() => dc.unsubscribe('worker_threads', onWorker));

/** The error a promise rejects with (the test fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<DataError> {
  return promise.then(
    () => expect.fail('expected an error'),
    (error: unknown) => error as DataError,
  );
}

async function loadBoth(x: string, y: string): Promise<[Table, Table]> {
  return [await loadTable(x), await loadTable(y)];
}

describe('loadTablePair', () => {
  it('on this thread gives exactly the tables loadTable gives', async () => {
    expect(await loadTablePair(a, {}, b, {}, onThisThread)).toEqual(await loadBoth(a, b));
    expect(started).toHaveLength(0);
  });

  it('with the second file in a worker gives exactly the tables loadTable gives', async () => {
    const tables = await loadTablePair(a, {}, b, {}, inWorker);
    expect(tables).toEqual(await loadBoth(a, b));
    // The worker answered (no fallback to this thread): one reply carrying the table. The table is
    // delivered only once the worker has exited, so that its heap is freed by then.
    expect(started.map((s) => s.replies.map((r) => r.ok))).toEqual([[true]]);
    expect(started[0].exited).toBe(true);
    expect(tables[1].columns.map((c) => c.type)).toEqual(['integer', 'number', 'boolean', 'datetime', 'string', 'number', 'number']);
  });

  it('keeps a Parquet file\'s declared types through the worker', async () => {
    const parquet = 'test/fixtures/io/typed.parquet';
    expect(await loadTablePair(a, {}, parquet, {}, inWorker)).toEqual(await loadBoth(a, parquet));
  });

  it('passes the options across, the column selection included', async () => {
    const columns: PredictionColumns = { task: undefined, labelColumn: 'flag', predictionColumn: 'x', scoreColumn: undefined, scoreColumns: 'proba_*', positiveLabel: undefined, labels: [], sliceColumns: ['city'] };
    const options = { nullValues: ['Nice'], select: neededColumns(columns, ['id', undefined]) };
    const expected = await Promise.all([a, b].map((path) => loadTable(path, { nullValues: ['Nice'], select: neededColumns(columns, ['id']) })));
    expect(expected[1].columns.map((c) => c.name)).toEqual(['id', 'x', 'flag', 'city', 'proba_a', 'proba_b']);
    expect(expected[1].fileColumns).toEqual(['id', 'x', 'flag', 'at', 'city', 'proba_a', 'proba_b']);
    expect(await loadTablePair(a, options, b, options, inWorker)).toEqual(expected);
    expect(await loadTablePair(a, options, b, options, onThisThread)).toEqual(expected);
  });

  it('gives the worker\'s DataError as the same class, message and location', async () => {
    const expected = await rejection(loadTable(badB));
    expect(expected).toBeInstanceOf(DataError);
    const error = await rejection(loadTablePair(a, {}, badB, {}, inWorker));
    expect(started.map((s) => s.replies.map((r) => r.ok))).toEqual([[false]]);
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(`${badB}, row 2: has 3 fields but the header has 2`);
    expect(error.message).toBe(expected.message);
    expect(error.location).toEqual(expected.location);
    expect(exitCodeOf(error)).toBe(2);
    // Rebuilt from the worker's reply, not loaded again here.
    expect(error.stack).toContain('rebuildError');
  });

  it('reports the first file\'s error when both files are bad, on either path', async () => {
    const expected = `${badA}, row 1: has 1 field but the header has 2`;
    await expect(loadTablePair(badA, {}, badB, {}, inWorker)).rejects.toThrow(expected);
    await expect(loadTablePair(badA, {}, badB, {}, onThisThread)).rejects.toThrow(expected);
  });

  it('reads on this thread when the worker script is missing or dies before replying', async () => {
    const missing = pathToFileURL(join(dir, 'no-such-worker.mjs')) as URL;
    const dies = pathToFileURL(file('dies.mjs', 'process.exit(1);\n')) as URL;
    const throws = pathToFileURL(file('throws.mjs', 'throw new Error("boom");\n')) as URL;
    for (const worker of [missing, dies, throws]) {
      expect(await loadTablePair(a, {}, b, {}, { worker, minBytes: 0 })).toEqual(await loadBoth(a, b));
    }
  });

  it('starts no worker below minBytes (together)', async () => {
    // A stand-in worker whose reply is recognisable, to see which path was taken.
    const marker = pathToFileURL(file('marker.mjs', `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ok: true, table: { source: 'marker', rowCount: 0, columns: [] } });\n`)) as URL;
    const together = statSync(a).size + statSync(b).size;
    const [, below] = await loadTablePair(a, {}, b, {}, { worker: marker, minBytes: together + 1 });
    expect(below.source).toBe(b);
    const [, at] = await loadTablePair(a, {}, b, {}, { worker: marker, minBytes: together });
    expect(at.source).toBe('marker');
  });
});

describe('defaultPairSettings', () => {
  it('has no worker when running from src (no bundle beside this module), or with MLGATE_NO_WORKERS=1', () => {
    expect(defaultPairSettings()).toEqual({ worker: undefined, minBytes: WORKER_MIN_BYTES });
    const before = process.env.MLGATE_NO_WORKERS;
    process.env.MLGATE_NO_WORKERS = '1';
    try {
      expect(defaultPairSettings().worker).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.MLGATE_NO_WORKERS;
      else process.env.MLGATE_NO_WORKERS = before;
    }
  });
});

describe('transferList', () => {
  it('moves every column\'s buffer (nothing copied), each buffer once', async () => {
    const table = await loadTable(b);
    const copies = table.columns.map((c) => ('values' in c ? c.values.slice() : c.codes.slice()));
    const shared = new Float64Array(4);
    const twoViews: Table = { source: 's', rowCount: 2, columns: [{ name: 'p', type: 'number', values: shared.subarray(0, 2), nullCount: 0 }, { name: 'q', type: 'number', values: shared.subarray(2), nullCount: 0 }] };
    expect(transferList(twoViews)).toEqual([shared.buffer]);

    const channel = new MessageChannel();
    const received = new Promise<Table>((resolve) => channel.port2.once('message', resolve));
    channel.port1.postMessage(table, transferList(table));
    const arrived = await received;
    channel.port1.close();
    // Sent buffers are detached here: they were moved, not copied.
    for (const c of table.columns) expect(('values' in c ? c.values : c.codes).buffer.byteLength).toBe(0);
    expect(arrived.columns.map((c) => ('values' in c ? c.values : c.codes))).toEqual(copies);
    expect(arrived.columns.map((c) => c.name)).toEqual(['id', 'x', 'flag', 'at', 'city', 'proba_a', 'proba_b']);
  });
});

describe('serialiseError / rebuildError', () => {
  const roundTrip = (error: unknown) => rebuildError(structuredClone(serialiseError(error)));

  it.each([
    [new DataError('"x" is not a number', { file: 'data.csv', column: 'age', row: 12 })],
    [new DataError('the file is empty', { file: 'data.csv' })],
    [new DataError('no location at all')],
  ])('a DataError keeps its class, message and location: %s', (error) => {
    const rebuilt = roundTrip(error) as DataError;
    expect(rebuilt).toBeInstanceOf(DataError);
    expect(rebuilt.message).toBe(error.message);
    expect(rebuilt.location).toEqual(error.location);
    expect(describeError(rebuilt)).toBe(describeError(error));
    expect(exitCodeOf(rebuilt)).toBe(2);
  });

  it('a ConfigurationError stays one; anything else is still our bug (exit 3)', () => {
    const configuration = roundTrip(new ConfigurationError('unknown format "xls"'));
    expect(configuration).toBeInstanceOf(ConfigurationError);
    expect(configuration.message).toBe('unknown format "xls"');
    const bug = roundTrip(new TypeError('cannot read properties of undefined'));
    expect(exitCodeOf(bug)).toBe(3);
    expect(bug.name).toBe('TypeError');
    expect(describeError(bug)).toContain('mlgate internal error (please report it): TypeError: cannot read properties of undefined');
    expect(exitCodeOf(roundTrip('a string thrown'))).toBe(3);
  });
});

describe('neededColumns as a column selection', () => {
  it('survives cloning (as it must to reach a worker) and selects the same names', () => {
    const columns: PredictionColumns = { task: 'binary', labelColumn: 'y', predictionColumn: 'pred', scoreColumn: 'score', scoreColumns: 'p_*_v2', positiveLabel: '1', labels: ['0', '1'], sliceColumns: ['region'] };
    const cloned = selects(structuredClone(neededColumns(columns, ['id', undefined])));
    const direct = selects(neededColumns(columns, ['id']));
    const names = ['y', 'pred', 'score', 'region', 'id', 'p_a_v2', 'p__v2', 'p_a*b_v2', 'p_a', 'feature', 'Y', 'ids'];
    expect(names.map(cloned)).toEqual(names.map(direct));
    expect(names.filter(cloned)).toEqual(['y', 'pred', 'score', 'region', 'id', 'p_a_v2', 'p_a*b_v2']);
  });
});
