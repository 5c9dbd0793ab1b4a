// `shanzhi-server serve` and `npm start`: the reference server. Demo mode by default (an empty database is seeded
// with the demo county); SHANZHI_MODE=production for a real deployment. Settings come validated from the environment.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServerConfig } from '../config/server-config.js';
import { openConfiguredDatabase } from '../db/open.js';
import { startServer, type Started } from '../start.js';
import { openAttachments } from '../attachments/service.js';

export interface ServeOptions {
  /** How the operator runs the other commands, for the start-up text (`shanzhi-server`, `npm run`). */
  readonly keysCommand?: string;
}

/** Starts the server, prints where it listens (and the demo tokens), and stops cleanly on SIGINT / SIGTERM. */
export async function runServe(config: ServerConfig, options: ServeOptions = {}): Promise<Started> {
  // The widgets' CDN bundle for the demo portal page (packages/components/dist/cdn, built by `npm start`).
  const assetsDir = resolve(config.assetsDir);
  const db = openConfiguredDatabase(config.database);
  const started = await startServer({
    db,
    mode: config.mode,
    auth: config.auth,
    port: config.port,
    hostname: config.host,
    households: config.households,
    corsOrigins: config.corsOrigins,
    trustedProxies: config.trustedProxies,
    connections: config.connections,
    hstsMaxAgeSec: config.hstsMaxAgeSec,
    retention: config.retention,
    guessLimit: config.guessLimit,
    tokenLimit: config.tokenLimit,
    attachments: openAttachments(config.attachments),
    log: (line) => {
      console.log(line);
    },
    assetsDir: existsSync(assetsDir) ? assetsDir : undefined,
  });

  console.log(
    `\n善治 shanzhi reference server (${config.mode} mode)\n  portal:  ${started.url}/\n  API:     ${started.url}/v1/openapi.json`,
  );
  if (config.mode === 'demo') {
    console.log('\nDemo tokens (Authorization: Bearer <token>):');
    for (const t of started.tokens) console.log(`  ${t.role.padEnd(11)} ${t.token.padEnd(17)} ${t.label}`);
  } else {
    const ways = [
      config.auth.oidc ? `OIDC tokens from ${config.auth.oidc.issuer}` : undefined,
      config.auth.serviceKeys ? `service keys (${options.keysCommand ?? 'npm run keys'})` : undefined,
    ].filter((w) => w !== undefined);
    console.log(`  sign-in: ${ways.join(', ')}\n  CORS:    ${config.corsOrigins === '*' ? '*' : config.corsOrigins.join(', ')}`);
  }
  console.log('\nPress Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing connections and the database…`);
    started.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  return started;
}
