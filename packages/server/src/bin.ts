/**
 * `shanzhi-server`: the deployed reference server (esbuild bundles this file into dist/bundle/shanzhi-server.mjs,
 * which runs on plain `node` with only better-sqlite3 — and pg for PostgreSQL — installed beside it).
 *
 *   shanzhi-server serve | migrate | demo seed | keys … | audit verify   (--help on each)
 *
 * Every setting is an environment variable, validated before any command runs (src/config/from-env.ts).
 * Exit status: 0 done, 1 refused or failed, 2 wrong usage or settings.
 */
import { runVerifyCommand } from './audit/verify-command.js';
import { runKeysCommand } from './auth/keys-command.js';
import { configOrReport } from './cli/config.js';
import { runDemoSeed } from './cli/demo-seed.js';
import { runMigrate } from './cli/migrate.js';
import { runServe } from './cli/serve.js';
import { openConfiguredDatabase } from './db/open.js';

const prog = 'shanzhi-server';

const settingsNote = `Settings: environment variables only (SHANZHI_MODE, PORT, SHANZHI_HOST, SHANZHI_DB, SHANZHI_DATABASE_URL,
SHANZHI_CORS_ORIGINS, SHANZHI_OIDC_*, …), validated before the command runs; a wrong one stops it with exit
status 2 and one line per problem. Every variable: docs/server-operations.md#every-variable.`;

const usage = `${prog} — the 善治 shanzhi reference server

usage: ${prog} <command> [options]

commands:
  serve          run the API (demo mode, the default, seeds an empty database with the demo county first)
  migrate        apply the missing database migrations, then exit
  demo seed      load the demo county into an EMPTY database (demo mode only), print the demo tokens
  keys           create, list and revoke service keys for machine clients
  audit verify   check the audit log's hash chain (exit 1 when broken)

${prog} <command> --help   tells more about one command.

${settingsNote}`;

const help: Readonly<Record<string, string>> = {
  serve: `usage: ${prog} serve

Runs the HTTP API on SHANZHI_HOST:PORT (default 0.0.0.0:8080) over SQLite (SHANZHI_DB, default
./data/shanzhi.sqlite) or PostgreSQL (SHANZHI_DATABASE_URL). Applies missing migrations first.
  demo mode (default): seeds an EMPTY database with the demo county (SHANZHI_HOUSEHOLDS), prints demo tokens,
                       serves the demo portal page when SHANZHI_ASSETS holds the built widgets.
  production mode (SHANZHI_MODE=production): never seeds, refuses demo tokens; needs a way to sign in
                       (SHANZHI_OIDC_ISSUER + _AUDIENCE + _JWKS_URL and/or SHANZHI_SERVICE_KEYS=on) and
                       SHANZHI_CORS_ORIGINS.
Stops cleanly on SIGTERM / SIGINT. Health check: GET /v1/health (200).

${settingsNote}`,
  migrate: `usage: ${prog} migrate

Applies the missing migrations to the configured database (SHANZHI_DATABASE_URL, else SHANZHI_DB) and exits:
0 done or nothing to do, 1 a migration failed (rolled back; earlier ones stay applied).
Run it once before rolling out a new version to several server processes.

${settingsNote}`,
  demo: `usage: ${prog} demo seed

Migrates, then loads the demo county (SHANZHI_HOUSEHOLDS households, default 4,000) into an EMPTY database and
prints the demo tokens. Refused (exit 1) in production mode and when the database already holds data.
Use it before starting several demo processes on one PostgreSQL database.

${settingsNote}`,
  audit: `usage: ${prog} audit verify [--db path/to/shanzhi.sqlite]

Re-computes the audit log's hash chain of the configured database (SHANZHI_DATABASE_URL, else SHANZHI_DB; a
SQLite file is opened read-only). Exit 0: intact (prints the count and the head hash to anchor elsewhere);
exit 1: broken or unreadable — run it from cron and alert on 1.

${settingsNote}`,
};

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    console.log(topic !== undefined && help[topic] !== undefined ? help[topic] : usage);
    return command === undefined ? 2 : 0;
  }
  const configured = (headline: string) => configOrReport(process.env, headline);
  switch (command) {
    case 'serve': {
      if (wantsHelp) return printed(help.serve);
      if (rest.length > 0)
        return wrong(`serve takes no arguments (settings are environment variables), got: ${rest.join(' ')}`, help.serve);
      const config = configured('The server did not start');
      if (config === undefined) return 2;
      await runServe(config, { keysCommand: `${prog} keys` });
      return -1; // keeps running until a signal
    }
    case 'migrate': {
      if (wantsHelp) return printed(help.migrate);
      if (rest.length > 0) return wrong(`migrate takes no arguments, got: ${rest.join(' ')}`, help.migrate);
      const config = configured(`${prog} migrate did not run`);
      return config === undefined ? 2 : runMigrate(config);
    }
    case 'demo': {
      if (wantsHelp) return printed(help.demo);
      if (rest.length !== 1 || rest[0] !== 'seed')
        return wrong(`demo needs the subcommand seed, got: ${rest.join(' ') || 'nothing'}`, help.demo);
      const config = configured(`${prog} demo seed did not run`);
      return config === undefined ? 2 : runDemoSeed(config);
    }
    case 'keys': {
      if (wantsHelp || rest.length === 0)
        return runKeysCommand(['--help'], { prog: `${prog} keys` }).then((status) => (rest.length === 0 ? 2 : status));
      const config = configured(`${prog} keys did not run`);
      if (config === undefined) return 2;
      return runKeysCommand(rest, { prog: `${prog} keys`, open: () => openConfiguredDatabase(config.database) });
    }
    case 'audit': {
      const [sub, ...args] = rest;
      if (sub === '--help' || sub === '-h' || (sub === 'verify' && wantsHelp)) return printed(help.audit);
      if (sub !== 'verify') return wrong(`audit needs the subcommand verify, got: ${sub ?? 'nothing'}`, help.audit);
      const config = configured(`${prog} audit verify did not run`);
      return config === undefined ? 2 : runVerifyCommand(args, { prog: `${prog} audit verify`, database: config.database });
    }
    default:
      return wrong(`unknown command ${JSON.stringify(command)}`, usage);
  }
}

function printed(text: string | undefined): number {
  console.log(text ?? usage);
  return 0;
}

function wrong(message: string, text: string | undefined): number {
  console.error(`${prog}: ${message}\n\n${text ?? usage}`);
  return 2;
}

// Stack traces of the bundle point into the TypeScript sources (the bundle ships its source map).
process.setSourceMapsEnabled(true);
const status = await main(process.argv.slice(2));
if (status >= 0) process.exitCode = status;
