import { startTestServer } from '../harness.js';
import { startedForFile } from './lifecycle.js';
import { scratchFolder } from './scratch.js';

export interface DemoPortal {
  /** The server's base URL, once it is up. */
  readonly url: string;
  /** The portal page's HTML for a query string (`''`, `'?as=cadre'`, …). */
  readonly page: (query: string) => Promise<string>;
}

/**
 * The demo portal for a whole test file: the test server with an (empty) assets folder, so the portal renders its
 * widgets. Started in `before`; closed, and the folder removed, in `after`.
 */
export function useDemoPortal(prefix: string): DemoPortal {
  const assetsDir = scratchFolder(prefix);
  const current = startedForFile('The demo portal', () => startTestServer({ assetsDir }));
  return {
    get url() {
      return current().url;
    },
    page: async (query) => (await fetch(`${current().url}/${query}`)).text(),
  };
}
