import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codePointLength,
  mobileSchema,
  normalizeMobile,
  personNameSchema,
  validate,
  validateMobile,
  validatePersonName,
} from '../src/index.js';

test('accepts mainland mobiles starting 13 to 19', () => {
  for (const phone of ['13800138000', '14512345678', '15012345678', '16612345678', '17712345678', '18812345678', '19912345678']) {
    assert.equal(validateMobile(phone), null, phone);
  }
});

test('tolerates spaces, dashes and a +86 prefix and stores the bare 11 digits', () => {
  assert.equal(normalizeMobile('+86 138-0013-8000'), '13800138000');
  assert.equal(normalizeMobile('0086 13800138000'), '13800138000');
  assert.equal(normalizeMobile('86-138 0013 8000'), '13800138000');
  assert.equal(normalizeMobile('(138) 0013.8000'), '13800138000');
  assert.deepEqual(validate(mobileSchema, '+86 138 0013 8000'), { ok: true, value: '13800138000' });
});

test('rejects numbers that cannot be mainland mobiles', () => {
  for (const bad of ['12800138000', '1380013800', '138001380001', '0571-88888888', '+85261234567', '1380013800a', '86']) {
    assert.equal(validateMobile(bad)?.code, 'identity.mobile.format', bad);
  }
  assert.equal(validateMobile(' ')?.code, 'field.required');
});

test('accepts Han names, letters and ethnic-minority names with a middle dot', () => {
  for (const name of ['张三', '欧阳小明', '阿沛·阿旺晋美', '买买提·艾力', 'ZhangSan', 'Adélaïde']) {
    assert.equal(validatePersonName(name), null, name);
  }
});

test('turns look-alike dots into the middle dot and trims the name', () => {
  assert.deepEqual(validate(personNameSchema, ' 买买提•艾力 '), { ok: true, value: '买买提·艾力' });
  assert.deepEqual(validate(personNameSchema, '阿沛・阿旺晋美'), { ok: true, value: '阿沛·阿旺晋美' });
});

test('counts characters outside the basic plane once', () => {
  assert.equal(codePointLength('𠮷'), 1);
  assert.equal(validatePersonName('𠮷')?.code, 'identity.name.tooShort');
  assert.equal(validatePersonName('𠮷𠮷'), null);
  assert.equal(validatePersonName('𠮷'.repeat(20)), null);
  assert.deepEqual(validatePersonName('𠮷'.repeat(21)), { code: 'identity.name.tooLong', path: [], params: { maximum: 20 } });
});

test('rejects names that are too short, contain digits, symbols or a stray dot', () => {
  assert.deepEqual(validatePersonName('张'), { code: 'identity.name.tooShort', path: [], params: { minimum: 2 } });
  assert.equal(validatePersonName('张3')?.code, 'identity.name.digits');
  assert.equal(validatePersonName('张三３')?.code, 'identity.name.digits');
  assert.equal(validatePersonName('张 三')?.code, 'identity.name.invalidCharacters');
  assert.equal(validatePersonName('张三!')?.code, 'identity.name.invalidCharacters');
  assert.equal(validatePersonName('·张三')?.code, 'identity.name.misplacedDot');
  assert.equal(validatePersonName('张三·')?.code, 'identity.name.misplacedDot');
  assert.equal(validatePersonName('阿沛··阿旺')?.code, 'identity.name.misplacedDot');
  assert.equal(validatePersonName('   ')?.code, 'field.required');
});
