/** Unicode sparklines: a histogram in one line of block characters, rendered by any font. */
const BARS = '▁▂▃▄▅▆▇█';

/** One character per count, scaled to the largest; an empty count shows as a space-height bar. */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  if (max === 0) return '';
  return counts.map((c) => (c === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.ceil((c / max) * BARS.length) - 1)])).join('');
}
