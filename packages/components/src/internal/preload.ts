/**
 * Subresource Integrity for the CDN loader's chunks (dist/cdn/shanzhi.js, built by scripts/build.mjs).
 *
 * `<script type="module" integrity>` checks only the file it names; a module's `import()` carries no hash. So the
 * build writes the SHA-256 of every chunk a page loads at once into the loader (which the page's own `integrity`
 * attribute covers), and of each widget's lazily loaded chunks into that widget's define chunk (itself checked by
 * the loader's hash, it hands them over with `preload.add`). Before each `import()` the loader adds `<link rel="modulepreload" integrity="sha256-…">` for the chunk and every
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

/**
 * Preloads a module's chunks. `add` takes the hashes a verified chunk carries for the chunks it loads later: a widget's
 * define chunk lists its lazily loaded parts (scripts/cdn-build.mjs), so the loader carries only what pages load at
 * once and the chain of hashes still starts at the page's `integrity` attribute.
 */
export type Preload = ((module: string) => Promise<void>) & {
  readonly add: (manifest: ReleaseManifest, base: string) => void;
};

/** Where widgets find the preloader (src/internal/before-import.ts uses the same key). */
const hookKey = Symbol.for('shanzhi.preload');

export function installPreload(manifest: ReleaseManifest, base: string, doc: Document = document): Preload {
  const supported = doc.createElement('link').relList.supports('modulepreload');
  const started = new Map<string, Promise<void>>();
  /** Module key → its chunks: [absolute URL, SRI hash]. */
  const known = new Map<string, readonly (readonly [string, string])[]>();
  const add = (part: ReleaseManifest, partBase: string): void => {
    for (const [module, indices] of Object.entries(part.modules)) {
      const entries = indices.flatMap((index) => {
        const entry = part.files[index];
        return entry ? [[new URL(entry[0], partBase).href, entry[1]] as const] : [];
      });
      known.set(module, entries);
    }
  };
  add(manifest, base);
  const fetchChecked = ([href, integrity]: readonly [string, string]): Promise<void> => {
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
          reject(new Error(`[shanzhi] ${href} could not be loaded or failed its integrity check`));
        });
        doc.head.append(link);
      });
      started.set(href, pending);
    }
    return pending;
  };
  const preload: Preload = Object.assign(
    async (module: string) => {
      const entries = known.get(module);
      if (!supported || !entries) return;
      await Promise.all(entries.map(fetchChecked));
    },
    { add },
  );
  (globalThis as unknown as Record<symbol, Preload | undefined>)[hookKey] = preload;
  return preload;
}
