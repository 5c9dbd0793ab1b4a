// What the browser benches share: Debian's Chromium launched the way the tests launch it, a loopback server for a
// bundled bench page under the page's CSP, and the median.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium() {
  return puppeteer.launch({ executablePath: chromium, headless: true, args: launchArgs });
}

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

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
