import { createClient, type Client, type ClientOptions } from '@shanzhi/sdk';
import { openDatabase } from '../db/open.js';
import { startServer, type Started, type StartOptions } from '../start.js';

/** The demo data's "today": the seed's year of activity ends here, so tests read a stable county. */
export const demoToday = '2026-11-29';
export const demoNow = () => new Date('2026-11-29T04:00:00Z');

export interface TestServer extends Started {
  /** An SDK client; `token` is one of the demo tokens (demo-cadre, demo-villager …) or none for the public. */
  client(token?: string, options?: Partial<ClientOptions>): Client;
}

/**
 * Connection limits for a server that runs in the test's own process. Client and server share one event loop there,
 * which a loaded CI machine stalls for seconds: with the production keep-alive of 5 s the server could close a pooled
 * socket just as the client reused it (ECONNRESET in a test's set-up). Tests of the limits themselves pass their own.
 */
/**
 * A test's calls wait longer than the client's production 10 s: a test process holds several in-memory counties, and
 * on a loaded CI machine (four test processes and Chromium on two cores) its garbage collection and its share of the
 * CPU stretched one plain read past 10 s. Tests check what a call answers, not how fast (the benchmarks measure that).
 */
export const testCallTimeoutMs = 60_000;

export const testConnections = { keepAliveTimeoutMs: 60_000, idleTimeoutMs: 120_000 } as const;

/** `startServer` for a test that builds its own options (storage, attachments …), with `testConnections`. */
export function startServerInTest(options: StartOptions): Promise<Started> {
  return startServer({ ...options, connections: { ...testConnections, ...options.connections } });
}

/** What a test may set: the database file and any start option but the database itself. */
export type TestServerOptions = Partial<Omit<StartOptions, 'db'>> & { readonly filename?: string };

/**
 * The real reference server on a random loopback port, over an in-memory SQLite seeded with the demo county (600
 * households, the demo clock), unless the options say otherwise.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { filename, ...start } = options;
  const started = await startServer({
    port: 0,
    hostname: '127.0.0.1',
    households: 600,
    now: demoNow,
    ...start,
    connections: { ...testConnections, ...start.connections },
    db: openDatabase({ filename: filename ?? ':memory:' }),
  });
  return {
    ...started,
    client: (token, extra = {}) =>
      createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token ? { token } : {}), ...extra }),
  };
}
