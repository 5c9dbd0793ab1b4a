import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPosting, postingInputSchema, postingState, type DisclosureItem } from '../src/disclosure/index.js';
import { validate } from '../src/messages/index.js';

const version = (n: number, published: string, correctedOn?: string) => ({
  version: n,
  title: `通知 第${String(n)}版`,
  body: [],
  period: { from: '2026-11-01', to: '2026-11-30' },
  notice: { published },
  attachments: [],
  ...(correctedOn === undefined ? {} : { correction: { at: correctedOn, by: '王主任', reason: '日期有误' } }),
});

const item = (versions: DisclosureItem['versions']): DisclosureItem => ({ id: 'dsc-01-0100', category: 'village', versions });

test('a posting is of a day already come, on or after the day its version was published', () => {
  const one = item([version(1, '2026-11-20')]);
  assert.deepEqual(checkPosting(one, '2026-11-20', '2026-11-29'), []);
  assert.deepEqual(checkPosting(one, '2026-11-29', '2026-11-29'), []);
  assert.deepEqual(checkPosting(one, '2026-11-30', '2026-11-29'), [
    { code: 'posting.date.future', path: ['postedOn'], params: { postedOn: '2026-11-30' } },
  ]);
  assert.deepEqual(checkPosting(one, '2026-11-19', '2026-11-29'), [
    { code: 'posting.date.beforeVersion', path: ['postedOn'], params: { postedOn: '2026-11-19', recordedOn: '2026-11-20' } },
  ]);
  // A correction counts from its own day: the old paper cannot be the new version.
  const corrected = item([version(1, '2026-11-20'), version(2, '2026-11-20', '2026-11-25')]);
  assert.equal(checkPosting(corrected, '2026-11-24', '2026-11-29')[0]?.code, 'posting.date.beforeVersion');
  assert.equal(checkPosting(item([version(1, '2026-12-02')]), '2026-11-29', '2026-11-29')[0]?.code, 'posting.item.notYetPublished');
});

test('posted, outdated, unposted and upcoming, with the days since publication', () => {
  const one = item([version(1, '2026-11-20')]);
  assert.deepEqual(postingState(one, [], '2026-11-29'), { status: 'unposted', currentVersion: 1, postedVersion: null, overdueDays: 9 });
  assert.deepEqual(postingState(one, [{ version: 1, postedOn: '2026-11-21' }], '2026-11-29'), {
    status: 'posted',
    currentVersion: 1,
    postedVersion: 1,
    overdueDays: 0,
  });
  const corrected = item([version(1, '2026-11-20'), version(2, '2026-11-20', '2026-11-25')]);
  assert.deepEqual(postingState(corrected, [{ version: 1, postedOn: '2026-11-21' }], '2026-11-29'), {
    status: 'outdated',
    currentVersion: 2,
    postedVersion: 1,
    overdueDays: 4,
  });
  assert.equal(postingState(item([version(1, '2026-12-02')]), [], '2026-11-29').status, 'upcoming');
});

test('the input: a board of 1–60 characters (trimmed), a real date, a short note, an id-shaped photo', () => {
  assert.ok(validate(postingInputSchema, { board: ' 村委会门口公开栏 ', postedOn: '2026-11-29' }).ok);
  const bad = validate(postingInputSchema, { board: '  ', postedOn: '2026-02-30', note: 'x'.repeat(201), photoId: '../x' });
  assert.ok(!bad.ok);
  assert.deepEqual(bad.issues.map((one) => one.path[0]).sort(), ['board', 'note', 'photoId', 'postedOn']);
});
