import { nothing } from 'lit';
import type { HttpHandler } from 'msw';
import type { StateHandlers } from '../msw/state-handlers.js';
import { offlineBrowser, showsIn } from './widget-canvas.js';

/**
 * The stories of the shared states (loading, error with its request id, offline, staff only) of `tag`, whose mock API group
 * `group` the state handlers replace. A stories file exports each under its usual name, keeping `tags: ['!autodocs']`
 * in its own object (the indexer reads tags there): `export const Offline: Story = { ...states.offline, tags: … }`.
 */
export function stateStories(tag: string, group: string, handlers: StateHandlers) {
  const swap = (replacement: HttpHandler[]) => ({ msw: { handlers: { [group]: replacement } } });
  const shows =
    (part: string) =>
    async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await showsIn(canvasElement, tag, `[part="${part}"]`);
    };
  return {
    loading: { parameters: swap(handlers.pending) },
    error: { parameters: swap(handlers.failing), play: shows('error') },
    offline: { parameters: swap(handlers.offline), beforeEach: offlineBrowser, play: shows('offline') },
    /** A staff widget without a token (its `staff` arg empty): who may use it. */
    staffOnly: { args: { staff: '' as const }, play: shows('staff-only') },
  };
}

/** A staff widget's own client for a story: an api-base of its own whose `getToken` gives the story's demo token. */
export function staffClient(token: string): { readonly apiBase: string | typeof nothing; readonly getToken: (() => string) | undefined } {
  return token ? { apiBase: '/api', getToken: () => token } : { apiBase: nothing, getToken: undefined };
}
