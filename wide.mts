import { loadTable } from './src/io/load.ts';
const t0 = performance.now();
const t = await loadTable(process.argv[2]);
console.log('rows', t.rowCount, 'cols', t.columns.length, 'ms', Math.round(performance.now() - t0), 'rss MB', Math.round(process.memoryUsage().rss / 1e6), 'peak', process.resourceUsage().maxRSS / 1024 | 0);
