import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogue, checkAcceptance, formatMessage, type AcceptanceInput } from '../src/index.js';

function safety(overrides: Partial<AcceptanceInput['safety']> = {}): AcceptanceInput {
  return { safety: { alreadyBefore: 'none', otherPartyRefusedMediation: false, ...overrides } };
}

test('accepts a dispute no one else has and the other side has not refused', () => {
  assert.deepEqual(checkAcceptance(safety()), { accepted: true });
});

test('does not mediate when the other party has expressly refused (Art 17) and points to the other routes', () => {
  const decision = checkAcceptance(safety({ otherPartyRefusedMediation: true }));
  assert.ok(!decision.accepted);
  assert.equal(decision.reason.code, 'mediation.acceptance.otherPartyRefused');
  assert.deepEqual(decision.reason.path, ['safety', 'otherPartyRefusedMediation']);
  assert.equal(decision.redirect.where, 'otherRoutes');
  assert.match(decision.redirect.guidance['zh-CN'], /仲裁/);
  assert.match(decision.redirect.guidance['zh-CN'], /法院/);
  assert.match(decision.redirect.guidance.en, /arbitration/);
});

test('does not accept a dispute already before a court and sends the applicant to that court', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'court' }));
  assert.ok(!decision.accepted);
  assert.equal(decision.reason.code, 'mediation.acceptance.beforeCourt');
  assert.deepEqual(decision.reason.path, ['safety', 'alreadyBefore']);
  assert.equal(decision.redirect.where, 'court');
  assert.equal(decision.redirect.guidance['zh-CN'], formatMessage('mediation.redirect.court', 'zh-CN'));
  assert.equal(decision.redirect.guidance.en, formatMessage('mediation.redirect.court', 'en'));
});

test('does not accept a dispute the police are handling and sends the applicant to the police', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'police' }));
  assert.ok(!decision.accepted);
  assert.equal(decision.reason.code, 'mediation.acceptance.beforePolice');
  assert.equal(decision.redirect.where, 'police');
  assert.match(decision.redirect.guidance['zh-CN'], /110/);
});

test('does not accept a dispute already before arbitration', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'arbitration' }));
  assert.ok(!decision.accepted);
  assert.equal(decision.reason.code, 'mediation.acceptance.beforeArbitration');
  assert.equal(decision.redirect.where, 'arbitration');
});

test('names the agency already handling the dispute in both languages', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'otherAgency', otherAgencyName: '县人社局劳动监察大队' }));
  assert.ok(!decision.accepted);
  assert.equal(decision.reason.code, 'mediation.acceptance.beforeAgency');
  assert.equal(decision.redirect.where, 'handlingAgency');
  assert.deepEqual(decision.redirect.params, { agency: '县人社局劳动监察大队' });
  assert.match(decision.redirect.guidance['zh-CN'], /县人社局劳动监察大队/);
  assert.match(decision.redirect.guidance.en, /县人社局劳动监察大队/);
});

test('still redirects to the handling agency when its name is unknown', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'otherAgency', otherAgencyName: '  ' }));
  assert.ok(!decision.accepted);
  assert.equal(decision.redirect.code, 'mediation.redirect.agency');
  assert.doesNotMatch(decision.redirect.guidance['zh-CN'], /\{agency\}/);
});

test('a body already handling the dispute decides the redirect even when the other side also refused', () => {
  const decision = checkAcceptance(safety({ alreadyBefore: 'court', otherPartyRefusedMediation: true }));
  assert.ok(!decision.accepted);
  assert.equal(decision.redirect.where, 'court');
});

test('every redirect guidance exists in the message catalogue', () => {
  for (const where of ['court', 'police', 'arbitration', 'otherAgency'] as const) {
    const decision = checkAcceptance(safety({ alreadyBefore: where, otherAgencyName: '镇信访办' }));
    assert.ok(!decision.accepted);
    assert.ok(decision.redirect.code in catalogue);
    assert.ok(decision.reason.code in catalogue);
  }
});
