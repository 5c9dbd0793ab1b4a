// Smoke test of the release as a portal uses it: examples/plain-html served on one origin with the built CDN folder
// (packages/components/dist/cdn, `npm run build`), the real reference server on another, headless Chromium between.
// Asserts both widgets show the server's data, the page hears a widget event, every chunk was fetched with its
// Subresource Integrity hash, and the strict CSP (Trusted Types included) reported nothing; then that a tampered
// chunk is refused. The example is a public page and loads the public loader, shanzhi-public.js (docs/embedding.md,
// *Which loader*), which must never register a desk; the same checks run with the full loader, shanzhi.js.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cdnDir = path.join(root, 'packages/components/dist/cdn');
const integrity = JSON.parse(readFileSync(path.join(cdnDir, 'integrity.json'), 'utf8')) as Record<string, string>;

type Child = ChildProcessByStdio<Writable, Readable, null>;

/** Starts a child process and resolves with the first line it prints. */
function startChild(args: readonly string[]): Promise<{ child: Child; line: string }> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${args.join(' ')} printed nothing within 60 s`));
    }, 60_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, line });
    });
    child.once('exit', (code) => {
      reject(new Error(`${args.join(' ')} exited with ${String(code)}`));
    });
  });
}

interface Watch {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly logs: string[];
}

/** A page that records console errors, page errors and CSP violations (`window.__violations`). */
async function watchedPage(browser: Browser): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { consoleErrors: [], pageErrors: [], logs: [] };
  page.on('console', (message) => {
    watch.logs.push(message.text());
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  // Runs before the page's own scripts whatever its CSP says.
  await page.evaluateOnNewDocument(() => {
    const found: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return { page, watch };
}

/** The loaders of the release (docs/embedding.md, *Which loader*): every widget, and the public ones. */
type Loader = 'shanzhi.js' | 'shanzhi-public.js';

describe('the plain-HTML example with the self-hosted release (Chromium)', () => {
  let api: Child | undefined;
  let example: Child | undefined;
  let publicExample: Child | undefined;
  let browser: Browser | undefined;
  let apiUrl = '';
  /** The example page through each loader. */
  const pageUrls: Record<Loader, string> = { 'shanzhi.js': '', 'shanzhi-public.js': '' };

  before(async () => {
    const [server, launched] = await Promise.all([
      startChild(['--conditions=shanzhi-source', '--import', 'tsx', 'packages/server/test/e2e-server.ts']),
      puppeteer.launch({
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      }),
    ]);
    api = server.child;
    browser = launched;
    apiUrl = (JSON.parse(server.line) as { url: string }).url;
    const [started, startedPublic] = await Promise.all(
      (['shanzhi.js', 'shanzhi-public.js'] as const).map((loader) =>
        startChild(['examples/plain-html/serve.mjs', '--port', '0', '--api', apiUrl, '--cdn', cdnDir, '--loader', loader]),
      ),
    );
    example = started?.child;
    publicExample = startedPublic?.child;
    pageUrls['shanzhi.js'] = started?.line ?? '';
    pageUrls['shanzhi-public.js'] = startedPublic?.line ?? '';
    const pageUrl = pageUrls['shanzhi.js'];
    assert.notEqual(new URL(pageUrl).origin, new URL(apiUrl).origin, 'the page and the API are on different origins');
  });

  after(async () => {
    await browser?.close();
    example?.kill();
    publicExample?.kill();
    if (api?.exitCode === null) {
      const exited = new Promise((resolve) => api?.once('exit', resolve));
      api.stdin.end();
      await exited;
    }
  });

  /** Opens the example through `loader` and checks what the first test names; returns the page for more checks. */
  async function rendersAndChecks(loader: Loader): Promise<Page> {
    assert.ok(browser);
    const { page, watch } = await watchedPage(browser);
    await page.goto(pageUrls[loader]);
    // The leaderboard's rows and the disclosure board's items come from the reference server.
    await page.waitForFunction(
      () => (document.querySelector('sz-points-leaderboard')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0,
      { timeout: 15_000 },
    );
    await page.waitForFunction(
      () => (document.querySelector('sz-disclosure-board')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0,
      { timeout: 15_000 },
    );

    // The portal's app.js hears sz-household-select and writes the household id (no name) into the page.
    await page.evaluate(() => {
      (document.querySelector('sz-points-leaderboard')?.shadowRoot?.querySelector('[part~="row"]') as HTMLElement | null)?.click();
    });
    await page.waitForFunction(() => document.getElementById('last-household')?.textContent !== '—', { timeout: 5_000 });
    const heard = await page.$eval('#last-household', (el) => el.textContent);
    assert.match(heard, /第 1 名/);

    // Every script fetched from the release came either as the loader (its <script integrity>) or through a
    // modulepreload link carrying the hash the build wrote for it.
    const { scripts, preloads, loaderIntegrity } = await page.evaluate(() => ({
      scripts: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/shanzhi/') && name.endsWith('.js')),
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => [
        (link as HTMLLinkElement).href,
        link.getAttribute('integrity') ?? '',
      ]),
      loaderIntegrity: document.querySelector('script[src^="./shanzhi/"]')?.getAttribute('integrity') ?? '',
    }));
    assert.equal(loaderIntegrity, integrity[loader]);
    const checked = new Map(preloads.map(([href, hash]) => [href, hash]));
    assert.ok(scripts.length > 3, `the page loaded the loader and its chunks (${String(scripts.length)} scripts)`);
    assert.ok(
      scripts.some((script) => new URL(script).pathname === `/shanzhi/${loader}`),
      `the page loaded ${loader}`,
    );
    for (const script of scripts) {
      const file = decodeURIComponent(new URL(script).pathname.replace(/^\/shanzhi\//, ''));
      if (file === loader) continue;
      assert.ok(file.startsWith('chunks/'), `${file}: only the page's loader and chunks load`);
      assert.equal(checked.get(script), integrity[file], `${file} was fetched with its integrity hash`);
    }

    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, [], 'no CSP or Trusted Types violation');
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(
      watch.consoleErrors.filter((text) => /integrity|Content Security Policy|Trusted Type|shanzhi/i.test(text)),
      [],
    );
    return page;
  }

  it('renders both widgets with server data, hears the event, checks every chunk, reports no violation', async () => {
    const page = await rendersAndChecks('shanzhi.js');
    await page.close();
  });

  it('does the same through the public loader, which registers a public widget added later but never a desk', async () => {
    const page = await rendersAndChecks('shanzhi-public.js');
    await page.evaluate(() => {
      document.querySelector('sz-provider')?.append(document.createElement('sz-points-desk'), document.createElement('sz-request-status'));
    });
    // The public widget added with the desk registers: the loader saw both tags.
    await page.waitForFunction(() => customElements.get('sz-request-status') !== undefined, { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(
      await page.evaluate(() => customElements.get('sz-points-desk') === undefined),
      true,
      'the public loader never registers a staff desk',
    );
    await page.close();
  });

  /**
   * Serves the chunk built from `source` (found in the build's metafile, dist/build-meta, not shipped) with a line
   * added, opens the page, waits for the disclosure board's items and for `settled`, then checks that the added line
   * never ran and that Chromium reported the integrity failure. Returns the page for more checks.
   */
  async function withTamperedChunk(source: string, settled: () => boolean, loader: Loader = 'shanzhi.js'): Promise<Page> {
    assert.ok(browser);
    const meta = JSON.parse(readFileSync(path.join(root, 'packages/components/dist/build-meta/cdn-meta.json'), 'utf8')) as {
      outputs: Record<string, { entryPoint?: string }>;
    };
    const output = Object.keys(meta.outputs).find((file) => meta.outputs[file]?.entryPoint?.endsWith(source));
    assert.ok(output, `the build has a chunk for ${source}`);
    // The metafile names outputs relative to the folder the build ran in (the repository's root for `npm run
    // test:release`, the package for its prepack build, which `npm test` reuses): the part after dist/cdn/ is the same.
    const tampered = output.slice(output.lastIndexOf('dist/cdn/') + 'dist/cdn/'.length);
    assert.ok(integrity[tampered], `${tampered} is in integrity.json`);
    const { page, watch } = await watchedPage(browser);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().endsWith(`/shanzhi/${tampered}`)) {
        void request.continue();
        return;
      }
      const body = `${readFileSync(path.join(cdnDir, tampered), 'utf8')}\nconsole.log("sz-tampered-code-ran");`;
      void request.respond({ status: 200, contentType: 'text/javascript', body });
    });
    await page.goto(pageUrls[loader]);
    await page.waitForFunction(
      () => (document.querySelector('sz-disclosure-board')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0,
      { timeout: 15_000 },
    );
    await page.waitForFunction(settled, { timeout: 15_000 });
    // Give the refused chunk time to have run, had it been accepted.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(
      watch.logs.some((text) => text.includes('sz-tampered-code-ran')),
      false,
      'the tampered code never ran',
    );
    assert.ok(
      watch.consoleErrors.some((text) => /integrity/i.test(text)),
      `Chromium reported the integrity failure (${watch.consoleErrors.join(' | ')})`,
    );
    return page;
  }

  it('refuses a tampered chunk: that widget never runs, the other one still does', async () => {
    const page = await withTamperedChunk(
      'src/leaderboard/define.ts',
      () => document.querySelector('link[rel="modulepreload"][href*="define-"]') !== null,
    );
    assert.equal(
      await page.evaluate(() => customElements.get('sz-points-leaderboard') === undefined),
      true,
      'the leaderboard never registered',
    );
    await page.close();
  });

  it('refuses a tampered chunk through the public loader too', async () => {
    const page = await withTamperedChunk(
      'src/leaderboard/define.ts',
      () => document.querySelector('link[rel="modulepreload"][href*="define-"]') !== null,
      'shanzhi-public.js',
    );
    assert.equal(
      await page.evaluate(() => customElements.get('sz-points-leaderboard') === undefined),
      true,
      'the leaderboard never registered',
    );
    await page.close();
  });

  it("refuses a tampered lazy part, whose hash the widget's own checked chunk carries: the board still works", async () => {
    // The household dialog loads after the board's first paint, through the hash list in the leaderboard's define chunk.
    const page = await withTamperedChunk('src/leaderboard/household-detail.ts', () =>
      [...document.querySelectorAll('link[rel="modulepreload"]')].some((link) =>
        (link as HTMLLinkElement).href.includes('household-detail-'),
      ),
    );
    assert.ok(
      await page.evaluate(
        () => (document.querySelector('sz-points-leaderboard')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0,
      ),
      'the leaderboard shows its rows',
    );
    await page.close();
  });
});
