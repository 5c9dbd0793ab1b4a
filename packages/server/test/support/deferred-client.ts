import type { Client } from '@shanzhi/sdk';

/**
 * A client for a server that a test file starts later, in `before`: made when the file loads (so it can be a
 * `const`), each call goes to the client `resolve` gives on first use, once the server is up.
 */
export function deferredClient(resolve: () => Client): Client {
  let client: Client | undefined;
  const real = () => (client ??= resolve());
  return {
    request: (route, input, options) => real().request(route, input, options),
    pages: (route, input, options) => real().pages(route, input, options),
    paginate: (route, input, options) => real().paginate(route, input, options),
    get baseUrl() {
      return real().baseUrl;
    },
  };
}
