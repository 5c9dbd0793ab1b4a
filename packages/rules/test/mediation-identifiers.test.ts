import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  caseNumberSchema,
  displayCaseNumber,
  formatCaseNumber,
  formatTrackingCode,
  isTrackingCode,
  normalizeTrackingCode,
  parseCaseNumber,
  trackingCodeAlphabet,
  trackingCodeFromBytes,
  trackingCodeRandomBytes,
  trackingCodeSchema,
  validate,
} from '../src/index.js';

test('formats a case number as MED-region-year-sequence with six sequence digits', () => {
  assert.equal(formatCaseNumber({ regionCode: '330102', year: 2026, sequence: 42 }), 'MED-330102-2026-000042');
  assert.equal(formatCaseNumber({ regionCode: '330102001001', year: 2026, sequence: 999_999 }), 'MED-330102001001-2026-999999');
});

test('refuses to format a case number from impossible parts', () => {
  assert.throws(() => formatCaseNumber({ regionCode: '3301', year: 2026, sequence: 1 }), RangeError);
  assert.throws(() => formatCaseNumber({ regionCode: '330102', year: 26, sequence: 1 }), RangeError);
  assert.throws(() => formatCaseNumber({ regionCode: '330102', year: 2026, sequence: 0 }), RangeError);
  assert.throws(() => formatCaseNumber({ regionCode: '330102', year: 2026, sequence: 1_000_000 }), RangeError);
});

test('reads back every case number it formats', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{12}$/)),
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 1, max: 999_999 }),
      (regionCode, year, sequence) => {
        const parsed = parseCaseNumber(formatCaseNumber({ regionCode, year, sequence }));
        assert.deepEqual(parsed, { ok: true, value: { regionCode, year, sequence } });
      },
    ),
  );
});

test('forgives spaces and lower case in a typed case number', () => {
  assert.deepEqual(parseCaseNumber(' med-330102-2026-000042 '), { ok: true, value: { regionCode: '330102', year: 2026, sequence: 42 } });
});

test('rejects malformed case numbers with a coded issue', () => {
  for (const input of [
    '',
    'MED-330102-2026-42',
    'MED-3301-2026-000042',
    'TJ-330102-2026-000042',
    'MED-330102-2026-000000',
    '（2026）清调字第0042号',
  ]) {
    assert.deepEqual(parseCaseNumber(input), { ok: false, issues: [{ code: 'mediation.caseNumber.invalid', path: [] }] }, input);
  }
  const parsed = validate(caseNumberSchema, 'MED-330102-2026-0042');
  assert.ok(!parsed.ok);
  assert.equal(parsed.issues[0]?.code, 'mediation.caseNumber.invalid');
});

test('prints the Chinese case number for paper documents', () => {
  assert.equal(displayCaseNumber({ year: 2026, sequence: 42 }, '清'), '（2026）清调字第0042号');
});

test('the tracking alphabet has no 0, O, 1, I or L and no repeats', () => {
  assert.doesNotMatch(trackingCodeAlphabet, /[0O1IL]/);
  assert.equal(new Set(trackingCodeAlphabet).size, trackingCodeAlphabet.length);
  assert.equal(trackingCodeAlphabet.length, 31);
});

test('recognises a tracking code and rejects ambiguous or wrong-length ones', () => {
  assert.ok(isTrackingCode('7KQ9ZXMP'));
  for (const bad of ['7KQ9ZXM', '7KQ9ZXMPA', '7KQ9ZXM0', '7KQ9ZXMO', '7KQ9ZXM1', '7KQ9ZXMI', '7KQ9ZXML', '7kq9zxmp', '7KQ9-ZXMP']) {
    assert.ok(!isTrackingCode(bad), bad);
  }
});

test('a typed tracking code is tidied before it is checked', () => {
  assert.equal(normalizeTrackingCode(' 7kq9-zxmp '), '7KQ9ZXMP');
  const parsed = validate(trackingCodeSchema, '7kq9 zxmp');
  assert.deepEqual(parsed, { ok: true, value: '7KQ9ZXMP' });
  assert.deepEqual(validate(trackingCodeSchema, 'OOOO0000'), { ok: false, issues: [{ code: 'mediation.trackingCode.invalid', path: [] }] });
  assert.equal(formatTrackingCode('7KQ9ZXMP'), '7KQ9-ZXMP');
});

test('tracking codes from random bytes are always well formed', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: trackingCodeRandomBytes, maxLength: trackingCodeRandomBytes }), (bytes) => {
      const code = trackingCodeFromBytes(bytes);
      // Null only when more than 8 of the 16 bytes fall in the rejected top range.
      const usable = bytes.filter((byte) => byte < 248).length;
      if (usable < 8) assert.equal(code, null);
      else assert.ok(code !== null && isTrackingCode(code), String(code));
    }),
  );
});

test('tracking codes map bytes to symbols without bias and skip the biased top bytes', () => {
  assert.equal(trackingCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 30])), '2345678Z');
  // 31 wraps round to the first symbol; 248–255 would over-represent 8 symbols, so they are skipped.
  assert.equal(trackingCodeFromBytes(new Uint8Array([31, 248, 255, 62, 93, 124, 155, 186, 217])), null);
  assert.equal(trackingCodeFromBytes(new Uint8Array([31, 248, 255, 62, 93, 124, 155, 186, 217, 247])), '2222222Z');
  assert.equal(trackingCodeFromBytes(new Uint8Array(7)), null);
});
