// `npm run test:examples`: the React 19 and Vue 3 examples, type-checked and built with Vite the way a portal team
// would (they resolve @shanzhi/components through its built dist/, not the `shanzhi-source` condition), then loaded in
// headless Chromium against the real reference server: both widgets must show the server's data, and the page's own
// listener must receive `sz-period-change` when a period is picked. Needs `tsc -b` first (npm test runs it before).
/* global document -- in the functions puppeteer evaluates in the page */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Every widget of a page renders at least one item from the server, in its shadow root (the `part` names its items). */
const examples = {
  react: { widgets: { 'sz-points-leaderboard': '[part~="row"]', 'sz-service-catalogue': '[part~="result"]' } },
  vue: { widgets: { 'sz-points-leaderboard': '[part~="row"]', 'sz-disclosure-board': '[part~="item"]' } },
};

function run(command, args, cwd) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(
    result.status,
    0,
    `${path.basename(command)} ${args.join(' ')} in ${path.relative(root, cwd)} failed:\n${result.stdout}\n${result.stderr}`,
  );
  return performance.now() - started;
}

/** The reference server (in-memory SQLite, seeded demo county), as the browser tests start it. */
async function startReferenceServer() {
  const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', 'packages/server/test/e2e-server.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The reference server did not start within 60 s')), 60_000);
    createInterface({ input: child.stdout }).once('line', (first) => {
      clearTimeout(timer);
      resolve(first);
    });
    child.once('exit', (code) => reject(new Error(`The reference server exited with ${code}`)));
  });
  return {
    url: JSON.parse(line).url,
    stop: () => new Promise((resolve) => (child.exitCode === null ? (child.once('exit', resolve), child.stdin.end()) : resolve())),
  };
}

/** Serves examples/<name>/dist/ under /<name>/ on another origin than the API, as a portal would. */
async function startStaticServer() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const [, name, ...rest] = pathname.split('/');
    const dist = name && name in examples ? path.join(root, 'examples', name, 'dist') : undefined;
    let file = dist ? path.join(dist, ...rest) : '';
    if (dist && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!dist || !file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the React and Vue examples', () => {
  let api;
  let pages;
  let browser;

  before(async () => {
    // The server seeds while the examples build.
    const starting = startReferenceServer();
    const times = {
      'vue-tsc (examples/vue)': run(bin('vue-tsc'), ['-p', 'tsconfig.json'], path.join(root, 'examples/vue')),
      'vite build (examples/react)': run(bin('vite'), ['build', '--logLevel', 'warn'], path.join(root, 'examples/react')),
      'vite build (examples/vue)': run(bin('vite'), ['build', '--logLevel', 'warn'], path.join(root, 'examples/vue')),
    };
    for (const [step, ms] of Object.entries(times)) console.log(`${step}: ${(ms / 1000).toFixed(1)} s`);
    [api, pages] = await Promise.all([starting, startStaticServer()]);
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), pages?.stop()]);
  });

  for (const [name, { widgets }] of Object.entries(examples)) {
    test(`${name}: the built page shows the server's data in both widgets and hears sz-period-change`, async () => {
      const page = await browser.newPage();
      // As in web-test-runner.config.mjs: a page Chromium keeps in the background renders no frames, and the
      // leaderboard's virtualized rows (and puppeteer's polling) wait for frames.
      await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
      await page.bringToFront();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await page.goto(`${pages.url}/${name}/?api=${encodeURIComponent(api.url)}`, { waitUntil: 'load' });
        // Polled: puppeteer's `>>>` waits observe the document, not changes inside shadow roots.
        for (const [tag, item] of Object.entries(widgets)) {
          const rendered = (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) != null;
          await page.waitForFunction(rendered, { polling: 100, timeout: 15_000 }, tag, item);
        }
        const before = await page.$eval('#last-period', (element) => element.textContent);
        assert.doesNotMatch(before ?? '', /已切换/);
        // Pick a period other than the checked one, as a villager would.
        const radio = await page.$('sz-points-leaderboard >>> input[name="period"]:not(:checked)');
        assert.ok(radio, 'the leaderboard offers another period');
        const period = await radio.evaluate((input) => input.value);
        await radio.click();
        await page.waitForFunction(
          (expected) => document.querySelector('#last-period')?.textContent?.includes(`已切换到 ${expected}`),
          { timeout: 10_000 },
          period,
        );
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
