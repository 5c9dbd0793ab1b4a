import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { catalogue, errorMap, formatMessage, resolveLocale, validate, localizeIssues } from '../src/index.js';

test('every message exists in zh-CN and en and neither is empty', () => {
  for (const [code, entry] of Object.entries(catalogue)) {
    assert.ok(entry['zh-CN'].trim().length > 0, `${code} zh-CN`);
    assert.ok(entry.en.trim().length > 0, `${code} en`);
  }
});

test('both languages of a message use the same placeholders', () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [code, entry] of Object.entries(catalogue)) {
    assert.deepEqual(names(entry['zh-CN']), names(entry.en), code);
  }
});

test('message codes are namespaced by module', () => {
  for (const code of Object.keys(catalogue)) assert.match(code, /^[a-z]+(\.[a-zA-Z0-9]+)+$/, code);
});

test('placeholders are filled from params and unknown ones stay visible', () => {
  assert.equal(formatMessage('field.tooLong', 'en', { maximum: 20 }), 'Enter at most 20 characters');
  assert.equal(formatMessage('field.tooLong', 'zh-CN'), '最多 {maximum} 个字符');
});

test('Accept-Language picks zh-CN by default and en when asked first', () => {
  assert.equal(resolveLocale(undefined), 'zh-CN');
  assert.equal(resolveLocale('en-GB,en;q=0.9'), 'en');
  assert.equal(resolveLocale('zh-TW,en;q=0.5'), 'zh-CN');
  assert.equal(resolveLocale('fr-FR'), 'zh-CN');
});

test('a per-parse error map localizes zod issues without touching zod global config', () => {
  const schema = z.object({ name: z.string().check(z.minLength(2), z.maxLength(20)) });
  const zh = z.safeParse(schema, { name: 'x' }, { error: errorMap('zh-CN') });
  const en = z.safeParse(schema, { name: 'x' }, { error: errorMap('en') });
  assert.equal(zh.error?.issues[0]?.message, '至少需要 2 个字符');
  assert.equal(en.error?.issues[0]?.message, 'Enter at least 2 characters');
  const plain = z.safeParse(schema, { name: 'x' });
  assert.notEqual(plain.error?.issues[0]?.message, '至少需要 2 个字符');
});

test('validate reports a missing field as required with its path', () => {
  const result = validate(z.object({ phone: z.string() }), {});
  assert.ok(!result.ok);
  assert.deepEqual(localizeIssues(result.issues, 'en'), [{ code: 'field.required', path: ['phone'], message: 'This field is required' }]);
});

test('validate tells a wrongly typed value from a missing one', () => {
  const result = validate(z.object({ amount: z.int(), consent: z.boolean() }), { amount: 12.5, consent: 'true' });
  assert.ok(!result.ok);
  assert.deepEqual(
    result.issues.map((i) => [i.path[0], i.code]),
    [
      ['amount', 'field.notInteger'],
      ['consent', 'field.invalidType'],
    ],
  );
});
