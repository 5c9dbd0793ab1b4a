/**
 * Verifies the audit log's hash chain of a SQLite database and exits 0 (intact) or 1 (broken / unreadable).
 *   node --conditions=source --import tsx packages/server/src/audit/verify-cli.ts [--db path]
 * The path comes from `--db`, else the SHANZHI_DB environment variable, else ./data/shanzhi.sqlite.
 * The database is opened read-only.
 */
import { parseArgs } from 'node:util';
import { defaultDatabaseFile, openDatabase } from '../db/open.js';
import { verifyAuditChain } from './log.js';

async function main(): Promise<number> {
  let given: string | undefined;
  try {
    given = parseArgs({ options: { db: { type: 'string' } }, strict: true, allowPositionals: false }).values.db;
  } catch {
    console.log('usage: verify-cli [--db path/to/shanzhi.sqlite]   (or set SHANZHI_DB)');
    return 1;
  }
  const filename = given ?? process.env.SHANZHI_DB ?? defaultDatabaseFile;
  let db;
  try {
    db = openDatabase({ filename, readonly: true });
  } catch (error) {
    console.log(`audit: cannot open ${filename}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      console.log(`audit: chain intact, ${String(result.count)} entries, head ${result.head ?? '(empty)'}`);
      return 0;
    }
    console.log(`audit: chain BROKEN at seq ${String(result.brokenAt)} (${result.reason}); ${String(result.count)} entries before it verify`);
    return 1;
  } catch (error) {
    console.log(`audit: cannot read the audit log of ${filename}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
