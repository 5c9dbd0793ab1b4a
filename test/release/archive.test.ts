// The release archive (`npm run build` → packages/components/dist/release/shanzhi-components-cdn-<version>.tgz):
// exactly the two loaders (every widget; the public ones), their chunks, LEGAL.txt and integrity.json; every hash
// right; no map, metafile or build info.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';

const packageDir = fileURLToPath(new URL('../../packages/components/', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
const name = `shanzhi-components-cdn-${version}`;
const archive = path.join(packageDir, 'dist/release', `${name}.tgz`);

/** Every entry of the archive: path → bytes (directories as empty buffers, typed). */
async function readArchive(): Promise<Map<string, { type: string; bytes: Buffer }>> {
  const entries = new Map<string, { type: string; bytes: Buffer }>();
  await tar.t({
    file: archive,
    onReadEntry: (entry) => {
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => entries.set(entry.path, { type: entry.type, bytes: Buffer.concat(chunks) }));
    },
  });
  return entries;
}

const sri = (bytes: Buffer) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

interface Manifest {
  files: [string, string][];
  modules: Record<string, number[]>;
}

/** A loader's manifest: the JSON string inside its `JSON.parse("…")` (esbuild-shared.mjs, fillReleaseManifest). */
function manifestOf(loader: string): Manifest {
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(loader)?.[1];
  assert.ok(literal, 'the loader holds its manifest');
  return JSON.parse(JSON.parse(literal) as string) as Manifest;
}

/** The elements a loader registers: the keys of the map it hands the autoload. */
const tagsOf = (loader: string) => [...loader.matchAll(/"(sz-[a-z-]+)":\(\)=>/g)].map((match) => match[1] ?? '').sort();

/** A module's chunks in a manifest, by name and hash. */
const chunksOf = (manifest: Manifest, module: string) => (manifest.modules[module] ?? []).map((index) => manifest.files[index]);

describe(`the release archive ${name}.tgz`, () => {
  it('holds one folder with the loaders, their chunks, LEGAL.txt and integrity.json, and nothing else', async () => {
    const entries = await readArchive();
    const files = [...entries.keys()];
    assert.ok(files.length > 5, `the archive holds files (${String(files.length)})`);
    for (const file of files) {
      assert.ok(file.startsWith(`${name}/`), `${file} is inside ${name}/`);
      assert.equal(entries.get(file)?.type, 'File', `${file} is a plain file (no links, no devices)`);
      const inner = file.slice(name.length + 1);
      assert.match(
        inner,
        /^(shanzhi\.js|shanzhi-public\.js|LEGAL\.txt|integrity\.json|chunks\/[a-z-]+-[A-Z0-9]{8}\.js)$/,
        `${inner} is a file a release holds`,
      );
      assert.doesNotMatch(inner, /\.map$|meta\.json$|tsbuildinfo|\.d\.ts$|\.LEGAL\.txt$/, `${inner} must not ship`);
    }
    for (const required of ['shanzhi.js', 'shanzhi-public.js', 'LEGAL.txt', 'integrity.json'])
      assert.ok(entries.has(`${name}/${required}`), `${required} is in the archive`);
    // The same files as the CDN folder the build left (the archive is that folder).
    const cdn = JSON.parse(readFileSync(path.join(packageDir, 'dist/cdn/integrity.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(
      files
        .map((file) => file.slice(name.length + 1))
        .filter((file) => file !== 'integrity.json')
        .sort(),
      Object.keys(cdn).sort(),
    );
  });

  it('lists every other file in integrity.json with the SHA-256 of its bytes', async () => {
    const entries = await readArchive();
    const listed = JSON.parse(entries.get(`${name}/integrity.json`)?.bytes.toString('utf8') ?? '{}') as Record<string, string>;
    const others = [...entries.keys()]
      .map((file) => file.slice(name.length + 1))
      .filter((file) => file !== 'integrity.json')
      .sort();
    assert.deepEqual(Object.keys(listed).sort(), others);
    for (const [file, hash] of Object.entries(listed)) {
      assert.match(hash, /^sha256-[A-Za-z0-9+/]{43}=$/);
      const bytes = entries.get(`${name}/${file}`)?.bytes;
      assert.ok(bytes);
      assert.equal(sri(bytes), hash, `${file} matches its hash`);
    }
  });

  it('has a loader that imports nothing statically, and a chain of hashes from it to every chunk', async () => {
    const entries = await readArchive();
    const loader = entries.get(`${name}/shanzhi.js`)?.bytes.toString('utf8') ?? '';
    const listed = JSON.parse(entries.get(`${name}/integrity.json`)?.bytes.toString('utf8') ?? '{}') as Record<string, string>;
    assert.doesNotMatch(loader, /(^|[;}\n])import\s*["'{*]/, 'no static import: every chunk goes through the integrity-checked preload');
    // The loader carries the hashes of what pages load at once; a widget's define chunk (checked by the loader's hash)
    // carries those of its lazily loaded parts, by name relative to itself. Follow the chain from the loader.
    const chunks = Object.entries(listed).filter(([file]) => file.startsWith('chunks/'));
    const carriedBy = (carrier: string, hash: string, named: string) => carrier.includes(`\\"${named}\\",\\"${hash}\\"`);
    const checked = new Set(chunks.filter(([file, hash]) => carriedBy(loader, hash, file)).map(([file]) => file));
    assert.ok(checked.size > 0, 'the loader carries hashes');
    for (let grew = true; grew;) {
      grew = false;
      for (const [file, hash] of chunks) {
        if (checked.has(file)) continue;
        const carrier = [...checked].find((one) =>
          carriedBy(entries.get(`${name}/${one}`)?.bytes.toString('utf8') ?? '', hash, file.slice('chunks/'.length)),
        );
        if (carrier) {
          checked.add(file);
          grew = true;
        }
      }
    }
    for (const [file] of chunks) assert.ok(checked.has(file), `${file}'s hash is carried by the loader or by a chunk it checks`);
    // Every JS file points to the licence notice.
    for (const [file, { bytes }] of entries)
      if (file.endsWith('.js'))
        assert.ok(bytes.toString('utf8').startsWith('/*! @shanzhi/components'), `${file} starts with the licence pointer`);
  });

  it('has a public loader for the widgets anyone may use, with the same chunks and hashes, and no desk', async () => {
    const entries = await readArchive();
    const text = (file: string) => entries.get(`${name}/${file}`)?.bytes.toString('utf8') ?? '';
    const full = text('shanzhi.js');
    const publicLoader = text('shanzhi-public.js');
    const listed = JSON.parse(text('integrity.json')) as Record<string, string>;
    assert.doesNotMatch(publicLoader, /(^|[;}\n])import\s*["'{*]/, 'no static import: every chunk goes through the preload');
    // docs/embedding.md, *Which loader*: the public pages' widgets; the staff desks only in shanzhi.js.
    const publicTags = [
      'sz-disclosure-board',
      'sz-disclosure-poster',
      'sz-love-supermarket',
      'sz-mediation-intake',
      'sz-mediation-status',
      'sz-points-leaderboard',
      'sz-points-notice',
      'sz-provider',
      'sz-request-status',
      'sz-service-catalogue',
    ];
    assert.deepEqual(tagsOf(publicLoader), publicTags);
    const fullTags = tagsOf(full);
    for (const tag of publicTags) assert.ok(fullTags.includes(tag), `shanzhi.js registers ${tag} too`);
    for (const desk of ['sz-points-desk', 'sz-grid-desk', 'sz-mediation-desk', 'sz-disclosure-editor'])
      assert.ok(fullTags.includes(desk) && !publicTags.includes(desk), `${desk} is in shanzhi.js only`);
    // Each loader carries the hash of one define chunk per element it registers, and no other define chunk's.
    const fullManifest = manifestOf(full);
    const publicManifest = manifestOf(publicLoader);
    for (const [loader, manifest, tags] of [
      ['shanzhi.js', fullManifest, fullTags],
      ['shanzhi-public.js', publicManifest, publicTags],
    ] as const) {
      const defines = Object.keys(manifest.modules).filter((module) => module.endsWith('/define'));
      assert.equal(defines.length, tags.length, `${loader} lists one define chunk per element it registers`);
      for (const [file, hash] of manifest.files) assert.equal(hash, listed[file], `${loader} carries ${file}'s hash`);
    }
    // The public loader's modules are the full loader's, chunk for chunk (one release, one set of chunks).
    for (const module of Object.keys(publicManifest.modules))
      assert.deepEqual(chunksOf(publicManifest, module), chunksOf(fullManifest, module), `${module}: the same chunks in both loaders`);
    assert.ok(publicLoader.length < full.length, 'the public loader is the smaller one');
  });

  it('names every bundled package in LEGAL.txt with its licence text', async () => {
    const entries = await readArchive();
    const legal = entries.get(`${name}/LEGAL.txt`)?.bytes.toString('utf8') ?? '';
    for (const pkg of [
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit/context',
      '@lit-labs/virtualizer',
      'zod',
      'ky',
      '@shanzhi/sdk',
      '@shanzhi/rules',
    ])
      assert.match(
        legal,
        new RegExp(`^${pkg.replace(/[/.]/g, '\\$&')} \\d+\\.\\d+\\.\\d+ — (MIT|BSD-3-Clause)$`, 'm'),
        `${pkg} is listed with its licence`,
      );
    assert.match(legal, /Copyright \(c\) 2017 Google LLC/);
    assert.match(legal, /Sindre Sorhus/);
    assert.match(legal, /Redistribution and use in source and binary forms/);
  });

  it('comes with a sha256sum-style checksum of its bytes', () => {
    const [hash, file] = readFileSync(`${archive}.sha256`, 'utf8').trim().split(/\s+/);
    assert.equal(file, `${name}.tgz`);
    assert.equal(hash, createHash('sha256').update(readFileSync(archive)).digest('hex'));
  });
});
