// Browser tests run in Debian's Chromium (npm cannot download browsers here); test/ensure-chromium.mjs installs it when missing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './test/chromium.mjs';
import { prebundle } from './test/prebundle.mjs';
import { slowTestsReporter } from './test/slow-tests-reporter.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * End-to-end tests talk to the real reference server (in-memory SQLite, seeded demo county). It runs in a child
 * process because it is TypeScript executed by tsx; the test page learns its URL from `window.__SZ_API__`.
 */
function referenceServer() {
  let child;
  let info = { url: '', tokens: [] };
  return {
    name: 'sz-reference-server',
    async serverStart() {
      child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', 'packages/server/test/e2e-server.ts'], {
        cwd: root,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout });
      info = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The reference server did not start within 60 s')), 60_000);
        lines.once('line', (line) => {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        });
        child.once('exit', (code) => reject(new Error(`The reference server exited with ${code}`)));
      });
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        child.stdin.end();
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
    get info() {
      return info;
    },
  };
}

const server = referenceServer();

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['shanzhi-source', 'browser', 'production'] },
  // Test files write the origin's localStorage/sessionStorage (elder preference, drafts). Each page gets its own
  // browser context (see createPage), so files that run at the same time never see each other's storage.
  concurrency: Number(process.env.SZ_BROWSER_CONCURRENCY ?? 3),
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), slowTestsReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><script>window.__SZ_API__ = ${JSON.stringify(server.info.url)}; window.__SZ_TOKENS__ = ${JSON.stringify(server.info.tokens)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  plugins: [
    server,
    prebundle(),
    // The esbuild plugin reads the named tsconfig raw (no `extends`), so it names the file holding the decorator flags.
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./packages/tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      // Several test files run at once; without focus emulation Chromium renders no frames in the page it keeps in the
      // background (no animation frames, no ResizeObserver, no dialog close event), which virtualized lists need.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => undefined));
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
