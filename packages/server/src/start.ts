import { serve, type ServerType } from '@hono/node-server';
import { todayInShanghai } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import { createApp } from './app.js';
import { hashToken } from './auth/principal.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { purgeExpiredIdempotencyKeys } from './http/idempotency.js';
import { generateDemoCounty } from './seed/index.js';
import { isEmpty, loadDemoCounty, type DemoToken } from './store/load-demo.js';

export interface StartOptions {
  readonly db: Kysely<Database>;
  readonly port?: number;
  readonly hostname?: string;
  /** Households in the demo county when the database is empty (default 4,000; the bench uses 10,000). */
  readonly households?: number;
  readonly seed?: number;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
  /** Built widget files for the demo portal (see PortalOptions). */
  readonly assetsDir?: string | undefined;
}

export interface Started {
  readonly url: string;
  readonly port: number;
  readonly tokens: readonly DemoToken[];
  readonly seeded: boolean;
  readonly close: () => Promise<void>;
}

const demoTokenNames: readonly (readonly [string, DemoToken['role']])[] = [
  ['demo-gridWorker', 'gridWorker'],
  ['demo-cadre', 'cadre'],
  ['demo-supervisor', 'supervisor'],
  ['demo-mediator', 'mediator'],
  ['demo-admin', 'admin'],
  ['demo-villager', 'villager'],
];

/** Migrate, seed when empty, serve. Used by `npm start`, the end-to-end tests and the benches alike. */
export async function startServer(options: StartOptions): Promise<Started> {
  const log = options.log ?? (() => undefined);
  const { db } = options;
  await migrateToLatest(db);
  await purgeExpiredIdempotencyKeys(db);
  let tokens: DemoToken[] = [];
  let seeded = false;
  if (await isEmpty(db)) {
    const started = Date.now();
    const today = todayInShanghai(options.now?.() ?? new Date());
    const county = generateDemoCounty({ households: options.households, seed: options.seed, asOf: today });
    tokens = await loadDemoCounty(db, county);
    seeded = true;
    log(`Seeded the demo county ${county.county.name}: ${String(county.villages.length)} villages, ${String(county.households.length)} households, ${String(county.ledgerEntries.length)} points entries (${String(Date.now() - started)} ms).`);
  } else {
    for (const [token, role] of demoTokenNames) {
      const row = await db.selectFrom('api_tokens').select(['label', 'village_id', 'household_id']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
      if (row) tokens.push({ token, role, label: row.label, villageId: row.village_id ?? undefined, householdId: row.household_id ?? undefined });
    }
  }
  const { app } = createApp({ db, assetsDir: options.assetsDir, ...(options.now ? { now: options.now } : {}) });
  const purge = setInterval(() => void purgeExpiredIdempotencyKeys(db).catch(() => undefined), 60 * 60 * 1000);
  purge.unref();
  const server = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const instance = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: options.hostname ?? '0.0.0.0' }, (info) => {
      resolve({ server: instance, port: info.port });
    });
  });
  const url = `http://localhost:${String(server.port)}`;
  return {
    url,
    port: server.port,
    tokens,
    seeded,
    close: async () => {
      clearInterval(purge);
      await new Promise<void>((resolve) => server.server.close(() => { resolve(); }));
      await db.destroy();
    },
  };
}
