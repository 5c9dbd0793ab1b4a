// The reference server for the bench, in its own process so the load generator does not share its event loop:
//   node --conditions=shanzhi-source --import tsx packages/server/bench/server.ts <sqlite file> <households>
// Prints one line `{"port":…,"seedMs":…}` when it is ready to serve.
import { openDatabase } from '../src/db/open.js';
import { startServer } from '../src/start.js';

const [filename = ':memory:', households = '10000'] = process.argv.slice(2);
const started = performance.now();
const server = await startServer({
  db: openDatabase({ filename }),
  port: 0,
  hostname: '127.0.0.1',
  households: Number(households),
  // The seeded year ends on this day; pin the clock so "this year" is the demo's year.
  now: () => new Date('2026-11-29T04:00:00Z'),
});
process.stdout.write(`${JSON.stringify({ port: server.port, seedMs: Math.round(performance.now() - started) })}\n`);

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
