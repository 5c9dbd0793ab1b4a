// `npm test`: every check of the repository, run as a small schedule instead of one long chain. Two tasks run at once
// on a 2-core machine (one per core, `--jobs N` to change it); a task starts when the tasks it needs have passed and
// no running task writes what it reads or reads what it writes. Each task's output is printed in one piece when it
// ends, then a table of the times. Any task can still be run alone: `npm run <script>`.
//
//   npm test                      all of it
//   node test/run.mjs --jobs 1    one task at a time (the old chain, for a busy machine)
//   node test/run.mjs lint node   only the named tasks (and nothing they need: they must already hold)
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The schedule. `reads` and `writes` name files that tasks share:
 * - `dist`: packages' dist/ folders (typecheck emits them, examples and lint read them, pack deletes and rebuilds them);
 * - `cdn`: the widgets' CDN folder, build metadata and release archive under packages/components/dist/ (pack's clean
 *   build makes them; the release test and the plain-HTML example read them);
 * - `manifest`: packages/components/custom-elements.json and frameworks/ (pack's build rewrites them; the node tests
 *   compare them with a fresh analysis, Storybook builds from them, the generator copies them).
 * Tasks start in the order listed, each as soon as a slot is free and what it needs holds. The node tests start at
 * once beside the typecheck; lint (the longest task after the browser tests) follows the typecheck at once, beside
 * the node tests, instead of last beside the Chromium tasks, which starved it (227–267 s there). The whole run keeps
 * both cores busy (sampled: 92–100 % from start to end), so only less work makes it shorter, not another order.
 */
const tasks = [
  { name: 'node', run: 'npm run -s test:node', reads: ['manifest'] },
  { name: 'typecheck', run: 'npm run -s typecheck', writes: ['dist'] },
  // Lint types the examples against the built packages (frameworks/react-jsx.d.ts names dist/): after typecheck, and
  // never while pack rewrites dist/ (a clean clone's lint failed on a dist/ pack had just deleted).
  { name: 'lint', run: 'npm run -s lint', after: ['typecheck'], reads: ['dist'] },
  // The committed manifest is what Storybook builds from (the node tests prove it is fresh), so no `analyze` here.
  { name: 'storybook', run: 'storybook build --quiet', reads: ['manifest'] },
  { name: 'browser', run: 'npm run -s test:browser' },
  { name: 'pack', run: 'npm run -s test:pack', after: ['typecheck'], writes: ['dist', 'cdn', 'manifest'] },
  // The release test reads the CDN folder and archive that pack's clean build (the components' prepack) has just
  // made, instead of building them a second time (`npm run test:release` alone builds them first): ~20 CPU-seconds
  // of a run that is CPU-bound on 2 cores. The examples read the packages' dist/ and the CDN bundle too.
  { name: 'release', run: 'node --import tsx --test --test-reporter=spec test/release/*.test.ts', after: ['pack'], reads: ['cdn'] },
  { name: 'examples', run: 'npm run -s test:examples', after: ['pack'], reads: ['dist', 'cdn'] },
  { name: 'stories', run: 'npm run -s test:stories', after: ['storybook'] },
  { name: 'generator', run: 'npm run -s test:generator', reads: ['manifest'] },
];

const { values, positionals } = parseArgs({ options: { jobs: { type: 'string' } }, allowPositionals: true });
const jobs = Math.max(1, Number(values.jobs ?? availableParallelism()) || 1);
const unknown = positionals.filter((name) => !tasks.some((task) => task.name === name));
if (unknown.length) {
  console.error(`test/run.mjs: no task ${unknown.join(', ')}; the tasks are ${tasks.map((task) => task.name).join(', ')}`);
  process.exit(2);
}
const selected = positionals.length ? tasks.filter((task) => positionals.includes(task.name)) : tasks;

