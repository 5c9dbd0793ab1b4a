// The reference server for browser end-to-end tests: started by web-test-runner.config.mjs, it prints one JSON
// line with its URL and lives until its parent closes stdin or sends SIGTERM.
import { openDatabase } from '../src/db/open.js';
import { startServer } from '../src/start.js';
import { demoNow } from './harness.js';

const started = await startServer({
  db: openDatabase({ filename: ':memory:' }),
  port: 0,
  hostname: '127.0.0.1',
  households: 600,
  now: demoNow,
});
process.stdout.write(`${JSON.stringify({ url: started.url, tokens: started.tokens.map((t) => ({ token: t.token, role: t.role })) })}\n`);

const stop = () => {
  void started.close().finally(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
