import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { demoGuides } from '@shanzhi/rules/demo-guides';
import { containsRawPersonalData, evaluateEligibility, onlineDepthLevels, serviceGuideSchema, validateGuide } from '@shanzhi/rules';
import { generateDemoCounty } from '../src/seed/index.js';

const { serviceGuides: guides, asOf } = generateDemoCounty();

test("about sixty guides, the rules' demo guides first, every one valid", () => {
  assert.ok(guides.length >= 55 && guides.length <= 65, String(guides.length));
  assert.deepEqual(guides.slice(0, demoGuides.length), demoGuides);
  assert.equal(new Set(guides.map((guide) => guide.code)).size, guides.length);
  assert.equal(new Set(guides.map((guide) => guide.name['zh-CN'])).size, guides.length);
  for (const guide of guides) {
    assert.deepEqual(validateGuide(guide), [], guide.code);
    assert.deepEqual(z.parse(serviceGuideSchema, guide), guide, guide.code);
    assert.ok(guide.keywords && guide.keywords.length > 0, guide.code);
  }
  assert.deepEqual(containsRawPersonalData(guides), []);
});

test('the departments of the domain guide are all there', () => {
  const departments = new Set(guides.map((guide) => guide.department));
  for (const code of [
    'civilAffairs',
    'agriculture',
    'humanResources',
    'medicalSecurity',
    'disabledPersons',
    'health',
    'emergency',
    'veterans',
    'naturalResources',
    'householdRegistration',
  ]) {
    assert.ok(departments.has(code), code);
  }
  for (const name of [
    '城乡居民基本医疗保险参保登记',
    '高龄津贴申领',
    '农村危房改造申请',
    '耕地地力保护补贴申领',
    '退役军人优待证申领',
    '居民身份证换领',
    '新生儿出生登记',
    '特困人员认定',
    '就业失业登记',
  ]) {
    assert.ok(
      guides.some((guide) => guide.name['zh-CN'] === name),
      name,
    );
  }
});

test('the guides vary like a real catalogue', () => {
  assert.ok(
    guides.some((guide) => guide.materials.length === 20),
    'one service with twenty materials',
  );
  const depths = new Set(guides.map((guide) => guide.online.depth));
  for (const level of onlineDepthLevels) assert.ok(depths.has(level.level), `online depth ${String(level.level)}`);
  assert.ok(guides.some((guide) => guide.villageProxy) && guides.some((guide) => !guide.villageProxy));
  assert.ok(guides.some((guide) => !guide.fee.free));
  assert.ok(guides.some((guide) => guide.visits === 0) && guides.some((guide) => guide.visits >= 2));
  assert.ok(guides.some((guide) => guide.timeLimits.promised.unit === 'immediate'));
  assert.ok(guides.some((guide) => guide.timeLimits.statutory !== undefined));
  assert.ok(guides.filter((guide) => guide.faq.length > 0).length >= 15);
  assert.ok(guides.filter((guide) => guide.eligibility !== undefined).length >= 10);
  assert.ok(guides.every((guide) => guide.updatedOn !== undefined && guide.updatedOn <= asOf));
});

test('eligibility rules decide as the statutes say', () => {
  const pension = guides.find((guide) => guide.name['zh-CN'] === '城乡居民基本养老保险待遇领取');
  assert.ok(pension);
  const answers = { birthDate: '1960-05-01', localHukou: true, employeePension: false, paidFifteenYears: true };
  assert.equal(evaluateEligibility(pension, answers, { asOf }).outcome, 'eligible');
  assert.equal(evaluateEligibility(pension, { ...answers, birthDate: '1970-05-01' }, { asOf }).outcome, 'notEligible');
  assert.equal(evaluateEligibility(pension, { localHukou: true }, { asOf }).outcome, 'needMoreInfo');

  const allowance = guides.find((guide) => guide.name['zh-CN'] === '高龄津贴申领');
  assert.ok(allowance);
  assert.equal(evaluateEligibility(allowance, { birthDate: '1940-01-01', localHukou: true }, { asOf }).outcome, 'eligible');
  assert.equal(evaluateEligibility(allowance, { birthDate: '1950-01-01', localHukou: true }, { asOf }).outcome, 'notEligible');

  const dibao = guides.find((guide) => guide.name['zh-CN'] === '最低生活保障审核确认');
  assert.ok(dibao);
  assert.equal(evaluateEligibility(dibao, { localHukou: true, incomePerPerson: 600, meetsAssetRules: true }, { asOf }).outcome, 'eligible');
  assert.equal(
    evaluateEligibility(dibao, { localHukou: true, incomePerPerson: 1500, meetsAssetRules: true }, { asOf }).outcome,
    'notEligible',
  );

  const poverty = guides.find((guide) => guide.name['zh-CN'] === '特困人员认定');
  assert.ok(poverty);
  const base = { localHukou: true, incomePerPerson: 300, noSupporter: true, disabilityGrade: 'none' };
  assert.equal(evaluateEligibility(poverty, { ...base, birthDate: '1950-01-01' }, { asOf }).outcome, 'eligible');
  assert.equal(evaluateEligibility(poverty, { ...base, birthDate: '1980-01-01' }, { asOf }).outcome, 'notEligible');
  assert.equal(evaluateEligibility(poverty, { ...base, birthDate: '1980-01-01', disabilityGrade: 'grade2' }, { asOf }).outcome, 'eligible');
});
