/**
 * Subresource Integrity for the CDN loader's chunks (dist/cdn/shanzhi.js, built by scripts/build.mjs).
 *
 * `<script type="module" integrity>` checks only the file it names; a module's `import()` carries no hash. So the
 * build writes the SHA-256 of every chunk into the loader (which the page's own `integrity` attribute covers), and
 * before each `import()` the loader adds `<link rel="modulepreload" integrity="sha256-…">` for the chunk and every
 * chunk it imports statically, waits for them, and only then imports. The browser keeps each checked module in its
 * module map, so `import()` runs what was checked; a chunk that fails its check never runs. Browsers without
 * modulepreload (iOS WebKit before 17) import the chunks unchecked. Bonus: the chunks of a widget download in
 * parallel instead of one level of imports at a time.
 *
 * Only the CDN entry imports this module, so it stays inside the loader (a shared chunk would itself go unchecked).
 */
export interface ReleaseManifest {
  /** Every chunk: [path relative to the loader, SRI hash]. */
  readonly files: readonly (readonly [string, string])[];
  /** Module key (its path under src/, no extension) → indices into `files`: its chunk and all it imports statically. */
  readonly modules: Readonly<Record<string, readonly number[]>>;
}

export type Preload = (module: string) => Promise<void>;

/** Where widgets find the preloader (src/internal/before-import.ts uses the same key). */
const hookKey = Symbol.for('shanzhi.preload');

export function installPreload(manifest: ReleaseManifest, base: string, doc: Document = document): Preload {
  const supported = doc.createElement('link').relList.supports('modulepreload');
  const started = new Map<string, Promise<void>>();
  const fetchChecked = ([file, integrity]: readonly [string, string]): Promise<void> => {
    const href = new URL(file, base).href;
    let pending = started.get(href);
    if (!pending) {
      pending = new Promise<void>((resolve, reject) => {
        const link = doc.createElement('link');
        link.rel = 'modulepreload';
        link.integrity = integrity;
        link.href = href;
        link.addEventListener('load', () => {
          resolve();
        });
        link.addEventListener('error', () => {
          started.delete(href);
          reject(new Error(`[shanzhi] ${file} could not be loaded or failed its integrity check`));
        });
        doc.head.append(link);
      });
      started.set(href, pending);
    }
    return pending;
  };
  const preload: Preload = async (module) => {
    const indices = manifest.modules[module];
    if (!supported || !indices) return;
    await Promise.all(indices.map((index) => manifest.files[index]).map((entry) => (entry ? fetchChecked(entry) : Promise.resolve())));
  };
  (globalThis as unknown as Record<symbol, Preload | undefined>)[hookKey] = preload;
  return preload;
}
