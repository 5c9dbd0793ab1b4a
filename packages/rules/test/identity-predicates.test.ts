import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hasResidentIdShape,
  isMobile,
  isResidentId,
  isUscc,
  localizeIssues,
  parseResidentId,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateMobile,
  validateResidentId,
  validateUscc,
} from '../src/index.js';

const today = '2025-06-30';
const withCheck = (first17: string) => first17 + (residentIdCheckCharacter(first17) ?? '');
const bornIn1880 = withCheck('11010518800101123');

test('isResidentId answers yes exactly when validateResidentId finds nothing', () => {
  for (const value of [
    '11010519491231002X',
    '110105194912310021',
    withCheck('99010519491231002'),
    bornIn1880,
    withCheck('11010520991231123'),
    '',
  ]) {
    assert.equal(isResidentId(value, today), validateResidentId(value, today) === null, value);
  }
  assert.equal(isResidentId('11010519491231002x', today), true);
});

test('hasResidentIdShape is looser than isResidentId: it skips the region, the floor and the future', () => {
  // Why: the scrubber must catch a checksum-correct number even when its region code is not in use.
  for (const value of [withCheck('99010519491231002'), bornIn1880, withCheck('11010520991231123')]) {
    assert.equal(hasResidentIdShape(value), true, value);
    assert.equal(isResidentId(value, today), false, value);
  }
});

test('a real birth date before 1900 has its own message, not "not a real date"', () => {
  const found = validateResidentId(bornIn1880, today);
  assert.deepEqual(found, { code: 'identity.residentId.birthDateTooEarly', path: [], params: { earliest: '1900-01-01' } });
  const [zh] = localizeIssues([found], 'zh-CN');
  const [en] = localizeIssues([found], 'en');
  assert.match(zh?.message ?? '', /早于1900-01-01/);
  assert.doesNotMatch(zh?.message ?? '', /不是有效日期/);
  assert.match(en?.message ?? '', /before 1900-01-01/);
  assert.doesNotMatch(en?.message ?? '', /not a real date/);
});

test('the birth-date floor can be moved or dropped, and an unreal date still fails', () => {
  assert.equal(validateResidentId(bornIn1880, { today, earliestBirthDate: null }), null);
  assert.equal(isResidentId(bornIn1880, { today, earliestBirthDate: '1850-01-01' }), true);
  assert.equal(
    validateResidentId(withCheck('11010519490101123'), { today, earliestBirthDate: '1950-01-01' })?.code,
    'identity.residentId.birthDateTooEarly',
  );
  assert.equal(
    validateResidentId(withCheck('11010518990229123'), { today, earliestBirthDate: null })?.code,
    'identity.residentId.birthDate',
  );
  assert.deepEqual(parseResidentId(bornIn1880, { today, earliestBirthDate: null }), {
    regionCode: '110105',
    birthDate: '1880-01-01',
    sex: 'male',
  });
});

test('isUscc accepts a published code and refuses one changed character', () => {
  assert.equal(isUscc('914403001922038216'), true);
  assert.equal(isUscc(' 914403001922038216 '.toLowerCase()), true);
  assert.equal(isUscc('914403001922038217'), false);
  assert.equal(isUscc('91440300192203821I'), false, 'I is not in the alphabet');
  assert.equal(isUscc(''), false);
  assert.equal(usccCheckCharacter('91440300192203821'), '6');
  for (const value of ['914403001922038216', '914403001922038217', 'abc', ''])
    assert.equal(isUscc(value), validateUscc(value) === null, value);
});

test('isMobile is the yes/no of validateMobile, like the other predicates', () => {
  for (const value of ['+86 138-0013-8000', '12800138000', '1380013800', ''])
    assert.equal(isMobile(value), validateMobile(value) === null, value);
});
