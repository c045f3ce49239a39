/**
 * The first rows of a delimited file, written next to it: the same command run on it gives the
 * memory a command needs before it holds any data (Node, the bundle, the report), so a bench
 * can report what the rows themselves cost — peak RSS above that baseline.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';

/** Writes (once) and returns `<file without .csv>-head<rows>.csv`: the header and the first `rows` lines. */
export function headFile(path: string, rows: number): string {
  const out = path.replace(/\.csv$/, `-head${rows}.csv`);
  if (existsSync(out)) return out;
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  let end = 0;
  for (let lines = 0; lines <= rows && end < length; lines++) end = buffer.indexOf(10, end) + 1 || length;
  writeFileSync(`${out}.partial`, buffer.subarray(0, end));
  renameSync(`${out}.partial`, out);
  return out;
}

/** Rows a baseline file keeps: enough for every class of the bench files to appear. */
export const BASELINE_ROWS = 100;
