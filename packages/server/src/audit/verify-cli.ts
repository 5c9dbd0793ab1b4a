/**
 * Verifies the audit log's hash chain of a SQLite database and exits 0 (intact) or 1 (broken / unreadable).
 *   node --conditions=shanzhi-source --import tsx packages/server/src/audit/verify-cli.ts [--db path]
 * The path comes from `--db`, else the SHANZHI_DB environment variable, else ./data/shanzhi.sqlite.
 * The database is opened read-only. Deployed: `shanzhi-server audit verify` (PostgreSQL too).
 */
import { runVerifyCommand } from './verify-command.js';

process.exitCode = await runVerifyCommand(process.argv.slice(2));
