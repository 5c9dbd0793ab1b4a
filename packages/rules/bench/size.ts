import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
  readonly inputs: readonly string[];
}

/**
 * Bundles an entry the way a portal's bundler would for browsers (ESM, minified, tree-shaken)
 * and measures min+gzip at level 9 — the same method as the anchors quoted in the issues.
 */
export async function measureBundle(contents: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    conditions: ['shanzhi-source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    inputs: Object.keys(result.metafile.inputs),
  };
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
