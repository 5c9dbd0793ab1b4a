// The reference server for browser end-to-end tests: started by web-test-runner.config.mjs, it prints one JSON
// line with its URL and lives until its parent closes stdin or sends SIGTERM.
import { startTestServer } from './harness.js';

// The tests' server as the node tests start it: the demo county in memory on the demo clock, a loopback port.
const started = await startTestServer();
process.stdout.write(`${JSON.stringify({ url: started.url, tokens: started.tokens.map((t) => ({ token: t.token, role: t.role })) })}\n`);

const stop = () => {
  void started.close().finally(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
