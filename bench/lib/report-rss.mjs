// Preloaded into a benchmarked command (node --import): prints the process's peak resident
// memory on exit, so the parent can report it without platform tools.
process.on('exit', () => {
  process.stderr.write(`\nMLGATE_BENCH_PEAK_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
});
