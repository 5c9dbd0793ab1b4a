import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { todayInShanghai, type CalendarDate } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import { createApp, type AppOptions } from './app.js';
import { sweepUnreferencedAttachments } from './attachments/cleanup.js';
import { openAttachments, type Attachments } from './attachments/service.js';
import { applyRetention, type RetentionSettings } from './audit/retention.js';
import { demoAuth, type AuthSettings } from './auth/authenticate.js';
import { hashToken } from './auth/principal.js';
import { defaultRetention, type Mode } from './config/server-config.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { applyConnectionLimits, defaultConnectionLimits, serverOptionsFor, type ConnectionLimits } from './http/connection-limits.js';
import { purgeExpiredIdempotencyKeys } from './http/idempotency.js';
import { createPublicFastPath, type PublicFastPath } from './http/public-fast-path.js';
import { sweepMentoring } from './mentoring/sweep.js';
import { settleAllDueNotices } from './points/process.js';
import { generateDemoCounty } from './seed/index.js';
import { isEmpty, loadDemoCounty, type DemoToken } from './store/load-demo.js';

export interface StartOptions {
  readonly db: Kysely<Database>;
  /** `demo` (default: seeds an empty database, accepts demo tokens) or `production` (neither). */
  readonly mode?: Mode;
  /** Accepted bearer tokens. Demo default: demo tokens and service keys. Required in production. */
  readonly auth?: AuthSettings;
  readonly port?: number;
  readonly hostname?: string;
  /** Households in the demo county when the database is empty (default 4,000; the bench uses 10,000). */
  readonly households?: number | undefined;
  readonly seed?: number;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
  /** Built widget files for the demo portal (see PortalOptions). */
  readonly assetsDir?: string | undefined;
  /** Browser origins allowed to call the API; default `*` (demo). */
  readonly corsOrigins?: readonly string[] | '*';
  readonly trustedProxies?: readonly string[];
  /** Timeouts and connection caps; each missing one takes its default (`defaultConnectionLimits`). */
  readonly connections?: Partial<ConnectionLimits>;
  readonly hstsMaxAgeSec?: number | undefined;
  /** Log retention, applied at start and then daily (default `defaultRetention`). */
  readonly retention?: RetentionSettings;
  /** Throttling settings passed through to the app. */
  readonly guessLimit?: AppOptions['guessLimit'];
  readonly tokenLimit?: AppOptions['tokenLimit'];
  /** Attachment store and limits (default: files under ./data/attachments). */
  readonly attachments?: AppOptions['attachments'];
}

export interface Started {
  readonly url: string;
  readonly port: number;
  readonly mode: Mode;
  readonly tokens: readonly DemoToken[];
  readonly seeded: boolean;
  /** The Node HTTP server (tests inspect its limits). */
  readonly server: Server;
  /** The public boards' fast path in front of the app (its counters tell the tests which answered). */
  readonly fastPath: PublicFastPath;
  readonly close: () => Promise<void>;
}

const demoTokenNames: readonly (readonly [string, DemoToken['role']])[] = [
  ['demo-gridWorker', 'gridWorker'],
  ['demo-cadre', 'cadre'],
  ['demo-supervisor', 'supervisor'],
  ['demo-mediator', 'mediator'],
  ['demo-storekeeper', 'storekeeper'],
  ['demo-admin', 'admin'],
  ['demo-villager', 'villager'],
];

const dayMs = 24 * 60 * 60 * 1000;

/** The day an empty database's demo county is seeded as of: today in Shanghai by the server's clock. */
export function demoSeedDay(now: (() => Date) | undefined): CalendarDate {
  return todayInShanghai(now?.() ?? new Date());
}

/**
 * Generates the demo county as of `asOf` and loads it into an empty, migrated database; returns the demo tokens.
 * Exported (with `demoSeedDay`) for the test harness, which seeds one template per process this same way and starts
 * each test server from a copy of it (src/testing/harness.ts).
 */
export async function seedDemoCounty(
  db: Kysely<Database>,
  options: Pick<StartOptions, 'households' | 'seed'> & { readonly asOf: CalendarDate },
  log: (line: string) => void,
): Promise<DemoToken[]> {
  const started = Date.now();
  const county = generateDemoCounty({ households: options.households, seed: options.seed, asOf: options.asOf });
  const tokens = await loadDemoCounty(db, county);
  log(
    `Seeded the demo county ${county.county.name}: ${String(county.villages.length)} villages, ${String(county.households.length)} households, ${String(county.ledgerEntries.length)} points entries (${String(Date.now() - started)} ms).`,
  );
  return tokens;
}

/** Seeds the demo county into an empty database, or finds the demo tokens of an earlier seed. Demo mode only. */
async function prepareDemo(
  db: Kysely<Database>,
  options: StartOptions,
  log: (line: string) => void,
): Promise<{ tokens: DemoToken[]; seeded: boolean }> {
  if (await isEmpty(db)) {
    const asOf = demoSeedDay(options.now);
    const tokens = await seedDemoCounty(db, { households: options.households, seed: options.seed, asOf }, log);
    return { tokens, seeded: true };
  }
  const tokens: DemoToken[] = [];
  for (const [token, role] of demoTokenNames) {
    const row = await db
      .selectFrom('api_tokens')
      .select(['label', 'village_id', 'household_id'])
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (row)
      tokens.push({ token, role, label: row.label, villageId: row.village_id ?? undefined, householdId: row.household_id ?? undefined });
  }
  return { tokens, seeded: false };
}

