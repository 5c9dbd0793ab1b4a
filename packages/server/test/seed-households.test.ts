import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compoundSurnames,
  maskName,
  parseResidentId,
  redact,
  roles,
  validateMobile,
  validatePersonName,
  validateResidentId,
} from '@shanzhi/rules';
import { demoCountyCode, generateDemoCounty } from '../src/seed/index.js';

const county = generateDemoCounty();

function unique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

test('one county, three towns, twelve villages with their groups', () => {
  assert.equal(county.county.code, demoCountyCode);
  assert.match(county.county.code, /^\d{6}$/);
  assert.equal(county.county.name, '青山县');
  assert.equal(county.towns.length, 3);
  assert.deepEqual(county.towns.map((town) => town.kind).sort(), ['乡', '镇', '镇']);
  assert.equal(county.villages.length, 12);
  for (const town of county.towns) {
    assert.match(town.code, new RegExp(`^${demoCountyCode}\\d{3}$`));
    assert.ok(county.villages.filter((village) => village.townId === town.id).length >= 3);
  }
  for (const village of county.villages) {
    const town = county.towns.find((one) => one.id === village.townId);
    assert.ok(town);
    assert.match(village.code, /^\d{12}$/);
    assert.ok(village.code.startsWith(town.code));
    assert.match(village.id, /^v-qs-\d{2}$/);
    assert.ok(village.name.endsWith('村'));
    const groups = county.villageGroups.filter((group) => group.villageId === village.id);
    assert.ok(groups.length >= 3);
    assert.deepEqual(
      groups.map((group) => group.number),
      groups.map((_, index) => index + 1),
    );
    assert.ok(groups.every((group) => /^第[一二三四五六七八九十]+村民小组$/.test(group.name)));
  }
  assert.ok(
    unique([
      county.county.id,
      ...county.towns.map((t) => t.id),
      ...county.villages.map((v) => v.id),
      ...county.villageGroups.map((g) => g.id),
    ]),
  );
  assert.ok(unique(county.villages.map((v) => v.code)));
});

test('about four thousand households spread over villages and groups', () => {
  assert.equal(county.households.length, 4000);
  assert.equal(
    county.villages.reduce((sum, village) => sum + village.households, 0),
    4000,
  );
  const groupVillage = new Map(county.villageGroups.map((group) => [group.id, group.villageId]));
  for (const village of county.villages) {
    const members = county.households.filter((household) => household.villageId === village.id);
    assert.equal(members.length, village.households);
    assert.ok(members.length >= 150 && members.length <= 600, `${village.name}: ${String(members.length)}`);
  }
  for (const household of county.households) {
    assert.equal(groupVillage.get(household.groupId), household.villageId);
    assert.ok(household.memberCount >= 1 && household.memberCount <= 7);
    assert.ok(household.address.startsWith('青山县'));
    assert.match(household.number, /^\d{6}-\d{5}$/);
  }
  assert.ok(unique(county.households.map((h) => h.id)));
  assert.ok(unique(county.households.map((h) => h.number)));
});

test('names are valid, frequency-weighted, with a few compound and dotted names', () => {
  const names = [...county.households.map((h) => h.headName), ...county.staff.map((s) => s.name)];
  for (const name of names) assert.equal(validatePersonName(name), null, name);
  const surnames = new Map<string, number>();
  for (const name of county.households.map((h) => h.headName)) surnames.set(name.charAt(0), (surnames.get(name.charAt(0)) ?? 0) + 1);
  const top = [...surnames.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([surname]) => surname);
  for (const common of ['王', '李', '张', '陈']) assert.ok(top.includes(common), `${common} should be among ${top.join('')}`);
  const compound = names.filter((name) => compoundSurnames.some((surname) => name.startsWith(surname) && name.length > 2));
  assert.ok(compound.length >= 3, `compound surnames: ${String(compound.length)}`);
  assert.ok(compound.every((name) => maskName(name).includes('*')));
  const dotted = names.filter((name) => name.includes('·'));
  assert.ok(dotted.length >= 2, `dotted names: ${String(dotted.length)}`);
});

