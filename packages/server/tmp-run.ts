import { generateDemoCounty } from './src/seed/index.js';
const t0 = performance.now();
const c = generateDemoCounty();
const t1 = performance.now();
console.log('ms', Math.round(t1 - t0));
for (const [k, v] of Object.entries(c)) if (Array.isArray(v)) console.log(k, v.length);
