import { readFileSync } from 'node:fs';

/**
 * The shared reference cases of the paired t-test and the Wilcoxon signed-rank test
 * (scripts/reference/paired_tests.py → test/fixtures/stats/paired/paired-tests.json).
 * JSON has no NaN or Infinity: the script writes NaN as null and ±inf as "Infinity"/"-Infinity".
 */
export type Reference = number | null | 'Infinity' | '-Infinity';

export interface TTestReference {
  statistic: Reference;
  pValue: Reference;
  df: Reference;
  meanDifference: number | null;
  standardError?: number;
  confidenceInterval?: [number, number];
  scipyConfidenceInterval?: [number, number];
}

export interface WilcoxonReference {
  statistic?: number | null;
  pValue?: number | null;
  mode: 'auto' | 'approx' | 'exact' | 'permutation';
  error?: string;
}

export interface PairedCase {
  name: string;
  a: number[];
  b: number[];
  ttest: TTestReference;
  ttest90: TTestReference;
  wilcoxon: WilcoxonReference;
  wilcoxonScipyAuto?: WilcoxonReference;
  note?: string;
}

export interface GeneratedCase {
  name: string;
  n: number;
  saltA: number;
  saltB: number;
  scaleA: number;
  scaleB: number;
  roundTo?: number;
  ttest: TTestReference;
  wilcoxon: WilcoxonReference;
}

export const pairedReference = JSON.parse(readFileSync(new URL('../fixtures/stats/paired/paired-tests.json', import.meta.url), 'utf8')) as {
  oracle: string;
  cases: PairedCase[];
  generated: GeneratedCase[];
};

export function referenceNumber(value: Reference): number {
  if (value === null) return Number.NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return value;
}

/** The script's generator: ((i · 2654435761 + salt) mod 2^32) / 2^32 · scale, exact in doubles. */
function hashUniform(n: number, salt: number, scale: number, roundTo: number | undefined): Float64Array {
  const values = new Float64Array(n);
  for (let i = 1; i <= n; i++) {
    let value = (((i * 2654435761 + salt) % 4294967296) / 4294967296) * scale;
    if (roundTo !== undefined) value = roundHalfEven(value * roundTo) / roundTo; // numpy.round
    values[i - 1] = value;
  }
  return values;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export function generate(spec: GeneratedCase): { a: Float64Array; b: Float64Array } {
  return { a: hashUniform(spec.n, spec.saltA, spec.scaleA, spec.roundTo), b: hashUniform(spec.n, spec.saltB, spec.scaleB, spec.roundTo) };
}
