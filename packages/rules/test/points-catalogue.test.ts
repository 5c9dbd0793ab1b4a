import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  addDays,
  defaultPointsCategories,
  defaultPointsSettings,
  demoPointsCatalogue,
  findRule,
  isPeriodKey,
  localizeIssues,
  nextPeriod,
  periodKeySchema,
  periodKindOf,
  periodOf,
  periodRange,
  pointsCatalogueSchema,
  pointsRuleSchema,
  pointsSettingsSchema,
  previousPeriod,
  ruleForDeclaration,
  validate,
} from '../src/index.js';

test('the demo catalogue is valid and carries the published honours ladder and deductions', () => {
  assert.ok(validate(pointsCatalogueSchema, demoPointsCatalogue).ok);
  const honours = ['national', 'provincial', 'city', 'county', 'township', 'village'].map(
    (level) => findRule(demoPointsCatalogue, `honour.${level}`)?.points,
  );
  assert.deepEqual(honours, [50, 30, 20, 15, 10, 5]);
  assert.equal(findRule(demoPointsCatalogue, 'env.strawBurning')?.points, -5);
  assert.equal(findRule(demoPointsCatalogue, 'law.publicMorals')?.points, -20);
  assert.deepEqual(
    defaultPointsCategories.map((category) => category.label['zh-CN']),
    ['遵纪守法', '人居环境', '孝老爱亲', '移风易俗', '志愿服务', '邻里和睦', '勤劳致富', '教育', '表彰'],
  );
});

test('a rule worth 0 points or a fraction of a point is refused', () => {
  const base = { code: 'x.1', category: 'law', label: { 'zh-CN': '测试' } };
  const zero = validate(pointsRuleSchema, { ...base, points: 0 });
  assert.ok(!zero.ok);
  assert.equal(zero.issues[0]?.code, 'points.rule.zeroPoints');
  assert.equal(localizeIssues(zero.issues, 'zh-CN')[0]?.message, '分值不能为 0，请填写加分（正数）或扣分（负数）');
  const half = validate(pointsRuleSchema, { ...base, points: 2.5 });
  assert.ok(!half.ok);
  const parsed = validate(pointsRuleSchema, { ...base, points: -5 });
  assert.ok(parsed.ok);
  assert.equal(parsed.value.active, true, 'rules are active unless retired');
  assert.equal(parsed.value.bansRedemption, false);
});

test('a catalogue with a repeated rule code or an unknown category is refused', () => {
  const [first] = demoPointsCatalogue.rules;
  assert.ok(first);
  const repeated = validate(pointsCatalogueSchema, { ...demoPointsCatalogue, rules: [first, { ...first }] });
  assert.ok(!repeated.ok);
  assert.deepEqual(repeated.issues[0], {
    code: 'points.rule.duplicateCode',
    path: ['rules', 1, 'code'],
    params: { ruleCode: 'honour.national' },
  });
  const stray = validate(pointsCatalogueSchema, { ...demoPointsCatalogue, rules: [{ ...first, category: 'lottery' }] });
  assert.ok(!stray.ok);
  assert.equal(stray.issues[0]?.code, 'points.rule.unknownCategory');
  const twice = validate(pointsCatalogueSchema, {
    categories: [...demoPointsCatalogue.categories, demoPointsCatalogue.categories[0]],
    rules: [],
  });
  assert.ok(!twice.ok);
  assert.equal(twice.issues[0]?.code, 'points.rule.duplicateCategory');
});

test('a new entry needs a rule that exists and is still in use', () => {
  assert.ok(ruleForDeclaration(demoPointsCatalogue, 'env.strawBurning').ok);
  const missing = ruleForDeclaration(demoPointsCatalogue, 'env.nothing');
  assert.ok(!missing.ok);
  assert.deepEqual(missing.issues[0], { code: 'points.rule.unknown', path: ['ruleCode'], params: { ruleCode: 'env.nothing' } });
  const retired = { ...demoPointsCatalogue, rules: demoPointsCatalogue.rules.map((rule) => ({ ...rule, active: false })) };
  const refused = ruleForDeclaration(retired, 'env.strawBurning');
  assert.ok(!refused.ok && refused.issues[0]?.code === 'points.rule.inactive');
});

