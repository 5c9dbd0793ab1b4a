// The reference server as a child process for durability-kill.test.ts:
//   node --conditions=shanzhi-source --import tsx packages/server/test/durability-server.ts <sqlite file> [households]
// Seeds the file when it is empty, serves on a random loopback port and prints one line `{"port":…}` when ready.
import { openDatabase } from '../src/db/open.js';
import { startServer } from '../src/start.js';
import { demoNow } from './harness.js';

const [filename, households = '300'] = process.argv.slice(2);
if (filename === undefined) {
  console.error('usage: durability-server.ts <sqlite file> [households]');
  process.exit(2);
}

const started = await startServer({
  db: openDatabase({ filename }),
  port: 0,
  hostname: '127.0.0.1',
  households: Number(households),
  now: demoNow,
});
process.stdout.write(`${JSON.stringify({ port: started.port, seeded: started.seeded })}\n`);

const stop = () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
