/**
 * loadDelimitedSplit (one CSV/TSV file on two threads) gives exactly the table of a whole read —
 * types, values, dictionaries in first-appearance order, null counts — and, where a split cannot
 * stand (a cut inside a quoted field, halves that settled on different types, an input error in
 * either half), falls back to the whole read with its exact message. The worker is the TypeScript
 * entry behind a tsx bootstrap (as in load-pair.test.ts), so the second half really is read in
 * another thread.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDelimited, type DelimitedOptions } from '../../src/io/delimited.js';
import { nextLineStart } from '../../src/io/line-start.js';
import { joinHalves, loadDelimitedSplit, splitsFile, type SplitSettings } from '../../src/io/split-delimited.js';
import type { Table } from '../../src/io/table.js';
import { InputError } from '../../src/errors.js';
import { delimitedText } from '../fuzz/targets.js';
import { Rng } from '../fuzz/random.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORKER_ENTRY = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'io', 'worker', 'load-table-worker.ts'));
const bootstrap = join(dir, 'worker.mjs');
// Each worker notes the byte where its range starts, so a test can see the second half was read there.
const ranges = join(dir, 'worker-ranges.txt');
writeFileSync(
  bootstrap,
  `import { appendFileSync } from 'node:fs';\nimport { workerData } from 'node:worker_threads';\nappendFileSync(${JSON.stringify(ranges)}, String(workerData.delimited?.range?.start) + '\\n');\n` +
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(WORKER_ENTRY.href)});\n`,
);
const settings: SplitSettings = { worker: pathToFileURL(bootstrap) as URL, minBytes: 0 };

function file(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function optionsFor(path: string, extra: Partial<DelimitedOptions> = {}): DelimitedOptions {
  return { delimiter: path.endsWith('.tsv') ? '\t' : ',', gzip: false, fileSize: statSync(path).size, ...extra };
}

async function both(path: string, extra: Partial<DelimitedOptions> = {}): Promise<[Table, Table]> {
  const options = optionsFor(path, extra);
  return [await loadDelimited(path, path, options), await loadDelimitedSplit(path, path, options, settings)];
}

/** The halves as loadDelimitedSplit cuts them, joined on this thread: undefined when they would not join. */
async function joinedHalves(path: string, at = 0.5): Promise<Table | undefined> {
  const options = optionsFor(path);
  const headerEnd = await nextLineStart(path, path, 0);
  const cut = await nextLineStart(path, path, headerEnd + Math.floor((options.fileSize! - headerEnd) * at));
  const first = await loadDelimited(path, path, { ...options, range: { start: 0, end: cut } });
  const header = first.columns.map((c) => c.name);
  const second = await loadDelimited(path, path, { ...options, range: { start: cut, end: options.fileSize!, header } });
  return joinHalves(first, second);
}

/** Every kind of column, text values new in the second half, missing values, quoted commas. */
function mixed(rows: number): string[] {
  const lines = ['id,x,flag,at,city,note'];
  for (let i = 0; i < rows; i++) {
    const x = i % 7 === 0 ? '' : String(((i * 37) % 1000) / 8);
    const city = i < rows / 2 ? ['Paris', 'Lyon', ''][i % 3] : ['Nice', 'Lyon', 'Brest', ''][i % 4];
    lines.push(`${i + 1},${x},${i % 3 === 0},2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z,${city},"a, ""quoted"" ${i % 5}"`);
  }
  return lines;
}

