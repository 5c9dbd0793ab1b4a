import { generateDemoCounty } from './src/seed/index.js';
const t0 = performance.now();
const c = generateDemoCounty({ households: 100000 });
const t1 = performance.now();
console.log('ms', Math.round(t1 - t0), 'entries', c.ledgerEntries.length, 'redemptions', c.redemptions.length, 'heap MB', Math.round(process.memoryUsage().heapUsed/1e6));
