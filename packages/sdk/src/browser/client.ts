import { createClient as createSharedClient, type Client, type ClientOptions } from '../client/create-client.js';

/** What the widgets' client takes: everything but validation, which this entry does not carry. */
export type BrowserClientOptions = Omit<ClientOptions, 'validate' | 'validateResponses'>;

/**
 * The client of `@shanzhi/sdk/browser`: the same transport, retries, deadlines and errors, but no response
 * validation, so neither zod nor any schema is in a page's bundle. To validate in a page, make the client with
 * `@shanzhi/sdk`'s `createClient` and give it to `<sz-provider>` (`.client`).
 */
export function createClient(options: BrowserClientOptions): Client {
  return createSharedClient(options);
}
