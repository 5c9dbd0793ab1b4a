import { createClient as createSharedClient, type Client, type ClientOptions } from './create-client.js';

/**
 * The client of `@shanzhi/sdk`: every response is checked against the contract's schemas unless `validate: false`
 * (or `validateResponses: 'off'`). The schemas load with a dynamic `import()` on the first response.
 */
export function createClient(options: ClientOptions): Client {
  return createSharedClient(options, () => import('./validate.js'));
}
