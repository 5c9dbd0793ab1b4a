// `npm start`: the reference server with its demo county on http://localhost:8080 (or PORT).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabaseFromEnv } from './db/open.js';
import { startServer } from './start.js';

const port = Number(process.env.PORT ?? 8080);
// The widgets' CDN bundle, built by `npm start` before the server starts (packages/components/dist/cdn).
const assetsDir = resolve(process.env.SHANZHI_ASSETS ?? 'packages/components/dist/cdn');
const db = openDatabaseFromEnv();
const started = await startServer({
  db,
  port,
  households: process.env.SHANZHI_HOUSEHOLDS === undefined ? undefined : Number(process.env.SHANZHI_HOUSEHOLDS),
  log: (line) => {
    console.log(line);
  },
  assetsDir: existsSync(assetsDir) ? assetsDir : undefined,
});

console.log(`\n善治 shanzhi reference server\n  portal:  ${started.url}/\n  API:     ${started.url}/v1/openapi.json\n\nDemo tokens (Authorization: Bearer <token>):`);
for (const t of started.tokens) console.log(`  ${t.role.padEnd(11)} ${t.token.padEnd(17)} ${t.label}`);
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
