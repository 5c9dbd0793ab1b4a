import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * `SZ_STORYBOOK_STORIES=../stories/<file>.stories.ts` builds only those stories: the generator's test renders one new
 * widget's stories, and a whole build there cost ~30 s of a 2-core CI machine's CPU (its full index is checked apart).
 */
const only = process.env.SZ_STORYBOOK_STORIES;

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: only ? [only] : ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // mockServiceWorker.js (`npx msw init .storybook/public`): the stories' API runs in the browser, no server.
  staticDirs: ['./public'],
  core: {
    // Nothing leaves the machine: no telemetry, no "what's new" fetches (offline CI, and government portals' rules).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // The workspace packages export their TypeScript under the `shanzhi-source` condition (as tsc, tsx and WTR read them).
      resolve: { conditions: ['shanzhi-source', ...defaultClientConditions] },
      // Lit's experimental decorators and `useDefineForClassFields: false` live in the base tsconfig; standard
      // decorators would break the elements' reactive properties.
      tsconfig: fileURLToPath(new URL('../packages/tsconfig.base.json', import.meta.url)),
      // Storybook's own manager/preview chunks and the recorded fixtures are large by nature; the widgets' budgets
      // are checked by packages/components/bench/size.mjs instead.
      build: { chunkSizeWarningLimit: 1500 },
      // One copy of Lit in `storybook dev`: Storybook's renderer imports lit/directive-helpers.js, and the leaderboard
      // loads the virtualizer lazily; pre-bundled up front, they share the optimized Lit instead of loading a second.
      optimizeDeps: {
        include: ['lit/directive-helpers.js', '@lit-labs/virtualizer/virtualize.js', '@lit-labs/virtualizer/layouts/flow.js'],
      },
    });
  },
};

export default config;
