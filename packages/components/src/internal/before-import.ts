/**
 * Call before a widget's own `import()` of a lazily loaded module: in the CDN bundle the loader has installed a
 * preloader (src/internal/preload.ts) that fetches the module's chunks with their Subresource Integrity hashes
 * first; in a bundler's build nothing is installed and this resolves at once. `module` is the module's path under
 * src/ without extension (e.g. 'leaderboard/virtual-rows'); the CDN build fails when a key names no chunk.
 */
export function beforeImport(module: string): Promise<void> {
  const preload = (globalThis as unknown as Record<symbol, ((module: string) => Promise<void>) | undefined>)[Symbol.for('shanzhi.preload')];
  return preload ? preload(module) : Promise.resolve();
}

/**
 * A lazily loaded module of ours, behind the preloader: `lazyImport('leaderboard/rows', () => import('./rows.js'))`
 * gives the function that loads it, `build` (optional) what the widget makes of it. The key and its `import()` stay
 * side by side in one call, which the CDN build checks (scripts/build.mjs).
 */
export function lazyImport<M>(module: string, load: () => Promise<M>): () => Promise<M>;
export function lazyImport<M, T>(module: string, load: () => Promise<M>, build: (loaded: M) => T): () => Promise<T>;
export function lazyImport<M, T>(module: string, load: () => Promise<M>, build?: (loaded: M) => T): () => Promise<M | T> {
  return () => beforeImport(module).then(load).then(build);
}
