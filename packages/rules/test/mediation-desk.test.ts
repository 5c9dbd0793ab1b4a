import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  applyCaseEvent,
  assignmentIssues,
  checkDraftAgreement,
  checkFollowUp,
  checkRecordSession,
  checkSchedule,
  dueItems,
  emptyDesk,
  followUpAfterDays,
  mediationDeskSchema,
  openCase,
  partyRefSchema,
  requiredSigners,
  signAgreement,
  type CaseEvent,
  type MediationCase,
  type MediationDesk,
} from '../src/index.js';

function run(events: readonly CaseEvent[]): MediationCase {
  let current = openCase({ submittedOn: '2026-03-02', level: 'village' });
  for (const event of events) {
    const result = applyCaseEvent(current, event);
    assert.ok(result.ok, event.type);
    current = result.value;
  }
  return current;
}

const accepted = run([{ type: 'accept', on: '2026-03-02' }]);
const assigned = run([
  { type: 'accept', on: '2026-03-02' },
  { type: 'assign', on: '2026-03-03', mediatorId: 'm-1' },
]);
const inMediation = run([
  { type: 'accept', on: '2026-03-02' },
  { type: 'assign', on: '2026-03-03', mediatorId: 'm-1' },
  { type: 'start', on: '2026-03-05' },
]);
const scheduled: MediationDesk = {
  ...emptyDesk(),
  mediatorIds: ['m-1'],
  sessions: [{ id: 's1', on: '2026-03-05', place: '村委会调解室', scheduledOn: '2026-03-03', scheduledBy: 'm-1', notified: [] }],
};
const held: MediationDesk = {
  ...scheduled,
  sessions: scheduled.sessions.map((one) => ({ ...one, heldOn: '2026-03-05', notes: '笔录', attended: ['applicant'] })),
};
const drafted: MediationDesk = {
  ...held,
  agreement: { facts: '事实', terms: '内容', performanceMethod: '当面', draftedOn: '2026-03-06', draftedBy: 'm-1', signatures: [] },
};

test('party references name the applicant and respondents counted from 1', () => {
  for (const good of ['applicant', 'respondent-1', 'respondent-20']) assert.equal(z.safeParse(partyRefSchema, good).success, true, good);
  for (const bad of ['respondent-0', 'respondent-', 'mediator', 'Applicant'])
    assert.equal(z.safeParse(partyRefSchema, bad).success, false, bad);
  assert.equal(z.safeParse(mediationDeskSchema, drafted).success, true);
});

test('a session is scheduled only once the case is accepted and assigned', () => {
  assert.equal(checkSchedule(accepted)?.code, 'mediation.desk.notAssigned');
  assert.equal(checkSchedule(assigned), null);
  assert.equal(checkSchedule(inMediation), null);
});

test('notes are recorded once, for a known session, not before its day', () => {
  assert.deepEqual(checkRecordSession(assigned, scheduled, 's1', '2026-03-05'), { ok: true, value: 0 });
  const unknown = checkRecordSession(assigned, scheduled, 's2', '2026-03-05');
  assert.ok(!unknown.ok && unknown.issues[0]?.code === 'mediation.desk.unknownSession');
  const early = checkRecordSession(assigned, scheduled, 's1', '2026-03-04');
  assert.ok(!early.ok && early.issues[0]?.code === 'mediation.desk.sessionNotYetDue');
  const twice = checkRecordSession(inMediation, held, 's1', '2026-03-05');
  assert.ok(!twice.ok && twice.issues[0]?.code === 'mediation.desk.sessionAlreadyRecorded');
  const notWorking = checkRecordSession(accepted, scheduled, 's1', '2026-03-05');
  assert.ok(!notWorking.ok && notWorking.issues[0]?.code === 'mediation.desk.notInMediation');
});

test('an agreement is drafted after a session, and not redrafted once signed', () => {
  assert.equal(checkDraftAgreement(accepted, emptyDesk())?.code, 'mediation.desk.notInMediation');
  assert.equal(checkDraftAgreement(assigned, scheduled)?.code, 'mediation.desk.noSessionHeld');
  assert.equal(checkDraftAgreement(inMediation, held), null);
  const signed = signAgreement(inMediation, drafted, 1, { signer: 'applicant', on: '2026-03-06', recordedBy: 'm-1' });
  assert.ok(signed.ok);
  assert.equal(checkDraftAgreement(inMediation, { ...drafted, agreement: signed.value.agreement })?.code, 'mediation.desk.agreementSigned');
});

