import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validate } from '../src/messages/index.js';
import { catalogue } from '../src/messages/catalogue.js';
import {
  applyPowerOverride,
  powerCategories,
  powerListSchema,
  powerOverrideSchema,
  powerPosts,
  powerSchema,
  powersMessages,
  type Power,
} from '../src/powers/index.js';

const t = (zh: string) => ({ 'zh-CN': zh, en: zh });

const homestead: Power = {
  code: 'homestead',
  name: t('农村宅基地申请审查'),
  category: 'homestead',
  legalBasis: [{ title: t('中华人民共和国土地管理法'), article: t('第六十二条') }],
  responsible: 'committeeDirector',
  steps: [
    { code: 'apply', name: t('提出书面申请'), responsible: 'applicant', timeLimit: { value: 0, unit: 'immediate' } },
    { code: 'groupNotice', name: t('村民小组范围内公示'), responsible: 'villageGroup', timeLimit: { value: 5, unit: 'naturalDay' } },
    { code: 'villageReview', name: t('村级组织审查'), responsible: 'villageCommittee', timeLimit: { value: 5, unit: 'workingDay' } },
  ],
  supervision: [{ step: 'groupNotice', by: 'supervisionCommittee', what: t('查看公示') }],
};

const codes = (result: ReturnType<typeof validate>) => (result.ok ? [] : result.issues.map((one) => `${one.code}@${one.path.join('.')}`));

test('a well-formed power passes the schema and its checks', () => {
  const result = validate(powerSchema, homestead);
  assert.equal(result.ok, true, JSON.stringify(codes(result)));
});

test('a power needs a legal basis, at least one step and a responsible post on every step', () => {
  assert.ok(codes(validate(powerSchema, { ...homestead, legalBasis: [] })).some((code) => code.endsWith('@legalBasis')));
  assert.ok(codes(validate(powerSchema, { ...homestead, steps: [] })).some((code) => code.endsWith('@steps')));
  const { responsible, ...noPost } = homestead.steps[1] ?? assert.fail();
  assert.equal(responsible, 'villageGroup');
  const result = validate(powerSchema, { ...homestead, steps: [homestead.steps[0], noPost] });
  assert.ok(
    codes(result).some((code) => code.endsWith('@steps.1.responsible')),
    JSON.stringify(codes(result)),
  );
  // An unknown post is refused, not shown as a raw code.
  assert.equal(validate(powerSchema, { ...homestead, responsible: 'mayor' }).ok, false);
});

test('time limits: "immediate" is 0, other units at least 1 and at most the bound for one step', () => {
  const withLimit = (value: number, unit: string) =>
    codes(
      validate(powerSchema, {
        ...homestead,
        steps: [{ ...homestead.steps[2], timeLimit: { value, unit } }, ...homestead.steps.slice(0, 2)],
      }),
    );
  assert.deepEqual(withLimit(60, 'workingDay'), []);
  assert.deepEqual(withLimit(61, 'workingDay'), ['powers.step.timeLimitTooLong@steps.0.timeLimit']);
  assert.deepEqual(withLimit(91, 'naturalDay'), ['powers.step.timeLimitTooLong@steps.0.timeLimit']);
  assert.deepEqual(withLimit(4, 'month'), ['powers.step.timeLimitTooLong@steps.0.timeLimit']);
  assert.deepEqual(withLimit(0, 'workingDay'), ['services.timeLimit.invalidValue@steps.0.timeLimit.value']);
  assert.deepEqual(withLimit(2, 'immediate'), ['services.timeLimit.invalidValue@steps.0.timeLimit.value']);
});

test('step codes are unique within a power', () => {
  const steps = [...homestead.steps, { ...homestead.steps[2], name: t('再审查') }];
  assert.deepEqual(codes(validate(powerSchema, { ...homestead, steps })), ['powers.step.duplicateCode@steps.3.code']);
});

test('supervision: at least one point, on a step of this power, never by the post that does the step', () => {
  assert.deepEqual(codes(validate(powerSchema, { ...homestead, supervision: [] })), ['powers.supervision.missing@supervision']);
  const stray = { step: 'nowhere', by: 'supervisionCommittee', what: t('x') } as const;
  assert.deepEqual(codes(validate(powerSchema, { ...homestead, supervision: [stray] })), [
    'powers.supervision.unknownStep@supervision.0.step',
  ]);
  const self = { step: 'villageReview', by: 'villageCommittee', what: t('x') } as const;
  assert.deepEqual(codes(validate(powerSchema, { ...homestead, supervision: [self] })), [
    'powers.supervision.selfSupervision@supervision.0.by',
  ]);
});

test('a list uses each power code once', () => {
  assert.equal(validate(powerListSchema, [homestead, { ...homestead, code: 'other' }]).ok, true);
  assert.deepEqual(codes(validate(powerListSchema, [homestead, homestead])), ['powers.list.duplicateCode@1.code']);
});

test('a village override replaces in place, omits, appends its own and reports an unknown omission', () => {
  const a = { code: 'a' };
  const b = { code: 'b' };
  const c = { code: 'c' };
  const b2 = { code: 'b', changed: true };
  const own = { code: 'own' };
  const { powers, issues } = applyPowerOverride<{ code: string; changed?: boolean }>([a, b, c], { replace: [b2, own], omit: ['c'] });
  assert.deepEqual(powers, [a, b2, own]);
  assert.deepEqual(issues, []);
  assert.deepEqual(applyPowerOverride([a], { omit: ['zz'] }).issues, [
    { code: 'powers.override.unknownCode', params: { code: 'zz' }, path: ['omit', 0] },
  ]);
  assert.equal(validate(powerOverrideSchema, { omit: ['a'], extra: 1 }).ok, false);
});

test('labels and messages exist in both languages and are in the catalogue', () => {
  for (const table of [powerCategories, powerPosts])
    for (const row of table) assert.ok(row.label['zh-CN'].length > 0 && row.label.en.length > 0, row.code);
  for (const [code, entry] of Object.entries(powersMessages)) {
    assert.ok(entry['zh-CN'].length > 0 && entry.en.length > 0, code);
    assert.equal(catalogue[code as keyof typeof catalogue], entry);
  }
});
