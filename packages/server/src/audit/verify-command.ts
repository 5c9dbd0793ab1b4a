/**
 * Verifies the audit log's hash chain and returns the exit status: 0 intact, 1 broken or unreadable.
 * `npm run audit:verify` (verify-cli.ts) and `shanzhi-server audit verify` (bin.ts) both run it.
 * The database comes from `--db` (a SQLite file), else the caller's configured database (the bin: the validated
 * environment, PostgreSQL included), else SHANZHI_DB, else ./data/shanzhi.sqlite. A SQLite file is opened read-only.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { DatabaseConfig } from '../config/server-config.js';
import { defaultDatabaseFile, openDatabase, openPostgres } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { verifyAuditChain } from './log.js';

export interface VerifyCommandOptions {
  /** How the operator invoked the command, for the usage text. */
  readonly prog?: string;
  /** The database when `--db` is not given; default SHANZHI_DB (SQLite) as before. */
  readonly database?: DatabaseConfig;
}

export function verifyUsage(prog = 'verify-cli'): string {
  return `usage: ${prog} [--db path/to/shanzhi.sqlite]   (default: the server's database — SHANZHI_DATABASE_URL, else SHANZHI_DB)`;
}

export async function runVerifyCommand(argv: readonly string[], options: VerifyCommandOptions = {}): Promise<number> {
  let given: string | undefined;
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (parsed.values.help === true) {
      console.log(verifyUsage(options.prog));
      return 0;
    }
    given = parsed.values.db;
  } catch {
    console.log(verifyUsage(options.prog));
    return 1;
  }
  const database: DatabaseConfig =
    given !== undefined
      ? { kind: 'sqlite', filename: given }
      : (options.database ?? { kind: 'sqlite', filename: process.env.SHANZHI_DB ?? defaultDatabaseFile });
  const name = database.kind === 'sqlite' ? database.filename : 'the PostgreSQL database';
  let db: Kysely<Database>;
  try {
    db =
      database.kind === 'sqlite' ? openDatabase({ filename: database.filename, readonly: true }) : openPostgres(database.url, { max: 1 });
  } catch (error) {
    console.log(`audit: cannot open ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      console.log(`audit: chain intact, ${String(result.count)} entries, head ${result.head ?? '(empty)'}`);
      return 0;
    }
    console.log(
      `audit: chain BROKEN at seq ${String(result.brokenAt)} (${result.reason}); ${String(result.count)} entries before it verify`,
    );
    return 1;
  } catch (error) {
    console.log(`audit: cannot read the audit log of ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}