test('the settings default to the values docs/rules/points.md documents, and to nothing it does not', () => {
  // The reference's table is what village cadres and portal teams read: a default changed in code but not there (or
  // the other way round) is a wrong promise about how points are counted.
  const doc = readFileSync(fileURLToPath(new URL('../../../docs/rules/points.md', import.meta.url)), 'utf8');
  const rows = [...doc.matchAll(/^\| `(\w+)` \| (.+?) \| .+ \|$/gm)].map(([, name = '', value = '']) => [name, value.trim()] as const);
  const documented = Object.fromEntries(
    rows
      .filter(([, value]) => value !== 'none')
      .map(([name, value]) => [name, JSON.parse(value.replace(/^`|`$/g, '').replace(/'/g, '"')) as unknown]),
  );
  assert.ok(rows.length >= 18, `the settings table has ${String(rows.length)} rows`);
  assert.deepEqual(defaultPointsSettings, documented);
  for (const [name, value] of rows) if (value === 'none') assert.equal(name in defaultPointsSettings, false, name);
});

test('star thresholds and voucher values must go up', () => {
  const stars = validate(pointsSettingsSchema, { starThresholds: [20, 20, 60] });
  assert.ok(!stars.ok);
  assert.deepEqual(stars.issues[0], { code: 'points.settings.thresholdsNotAscending', path: ['starThresholds'] });
  const vouchers = validate(pointsSettingsSchema, { voucherDenominations: [10, 5] });
  assert.ok(!vouchers.ok);
  assert.equal(vouchers.issues[0]?.code, 'points.settings.denominationsNotAscending');
  assert.ok(!validate(pointsSettingsSchema, { noticeDays: 0 }).ok);
  assert.ok(validate(pointsSettingsSchema, { starThresholds: [] }).ok, 'a village may have no stars');
});

test('a date falls in a month, a quarter, a year and all-time', () => {
  assert.deepEqual(
    (['month', 'quarter', 'year', 'all'] as const).map((kind) => periodOf('2026-11-05', kind)),
    ['2026-11', '2026-Q4', '2026', 'all'],
  );
  assert.equal(periodOf('2026-03-31', 'quarter'), '2026-Q1');
  assert.equal(periodOf('2026-04-01', 'quarter'), '2026-Q2');
});

test('the period before January is December of the year before, and all-time has none', () => {
  assert.equal(previousPeriod('2026-01'), '2025-12');
  assert.equal(previousPeriod('2026-Q1'), '2025-Q4');
  assert.equal(previousPeriod('2026'), '2025');
  assert.equal(previousPeriod('all'), null);
  assert.equal(nextPeriod('2025-12'), '2026-01');
  assert.equal(periodKindOf('2026-Q3'), 'quarter');
});

test('period ranges include both ends and know leap years', () => {
  assert.deepEqual(periodRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(periodRange('2026-Q4'), { from: '2026-10-01', to: '2026-12-31' });
  assert.deepEqual(periodRange('2026'), { from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(periodRange('9999-12'), { from: '9999-12-01', to: '9999-12-31' });
  assert.equal(periodRange('all'), null);
});

test('malformed period keys are refused', () => {
  for (const key of ['2026-13', '2026-Q5', '2026-1', '26', 'ALL', '2026-Q4-01', '0000']) assert.equal(isPeriodKey(key), false, key);
  const result = validate(periodKeySchema, '2026-13');
  assert.ok(!result.ok);
  assert.equal(result.issues[0]?.code, 'points.period.invalid');
  assert.throws(() => previousPeriod('2026-13'), RangeError);
});

test('property: every day lies inside the range of its own period, and periods chain without gaps', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3000 }),
      fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
      (offset, kind) => {
        const date = addDays('2020-01-01', offset);
        const key = periodOf(date, kind);
        const range = periodRange(key);
        assert.ok(range && range.from <= date && date <= range.to);
        const next = periodRange(nextPeriod(key) ?? '');
        assert.equal(next?.from, addDays(range.to, 1));
        assert.equal(previousPeriod(nextPeriod(key) ?? ''), key);
      },
    ),
  );
});
