import { createClient, type Client, type ClientOptions } from '@shanzhi/sdk';
import { openDatabase } from '../db/open.js';
import { startServer, type Started } from '../start.js';

/** The demo data's "today": the seed's year of activity ends here, so tests read a stable county. */
export const demoToday = '2026-11-29';
export const demoNow = () => new Date('2026-11-29T04:00:00Z');

export interface TestServer extends Started {
  /** An SDK client; `token` is one of the demo tokens (demo-cadre, demo-villager …) or none for the public. */
  client(token?: string, options?: Partial<ClientOptions>): Client;
}

/** The real reference server on a random loopback port, over an in-memory SQLite seeded with the demo county. */
export async function startTestServer(options: { households?: number; filename?: string } = {}): Promise<TestServer> {
  const started = await startServer({
    db: openDatabase({ filename: options.filename ?? ':memory:' }),
    port: 0,
    hostname: '127.0.0.1',
    households: options.households ?? 600,
    now: demoNow,
  });
  return {
    ...started,
    client: (token, extra = {}) => createClient({ baseUrl: started.url, retry: { limit: 0 }, ...(token ? { token } : {}), ...extra }),
  };
}
