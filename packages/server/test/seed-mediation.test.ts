import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  caseStates,
  checkAcceptance,
  escalationFlags,
  levelRank,
  mediationCaseSchema,
  mediationIntakeSchema,
  parseCaseNumber,
  refusalReasons,
  triage,
  validateTrackingCode,
  validateUscc,
} from '@shanzhi/rules';
import { generateDemoCounty } from '../src/seed/index.js';

const county = generateDemoCounty();
const cases = county.mediationCases;

test('about sixty cases with unique numbers and tracking codes', () => {
  assert.ok(cases.length >= 55 && cases.length <= 70, String(cases.length));
  assert.equal(new Set(cases.map((one) => one.id)).size, cases.length);
  assert.equal(new Set(cases.map((one) => one.caseNumber)).size, cases.length);
  assert.equal(new Set(cases.map((one) => one.trackingCode)).size, cases.length);
  const perYear = new Map<number, number[]>();
  for (const one of cases) {
    assert.equal(validateTrackingCode(one.trackingCode), null);
    const parts = parseCaseNumber(one.caseNumber);
    assert.ok(parts.ok, one.caseNumber);
    assert.equal(parts.value.regionCode, county.county.code);
    assert.equal(parts.value.year, Number(one.case.submittedOn.slice(0, 4)));
    perYear.set(parts.value.year, [...(perYear.get(parts.value.year) ?? []), parts.value.sequence]);
  }
  for (const sequences of perYear.values())
    assert.deepEqual(
      [...sequences].sort((a, b) => a - b),
      sequences.map((_, index) => index + 1),
    );
  assert.ok(new Set(cases.map((one) => one.villageId)).size >= 8, 'spread over villages');
});

test("intakes pass the intake schema unchanged; triage and acceptance are the rules' own", () => {
  for (const one of cases) {
    assert.deepEqual(z.parse(mediationIntakeSchema, one.intake), one.intake, one.id);
    assert.deepEqual(one.triage, triage(one.intake));
    assert.deepEqual(one.acceptance, checkAcceptance(one.intake));
    const household = county.households.find((h) => h.id === one.householdId);
    assert.ok(household, one.householdId);
    assert.equal(household.villageId, one.villageId);
    assert.equal(one.intake.applicant.name, household.headName);
    assert.equal(one.intake.applicant.mobile, household.mobile);
    for (const respondent of one.intake.respondents)
      if (respondent.kind === 'organisation') assert.equal(validateUscc(respondent.uscc), null, respondent.uscc);
  }
});

test('cases are legal lifecycle records in every state', () => {
  const states = new Set(cases.map((one) => one.case.state));
  for (const state of caseStates) assert.ok(states.has(state), state);
  const outcomes = new Set(cases.map((one) => one.case.outcome).filter((one) => one !== undefined));
  assert.deepEqual([...outcomes].sort(), ['agreement', 'noAgreement']);
  const reasons = new Set(cases.map((one) => one.case.refusalReason).filter((one) => one !== undefined));
  for (const reason of refusalReasons) assert.ok(reasons.has(reason), reason);
  for (const one of cases) {
    assert.deepEqual(z.parse(mediationCaseSchema, one.case), one.case, one.id);
    const dates = one.case.history.map((step) => step.on);
    assert.deepEqual([...dates].sort(), dates, one.id);
    assert.ok(dates.every((date) => date <= county.asOf));
    assert.equal(one.case.history[0]?.type, 'submit');
    if (!one.acceptance.accepted) assert.equal(one.case.state, 'refused');
    if (one.escalatedFromId === undefined) assert.equal(one.case.level, one.triage.level, one.id);
    if (one.case.mediatorId !== undefined) assert.ok(county.staff.some((member) => member.id === one.case.mediatorId));
  }
  const concluded = cases.filter((one) => one.case.state === 'concluded').length;
  assert.ok(concluded > cases.length / 3);
});

test('Art 25: risk flags raise the case, and escalated cases continue at a higher level', () => {
  const flagged = cases.filter((one) => escalationFlags.some((flag) => one.intake.safety[flag]));
  assert.ok(flagged.length >= 3, String(flagged.length));
  for (const one of flagged) {
    assert.equal(one.triage.notifyPolice, true);
    assert.equal(one.triage.urgency, 'urgent');
    assert.ok(levelRank(one.triage.level) >= levelRank('township'));
  }
  const escalated = cases.filter((one) => one.case.state === 'escalated');
  assert.ok(escalated.length >= 2);
  for (const one of escalated) {
    const next = cases.find((other) => other.id === one.continuedAsId);
    assert.ok(next, one.id);
    assert.equal(next.escalatedFromId, one.id);
    assert.equal(next.case.level, one.case.escalatedTo);
    assert.ok(levelRank(next.case.level) > levelRank(one.case.level));
    assert.equal(next.case.submittedOn, one.case.closedOn);
  }
  assert.ok(
    escalated.some((one) => cases.find((other) => other.id === one.continuedAsId)?.triage.notifyPolice === true),
    'a threat voiced during mediation',
  );
});
