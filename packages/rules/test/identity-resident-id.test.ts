import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { addDays, parseResidentId, residentIdSchema, validate, validateResidentId } from '../src/index.js';

const today = '2025-06-30';

/**
 * An independent ISO 7064 MOD 11-2 for the tests: weights 2^(17−i) mod 11 and check value
 * (12 − sum mod 11) mod 11, written as the standard states it rather than as the lookup table the
 * implementation uses.
 */
function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}
const withCheck = (first17: string) => first17 + checkCharacter(first17);

const codeOf = (value: string) => validateResidentId(value, today)?.code ?? null;

test('accepts the example number of GB 11643-1999, which ends in X', () => {
  // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
  // = 167; 167 mod 11 = 2, and position 2 of "1 0 X 9 8 7 6 5 4 3 2" is X.
  assert.equal(validateResidentId('11010519491231002X', today), null);
});

test('accepts a lower-case x and the schema turns it into X', () => {
  assert.equal(validateResidentId('11010519491231002x', today), null);
  assert.deepEqual(validate(residentIdSchema, ' 11010519491231002x '), { ok: true, value: '11010519491231002X' });
});

test('rejects an ID number whose check character is wrong', () => {
  assert.equal(codeOf('110105194912310021'), 'identity.residentId.checksum');
  assert.equal(codeOf('110105194912310020'), 'identity.residentId.checksum');
});

test('reports a 15-digit number as the old format with its own code', () => {
  assert.equal(codeOf('110105491231002'), 'identity.residentId.legacy15');
});

test('reports wrong length or characters as a format problem', () => {
  for (const bad of [
    '11010519491231002',
    '11010519491231002XX',
    '1101051949123100X2',
    '11010519491231002Y',
    '１１０１０５１９４９１２３１００２X',
  ]) {
    assert.equal(codeOf(bad), 'identity.residentId.format', bad);
  }
});

test('an empty value is a missing field, not a format problem', () => {
  assert.equal(codeOf('  '), 'field.required');
});

test('rejects an area code that no province uses', () => {
  assert.equal(codeOf(withCheck('00010519491231002')), 'identity.residentId.region');
  assert.equal(codeOf(withCheck('99010519491231002')), 'identity.residentId.region');
  assert.equal(codeOf(withCheck('81000019800101002')), null, 'Hong Kong residence permit');
});

test('29 February is a real birth date only in leap years', () => {
  assert.equal(codeOf(withCheck('11010520000229123')), null);
  assert.equal(codeOf(withCheck('11010519000229123')), 'identity.residentId.birthDate');
  assert.equal(codeOf(withCheck('11010520010229123')), 'identity.residentId.birthDate');
});

test('rejects impossible and too early birth dates', () => {
  assert.equal(codeOf(withCheck('11010519801301123')), 'identity.residentId.birthDate');
  assert.equal(codeOf(withCheck('11010519800431123')), 'identity.residentId.birthDate');
  assert.equal(
    codeOf(withCheck('11010518991231123')),
    'identity.residentId.birthDateTooEarly',
    'a real date before the floor has its own code',
  );
  assert.equal(codeOf(withCheck('11010519000101123')), null);
});

test('rejects a birth date after today in Shanghai', () => {
  assert.equal(codeOf(withCheck('11010520250701123')), 'identity.residentId.birthDateFuture');
  assert.equal(codeOf(withCheck('11010520250630123')), null, 'born today');
  assert.equal(validateResidentId(withCheck('11010520991231123'))?.code, 'identity.residentId.birthDateFuture');
});

test('the schema reports the rule codes through zod', () => {
  const parsed = z.safeParse(residentIdSchema, '110105194912310021');
  const first = parsed.error?.issues[0];
  assert.ok(first?.code === 'custom');
  assert.deepEqual(first.params, { code: 'identity.residentId.checksum' });
});

test('reads the area code, birth date and sex from a valid number', () => {
  assert.deepEqual(parseResidentId('11010519491231002x', today), { regionCode: '110105', birthDate: '1949-12-31', sex: 'female' });
  assert.deepEqual(parseResidentId(withCheck('44030420000229131'), today), { regionCode: '440304', birthDate: '2000-02-29', sex: 'male' });
  assert.equal(parseResidentId('110105194912310021', today), null);
});

const provinces = ['11', '31', '44', '50', '65', '82'];
const generatedId = fc
  .record({
    province: fc.constantFrom(...provinces),
    rest: fc.integer({ min: 0, max: 9999 }),
    // 1900-01-01 … 2025-06-30 as days after 1900-01-01.
    birth: fc.integer({ min: 0, max: 45836 }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birth, sequence }) => {
    const date = addDays('1900-01-01', birth).replace(/-/g, '');
    return withCheck(province + String(rest).padStart(4, '0') + date + String(sequence).padStart(3, '0'));
  });

test('every generated number with a computed check character validates', () => {
  fc.assert(fc.property(generatedId, (id) => validateResidentId(id, today) === null));
});

test('changing any one character of a valid number makes it fail', () => {
  fc.assert(
    fc.property(generatedId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, position, shift) => {
      const alphabet = position === 17 ? '0123456789X' : '0123456789';
      const current = alphabet.indexOf(id.charAt(position));
      const replaced = alphabet.charAt((current + shift) % alphabet.length);
      fc.pre(replaced !== id.charAt(position));
      const changed = id.slice(0, position) + replaced + id.slice(position + 1);
      // MOD 11-2 catches every single substitution; region or date checks may catch it first.
      assert.notEqual(validateResidentId(changed, today), null, changed);
    }),
  );
});
