import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { maskName } from '@shanzhi/rules';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoToday } from './harness.js';

/*
 * Storybook shows the boards recorded from this server (npm run fixtures:stories). A full name on a
 * recorded black list would be shown to every designer and in every published Storybook, so the files are
 * checked against the seed: no black-listed row carries a name that is not masked (个人信息保护法 Art 25).
 */

interface Row {
  readonly householdId: string;
  readonly name: string;
  readonly nameMasked: boolean;
  readonly badges: readonly string[];
}
interface BoardFile {
  readonly seed: { readonly households: number };
  readonly boards: readonly { readonly list: string; readonly items: readonly Row[] }[];
  readonly searches: readonly { readonly list: string; readonly items: readonly Row[] }[];
}

const fixtures = resolve(import.meta.dirname, '../../../stories/fixtures');

for (const name of ['leaderboard-v-qs-01.json', 'leaderboard-v-qs-02.json', 'leaderboard-large.json']) {
  test(`${name}: no black-listed household is shown by its full name`, () => {
    const file = JSON.parse(readFileSync(resolve(fixtures, name), 'utf8')) as BoardFile;
    const registered = new Map(
      generateDemoCounty({ households: file.seed.households, asOf: demoToday }).households.map((h) => [h.id, h.headName]),
    );
    let blackRows = 0;
    for (const board of [...file.boards, ...file.searches]) {
      for (const row of board.items) {
        if (board.list !== 'black' && !row.badges.includes('black')) continue;
        blackRows++;
        const full = registered.get(row.householdId);
        assert.ok(full !== undefined, row.householdId);
        assert.ok(
          row.nameMasked && row.name === maskName(full) && row.name !== full,
          `${name}: ${row.householdId} on the black list as ${row.name}`,
        );
      }
    }
    if (name !== 'leaderboard-v-qs-02.json') assert.ok(blackRows > 0, 'the fixture has black-listed rows to check');
  });
}