describe('a file split between two threads reads as the whole file does', { timeout: 60_000 }, () => {
  it('every column kind, dictionaries in first-appearance order, null counts', async () => {
    const path = file('mixed.csv', mixed(5_000));
    writeFileSync(ranges, '');
    const [whole, split] = await both(path);
    expect(split).toEqual(whole);
    const cut = Number(readFileSync(ranges, 'utf8').trim());
    expect(cut).toBeGreaterThan(statSync(path).size * 0.4);
    expect(cut).toBeLessThan(statSync(path).size * 0.6);
    const city = split.columns.find((c) => c.name === 'city');
    expect(city).toMatchObject({ type: 'string', dictionary: ['Paris', 'Lyon', 'Nice', 'Brest'] });
    // The halves joined (no fallback): the join alone gives the whole table.
    expect(await joinedHalves(path)).toEqual(whole);
  });

  it('TSV, and a selection of columns', async () => {
    const path = file('mixed.tsv', mixed(3_000).map((l) => l.replaceAll(',', '\t')));
    const [whole, split] = await both(path);
    expect(split).toEqual(whole);
    const csv = file('select.csv', mixed(3_000));
    const [wholeSelected, splitSelected] = await both(csv, { select: { names: ['city', 'x'], patterns: [] } });
    expect(splitSelected).toEqual(wholeSelected);
    expect(splitSelected.fileColumns).toEqual(['id', 'x', 'flag', 'at', 'city', 'note']);
  });

  it('integers in one half and decimals in the other: a number column', async () => {
    const lines = ['a,b', ...Array.from({ length: 2_000 }, (_, i) => `${i},${i < 1_900 ? i : i + 0.5}`)];
    const path = file('int-then-float.csv', lines);
    const [whole, split] = await both(path);
    expect(whole.columns[1].type).toBe('number');
    expect(split).toEqual(whole);
    expect(await joinedHalves(path)).toEqual(whole);
  });

  it('a column missing throughout one half takes the type of the other half', async () => {
    const lines = ['a,b,c', ...Array.from({ length: 2_000 }, (_, i) => `${i},${i < 1_900 ? '' : `v${i % 3}`},${i < 1_900 ? '' : i}`)];
    const path = file('empty-half.csv', lines);
    const [whole, split] = await both(path);
    expect(whole.columns.map((c) => c.type)).toEqual(['integer', 'string', 'integer']);
    expect(split).toEqual(whole);
    expect(await joinedHalves(path)).toEqual(whole);
  });

  it('numbers in one half and text in the other: the halves do not join, and the whole read is used', async () => {
    const lines = ['a,b', ...Array.from({ length: 2_000 }, (_, i) => `${i},${i < 1_500 ? `${i}.50` : 'n/a-text'}`)];
    const path = file('conflict.csv', lines);
    expect(await joinedHalves(path)).toBeUndefined();
    const [whole, split] = await both(path);
    expect(whole.columns[1]).toMatchObject({ type: 'string' });
    expect(split).toEqual(whole); // the tokens as written ("3.50"), as the whole read's second pass gives them
  });

  it('a cut inside a quoted field with newlines: the whole read is used, with the same table', async () => {
    const multiline = `"${Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n')}"`;
    const lines = ['a,b', ...Array.from({ length: 50 }, (_, i) => `${i},x`), `50,${multiline}`, ...Array.from({ length: 50 }, (_, i) => `${i + 51},y`)];
    const path = file('quoted.csv', lines);
    const [whole, split] = await both(path);
    expect(whole.rowCount).toBe(101);
    expect(split).toEqual(whole);
  });

  it('an error in the second half has the whole read\'s message: the absolute row', async () => {
    const lines = ['a,b', ...Array.from({ length: 2_000 }, (_, i) => (i === 1_700 ? `${i},1,extra` : `${i},1`))];
    const path = file('bad-row.csv', lines);
    const options = optionsFor(path);
    const expected = await loadDelimited(path, path, options).then(
      () => 'read',
      (e: Error) => e.message,
    );
    expect(expected).toContain('row 1701');
    await expect(loadDelimitedSplit(path, path, options, settings)).rejects.toThrow(expected);
  });

  it('property: on hostile generated files (the CSV fuzz target\'s), wherever both halves read and join, the join is the whole read', { timeout: 120_000 }, async () => {
    let joined = 0;
    let cases = 0;
    for (let i = 0; i < 3_000; i++) {
      const rng = new Rng(0x5eed + i);
      const path = join(dir, 'fuzz.csv');
      writeFileSync(path, delimitedText(rng, ','));
      let whole: Table;
      try {
        whole = await loadDelimited(path, path, optionsFor(path));
      } catch (error) {
        if (error instanceof InputError) continue; // a file the whole read refuses: the split reads it whole too
        throw error;
      }
      if (whole.columns.length < 2 || whole.rowCount < 2) continue;
      cases++;
      for (const at of [0.3, 0.5, 0.8]) {
        let result: Table | undefined;
        try {
          result = await joinedHalves(path, at);
        } catch (error) {
          if (error instanceof InputError) continue; // a half refused (e.g. a cut inside quotes): the whole read is used
          throw error;
        }
        if (result === undefined) continue;
        joined++;
        expect(result, `case ${i}, cut at ${at}`).toEqual(whole);
      }
    }
    expect(cases).toBeGreaterThan(450);
    expect(joined).toBeGreaterThan(200);
  });

  it('is used only for large plain files with the worker there and the other core free', () => {
    const options = optionsFor(file('tiny.csv', ['a,b', '1,2']));
    const on: SplitSettings = { worker: settings.worker, minBytes: 1_000 };
    expect(splitsFile(2_000, options, on)).toBe(true);
    expect(splitsFile(999, options, on)).toBe(false);
    expect(splitsFile(2_000, { ...options, gzip: true }, on)).toBe(false);
    expect(splitsFile(2_000, { ...options, singleThread: true } as DelimitedOptions, on)).toBe(false);
    expect(splitsFile(2_000, options, { worker: undefined, minBytes: 0 })).toBe(false);
  });
});
