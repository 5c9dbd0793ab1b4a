import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { maskName } from '../src/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every "name → masked" example a text gives for maskName, e.g. "阿沛·阿旺晋美 → 阿*·****". */
function examplesIn(text: string): [string, string][] {
  return [...text.matchAll(/([\p{Script=Han}·]{2,}) → ([\p{Script=Han}·*]+)/gu)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

test("maskName's comment and docs/rules/identity.md give the masks it produces, 阿沛·阿旺晋美 included", () => {
  const source = read('../src/identity/mask.ts');
  const comment = source.slice(0, source.indexOf('export function maskName')).split('/**').pop() ?? '';
  const docsRow =
    read('../../../docs/rules/identity.md')
      .split('\n')
      .find((line) => line.startsWith('| `maskName`')) ?? '';
  for (const [where, text] of [
    ['comment', comment],
    ['docs', docsRow],
  ] as const) {
    const examples = examplesIn(text);
    assert.ok(
      examples.some(([name]) => name === '阿沛·阿旺晋美'),
      `the ${where} shows the dotted name`,
    );
    for (const [name, masked] of examples) assert.equal(maskName(name), masked, `${where}: ${name}`);
  }
  assert.equal(maskName('阿沛·阿旺晋美'), '阿*·****');
});
