import type { CalendarDate } from '@shanzhi/rules';
import { createClient, type Client, type ClientOptions } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase, sqliteHandleOf } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { demoSeedDay, seedDemoCounty, startServer, type Started, type StartOptions } from '../start.js';

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
 * Seeded demo counties, one serialized in-memory database per seed key (households, seed, the seed's day), kept for
 * the life of the process. The node tests start the server in-process about 86 times, and seeding the demo county
 * (generate + load, ~0.35–0.5 CPU-s) at each start cost ~40 CPU-s of `npm test`, which must stay under 10 minutes on
 * 2 cores; nearly all those seeds were identical. The image is taken right after the seed, before anything
 * `startServer` does after seeding (retention, the time sweeps): those run on each copy, as they did after a fresh seed.
 */
const templates = new Map<string, Promise<Buffer>>();
let templateSeeds = 0;

/** How many demo counties this process has seeded for templates (the tests check that starts share them). */
export function seededTemplates(): number {
  return templateSeeds;
}

async function seedTemplate(households: number | undefined, seed: number | undefined, asOf: CalendarDate): Promise<Buffer> {
  templateSeeds += 1;
  const db = openDatabase({ filename: ':memory:' });
  try {
    // What startServer does to an empty demo database before it serves: migrate, then seed (prepareDemo).
    await migrateToLatest(db);
    await seedDemoCounty(db, { households, seed, asOf }, () => undefined);
    const sqlite = sqliteHandleOf(db);
    if (sqlite === undefined) throw new Error('startTestServer: the template database has no SQLite handle');
    return sqlite.serialize();
  } finally {
    await db.destroy();
  }
}

/**
 * The template image for these options, or undefined where a copy would not start the server exactly as a fresh seed
 * does: production mode (nothing is seeded) and a caller's `log` (it would miss the "Seeded the demo county" line).
 */
function templateFor(options: Omit<StartOptions, 'db'>): Promise<Buffer> | undefined {
  if ((options.mode ?? 'demo') !== 'demo' || options.log !== undefined) return undefined;
  // The seed is a function of these three alone (generateDemoCounty draws from its own seeded generator); the day is
  // read from the clock once, as prepareDemo would, and the copy's start then finds the seed and reads no day for it.
  const asOf = demoSeedDay(options.now);
  const key = JSON.stringify([options.households ?? null, options.seed ?? null, asOf]);
  let image = templates.get(key);
  if (image === undefined) {
    image = seedTemplate(options.households, options.seed, asOf);
    templates.set(key, image);
    // A failed seed is not kept: the next start tries again (and fails the same way, in its own test).
    void image.catch(() => templates.delete(key));
  }
  return image;
}

const databases = new WeakMap<TestServer, Kysely<Database>>();

/** The database under a server `startTestServer` started (the harness's own test compares a copy with a fresh seed). */
export function testServerDatabase(server: TestServer): Kysely<Database> | undefined {
  return databases.get(server);
}

/**
 * The real reference server on a random loopback port, over an in-memory SQLite seeded with the demo county (600
 * households, the demo clock), unless the options say otherwise. Without a `filename`, the database is a private copy
 * of a seeded template (`templates` above): the same rows and tokens as a fresh seed, and its own to write.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { filename, ...start } = options;
  const settings: Omit<StartOptions, 'db'> = {
    port: 0,
    hostname: '127.0.0.1',
    households: 600,
    now: demoNow,
    ...start,
    connections: { ...testConnections, ...start.connections },
  };
  const template = filename === undefined ? templateFor(settings) : undefined;
  const image = template === undefined ? undefined : await template;
  const db = image === undefined ? openDatabase({ filename: filename ?? ':memory:' }) : openDatabase({ image });
  const started = await startServer({ ...settings, db });
  const server: TestServer = {
    ...started,
    // The copy was seeded (in its template) for this server, as a fresh in-memory database would have been.
    ...(image === undefined ? {} : { seeded: true }),
    client: (token, extra = {}) =>
      createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token ? { token } : {}), ...extra }),
  };
  databases.set(server, db);
  return server;
}
