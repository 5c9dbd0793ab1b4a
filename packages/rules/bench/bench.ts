import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchRanking } from './points-ranking.js';
import { kB, measureBundle } from './size.js';

const here = fileURLToPath(new URL('.', import.meta.url));

console.log('@shanzhi/rules benchmarks (Node ' + process.version + ', ' + String(availableParallelism()) + ' cores)');

console.log('\nRanking: aggregate effective ledger entries per household, then rank (competition 1-2-2-4)');
for (const row of await benchRanking()) {
  console.log(
    `  ${row.households.toLocaleString('en').padStart(9)} households, ${row.entries.toLocaleString('en').padStart(10)} entries: ${row.ms.toFixed(0).padStart(6)} ms`,
  );
}

console.log('\nBrowser bundle size (esbuild, minified, gzip -9):');
const bundles = {
  'points + identity': "export * from '../src/points/index.ts'; export * from '../src/identity/index.ts';",
  'whole @shanzhi/rules': "export * from '../src/index.ts';",
};
for (const [name, entry] of Object.entries(bundles)) {
  const size = await measureBundle(entry, here);
  const leaked = size.inputs.some((input) => input.includes('pinyin-pro'));
  console.log(
    `  ${name.padEnd(22)} ${kB(size.minified).padStart(9)} min, ${kB(size.gzipped).padStart(8)} min+gzip${leaked ? '  (!) contains pinyin-pro' : ''}`,
  );
}
