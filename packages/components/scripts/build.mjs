// Builds @shanzhi/components:
//   1. per-component ESM for bundler users: `tsc -b` emits dist/ (lit, @lit/context and the SDK stay imports, lit a peer);
//   2. checks the package's `exports` map resolves every entry to dist/ (as a bundler without the `shanzhi-source` condition would);
//   3. the CDN folder dist/cdn/: the loaders shanzhi.js (one <script type="module"> registers every element as its tag
//      appears) and shanzhi-public.js (the public elements only), chunks/, LEGAL.txt, integrity.json; dist/build-meta/ keeps esbuild's metafile and the source maps;
//   4. the release archive dist/release/shanzhi-components-cdn-<version>.tgz (+ .sha256).
// Usage: node packages/components/scripts/build.mjs [--no-tsc] [--cdn-only]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildCdn } from './cdn-build.mjs';
import { cdnDir, distDir, packageDir, srcDir, widgetEntries } from './esbuild-shared.mjs';
import { archivePath, legalNotice, listFiles, releaseDir, version, writeArchive, writeIntegrity } from './release.mjs';

const args = new Set(process.argv.slice(2));
// --cdn-only: only the CDN folder and its archive (the release test builds them this way, without tsc).
const cdnOnly = args.has('--cdn-only');
const buildMetaDir = path.join(distDir, 'build-meta');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

// 1. Per-component ESM + declarations.
if (!args.has('--no-tsc') && !cdnOnly) {
  const tsc = spawnSync(process.execPath, [path.join(packageDir, '../../node_modules/typescript/bin/tsc'), '-b', packageDir], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) fail('tsc -b failed');
}

// 2. The exports map, resolved without `source`: what a portal's Vite/webpack sees after `npm install`.
if (!cdnOnly) {
  const specifiers = ['@shanzhi/components', ...widgetEntries().map(({ name }) => `@shanzhi/components/${name}/define.js`)];
  for (const specifier of specifiers) {
    const resolved = import.meta.resolve(specifier);
    const file = new URL(resolved).pathname;
    if (!file.startsWith(distDir)) fail(`${specifier} resolves to ${file}, not into dist/`);
    if (!existsSync(file)) fail(`${specifier} → ${file} is missing (run tsc -b)`);
    if (!existsSync(file.replace(/\.js$/, '.d.ts'))) fail(`${specifier} has no .d.ts next to ${file}`);
  }
  const consumer = await esbuild
    .build({
      stdin: { contents: specifiers.map((s) => `import '${s}';`).join('\n'), resolveDir: packageDir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      // A bundler user brings lit once for the whole page (peer dependency).
      external: ['lit', 'lit/*'],
      logLevel: 'silent',
    })
    .catch((error) => fail(`a bundler cannot consume the dist build: ${String(error.message)}`));
  const sourceInputs = Object.keys(consumer.metafile.inputs).filter((input) => /\/src\/.*\.ts$/.test(input));
  if (sourceInputs.length > 0) fail(`the default condition pulled TypeScript sources: ${sourceInputs.slice(0, 3).join(', ')}`);
  console.log(`exports map: ${specifiers.length} entries resolve to dist/ (${specifiers.join(', ')})`);
}

// 3. The CDN folder: the loader, its chunks, LEGAL.txt and integrity.json — nothing else (the metafile and the source
//    maps go to dist/build-meta/), then its archive dist/release/shanzhi-components-cdn-<version>.tgz.
rmSync(cdnDir, { recursive: true, force: true });
rmSync(buildMetaDir, { recursive: true, force: true });
rmSync(releaseDir, { recursive: true, force: true });
let cdn;
try {
  cdn = await buildCdn({
    outdir: cdnDir,
    // Licence comments leave the code for one LEGAL.txt with the full texts; every file points to it.
    legalComments: 'none',
    banner: { js: `/*! @shanzhi/components ${version} | MIT | licences of the bundled code: LEGAL.txt */` },
    sourcemap: 'external',
  });
} catch (error) {
  fail(error.message);
}
const built = cdn.outputs;
// Every lazily imported module of ours goes through the preloader (src/internal/before-import.ts: beforeImport(key)
// before the import(), or lazyImport(key, () => import(…))) under a key the manifest knows; an import() without it
// would load a chunk unchecked.
for (const file of listFiles(srcDir).filter((name) => name.endsWith('.ts'))) {
  const code = readFileSync(path.join(srcDir, file), 'utf8');
  for (const match of code.matchAll(/(?<!\/\/.*)\bimport\((['"])([^'"]+)\1\)/g)) {
    const before = code.slice(Math.max(0, match.index - 160), match.index);
    const key = /\b(?:beforeImport\('([^']+)'\)|lazyImport\(\s*'([^']+)',)[^;]*$/.exec(before)?.slice(1).find(Boolean);
    if (file.startsWith('internal/preload') || file.startsWith('internal/autoload')) continue;
    if (!key)
      fail(`src/${file}: import('${match[2]}') without beforeImport() or lazyImport(): its chunk would load without an integrity check`);
    if (!cdn.keys.has(key)) fail(`src/${file}: the lazy-import key '${key}' names no chunk of the CDN build`);
  }
}
for (const [file, bytes] of built) {
  const target = file.endsWith('.map')
    ? path.join(buildMetaDir, 'sourcemaps', path.relative(cdnDir, path.resolve(file)))
    : path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
mkdirSync(buildMetaDir, { recursive: true });
writeFileSync(path.join(buildMetaDir, 'cdn-meta.json'), JSON.stringify(cdn.metafile));
const legal = legalNotice(cdn.metafile);
writeFileSync(path.join(cdnDir, 'LEGAL.txt'), legal.text);

const outputs = Object.entries(cdn.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file] of outputs) {
  const code = readFileSync(path.resolve(process.cwd(), file), 'utf8');
  // Lit's development build announces itself; the production build must never contain it.
  if (code.includes('Lit is in dev mode')) fail(`${file} contains Lit's development build`);
  // A strict CSP (no 'unsafe-eval') and Trusted Types block or report these; zod's JIT probe (`new F("")`, found by
  // the user-agent string it tests first) is the usual culprit and must stay tree-shaken.
  if (/\beval\(|new Function\(|"Cloudflare"/.test(code)) fail(`${file} contains eval, new Function or zod's JIT probe`);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(
    `${path.relative(packageDir, path.resolve(process.cwd(), file)).padEnd(40)} ${kb(code.length).padStart(9)} min  ${kb(gz).padStart(8)} gz`,
  );
}
const integrity = writeIntegrity(cdnDir);
const archive = await writeArchive(cdnDir);
const total = listFiles(cdnDir).reduce((sum, file) => sum + statSync(path.join(cdnDir, file)).size, 0);
console.log(`LEGAL.txt: ${legal.packages.join(', ')}`);
console.log(`integrity.json: ${Object.keys(integrity).length} files; loader ${integrity['shanzhi.js']}`);
console.log(
  `dist/cdn: ${archive.files.length} files, ${kb(total)}; ${path.relative(packageDir, archivePath)} ${kb(statSync(archivePath).size)} (sha256 ${archive.checksum.slice(0, 16)}…)`,
);
