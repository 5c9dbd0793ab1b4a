// `npm start`: the reference server. Demo mode by default (the demo county on http://localhost:8080, or PORT);
// SHANZHI_MODE=production for a real deployment. Every setting is an environment variable, validated here first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from './config/from-env.js';
import { openConfiguredDatabase } from './db/open.js';
import { startServer } from './start.js';

const result = readConfig(process.env);
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (!result.ok) {
  console.error(`The server did not start: ${String(result.errors.length)} setting${result.errors.length === 1 ? ' is' : 's are'} wrong.`);
  for (const error of result.errors) console.error(`  - ${error}`);
  console.error('See docs/server-operations.md#security for every setting.');
  process.exit(2);
}
const { config } = result;

// The widgets' CDN bundle, built by `npm start` before the server starts (packages/components/dist/cdn).
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
  log: (line) => {
    console.log(line);
  },
  assetsDir: existsSync(assetsDir) ? assetsDir : undefined,
});

console.log(`\n善治 shanzhi reference server (${config.mode} mode)\n  portal:  ${started.url}/\n  API:     ${started.url}/v1/openapi.json`);
if (config.mode === 'demo') {
  console.log('\nDemo tokens (Authorization: Bearer <token>):');
  for (const t of started.tokens) console.log(`  ${t.role.padEnd(11)} ${t.token.padEnd(17)} ${t.label}`);
} else {
  const ways = [config.auth.oidc ? `OIDC tokens from ${config.auth.oidc.issuer}` : undefined, config.auth.serviceKeys ? 'service keys (npm run keys)' : undefined].filter((w) => w !== undefined);
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
process.on('SIGINT', () => { stop('SIGINT'); });
process.on('SIGTERM', () => { stop('SIGTERM'); });
