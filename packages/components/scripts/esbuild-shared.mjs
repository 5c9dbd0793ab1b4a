// Shared by the build (scripts/build.mjs) and the size report (bench/size.mjs), so both measure the same thing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { pureAnnotationsPlugin } from './pure-annotations.mjs';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = path.join(packageDir, 'src');
export const distDir = path.join(packageDir, 'dist');
export const cdnDir = path.join(distDir, 'cdn');

/**
 * Minifies the `css`/`html` templates of src/** (scripts/minify-templates.mjs). One instance, so the builds of a size
 * report share its cache.
 */
export const templatesPlugin = minifyTemplatesPlugin();

/** Marks the schema-building calls of the rules and the SDK pure, so unused schemas (and zod) drop out (see the file). */
export const purePlugin = pureAnnotationsPlugin([path.join(packageDir, '../rules'), path.join(packageDir, '../sdk')], {
  starBarrels: [path.join(packageDir, '../rules')],
});

/**
 * The browsers the widgets must run in (access.md): Chromium ≥ 86 (360, 奇安信, UOS, WeChat XWeb) and iOS WebKit ≥ 15
 * (WeChat on iPhone). `source` resolves the workspace packages to their TypeScript; leaving out `development` keeps
 * Lit in production mode (no dev-mode warnings, smaller).
 */
export const browserOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2021', 'chrome86', 'safari15'],
  conditions: ['shanzhi-source'],
  minify: true,
  treeShaking: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: path.join(packageDir, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [templatesPlugin, purePlugin],
};

/**
 * The five public widgets of the size goals (issue 13): the CDN's core is what they all run (scripts/cdn-build.mjs),
 * and the size report's "all five" page is these. A widget added later is budgeted on its own and builds on this core.
 */
export const publicWidgetTags = [
  'sz-disclosure-board',
  'sz-points-leaderboard',
  'sz-mediation-intake',
  'sz-mediation-status',
  'sz-service-catalogue',
];

