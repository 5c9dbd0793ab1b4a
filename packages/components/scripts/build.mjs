// Builds @shanzhi/components:
//   1. per-component ESM for bundler users: `tsc -b` emits dist/ (lit, @lit/context and the SDK stay imports, lit a peer);
//   2. checks the package's `exports` map resolves every entry to dist/ (as a bundler without the `source` condition would);
//   3. the CDN bundle dist/cdn/shanzhi.js: one <script type="module"> registers every element; the virtualizer
//      (if a widget imports it dynamically) becomes a lazily loaded chunk next to it.
// Usage: node packages/components/scripts/build.mjs [--no-tsc]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { browserOptions, cdnDir, cdnEntrySource, distDir, packageDir, virtualEntryPlugin, widgetEntries } from './esbuild-shared.mjs';

const args = new Set(process.argv.slice(2));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

// 1. Per-component ESM + declarations.
if (!args.has('--no-tsc')) {
  const tsc = spawnSync(process.execPath, [path.join(packageDir, '../../node_modules/typescript/bin/tsc'), '-b', packageDir], { stdio: 'inherit' });
  if (tsc.status !== 0) fail('tsc -b failed');
}

// 2. The exports map, resolved without `source`: what a portal's Vite/webpack sees after `npm install`.
const specifiers = ['@shanzhi/components', ...widgetEntries().map(({ name }) => `@shanzhi/components/${name}/define.js`)];
for (const specifier of specifiers) {
  const resolved = import.meta.resolve(specifier);
  const file = new URL(resolved).pathname;
  if (!file.startsWith(distDir)) fail(`${specifier} resolves to ${file}, not into dist/`);
  if (!existsSync(file)) fail(`${specifier} → ${file} is missing (run tsc -b)`);
  if (!existsSync(file.replace(/\.js$/, '.d.ts'))) fail(`${specifier} has no .d.ts next to ${file}`);
}
const consumer = await esbuild.build({
  stdin: { contents: specifiers.map((s) => `import '${s}';`).join('\n'), resolveDir: packageDir, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  // A bundler user brings lit once for the whole page (peer dependency).
  external: ['lit', 'lit/*'],
  logLevel: 'silent',
}).catch((error) => fail(`a bundler cannot consume the dist build: ${String(error.message)}`));
const sourceInputs = Object.keys(consumer.metafile.inputs).filter((input) => /\/src\/.*\.ts$/.test(input));
if (sourceInputs.length > 0) fail(`the default condition pulled TypeScript sources: ${sourceInputs.slice(0, 3).join(', ')}`);
console.log(`exports map: ${specifiers.length} entries resolve to dist/ (${specifiers.join(', ')})`);

// 3. The CDN bundle.
rmSync(cdnDir, { recursive: true, force: true });
const cdn = await esbuild.build({
  ...browserOptions,
  entryPoints: { shanzhi: 'virtual:cdn' },
  plugins: [virtualEntryPlugin('cdn', cdnEntrySource())],
  outdir: cdnDir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Licences of lit, zod and ky go to a side file; the bundle keeps a one-line pointer.
  legalComments: 'linked',
  sourcemap: 'linked',
  metafile: true,
});
writeFileSync(path.join(cdnDir, 'meta.json'), JSON.stringify(cdn.metafile));

const outputs = Object.entries(cdn.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file] of outputs) {
  const code = readFileSync(path.resolve(process.cwd(), file), 'utf8');
  // Lit's development build announces itself; the production build must never contain it.
  if (code.includes('Lit is in dev mode')) fail(`${file} contains Lit's development build`);
  // A strict CSP (no 'unsafe-eval') and Trusted Types block or report these; zod's JIT probe (`new F("")`, found by
  // the user-agent string it tests first) is the usual culprit and must stay tree-shaken.
  if (/\beval\(|new Function\(|"Cloudflare"/.test(code)) fail(`${file} contains eval, new Function or zod's JIT probe`);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`${path.relative(packageDir, path.resolve(process.cwd(), file)).padEnd(40)} ${kb(code.length).padStart(9)} min  ${kb(gz).padStart(8)} gz`);
}
