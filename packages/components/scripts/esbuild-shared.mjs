// Shared by the build (scripts/build.mjs) and the size report (bench/size.mjs), so both measure the same thing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = path.join(packageDir, 'src');
export const distDir = path.join(packageDir, 'dist');
export const cdnDir = path.join(distDir, 'cdn');

/**
 * Minifies the `css`/`html` templates of src/** (scripts/minify-templates.mjs). One instance, so the builds of a size
 * report share its cache.
 */
export const templatesPlugin = minifyTemplatesPlugin();

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
  conditions: ['source'],
  minify: true,
  treeShaking: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: path.join(packageDir, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [templatesPlugin],
};

/** Every widget folder with a `define.ts` (provider, leaderboard, …): the per-widget entry points and their tags. */
export function widgetEntries() {
  // A widget folder holds define.ts; a folder may hold a second element in a subfolder (mediation/status/define.ts).
  const found = [];
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'internal') continue;
    const folder = path.join(srcDir, entry.name);
    const candidates = [entry.name, ...readdirSync(folder, { withFileTypes: true }).filter((sub) => sub.isDirectory()).map((sub) => `${entry.name}/${sub.name}`)];
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
 * imports its `define.ts` — the CDN bundle must never miss an element. It also minifies the templates: callers pass
 * `plugins: [virtualEntryPlugin(…)]`, which replaces `browserOptions.plugins`.
 */
export function virtualEntryPlugin(name, contents) {
  return {
    name: `virtual-${name}`,
    setup(build) {
      templatesPlugin.setup(build);
      build.onResolve({ filter: new RegExp(`^virtual:${name}$`) }, () => ({ path: name, namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) =>
        args.path === name ? { contents, resolveDir: srcDir, loader: 'ts' } : undefined,
      );
    },
  };
}

export function cdnEntrySource() {
  // Only the elements, each loaded when its tag first appears (src/internal/autoload.ts): a page pays for the widgets
  // it shows, and helpers such as ruleMessage (which would bring the whole message catalogue) stay out.
  const loaders = widgetEntries().map(({ name, tag }) => `  '${tag}': () => import('./${name}/define.ts'),`);
  return [`import { autoload } from './internal/autoload.ts';`, 'autoload({', ...loaders, '});'].join('\n');
}
