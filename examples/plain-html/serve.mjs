// Serves the plain-HTML example on its own origin: the page, its script and style, and the self-hosted CDN release
// under /shanzhi/. No dependencies.
//
//   npm run build && npm start                       the reference server (API) on http://localhost:8080
//   node examples/plain-html/serve.mjs               this page on http://127.0.0.1:8081 (another origin; --port 0: any free port)
//   node examples/plain-html/serve.mjs --port 9000 --api http://127.0.0.1:8080 --cdn path/to/shanzhi-components-cdn-0.1.0
//   node examples/plain-html/serve.mjs --loader shanzhi.js   the full loader (every element) instead of the public one
//
// Importable: `startExample()` (the release smoke test uses it).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
export const defaultCdnDir = path.resolve(here, '../../packages/components/dist/cdn');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const pageFiles = new Set(['/app.js', '/style.css']);

/**
 * Starts the example server; resolves to `{ url, close }`. `apiOrigin` is the API's origin (written into the page's
 * `api-base` and CSP `connect-src`); `cdnDir` the unpacked release (default: the build's dist/cdn); `loader` the
 * release's loader the page uses (default the public one, as docs/embedding.md tells a public page).
 */
export async function startExample({
  port = 8081,
  host = '127.0.0.1',
  apiOrigin = 'http://127.0.0.1:8080',
  cdnDir = defaultCdnDir,
  loader = 'shanzhi-public.js',
} = {}) {
  const root = path.resolve(cdnDir);
  const integrity = JSON.parse(await readFile(path.join(root, 'integrity.json'), 'utf8'));
  if (typeof integrity[loader] !== 'string')
    throw new Error(`${loader} is not a loader of the release in ${root} (integrity.json names none)`);
  const page = (await readFile(path.join(here, 'index.html'), 'utf8'))
    .replaceAll('%API_ORIGIN%', new URL(apiOrigin).origin)
    .replaceAll('%SHANZHI_LOADER%', loader)
    .replaceAll('%SHANZHI_INTEGRITY%', integrity[loader]);
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let body;
      let file = url.pathname;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      if (file === '/' || file === '/index.html') {
        body = page;
        file = '/index.html';
      } else if (pageFiles.has(file)) {
        body = await readFile(path.join(here, file.slice(1)));
      } else if (file.startsWith('/shanzhi/')) {
        const target = path.resolve(root, decodeURIComponent(file.slice('/shanzhi/'.length)));
        if (!target.startsWith(root + path.sep)) body = undefined;
        else body = await readFile(target).catch(() => undefined);
      }
      const type = types[path.extname(file)];
      if (body === undefined || type === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'Referrer-Policy': 'no-referrer',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${String(typeof address === 'object' && address ? address.port : port)}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8081' },
      api: { type: 'string', default: 'http://127.0.0.1:8080' },
      cdn: { type: 'string', default: defaultCdnDir },
      loader: { type: 'string', default: 'shanzhi-public.js' },
    },
  });
  const started = await startExample({ port: Number(values.port), apiOrigin: values.api, cdnDir: values.cdn, loader: values.loader });
  // The first line is the URL alone: the release smoke test (test/release/plain-html.test.ts) reads it.
  console.log(started.url);
  console.log(`plain-HTML example (API ${values.api}, widgets from ${values.cdn}); Ctrl+C stops it`);
}
