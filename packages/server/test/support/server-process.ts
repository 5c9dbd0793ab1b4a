// The reference server in its own process, for the durability test and the bench (so a load generator does not
// share its event loop):
//   node --conditions=shanzhi-source --import tsx packages/server/test/support/server-process.ts <sqlite file> [households]
// Seeds the file when it is empty, serves on a random loopback port and prints one line
// `{"port":…,"seeded":…,"seedMs":…}` when it is ready.
import { openDatabase } from '../../src/db/open.js';
import { startServer } from '../../src/start.js';
import { demoNow } from '../harness.js';

const [filename, households = '300'] = process.argv.slice(2);
if (filename === undefined) {
  console.error('usage: server-process.ts <sqlite file> [households]');
  process.exit(2);
}

const startedAt = performance.now();
const started = await startServer({
  db: openDatabase({ filename }),
  port: 0,
  hostname: '127.0.0.1',
  households: Number(households),
  // The seeded year ends on this day; the pinned clock keeps "this year" the demo's year.
  now: demoNow,
});
const seedMs = Math.round(performance.now() - startedAt);
process.stdout.write(`${JSON.stringify({ port: started.port, seeded: started.seeded, seedMs })}\n`);

const stop = () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
