import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  activeConsentPurposes,
  boardNamePurpose,
  consentCovers,
  consentPurposes,
  consentPurposeSchema,
  isConsentActive,
  nameForPurpose,
  validate,
  type ConsentPurpose,
  type ConsentRecord,
} from '../src/index.js';

const given = (purpose: ConsentPurpose, withdrawnAt?: string): ConsentRecord => ({
  purpose,
  givenBy: 'st-cadre',
  givenAt: '2026-03-01T02:00:00.000Z',
  ...(withdrawnAt === undefined ? {} : { withdrawnBy: 'h-000001', withdrawnAt }),
});

test('the purposes are the honour board and 公示 lists, and none of them is the black list', () => {
  assert.deepEqual([...consentPurposes], ['honourBoard', 'publicNotice']);
  assert.ok(!consentPurposes.some((purpose) => /black/i.test(purpose)));
  assert.ok(validate(consentPurposeSchema, 'honourBoard').ok);
  assert.ok(!validate(consentPurposeSchema, 'blackList').ok);
  assert.ok(!validate(consentPurposeSchema, 'publicName').ok, 'the old general flag is not a purpose');
});

test('a withdrawn consent grants nothing, at once', () => {
  assert.ok(isConsentActive(given('honourBoard')));
  assert.ok(!isConsentActive(given('honourBoard', '2026-03-02T00:00:00.000Z')));
  assert.deepEqual(activeConsentPurposes([given('honourBoard', '2026-03-02T00:00:00.000Z'), given('publicNotice')]), ['publicNotice']);
  assert.deepEqual(activeConsentPurposes([given('publicNotice'), given('honourBoard'), given('honourBoard')]), [
    'honourBoard',
    'publicNotice',
  ]);
  assert.deepEqual(activeConsentPurposes([]), []);
});

test('consent covers only its own purpose, and a page without a purpose is covered by nothing', () => {
  assert.ok(consentCovers(['honourBoard'], 'honourBoard'));
  assert.ok(!consentCovers(['honourBoard'], 'publicNotice'));
  assert.ok(!consentCovers([...consentPurposes], null));
  assert.ok(!consentCovers([...consentPurposes], undefined));
});

test('a name is shown whole only for a purpose the household consented to', () => {
  assert.deepEqual(nameForPurpose('杜小梦', ['honourBoard'], 'honourBoard'), { name: '杜小梦', masked: false });
  assert.deepEqual(nameForPurpose('杜小梦', ['publicNotice'], 'honourBoard'), { name: '杜*梦', masked: true });
  assert.deepEqual(nameForPurpose('杜小梦', [...consentPurposes], null), { name: '杜*梦', masked: true });
});

test('a leaderboard row of a black-listed household has no naming purpose; any other row is the honour board', () => {
  assert.equal(boardNamePurpose(true), null);
  assert.equal(boardNamePurpose(false), 'honourBoard');
});

test('for any consents, a black-listed household’s name is masked', () => {
  const record = fc.record({ purpose: fc.constantFrom(...consentPurposes), withdrawn: fc.boolean() });
  fc.assert(
    fc.property(fc.array(record, { maxLength: 6 }), (records) => {
      const granted = activeConsentPurposes(
        records.map((one) => given(one.purpose, one.withdrawn ? '2026-04-01T00:00:00.000Z' : undefined)),
      );
      assert.equal(nameForPurpose('欧阳小明', granted, boardNamePurpose(true)).name, '欧阳*明');
    }),
  );
});