/** Deletes expired log rows; a failure is reported, never fatal (the logs are merely kept longer). */
async function retain(db: Kysely<Database>, settings: RetentionSettings, log: (line: string) => void): Promise<void> {
  try {
    const removed = await applyRetention(db, settings, new Date());
    if (removed.accessLog + removed.auditLog > 0)
      log(`Retention: removed ${String(removed.accessLog)} access-log and ${String(removed.auditLog)} audit-log entries.`);
  } catch (error) {
    // One line, like every other log line of the server (no stack spread over many records).
    process.stderr.write(`[shanzhi] retention failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

/**
 * What happens by itself when time passes, without anyone pressing a button: entries whose 公示 ended without an
 * open objection become effective (points/process.ts), and 帮教 households whose plan is complete leave the black
 * list (mentoring/sweep.ts). Each writes its own audit records; a failure is one log line and the next day retries.
 */
async function runTimeSweeps(db: Kysely<Database>, now: Date, attachments: Attachments): Promise<void> {
  for (const [name, sweep] of [
    ['notice', settleAllDueNotices],
    ['mentoring', sweepMentoring],
    // Uploads no record names after the grace period (attachments/cleanup.ts).
    ['attachments', (on: Kysely<Database>, at: Date) => sweepUnreferencedAttachments(on, attachments, at)],
  ] as const) {
    try {
      await sweep(db, now);
    } catch (error) {
      process.stderr.write(`[shanzhi] ${name} sweep failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

/**
 * Migrate, seed when empty (demo only), serve. Used by `npm start`, the end-to-end tests and the benches alike.
 * In production nothing is seeded and demo tokens are refused even if an old demo database holds them.
 */
export async function startServer(options: StartOptions): Promise<Started> {
  const log = options.log ?? (() => undefined);
  const mode = options.mode ?? 'demo';
  if (mode === 'production' && options.auth === undefined)
    throw new Error('startServer: production mode needs auth settings (OIDC and/or service keys)');
  // Demo tokens are printed on a console and identical on every install: never a credential in production.
  const auth: AuthSettings = mode === 'production' ? { ...(options.auth ?? demoAuth), demoTokens: false } : (options.auth ?? demoAuth);
  const { db } = options;
  await migrateToLatest(db);
  await purgeExpiredIdempotencyKeys(db);
  const { tokens, seeded } = mode === 'demo' ? await prepareDemo(db, options, log) : { tokens: [], seeded: false };
  const retention = options.retention ?? defaultRetention;
  await retain(db, retention, log);
  const attachments = options.attachments ?? openAttachments();
  await runTimeSweeps(db, options.now?.() ?? new Date(), attachments);

  const { app } = createApp({
    db,
    assetsDir: options.assetsDir,
    auth,
    hstsMaxAgeSec: options.hstsMaxAgeSec,
    ...(options.now ? { now: options.now } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.guessLimit ? { guessLimit: options.guessLimit } : {}),
    ...(options.tokenLimit ? { tokenLimit: options.tokenLimit } : {}),
    attachments,
  });
  const purge = setInterval(() => void purgeExpiredIdempotencyKeys(db).catch(() => undefined), 60 * 60 * 1000);
  purge.unref();
  const daily = setInterval(() => {
    void retain(db, retention, log);
    void runTimeSweeps(db, options.now?.() ?? new Date(), attachments);
  }, dayMs);
  daily.unref();

  const limits: ConnectionLimits = { ...defaultConnectionLimits, ...options.connections };
  // Anonymous board reads that the app answered before are replayed in front of it (http/public-fast-path.ts).
  const fastPath = createPublicFastPath({ db, ...(options.now ? { now: options.now } : {}) });
  const appListener = getRequestListener(fastPath.capture(app.fetch));
  const listening = await new Promise<{ server: Server; port: number }>((resolve, reject) => {
    const instance = createServer(serverOptionsFor(limits), (request, response) => {
      fastPath.serve(request, response).then(
        (served) => {
          if (!served) void appListener(request, response);
        },
        // The fast path only reads; if that fails, the app answers (and reports the problem properly).
        () => void appListener(request, response),
      );
    });
    applyConnectionLimits(instance, limits, options.trustedProxies);
    instance.once('error', reject);
    instance.listen(options.port ?? 8080, options.hostname ?? '0.0.0.0', () => {
      const address = instance.address();
      resolve({ server: instance, port: typeof address === 'object' && address !== null ? address.port : 0 });
    });
  });
  const url = `http://localhost:${String(listening.port)}`;
  return {
    url,
    port: listening.port,
    mode,
    tokens,
    seeded,
    server: listening.server,
    fastPath,
    close: async () => {
      clearInterval(purge);
      clearInterval(daily);
      await new Promise<void>((resolve) =>
        listening.server.close(() => {
          resolve();
        }),
      );
      await db.destroy();
    },
  };
}