test('Art 29: every party, the mediator and the seal sign; the last one makes the agreement effective', () => {
  assert.deepEqual(requiredSigners(2), ['applicant', 'respondent-1', 'respondent-2', 'mediator', 'committeeSeal']);
  let desk = drafted;
  const signers = requiredSigners(1);
  for (const [index, signer] of signers.entries()) {
    const result = signAgreement(inMediation, desk, 1, { signer, on: '2026-03-07', recordedBy: 'm-1' });
    assert.ok(result.ok, signer);
    assert.equal(result.value.effectiveOn, index === signers.length - 1 ? '2026-03-07' : undefined, signer);
    desk = { ...desk, agreement: result.value.agreement };
  }
  assert.equal(desk.agreement?.effectiveOn, '2026-03-07');
  const codes = (signer: string, on = '2026-03-07', state = inMediation, on_desk: MediationDesk = drafted) => {
    const result = signAgreement(state, on_desk, 1, { signer, on, recordedBy: 'm-1' });
    return result.ok ? null : result.issues[0]?.code;
  };
  assert.equal(codes('respondent-2'), 'mediation.desk.unknownSigner');
  assert.equal(codes('applicant', '2026-03-05'), 'mediation.case.dateBeforePrevious');
  assert.equal(codes('applicant', '2026-03-07', inMediation, held), 'mediation.desk.noAgreementDraft');
  assert.equal(codes('applicant', '2026-03-07', inMediation, desk), 'mediation.desk.alreadySigned');
  assert.equal(codes('applicant', '2026-03-07', assigned), 'mediation.desk.notInMediation');
});

test('回避: a tied mediator or one a party asked to replace is refused, with the index of the list', () => {
  const desk: MediationDesk = { ...emptyDesk(), released: [{ mediatorId: 'm-3', on: '2026-03-03', reason: 'partyRequest' }] };
  const issues = assignmentIssues(desk, ['m-1', 'm-2', 'm-3'], new Set(['m-2']));
  assert.deepEqual(
    issues.map((one) => [one.code, one.path]),
    [
      ['mediation.recusal.tiedMediator', ['mediatorIds', 1]],
      ['mediation.recusal.partyObjected', ['mediatorIds', 2]],
    ],
  );
  const stepped: MediationDesk = { ...emptyDesk(), released: [{ mediatorId: 'm-3', on: '2026-03-03', reason: 'recusal' }] };
  assert.deepEqual(assignmentIssues(stepped, ['m-3'], new Set()), []);
});

test('due items: contact, the one-month limit, notes of a passed session, the 30 days and the 回访', () => {
  const submitted = openCase({ submittedOn: '2026-03-02', level: 'village' });
  assert.deepEqual(dueItems(submitted, emptyDesk(), '2026-03-05', '2026-03-06'), [{ kind: 'contact', dueOn: '2026-03-05', overdue: true }]);
  // 《人民调解工作若干规定》Art 33: one month from acceptance.
  assert.deepEqual(dueItems(accepted, emptyDesk(), '2026-03-05', '2026-04-02'), [
    { kind: 'conclude', dueOn: '2026-04-02', overdue: false },
  ]);
  assert.deepEqual(
    dueItems(assigned, scheduled, '2026-03-05', '2026-03-06').map((one) => [one.kind, one.overdue]),
    [
      ['sessionNotes', true],
      ['conclude', false],
    ],
  );
  assert.deepEqual(
    dueItems(assigned, scheduled, '2026-03-05', '2026-03-04').map((one) => one.kind),
    ['conclude'],
  );
  const concluded = run([
    { type: 'accept', on: '2026-03-02' },
    { type: 'assign', on: '2026-03-03', mediatorId: 'm-1' },
    { type: 'start', on: '2026-03-05' },
    { type: 'conclude', on: '2026-03-09', outcome: 'agreement' },
  ]);
  const due = dueItems(concluded, held, '2026-03-05', '2026-03-10');
  // 人民调解法 Art 33: 30 days from 2026-03-09, the starting day not counted → 2026-04-08 (a Wednesday).
  assert.deepEqual(due, [
    { kind: 'judicialConfirmation', dueOn: '2026-04-08', overdue: false },
    { kind: 'followUp', dueOn: '2026-04-08', overdue: false },
  ]);
  assert.equal(followUpAfterDays, 30);
  const done = dueItems(
    concluded,
    {
      ...held,
      judicialReminderOn: '2026-03-10',
      followUps: [{ id: 'f1', on: '2026-04-01', performance: 'fulfilled', note: '已履行', recordedBy: 'm-1' }],
    },
    '2026-03-05',
    '2026-05-01',
  );
  assert.deepEqual(done, []);
});

test('回访 comes after a case closed with an agreement', () => {
  assert.equal(checkFollowUp(inMediation)?.code, 'mediation.desk.followUpBeforeClosing');
  const noAgreement = run([
    { type: 'accept', on: '2026-03-02' },
    { type: 'assign', on: '2026-03-03', mediatorId: 'm-1' },
    { type: 'start', on: '2026-03-05' },
    { type: 'conclude', on: '2026-03-09', outcome: 'noAgreement' },
  ]);
  assert.equal(checkFollowUp(noAgreement)?.code, 'mediation.desk.followUpBeforeClosing');
});
