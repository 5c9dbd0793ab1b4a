// The release of the CDN folder: its licence notice (LEGAL.txt), its integrity list (integrity.json) and its archive
// (dist/release/shanzhi-components-cdn-<version>.tgz). Used by scripts/build.mjs; the release test
// (test/release/) checks what these write.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { packageDir, sri } from './esbuild-shared.mjs';

const rootDir = path.resolve(packageDir, '../..');
export const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
export const releaseName = `shanzhi-components-cdn-${version}`;
export const releaseDir = path.join(packageDir, 'dist', 'release');
export const archivePath = path.join(releaseDir, `${releaseName}.tgz`);

/** The package (name and folder) an esbuild input belongs to: a node_modules package or one of ours. */
function packageOf(input) {
  const absolute = path.resolve(process.cwd(), input);
  const nm = absolute.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (nm >= 0) {
    const rest = absolute.slice(nm + '/node_modules/'.length).split(path.sep);
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { name, dir: path.join(absolute.slice(0, nm), 'node_modules', name), thirdParty: true };
  }
  const ours = /packages[\\/]([^\\/]+)[\\/]/.exec(absolute);
  if (ours) return { name: `@shanzhi/${ours[1]}`, dir: path.join(rootDir, 'packages', ours[1]), thirdParty: false };
  return undefined;
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : undefined;
}

/**
 * LEGAL.txt: every package whose code is in the bundle (from esbuild's metafile: inputs with bytes in a .js
 * output), with its version, licence, copyright line and the full licence text.
 */
export function legalNotice(metafile) {
  const found = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0 || input.startsWith('virtual:')) continue;
      const pkg = packageOf(input);
      if (pkg) found.set(pkg.name, pkg);
    }
  }
  const packages = [...found.values()].sort((a, b) => Number(a.thirdParty) - Number(b.thirdParty) || a.name.localeCompare(b.name));
  const lines = [
    `${releaseName}: the shanzhi widgets for self-hosting (loaders shanzhi-public.js and shanzhi.js, chunks/).`,
    'The files of this folder contain code from the packages below, minified. Each is listed with its version,',
    'licence and copyright notice, followed by the full licence text. Keep this file next to the loaders.',
    '',
  ];
  for (const pkg of packages) {
    const manifest = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
    // Our own workspace packages carry the repository's LICENSE when they have none of their own.
    const text = licenceText(pkg.dir) ?? (pkg.thirdParty ? undefined : licenceText(rootDir));
    if (!text) throw new Error(`LEGAL.txt: ${pkg.name} has no licence file`);
    const copyright =
      text
        .split('\n')
        .find((line) => /copyright\s+(\(c\)|©|\d{4})/i.test(line))
        ?.trim() ?? '(no copyright line in the licence file)';
    lines.push(
      '='.repeat(78),
      `${manifest.name} ${manifest.version} — ${manifest.license}`,
      copyright,
      ...(manifest.homepage ? [manifest.homepage] : []),
      '-'.repeat(78),
      text,
      '',
    );
  }
  return { text: `${lines.join('\n')}\n`, packages: packages.map((p) => p.name) };
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir, prefix = '') {
  return readdirSync(dir)
    .flatMap((name) =>
      statSync(path.join(dir, name)).isDirectory() ? listFiles(path.join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
    )
    .sort();
}

/** integrity.json: each file of the folder (itself excepted) → its SRI hash. */
export function writeIntegrity(cdnDir) {
  const integrity = Object.fromEntries(
    listFiles(cdnDir)
      .filter((file) => file !== 'integrity.json')
      .map((file) => [file, sri(readFileSync(path.join(cdnDir, file)))]),
  );
  writeFileSync(path.join(cdnDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}

/**
 * The archive: a gzipped tar (see docs/embedding.md for why not zip) with one folder, `shanzhi-components-cdn-<version>/`,
 * files in sorted order, fixed dates and no owner, so two builds of the same sources give the same bytes.
 */
export async function writeArchive(cdnDir) {
  const files = listFiles(cdnDir);
  mkdirSync(releaseDir, { recursive: true });
  await tar.create(
    {
      gzip: { level: 9 },
      file: archivePath,
      cwd: cdnDir,
      prefix: releaseName,
      portable: true,
      mtime: new Date('2000-01-01T00:00:00Z'),
      noDirRecurse: true,
    },
    files,
  );
  // `sha256sum -c shanzhi-components-cdn-<version>.tgz.sha256` checks a download.
  const checksum = createHash('sha256').update(readFileSync(archivePath)).digest('hex');
  writeFileSync(`${archivePath}.sha256`, `${checksum}  ${path.basename(archivePath)}\n`);
  return { files, checksum };
}