test('mobiles are valid, unique and in segments no person holds', () => {
  for (const household of county.households) {
    assert.equal(validateMobile(household.mobile), null, household.mobile);
    assert.match(household.mobile, /^14[01468]\d{8}$/);
  }
  assert.ok(unique(county.households.map((h) => h.mobile)));
});

test('some heads have resident ID numbers that validate and agree with the household', () => {
  const withId = county.households.filter((h) => h.residentId !== undefined);
  const share = withId.length / county.households.length;
  assert.ok(share > 0.35 && share < 0.55, String(share));
  for (const household of withId) {
    const id = household.residentId ?? '';
    assert.equal(validateResidentId(id, county.asOf), null, id);
    const facts = parseResidentId(id, county.asOf);
    assert.ok(facts);
    assert.equal(facts.regionCode, demoCountyCode);
    assert.equal(facts.birthDate, household.headBirthDate);
    assert.equal(facts.sex, household.headSex);
  }
  assert.ok(unique(withId.map((h) => h.residentId)));
});

test('about thirty per cent consented to being named on the honour board, and redaction honours it for that purpose only', () => {
  const share = county.households.filter((h) => h.consentPurposes.includes('honourBoard')).length / county.households.length;
  assert.ok(share > 0.25 && share < 0.35, String(share));
  const consenting = county.households.find(
    (h) => h.consentPurposes.includes('honourBoard') && !h.consentPurposes.includes('publicNotice'),
  );
  const other = county.households.find((h) => h.consentPurposes.length === 0);
  assert.ok(consenting && other);
  assert.equal(redact(consenting, { role: 'public', purpose: 'honourBoard' }).headName, consenting.headName);
  assert.equal(
    redact(consenting, { role: 'public', purpose: 'publicNotice' }).headName,
    maskName(consenting.headName),
    'consent is per purpose',
  );
  assert.equal(redact(consenting, { role: 'public' }).headName, maskName(consenting.headName), 'no purpose, no name');
  assert.equal(redact(other, { role: 'public', purpose: 'honourBoard' }).headName, maskName(other.headName));
  assert.notEqual(redact(other, { role: 'public' }).mobile, other.mobile);
});

test('every current consent has its record (who, when), and withdrawn ones are not current', () => {
  const active = new Set(county.consents.filter((c) => c.withdrawnAt === undefined).map((c) => `${c.householdId} ${c.purpose}`));
  const expected = new Set(county.households.flatMap((h) => h.consentPurposes.map((purpose) => `${h.id} ${purpose}`)));
  assert.deepEqual(active, expected);
  assert.ok(unique(county.consents.map((c) => c.id)));
  const cadres = new Set(county.staff.filter((s) => s.role === 'cadre').map((s) => s.id));
  for (const consent of county.consents) {
    assert.ok(cadres.has(consent.givenBy), consent.id);
    assert.ok(consent.givenAt.slice(0, 10) >= county.window.from && consent.givenAt.slice(0, 10) <= county.asOf, consent.givenAt);
    if (consent.withdrawnAt !== undefined)
      assert.ok(consent.withdrawnAt > consent.givenAt && consent.withdrawnBy === consent.householdId, consent.id);
  }
  assert.ok(
    county.consents.some((c) => c.withdrawnAt !== undefined),
    'the demo shows a withdrawal',
  );
  assert.ok(county.consents.some((c) => c.purpose === 'publicNotice'));
});

test('every village has cadres, supervisors, mediators and a grid worker for each group', () => {
  assert.ok(unique(county.staff.map((s) => s.id)));
  for (const member of county.staff) assert.ok((roles as readonly string[]).includes(member.role));
  for (const village of county.villages) {
    const mine = county.staff.filter((s) => s.villageId === village.id);
    for (const role of ['cadre', 'supervisor', 'mediator', 'gridWorker'] as const)
      assert.ok(
        mine.some((s) => s.role === role),
        `${village.id} ${role}`,
      );
    const covered = new Set(mine.flatMap((s) => s.groupIds ?? []));
    for (const group of county.villageGroups.filter((g) => g.villageId === village.id)) assert.ok(covered.has(group.id), group.id);
  }
  for (const town of county.towns) assert.ok(county.staff.some((s) => s.townId === town.id && s.mediationLevel === 'township'));
  assert.ok(county.staff.some((s) => s.mediationLevel === 'county'));
});
