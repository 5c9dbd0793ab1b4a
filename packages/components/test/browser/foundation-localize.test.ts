import { assert } from '@open-wc/testing';
import type { Locale } from '@shanzhi/rules';
import { commonMessages } from '../../src/internal/common-messages.js';
import { defineMessages, loadEnglish, Localizer } from '../../src/internal/localize.js';
import { ruleMessage } from '../../src/internal/rule-message.js';
import { leaderboardMessages } from '../../src/leaderboard/messages.js';

const messages = defineMessages({
  'zh-CN': { hello: '你好', households: (n: number) => `${String(n)}户` },
  en: { hello: 'Hello', households: (n: number) => (n === 1 ? 'one household' : `${String(n)} households`) },
});

describe('foundation: localize', () => {
  let locale: Locale = 'zh-CN';
  const t = new Localizer(messages, () => locale);

  afterEach(() => {
    locale = 'zh-CN';
  });

  it('reads plain and function entries in the current locale, and follows a locale change', () => {
    assert.equal(t.t('hello'), '你好');
    assert.equal(t.t('households', 3), '3户');
    locale = 'en';
    assert.equal(t.t('hello'), 'Hello');
    assert.equal(t.t('households', 1), 'one household');
    assert.equal(t.lang, 'en');
  });

  it('formats numbers and exact yuan from integer fen', () => {
    assert.equal(t.number(12345), '12,345');
    assert.include(t.yuan(123456), '1,234.56');
    assert.include(t.yuan(5), '0.05');
    locale = 'en';
    assert.include(t.yuan(100), '1.00');
  });

  it('formats calendar dates as the given day, whatever the viewer time zone', () => {
    assert.equal(t.date('2026-11-05'), '2026年11月5日');
    assert.equal(t.date('2026-01-01', 'short'), '2026/01/01');
    locale = 'en';
    assert.equal(t.date('2026-11-05'), 'November 5, 2026');
  });

  it('picks plural forms through Intl.PluralRules', () => {
    locale = 'en';
    assert.equal(t.plural(1, { one: '{n} household', other: '{n} households' }), '1 household');
    assert.equal(t.plural(1200, { one: '{n} household', other: '{n} households' }), '1,200 households');
    locale = 'zh-CN';
    assert.equal(t.plural(1, { one: '{n} 户', other: '{n}户' }), '1户', 'Chinese has only "other"');
  });

  it("reuses the rules package's messages by code instead of rewriting them", () => {
    assert.include(ruleMessage('zh-CN', 'points.period.invalid'), '统计周期格式不正确');
    assert.include(
      ruleMessage('zh-CN', 'points.transition.noticeNotElapsed', { noticeDays: 7, effectiveFrom: '2026-11-12' }),
      '公示期为 7 天',
    );
    assert.include(ruleMessage('en', 'points.period.invalid'), 'The period is not valid');
    assert.equal(ruleMessage('en', 'no.such.code'), 'no.such.code');
  });

  it('has English for every Chinese entry, with the same kind (text or function)', async () => {
    await loadEnglish(); // the widgets' English dictionaries are chunks of their own, loaded on demand
    for (const dictionary of [commonMessages, leaderboardMessages]) {
      const zh = dictionary['zh-CN'] as Record<string, unknown>;
      const en = dictionary.en as Record<string, unknown>;
      assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
      for (const key of Object.keys(zh)) assert.equal(typeof en[key], typeof zh[key], key);
    }
  });
});
