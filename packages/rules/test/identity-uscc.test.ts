import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { usccCheckCharacter, usccSchema, validate, validateUscc } from '../src/index.js';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 §5, written out independently: weights 3^i mod 31, check = 31 − (sum mod 31), 31 → 0. */
function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += alphabet.indexOf(first17.charAt(i)) * (3 ** i % 31);
  const check = 31 - (sum % 31);
  return alphabet.charAt(check === 31 ? 0 : check);
}

test('accepts a published code, checked by hand', () => {
  // Huawei Technologies Co., Ltd. 914403001922038216 (public on the national enterprise credit system):
  // values 9 1 4 4 0 3 0 0 1 9 2 2 0 3 8 2 1 × weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
  // = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31 − 25 = 6 → "6".
  assert.equal(validateUscc('914403001922038216'), null);
  assert.equal(usccCheckCharacter('91440300192203821'), '6');
});

test('accepts codes with letters and a letter check character, in any case', () => {
  const code = '91310000MA1FL1MM' + 'X';
  const full = code + checkCharacter(code);
  assert.equal(validateUscc(full), null);
  assert.equal(validateUscc(full.toLowerCase()), null);
  assert.deepEqual(validate(usccSchema, ` ${full.toLowerCase()} `), { ok: true, value: full });
});

test('a check value of 31 is written as 0', () => {
  // Search a body whose remainder is 0, so the check character must be "0".
  let found = '';
  for (let n = 0; n < 31 && found === ''; n += 1) {
    const body = `9111010800000000${alphabet.charAt(n)}`;
    if (checkCharacter(body) === '0') found = body;
  }
  assert.notEqual(found, '');
  assert.equal(usccCheckCharacter(found), '0');
  assert.equal(validateUscc(`${found}0`), null);
});

test('rejects a code whose check character is wrong', () => {
  assert.equal(validateUscc('914403001922038217')?.code, 'identity.uscc.checksum');
});

test('rejects the letters I, O, Z, S and V and wrong lengths as a format problem', () => {
  for (const bad of [
    '91440300192203821O',
    'I14403001922038216',
    '9144030019220382S6',
    '91440300192203821',
    '9144030019220382160',
    '91AB0300192203821B',
  ]) {
    assert.equal(validateUscc(bad)?.code, 'identity.uscc.format', bad);
  }
  assert.equal(validateUscc('')?.code, 'field.required');
});

const body = fc
  .tuple(
    fc.array(fc.constantFrom(...Array.from(alphabet)), { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...Array.from('0123456789')), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...Array.from(alphabet)), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

test('every generated code with a computed check character validates and any changed character fails', () => {
  fc.assert(
    fc.property(body, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (first17, position, shift) => {
      const code = first17 + checkCharacter(first17);
      assert.equal(validateUscc(code), null);
      const digitsOnly = position >= 2 && position < 8;
      const set = digitsOnly ? '0123456789' : alphabet;
      const replaced = set.charAt((set.indexOf(code.charAt(position)) + shift) % set.length);
      fc.pre(replaced !== code.charAt(position));
      assert.notEqual(validateUscc(code.slice(0, position) + replaced + code.slice(position + 1)), null);
    }),
  );
});
