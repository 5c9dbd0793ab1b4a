import { assert } from '@open-wc/testing';
import { formatMessage, resolveLocale, validate } from '@shanzhi/rules';
import * as z from 'zod/mini';

// The rules package promises to run unchanged in browsers: these run the same code as the Node tests, in Chromium.
describe('the rules package in a browser', () => {
  it('localizes a validation issue in both languages', () => {
    const result = validate(z.object({ name: z.string().check(z.minLength(2)) }), { name: 'x' });
    if (result.ok) throw new Error('expected the short name to be refused');
    const first = result.issues[0];
    if (!first) throw new Error('expected one issue');
    assert.equal(formatMessage(first.code, 'zh-CN', first.params), '至少需要 2 个字符');
    assert.equal(formatMessage(first.code, 'en', first.params), 'Enter at least 2 characters');
  });

  it('reads the browser language the same way the server reads Accept-Language', () => {
    assert.equal(resolveLocale('en-US'), 'en');
    assert.equal(resolveLocale(''), 'zh-CN');
  });
});