// Chromium first, once: three of the tasks drive it, and installing it is not something to do three times at once.
const ensure = spawnSync(process.execPath, ['test/ensure-chromium.mjs'], { cwd: root, stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
/** Failed tasks' output, repeated at the end: a CI log that keeps only its tail then still shows what failed. */
const failures = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
/** @type {Map<string, { state: 'waiting' | 'running' | 'passed' | 'failed' | 'skipped', ms?: number }>} */
const status = new Map(selected.map((task) => [task.name, { state: 'waiting' }]));
/** For each shared name, how many running tasks read it and whether one writes it. */
const held = new Map();
const readers = (name) => held.get(name)?.readers ?? 0;
const written = (name) => held.get(name)?.writer ?? false;
const free = (task) =>
  (task.reads ?? []).every((name) => !written(name)) && (task.writes ?? []).every((name) => !written(name) && readers(name) === 0);
function hold(task, sign) {
  for (const name of task.reads ?? []) held.set(name, { readers: readers(name) + sign, writer: written(name) });
  for (const name of task.writes ?? []) held.set(name, { readers: readers(name), writer: sign > 0 });
}

function run(task) {
  return new Promise((resolve) => {
    const at = Date.now();
    const child = spawn(task.run, { cwd: root, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const ms = Date.now() - at;
      const ok = code === 0;
      process.stdout.write(
        `\n━━ ${task.name} (${task.run}) ${ok ? 'passed' : `FAILED (${signal ?? `exit ${String(code)}`})`} in ${seconds(ms)}\n`,
      );
      process.stdout.write(Buffer.concat(output));
      if (!ok) failures.push({ name: task.name, text: Buffer.concat(output).toString('utf8') });
      resolve({ ok, ms });
    });
  });
}

await new Promise((done) => {
  let running = 0;
  const next = () => {
    // Repeated until nothing changes, so a skip reaches the tasks that need the skipped one.
    for (let changed = true; changed;) {
      changed = false;
      for (const task of selected) {
        const entry = status.get(task.name);
        if (entry?.state !== 'waiting') continue;
        const needs = (task.after ?? []).filter((name) => status.has(name)).map((name) => status.get(name)?.state);
        if (needs.some((state) => state === 'failed' || state === 'skipped')) {
          status.set(task.name, { state: 'skipped' });
          process.stdout.write(`\n━━ ${task.name} skipped: a task it needs failed\n`);
          changed = true;
          continue;
        }
        if (running >= jobs || needs.some((state) => state !== 'passed')) continue;
        if (!free(task)) continue;
        running += 1;
        hold(task, 1);
        status.set(task.name, { state: 'running' });
        process.stdout.write(`── ${task.name} started at ${seconds(Date.now() - started)}\n`);
        void run(task).then(({ ok, ms }) => {
          running -= 1;
          hold(task, -1);
          status.set(task.name, { state: ok ? 'passed' : 'failed', ms });
          next();
        });
      }
    }
    if (running === 0) done(undefined);
  };
  next();
});

for (const { name, text } of failures) {
  const lines = text.split('\n');
  // The lines that name a failure (test runners' markers), then the task's last lines, each capped so the summary stays short.
  const marked = lines.filter((line) => /✖|✗|❌|\bFAIL|not ok|failed|Error\b|AssertionError|timed out/i.test(line)).slice(0, 60);
  console.log(
    `\n━━ ${name} failed: the lines that name the failure\n${marked.join('\n')}\n── the last lines of ${name}\n${lines.slice(-40).join('\n')}`,
  );
}
console.log(`\n${'task'.padEnd(12)}${'result'.padEnd(10)}time`);
for (const [name, { state, ms }] of status) console.log(`${name.padEnd(12)}${state.padEnd(10)}${ms === undefined ? '' : seconds(ms)}`);
const failed = [...status].filter(([, { state }]) => state !== 'passed');
console.log(
  `\n${failed.length ? `${String(failed.length)} of ${String(status.size)} tasks did not pass` : `all ${String(status.size)} tasks passed`} in ${seconds(Date.now() - started)} (${String(jobs)} at a time)`,
);
process.exit(failed.length ? 1 : 0);
