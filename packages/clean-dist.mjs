// The first half of every published package's `prepack`: removes from dist/ what tsc emitted for sources that no longer
// exist, so the `tsc -b` that follows leaves a dist/ holding exactly the current sources' outputs. Deleting dist/ did
// the same but typed every package again, although `npm test`'s typecheck had just built them (the pack test spent
// 40–150 s of a 2-core CI machine on it); `tsc -b` is a no-op on a fresh build and rebuilds what changed otherwise.
//
//   node ../clean-dist.mjs [folder …]   (run in a package folder; the named dist/ folders belong to a build script of
//                                        its own, which empties them itself)
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve('dist');
const src = path.resolve('src');
const ownedByBuildScripts = new Set(process.argv.slice(2));

/** What tsc writes for one source, longest suffix first: `x.ts` → x.js, x.d.ts and their maps (`.mts` → `.mjs` …). */
const outputs = [
  ['.d.ts.map', ['.ts', '.tsx']],
  ['.d.mts.map', ['.mts']],
  ['.js.map', ['.ts', '.tsx', '.js']],
  ['.mjs.map', ['.mts', '.mjs']],
  ['.d.ts', ['.ts', '.tsx']],
  ['.d.mts', ['.mts']],
  ['.js', ['.ts', '.tsx', '.js']],
  ['.mjs', ['.mts', '.mjs']],
  ['.json', ['.json']],
];

function hasSource(relative) {
  for (const [suffix, sources] of outputs) {
    if (!relative.endsWith(suffix)) continue;
    const stem = relative.slice(0, -suffix.length);
    return sources.some((extension) => existsSync(path.join(src, stem + extension)));
  }
  return false;
}

/** Walks a folder; returns whether it is empty afterwards (and then removes it, unless it is dist/ itself). */
function clean(folder, relative) {
  let left = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const inside = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const full = path.join(folder, entry.name);
    if (relative === '' && (ownedByBuildScripts.has(entry.name) || entry.name === '.tsbuildinfo')) left += 1;
    else if (entry.isDirectory()) left += clean(full, inside) ? 0 : 1;
    else if (hasSource(inside)) left += 1;
    else rmSync(full, { force: true });
  }
  if (left === 0 && relative !== '') rmdirSync(folder);
  return left === 0;
}

if (existsSync(dist)) clean(dist, '');
