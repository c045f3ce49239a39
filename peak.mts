import { loadTable } from './src/io/load.ts';
const before = process.resourceUsage().maxRSS * 1024;
const t = await loadTable(process.argv[2]);
const peak = process.resourceUsage().maxRSS * 1024;
const { size } = await import('node:fs').then((fs) => fs.statSync(process.argv[2]));
console.log(process.argv[2], 'disk MB', (size / 1e6).toFixed(1), 'peak-base MB', ((peak - before) / 1e6).toFixed(1), 'factor', ((peak - before) / size).toFixed(2), 'rows', t.rowCount);
