// What the browser benches share: a bench page bundled the way the CDN bundle is, served from a loopback server
// under the page's CSP, opened in Debian's Chromium launched the way the tests launch it; the median and percentiles;
// and running a bench file as a script.
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { browserOptions, packageDir } from '../scripts/esbuild-shared.mjs';

/** Scripts and styles from the page's own origin only, and Trusted Types enforced (only Lit's policy). */
export const strictCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export { launchChromium };

/** Serves `html` at `/`, optional CSS at `/bench.css` and the bundled files by path, all under `csp`, on 127.0.0.1. */
export function serveBenchPage({ files, html, csp, css }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store' };
    if (url.pathname === '/') response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (css !== undefined && url.pathname === '/bench.css')
      response.writeHead(200, { ...headers, 'content-type': 'text/css; charset=utf-8' }).end(css);
    else if (files.has(url.pathname))
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(files.get(url.pathname));
    else response.writeHead(404, headers).end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/**
 * Bundles a bench page (`entry`: esbuild's `entryPoints` or `stdin`, plus any other option) as the CDN bundle is built:
 * production Lit from the sources, minified, what `import()` reaches split into lazy chunks. Returns path → contents.
 */
export async function bundleBenchPage(entry, outName) {
  const outdir = path.join(packageDir, 'bench', outName);
  const result = await esbuild.build({
    ...browserOptions,
    conditions: ['shanzhi-source', 'production'],
    tsconfig: path.join(packageDir, '../tsconfig.base.json'),
    splitting: true,
    outdir,
    write: false,
    logLevel: 'error',
    ...entry,
  });
  return new Map(result.outputFiles.map((file) => [`/${path.relative(outdir, file.path)}`, file.contents]));
}

/**
 * Serves the page and opens it in a fresh headless Chromium (1280×800, focus emulated so frames render), once
 * `window[ready]` exists. `close()` ends both; `gc()` collects garbage; `pageErrors` fills as errors come.
 */
export async function openBenchPage({ files, html, csp, css, ready }) {
  const server = await serveBenchPage({ files, html, csp, css });
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`http://127.0.0.1:${String(server.address().port)}/`, { waitUntil: 'load' });
    await page.waitForFunction((name) => name in globalThis, { timeout: 10_000 }, ready);
    return { browser, page, pageErrors, gc: () => cdp.send('HeapProfiler.collectGarbage'), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** When `moduleUrl` is the script node runs: `run(options)` (`--runs N` given), then JSON or the table; exit 1 when broken. */
export async function runAsScript(moduleUrl, run, format) {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : Number.NaN;
  const result = await run(Number.isInteger(runs) && runs > 0 ? { runs } : {});
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : format(result));
  if (result.violations.length > 0 || result.pageErrors.length > 0) process.exitCode = 1;
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
