// Runs every story of the built Storybook (storybook-static/) in headless Chromium and fails on a story that
// errors, a play function that throws, or an axe violation reported by addon-a11y (`parameters.a11y.test = 'error'`).
// No Storybook test runner or Vitest needed: it listens to the preview's own `storyFinished` event.
//
//   npm run build-storybook && node packages/components/scripts/check-stories.mjs [--filter leaderboard] [--screenshots dir]
//     [--concurrency 2]
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

/**
 * A worker's page: its own browser context (no storage shared with the other workers) with focus emulated, so play
 * functions that focus and type behave as in a foreground tab. The page loads Storybook's preview once and then
 * switches stories the way the Storybook UI does (`setCurrentStory` on the preview's channel): loading the preview,
 * its mock service worker and axe for every story cost about three quarters of the check's time.
 */
async function openWorkerPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  let problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      problems.push(`console: ${message.text().slice(0, 200)}`);
  });
  // Catch the preview's channel as it is created, and keep each story's `storyFinished` event by story id.
  await page.evaluateOnNewDocument(() => {
    let channel;
    globalThis.__szFinished = {};
    globalThis.__szPlayError = {};
    Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        value.on('storyFinished', (event) => (globalThis.__szFinished[event.storyId] = event));
        value.on('playFunctionThrewException', (error) => {
          globalThis.__szPlayError[globalThis.__szCurrent] = String(error?.message ?? error);
        });
      },
    });
  });
  let loaded = false;

  /** Runs one story and returns what went wrong. */
  async function check(story) {
    problems = [];
    const started = Date.now();
    if (!loaded) {
      await page.evaluateOnNewDocument((id) => (globalThis.__szCurrent = id), story.id);
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      loaded = true;
    } else {
      await page.evaluate((id) => {
        globalThis.__szCurrent = id;
        globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }, story.id);
    }
    let finished;
    try {
      await page.waitForFunction((id) => globalThis.__szFinished[id] !== undefined, { timeout: 30_000 }, story.id);
      finished = await page.evaluate((id) => ({ event: globalThis.__szFinished[id], playError: globalThis.__szPlayError[id] }), story.id);
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
    // A story that failed may have left the preview in any state: the next one starts from a fresh load.
    if (problems.length) loaded = false;
    return { problems, elapsed: Date.now() - started, a11y: a11y ? a11y.status : 'none' };
  }
  return { check, close: () => context.close() };
}

const concurrencyIndex = process.argv.indexOf('--concurrency');
const concurrency = Math.max(1, Number(concurrencyIndex > 0 ? process.argv[concurrencyIndex + 1] : 2) || 2);
let failed = 0;
try {
  const queue = [...stories];
  const worker = async () => {
    const page = await openWorkerPage();
    for (let story = queue.shift(); story; story = queue.shift()) {
      const { problems, elapsed, a11y } = await page.check(story);
      const mark = problems.length ? 'FAIL' : 'ok  ';
      console.log(`${mark} ${story.id.padEnd(60)} ${String(elapsed).padStart(5)} ms  a11y: ${a11y}`);
      for (const problem of problems) console.log(`       ${problem}`);
      if (problems.length) failed += 1;
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
console.log(`${String(stories.length - failed)}/${String(stories.length)} stories passed`);
process.exit(failed ? 1 : 0);
