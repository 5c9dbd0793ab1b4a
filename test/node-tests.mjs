// `npm run test:node`: every packages/*/test/*.test.ts with Node's built-in runner, in a few processes instead of one
// process per file. Starting Node with the TypeScript loader (tsx) and evaluating the server's module graph cost about
// one CPU-second per file, more than most files' tests themselves, so the files are grouped into shards: each shard is
// one process that imports its files one after another, and the shards run side by side.
//
//   npm run test:node                          all files, in shards
//   npm run test:node -- packages/sdk/test/client.test.ts …   only these files
//   SZ_NODE_SHARDS=1 npm run test:node         one process for everything
//
// What sharing a process means for a test file: its top-level before/after hooks run at the shard's start and end
// (and a top-level beforeEach before every test of the shard), and a file must not leave process-wide state behind
// (environment variables, globals it replaced). Every test file here keeps to that; a new one must too.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = path.join(root, 'packages');

const named = process.argv.slice(2).map((file) => path.resolve(file));
const files = named.length
  ? named
  : readdirSync(packagesDir)
      .flatMap((name) => {
        const dir = path.join(packagesDir, name, 'test');
        try {
          return readdirSync(dir)
            .filter((file) => file.endsWith('.test.ts'))
            .map((file) => path.join(dir, file));
        } catch {
          return [];
        }
      })
      .sort();

// Balance by size: a file's source length is a fair stand-in for how many tests it holds.
const shardCount = Math.max(1, Math.min(files.length, Number(process.env.SZ_NODE_SHARDS ?? availableParallelism() * 2) || 1));
const shards = Array.from({ length: shardCount }, () => ({ files: [], weight: 0 }));
for (const file of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
  const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
  lightest.files.push(file);
  lightest.weight += statSync(file).size;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'sz-node-tests-'));
const entries = shards
  .filter((shard) => shard.files.length)
  .map((shard, index) => {
    const entry = path.join(scratch, `shard-${String(index + 1)}.test.mjs`);
    const imports = shard.files.sort().map((file) => `await import(${JSON.stringify(pathToFileURL(file).href)});`);
    writeFileSync(entry, `${imports.join('\n')}\n`);
    return entry;
  });

const child = spawn(
  process.execPath,
  [
    '--conditions=shanzhi-source',
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${String(entries.length)}`,
    '--test-reporter=spec',
    ...entries,
  ],
  { cwd: root, stdio: 'inherit' },
);
child.on('close', (code, signal) => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
