// Runs every story of the built Storybook (storybook-static/) in headless Chromium and fails on a story that
// errors, a play function that throws, or an axe violation reported by addon-a11y (`parameters.a11y.test = 'error'`).
// No Storybook test runner or Vitest needed: it listens to the preview's own `storyFinished` event.
//
//   npm run build-storybook && node packages/components/scripts/check-stories.mjs [--filter leaderboard] [--screenshots dir]
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../../../storybook-static/', import.meta.url));
const filterIndex = process.argv.indexOf('--filter');
const filter = filterIndex > 0 ? process.argv[filterIndex + 1] : undefined;
const shotsIndex = process.argv.indexOf('--screenshots');
const shots = shotsIndex > 0 ? path.resolve(process.argv[shotsIndex + 1] ?? 'story-screenshots') : undefined;
if (shots) mkdirSync(shots, { recursive: true });
if (!existsSync(path.join(root, 'index.json'))) {
  console.error('check-stories: build Storybook first (npm run build-storybook)');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const base = `http://127.0.0.1:${String(server.address().port)}`;

const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)));

const browser = await launchChromium();

let failed = 0;
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
        problems.push(`console: ${message.text().slice(0, 200)}`);
    });
    // Catch the preview's channel as it is created, and keep its `storyFinished` event.
    await page.evaluateOnNewDocument(() => {
      let channel;
      Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set: (value) => {
          channel = value;
          value.on('storyFinished', (event) => (globalThis.__szFinished = event));
          value.on('playFunctionThrewException', (error) => (globalThis.__szPlayError = String(error?.message ?? error)));
        },
      });
    });
    const started = Date.now();
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    let finished;
    try {
      await page.waitForFunction(() => globalThis.__szFinished !== undefined, { timeout: 30_000 });
      finished = await page.evaluate(() => ({ event: globalThis.__szFinished, playError: globalThis.__szPlayError }));
    } catch {
      problems.push('did not finish within 30 s');
    }
    if (finished?.playError) problems.push(`play function: ${finished.playError}`);
    if (finished && finished.event.status !== 'success') problems.push(`status ${finished.event.status}`);
    for (const report of finished?.event.reporters ?? []) {
      if (report.type !== 'a11y') continue;
      for (const violation of report.result?.violations ?? [])
        problems.push(
          `axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      if (report.status === 'failed' && !(report.result?.violations ?? []).length) problems.push('a11y report failed');
    }
    if (shots) await page.screenshot({ path: path.join(shots, `${story.id}.png`), fullPage: true });
    const a11y = (finished?.event.reporters ?? []).find((report) => report.type === 'a11y');
    const mark = problems.length ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${story.id.padEnd(60)} ${String(Date.now() - started).padStart(5)} ms  a11y: ${a11y ? a11y.status : 'none'}`);
    for (const problem of problems) console.log(`       ${problem}`);
    if (problems.length) failed += 1;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${String(stories.length - failed)}/${String(stories.length)} stories passed`);
process.exit(failed ? 1 : 0);
