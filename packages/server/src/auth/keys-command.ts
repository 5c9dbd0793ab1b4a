/**
 * Service API keys from the command line — `npm run keys -- …` (keys-cli.ts) and `shanzhi-server keys …` (bin.ts):
 *
 *   keys create --role cadre --village v-qs-01 --expires 90d [--label "county case system"]
 *   keys list [--json]
 *   keys revoke <id>
 *
 * Opens the same database as the server (SHANZHI_DATABASE_URL, else SHANZHI_DB, else ./data/shanzhi.sqlite; or
 * `--db path`) and applies missing migrations first. The key is printed once, on creation; it cannot be shown
 * again (only its hash is stored). Exit status: 0 done, 1 refused (unknown key, bad value), 2 usage.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { parseDuration } from '../config/duration.js';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase, openDatabaseFromEnv } from '../db/open.js';
import type { Database } from '../db/schema.js';
import {
  createServiceKey,
  isServiceKeyRole,
  listServiceKeys,
  revokeServiceKey,
  ServiceKeyError,
  serviceKeyRoles,
  type ServiceKeyInfo,
} from './service-keys.js';

/** The usage text, with the command as the operator typed it (`npm run keys --` or `shanzhi-server keys`). */
export function keysUsage(prog = 'npm run keys --'): string {
  return `usage:
  ${prog} create --role <${serviceKeyRoles.join('|')}> [--village <id>] --expires <90d|12h|YYYY-MM-DD> [--label <text>]
  ${prog} list [--json]
  ${prog} revoke <id>
options: --db <path to the SQLite file> (default: SHANZHI_DATABASE_URL / SHANZHI_DB, as the server)`;
}

class UsageError extends Error {}

/** Who ran the command, for the audit log: the operating-system login, not a person's name. */
function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${process.env.USER ?? 'unknown'}`;
  }
}

function expiryOf(text: string | undefined, now: Date): Date {
  if (text === undefined) throw new UsageError('--expires is required: every key expires (at most 366 days)');
  const duration = parseDuration(text);
  if (duration !== undefined) return new Date(now.getTime() + duration);
  // A calendar day means the end of that day in China Standard Time, the portals' time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T23:59:59+08:00`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError(`--expires: want a duration such as 90d or 12h, or a date YYYY-MM-DD; got ${JSON.stringify(text)}`);
}

function row(info: ServiceKeyInfo): string {
  return [info.id, info.status.padEnd(7), info.role.padEnd(10), (info.villageId ?? '*').padEnd(12), info.expiresAt, info.label].join('  ');
}

async function create(db: Kysely<Database>, values: Record<string, string | boolean | undefined>, prog: string): Promise<number> {
  const role = values.role;
  if (typeof role !== 'string' || !isServiceKeyRole(role)) throw new UsageError(`--role must be one of ${serviceKeyRoles.join(', ')}`);
  const village = typeof values.village === 'string' ? values.village : undefined;
  const now = new Date();
  const expiresAt = expiryOf(typeof values.expires === 'string' ? values.expires : undefined, now);
  const label = typeof values.label === 'string' ? values.label : `${role} key${village === undefined ? '' : ` for ${village}`}`;
  const { key, info } = await createServiceKey(db, { role, villageId: village, label, expiresAt, actor: actor(), now });
  console.log(
    `Created service key ${info.id} (${info.role}${info.villageId === null ? ', county-wide' : `, village ${info.villageId}`}), valid until ${info.expiresAt}.`,
  );
  console.log("\nThe key — shown this once only; store it in the client's secret store, never in code or chat:\n");
  console.log(`  ${key}\n`);
  console.log(`Use it as: Authorization: Bearer ${key.slice(0, 21)}…   Revoke it with: ${prog} revoke ${info.id}`);
  return 0;
}

async function list(db: Kysely<Database>, json: boolean): Promise<number> {
  const keys = await listServiceKeys(db);
  if (json) {
    console.log(JSON.stringify(keys, null, 2));
    return 0;
  }
  if (keys.length === 0) {
    console.log('No service keys.');
    return 0;
  }
  console.log(['id'.padEnd(16), 'status ', 'role      ', 'village     ', 'expires'.padEnd(24), 'label'].join('  '));
  for (const info of keys) console.log(row(info));
  return 0;
}

async function revoke(db: Kysely<Database>, id: string | undefined, prog: string): Promise<number> {
  if (id === undefined || !/^[0-9a-f]{16}$/.test(id)) throw new UsageError(`revoke needs the key id (16 hex digits, see \`${prog} list\`)`);
  const outcome = await revokeServiceKey(db, id, actor());
  if (outcome === 'unknown') {
    console.error(`No service key ${id}.`);
    return 1;
  }
  console.log(
    outcome === 'revoked' ? `Revoked service key ${id}: it is refused from the next request on.` : `Service key ${id} was already revoked.`,
  );
  return 0;
}

export interface KeysCommandOptions {
  /** How the operator invoked the command, for the usage text. */
  readonly prog?: string;
  /** The database when `--db` is not given (default: SHANZHI_DATABASE_URL, else SHANZHI_DB, as the server). */
  readonly open?: () => Kysely<Database>;
}

/** Runs `create`, `list` or `revoke`; returns the exit status (0 done, 1 refused, 2 usage). */
export async function runKeysCommand(argv: readonly string[], options: KeysCommandOptions = {}): Promise<number> {
  const prog = options.prog ?? 'npm run keys --';
  const usage = keysUsage(prog);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        village: { type: 'string' },
        expires: { type: 'string' },
        label: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help === true || command === 'help') {
    console.log(usage);
    return 0;
  }
  if (command === undefined || !['create', 'list', 'revoke'].includes(command)) {
    console.error(usage);
    return 2;
  }
  const db = parsed.values.db === undefined ? (options.open ?? openDatabaseFromEnv)() : openDatabase({ filename: parsed.values.db });
  try {
    await migrateToLatest(db);
    if (command === 'create') return await create(db, parsed.values, prog);
    if (command === 'list') return await list(db, parsed.values.json === true);
    return await revoke(db, rest[0], prog);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      return 2;
    }
    if (error instanceof ServiceKeyError) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}
