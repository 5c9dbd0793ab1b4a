// Browser tests run in Debian's Chromium (npm cannot download browsers here); test/ensure-chromium.mjs installs it when missing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // The esbuild plugin reads the named tsconfig raw (no `extends`), so it names the file holding the decorator flags.
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./packages/tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
};
