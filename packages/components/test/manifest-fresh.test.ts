import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { reactEvents } from '../src/react/events.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cem = fileURLToPath(new URL('../../../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url));
const fresh = mkdtempSync(path.join(tmpdir(), 'sz-cem-'));
after(() => {
  rmSync(fresh, { recursive: true, force: true });
});

/** Only whitespace may differ (line endings, a formatter's indentation); anything else means someone forgot `npm run analyze`. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; events?: { name: string }[] }[] }[];
}

describe('the committed custom-elements.json and frameworks/ typings', () => {
  const run = spawnSync(process.execPath, [cem, 'analyze', '--litelement'], {
    cwd: packageDir,
    env: { ...process.env, SZ_CEM_OUTDIR: fresh },
    encoding: 'utf8',
  });

  test('the analyzer runs cleanly', () => {
    assert.equal(run.status, 0, run.stderr);
  });

  const generated = [
    'custom-elements.json',
    ...readdirSync(path.join(packageDir, 'frameworks'))
      // Written by hand: each only hands a generated file to its framework.
      .filter((name) => name !== 'react-jsx.d.ts' && name !== 'vue.d.ts')
      .map((name) => `frameworks/${name}`),
  ];
  for (const file of generated) {
    test(`${file} is what the analyzer makes of src/ today (run \`npm run analyze -w @shanzhi/components\` if not)`, () => {
      const committed: string = readFileSync(path.join(packageDir, file), 'utf8');
      const made = readFileSync(path.join(fresh, file), 'utf8');
      if (file.endsWith('.json')) assert.deepEqual(JSON.parse(committed), JSON.parse(made), `${file} is stale`);
      else assert.ok(squeeze(committed) === squeeze(made), `${file} is stale`);
    });
  }

  test('the React wrappers map every event the manifest lists for every element, and nothing else', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'custom-elements.json'), 'utf8')) as Manifest;
    const elements = manifest.modules
      .flatMap((moduleDoc) => moduleDoc.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName);
    const fromManifest = Object.fromEntries(
      elements.map((element) => [element.tagName ?? '', (element.events ?? []).map((event) => event.name).sort()]),
    );
    const fromWrappers = Object.fromEntries(
      Object.entries(reactEvents).map(([tag, events]) => [tag, Object.values(events as Record<string, string>).sort()]),
    );
    assert.deepEqual(fromWrappers, fromManifest);
  });
});