/** Every widget folder with a `define.ts` (provider, leaderboard, …): the per-widget entry points and their tags. */
export function widgetEntries() {
  // A widget folder holds define.ts; a folder may hold a second element in a subfolder (mediation/status/define.ts).
  const found = [];
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'internal') continue;
    const folder = path.join(srcDir, entry.name);
    const candidates = [
      entry.name,
      ...readdirSync(folder, { withFileTypes: true })
        .filter((sub) => sub.isDirectory())
        .map((sub) => `${entry.name}/${sub.name}`),
    ];
    for (const name of candidates) {
      const file = path.join(srcDir, name, 'define.ts');
      if (!existsSync(file)) continue;
      const tag = /defineElement\(\s*'(sz-[a-z-]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? `sz-${name.replace('/', '-')}`;
      found.push({ name, tag, entry: file });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * An entry module that re-exports the public API and registers every widget, whether or not `index.ts` already
 * imports its `define.ts` — the CDN bundle must never miss an element. It also minifies the templates and marks the rules'
 * and the SDK's schemas pure: callers pass `plugins: [virtualEntryPlugin(…)]`, which replaces `browserOptions.plugins`.
 */
export function virtualEntryPlugin(name, contents) {
  return {
    name: `virtual-${name}`,
    setup(build) {
      templatesPlugin.setup(build);
      purePlugin.setup(build);
      build.onResolve({ filter: new RegExp(`^virtual:${name}$`) }, () => ({ path: name, namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) =>
        args.path === name ? { contents, resolveDir: srcDir, loader: 'ts' } : undefined,
      );
    },
  };
}

/** The string the CDN entry holds until the build writes the chunks' hashes in its place (fillReleaseManifest). */
export const manifestPlaceholder = '__SZ_RELEASE_MANIFEST__';

/** `entries`: the widgets the loader registers (every one by default; the public loader a subset, cdn-build.mjs). */
export function cdnEntrySource(entries = widgetEntries()) {
  // Only the elements, each loaded when its tag first appears (src/internal/autoload.ts): a page pays for the widgets
  // it shows, and helpers such as ruleMessage (which would bring the whole message catalogue) stay out.
  // The loader imports nothing statically: every chunk, autoload's included, is fetched through the preloader with
  // its Subresource Integrity hash first (src/internal/preload.ts), so the page's one `integrity` attribute covers all.
  const loaders = entries.map(
    ({ name, tag }) => `    '${tag}': () => preload('${name}/define').then(() => import('./${name}/define.ts')),`,
  );
  return [
    `import { installPreload } from './internal/preload.ts';`,
    `const preload = installPreload(JSON.parse('${manifestPlaceholder}'), import.meta.url);`,
    `preload('internal/autoload')`,
    `  .then(() => import('./internal/autoload.ts'))`,
    `  .then(({ autoload }) => autoload({`,
    ...loaders,
    `  }))`,
    `  .catch((error: unknown) => { console.error('[shanzhi] could not start', error); });`,
  ].join('\n');
}

/**
 * Writes the chunks' SHA-256 hashes into the CDN entry (see src/internal/preload.ts). `outputs` maps each output
 * path as the metafile names it to its bytes; returns the entry's path, its new code and the manifest. Throws when
 * the entry imports a chunk statically (that chunk would go unchecked) or holds the placeholder other than once.
 * `aliases` names modules that live in a chunk of another module's name (key → output path): the autoload in core.
 * `exclude` lists chunks whose hashes another chunk carries (a widget's lazy parts, listed in its define chunk).
 */
export function fillReleaseManifest(metafile, outputs, { aliases = {}, exclude = new Set() } = {}) {
  const js = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js') && !exclude.has(file));
  const entry = js.find((file) => metafile.outputs[file].entryPoint?.startsWith('virtual:'));
  if (!entry) throw new Error('the CDN build has no entry output');
  const staticImports = (file) => metafile.outputs[file].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const chunks = js.filter((file) => file !== entry).sort();
  const relative = (file) =>
    path
      .relative(path.dirname(path.resolve(entry)), path.resolve(file))
      .split(path.sep)
      .join('/');
  let code = Buffer.from(outputs.get(entry)).toString('utf8');
  // esbuild makes every entry import the chunk of its own helpers (__decorateClass, …) for ordering's sake; the loader
  // uses none of them, and the chunks that do import them by name, so that bare import goes (and is preloaded with
  // autoload's chunks instead). Any other static import would escape the integrity check.
  for (const imported of staticImports(entry)) {
    const statement = `import"./${relative(imported)}";`;
    const helpersOnly = Object.keys(metafile.outputs[imported].inputs).length === 0;
    if (!helpersOnly || code.split(statement).length !== 2)
      throw new Error(`the loader imports ${imported} statically: that chunk would escape the integrity check`);
    code = code.replace(statement, '');
  }
  const files = chunks.map((file) => [relative(file), sri(outputs.get(file))]);
  const modules = {};
  const closureOf = (file) => {
    const closure = new Set();
    const visit = (chunk) => {
      if (closure.has(chunk)) return;
      closure.add(chunk);
      for (const imported of staticImports(chunk)) visit(imported);
    };
    visit(file);
    const indices = [...closure].map((chunk) => chunks.indexOf(chunk));
    if (indices.includes(-1)) throw new Error(`${file} imports a chunk the loader does not list`);
    return indices.sort((a, b) => a - b);
  };
  for (const file of chunks) {
    const source = metafile.outputs[file].entryPoint;
    if (!source) continue;
    const under = path.relative(srcDir, path.resolve(source));
    // Modules outside src/ (the virtualizer's own default layout, never used: virtual-rows names its layout) have no key.
    if (under.startsWith('..')) continue;
    const key = under.replace(/\.ts$/, '').split(path.sep).join('/');
    // Two chunks of one module (two builds each made one): the preloader would check one, import() run the other.
    if (key in modules) throw new Error(`two chunks hold ${key}: build the widgets that share it together`);
    modules[key] = closureOf(file);
  }
  for (const [key, file] of Object.entries(aliases)) modules[key] = closureOf(file);
  const quoted = new RegExp(`(["'\`])${manifestPlaceholder}\\1`, 'g');
  const found = code.match(quoted)?.length ?? 0;
  if (found !== 1) throw new Error(`the loader holds the manifest placeholder ${found} times, not once`);
  const manifest = { files, modules };
  // A JSON string inside JSON.parse: parsed faster than an object literal, and safe to embed (no code, only data).
  const filled = code.replace(quoted, () => JSON.stringify(JSON.stringify(manifest)));
  return { entry, code: filled, manifest };
}

/**
 * The Subresource Integrity value of some bytes: SHA-256, an algorithm every SRI browser supports. Not SHA-384: the
 * loader carries one value per chunk, and base64 digests do not compress, so each byte of digest is paid for on
 * every page (the 37 SHA-384 values cost 0.7 kB gzip more than SHA-256 ones, with no gain in safety that matters
 * for a file the page already trusts by its own hash).
 */
export function sri(bytes) {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}
