/**
 * A wide reference/current pair written as CSV files: `columns` numeric columns of `rows` rows
 * (normal, fixed seed), the first `drifted` of them shifted by one standard deviation in the
 * current file so they drift without doubt; one column's name carries a pipe and a mention.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function normal(seed: number): () => number {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
}

export function wideDriftTables(columns: number, drifted: number, rows = 200): { reference: string; current: string; shifted: string[] } {
  const names = Array.from({ length: columns }, (_, j) => (j === 1 ? 'pipe | @octocat' : `feature_${String(j).padStart(4, '0')}`));
  const draw = normal(15);
  const csv = (shift: (j: number) => number) => {
    const lines = [names.map((n) => (n.includes('|') ? `"${n}"` : n)).join(',')];
    for (let i = 0; i < rows; i++) lines.push(names.map((_, j) => (draw() + shift(j)).toFixed(4)).join(','));
    return `${lines.join('\n')}\n`;
  };
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-wide-'));
  const reference = join(dir, 'reference.csv');
  const current = join(dir, 'current.csv');
  writeFileSync(reference, csv(() => 0));
  writeFileSync(current, csv((j) => (j < drifted ? 1 : 0)));
  return { reference, current, shifted: names.slice(0, drifted) };
}
