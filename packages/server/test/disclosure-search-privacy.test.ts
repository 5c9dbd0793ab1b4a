import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentVersion, maskPhone, maskResidentId } from '@shanzhi/rules';
import { filterSummaries, matchesText } from '../src/disclosure/listing.js';
import type { StoredItem } from '../src/disclosure/store.js';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoToday } from './harness.js';

/*
 * A disclosure's `q` matches the text as the caller reads it. The public reads raw mobiles and ID
 * numbers masked (detail.ts), so a search by the raw number must not confirm it (个人信息保护法 Art 25);
 * staff who handle the village's records read and search the text unmasked.
 */

const mobile = '13912345678';
const residentId = '11010519491231002X';

function itemWithNumbers(): StoredItem {
  const [first] = generateDemoCounty({ households: 300, asOf: demoToday }).disclosureItems;
  assert.ok(first);
  const version = currentVersion(first);
  const body = [
    ...version.body,
    { type: 'paragraph' as const, children: [{ type: 'text' as const, text: `联系人电话${mobile}，身份证${residentId}` }] },
  ];
  return { ...first, versions: [...first.versions.slice(0, -1), { ...version, body }] };
}

test('a public search by a raw mobile or ID number in a body finds nothing; by the masked form it finds the item', () => {
  const item = itemWithNumbers();
  for (const q of [mobile, residentId, mobile.slice(3), residentId.slice(6, 14)]) {
    assert.equal(matchesText(item, q), false, q);
    assert.equal(filterSummaries([item], { q }, demoToday).length, 0, q);
  }
  assert.ok(matchesText(item, maskPhone(mobile)));
  assert.ok(matchesText(item, maskResidentId(residentId)));
});

test('staff who handle the village’s records search the text unmasked', () => {
  const item = itemWithNumbers();
  assert.ok(matchesText(item, mobile, true));
  assert.equal(filterSummaries([item], { q: residentId }, demoToday, true).length, 1);
});
