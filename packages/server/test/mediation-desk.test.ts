import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { containsRawPersonalData, judicialConfirmationWindow, type MediationIntakeInput } from '@shanzhi/rules';
import {
  acceptMediationCase,
  assignMediators,
  closeMediationCase,
  declareMediationTies,
  draftMediationAgreement,
  escalateMediationCase,
  getMediationDesk,
  listMediationQueue,
  lookUpMediationCase,
  recordMediationEvent,
  recordMediationFollowUp,
  recordMediationSession,
  refuseMediationCase,
  remindJudicialConfirmation,
  scheduleMediationSession,
  signMediationAgreement,
  submitMediationIntake,
  type Client,
} from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { verifyAuditChain } from '../src/audit/index.js';
import type { Database } from '../src/db/index.js';
import { logChannel, useNotificationChannel, type MediationNotice, type Recipient } from '../src/mediation/notify.js';
import { demoToday, type TestServer } from './harness.js';
import { auditActions } from './support/audit.js';
import { homesteadApplicant, homesteadIntake, homesteadRespondent } from './support/intakes.js';
import { rejectsWith } from './support/problems.js';
import { startFileServer, type FileServer } from './support/scratch.js';

let fixture: FileServer;
let server: TestServer;
let db: Kysely<Database>;
let publicClient: Client;
let mediator: Client;
/** A second mediator of the demo mediator's village, with a token made for this test. */
let colleague: Client;
let mediatorId: string;
let colleagueId: string;
const sent: { notice: MediationNotice; recipient: Recipient }[] = [];

const notes = '双方到场，申请人陈述了越界约半米的情况，被申请人同意重新测量。';

async function submit(body: MediationIntakeInput = homesteadIntake()) {
  return (await publicClient.request(submitMediationIntake, { body }, { idempotencyKey: randomUUID() })).data;
}

function caseOf(caseNumber: string) {
  return { params: { caseNumber } };
}

/** Placeholder terms of a 调解协议书: the refusals tested with them come before the terms are read. */
const placeholderAgreement = { on: demoToday, facts: '事实', terms: '内容', performanceMethod: '当面' };

/** A 回访 finding the agreement fulfilled, as recorded once a case is closed. */
const fulfilledVisit = { on: demoToday, performance: 'fulfilled', note: '回访' } as const;

before(async () => {
  fixture = await startFileServer('shanzhi-mediation-desk-');
  ({ server, db } = fixture);
  publicClient = server.client();
  mediator = server.client('demo-mediator');
  const own = await db
    .selectFrom('api_tokens')
    .select(['subject_id', 'village_id'])
    .where('token_hash', '=', createHash('sha256').update('demo-mediator').digest('hex'))
    .executeTakeFirstOrThrow();
  mediatorId = own.subject_id;
  const other = await db
    .selectFrom('staff')
    .select('id')
    .where('role', '=', 'mediator')
    .where('village_id', '=', own.village_id)
    .where('id', '!=', mediatorId)
    .executeTakeFirstOrThrow();
  colleagueId = other.id;
  await db
    .insertInto('api_tokens')
    .values({
      token_hash: createHash('sha256').update('test-colleague').digest('hex'),
      subject_id: colleagueId,
      role: 'mediator',
      village_id: own.village_id,
      household_id: null,
      label: 'test colleague',
    })
    .execute();
  colleague = server.client('test-colleague');
  useNotificationChannel({
    name: 'log',
    send: (notice, recipient) => {
      sent.push({ notice, recipient });
      return Promise.resolve(recipient.mobile !== undefined);
    },
  });
});

after(async () => {
  useNotificationChannel(undefined);
  await fixture.close();
});

describe('a case from intake to agreement, 司法确认 reminder and 回访', () => {
  let receipt: Awaited<ReturnType<typeof submit>>;
  let caseNumber: string;

  before(async () => {
    receipt = await submit();
    caseNumber = receipt.caseNumber;
  });

  test('steps out of order are refused with a precise problem before acceptance', async () => {
    await rejectsWith(
      mediator.request(scheduleMediationSession, { ...caseOf(caseNumber), body: { on: demoToday, place: '村委会调解室' } }),
      409,
      'mediation.desk.notAssigned',
    );
    await rejectsWith(
      mediator.request(draftMediationAgreement, { ...caseOf(caseNumber), body: placeholderAgreement }),
      409,
      'mediation.desk.notInMediation',
    );
    await rejectsWith(
      mediator.request(recordMediationFollowUp, { ...caseOf(caseNumber), body: fulfilledVisit }),
      409,
      'mediation.desk.followUpBeforeClosing',
    );
    await rejectsWith(
      mediator.request(acceptMediationCase, { ...caseOf(caseNumber), body: { on: '2099-01-01' } }),
      422,
      'mediation.desk.dateInFuture',
    );
  });

  test('acceptance starts the one-month limit; a second acceptance is refused', async () => {
    const { data } = await mediator.request(acceptMediationCase, { ...caseOf(caseNumber), body: { on: demoToday } });
    assert.equal(data.status.state, 'accepted');
    assert.ok(data.due.some((item) => item.kind === 'conclude' && item.dueOn === data.status.concludeBy));
    assert.ok(data.nextSteps.includes('assignMediators'));
    await rejectsWith(
      mediator.request(acceptMediationCase, { ...caseOf(caseNumber), body: { on: demoToday } }),
      409,
      'mediation.case.illegalEvent',
    );
  });

  test('a mediator tied to a party is refused; the tie never reaches the applicant', async () => {
    const tied = await colleague.request(declareMediationTies, { ...caseOf(caseNumber), body: { parties: ['respondent-1'] } });
    assert.deepEqual(tied.data.myTies, ['respondent-1']);
    await rejectsWith(
      colleague.request(declareMediationTies, { ...caseOf(caseNumber), body: { parties: ['respondent-7'] } }),
      422,
      'mediation.desk.unknownSigner',
    );
    const refused = await rejectsWith(
      mediator.request(assignMediators, { ...caseOf(caseNumber), body: { on: demoToday, mediatorIds: [mediatorId, colleagueId] } }),
      409,
      'mediation.recusal.tiedMediator',
    );
    assert.deepEqual(refused.issues[0]?.path, ['mediatorIds', 1]);
    // The tied mediator works no step of the case.
    await rejectsWith(
      colleague.request(scheduleMediationSession, { ...caseOf(caseNumber), body: { on: demoToday, place: '村委会调解室' } }),
      409,
      'mediation.recusal.callerTied',
    );
    const status = await publicClient.request(lookUpMediationCase, { ...caseOf(caseNumber), body: { trackingCode: receipt.trackingCode } });
    assert.ok(!JSON.stringify(status.data).includes(colleagueId));
    assert.equal(status.data.state, 'accepted');
  });

  test('assignment, then a session scheduled once per Idempotency-Key, the parties notified without a number in any log', async () => {
    const assigned = await mediator.request(assignMediators, { ...caseOf(caseNumber), body: { on: demoToday, mediatorIds: [mediatorId] } });
    assert.equal(assigned.data.status.state, 'assigned');
    assert.deepEqual(assigned.data.tiedMediatorIds, [colleagueId]);
    const key = randomUUID();
    const input = { ...caseOf(caseNumber), body: { on: demoToday, time: '14:30', place: '村委会调解室' } };
    const first = await mediator.request(scheduleMediationSession, input, { idempotencyKey: key });
    const again = await mediator.request(scheduleMediationSession, input, { idempotencyKey: key });
    assert.equal(first.status, 201);
    assert.deepEqual(again.data.sessions, first.data.sessions);
    assert.equal(first.data.sessions.length, 1);
    assert.deepEqual(
      first.data.sessions[0]?.notified.map((one) => one.party),
      ['applicant', 'respondent-1'],
    );
    const mine = sent.filter((one) => one.notice.caseNumber === caseNumber);
    assert.equal(mine.length, 2, 'one notice per party, none for the replayed request');
    assert.equal(mine[0]?.recipient.mobile, homesteadApplicant.mobile);
    // The log channel writes ids, the party's reference and the channel: never a name or a number.
    const lines: string[] = [];
    const log = logChannel((line) => lines.push(line));
    for (const one of mine) await log.send(one.notice, one.recipient);
    for (const secret of [homesteadApplicant.mobile, homesteadApplicant.name, homesteadRespondent.mobile, homesteadRespondent.name])
      assert.ok(!lines.join('\n').includes(secret), secret);
    assert.match(lines[0] ?? '', /"channel":"log"/);
  });

  test('an agreement cannot be drafted before a session is held', async () => {
    await rejectsWith(
      mediator.request(draftMediationAgreement, { ...caseOf(caseNumber), body: placeholderAgreement }),
      409,
      'mediation.desk.noSessionHeld',
    );
  });

  test('recording the notes starts the mediation; the notes stay on the desk', async () => {
    const { data } = await mediator.request(recordMediationSession, {
      params: { caseNumber, sessionId: 's1' },
      body: { heldOn: demoToday, attended: ['applicant', 'respondent-1'], notes },
    });
    assert.equal(data.status.state, 'inMediation');
    assert.equal(data.sessions[0]?.notes, notes);
    const refusals = [
      ['s1', 409, 'mediation.desk.sessionAlreadyRecorded'],
      ['s9', 404, 'mediation.desk.unknownSession'],
    ] as const;
    for (const [sessionId, status, code] of refusals) {
      const again = { params: { caseNumber, sessionId }, body: { heldOn: demoToday, attended: [], notes } };
      await rejectsWith(mediator.request(recordMediationSession, again), status, code);
    }
    const status = await publicClient.request(lookUpMediationCase, { ...caseOf(caseNumber), body: { trackingCode: receipt.trackingCode } });
    const text = JSON.stringify(status.data);
    assert.ok(!text.includes(notes.slice(0, 8)), 'the notes reached the applicant');
    assert.deepEqual(status.data.sessions, [{ on: demoToday, time: '14:30', place: '村委会调解室', held: true }]);
    assert.deepEqual(containsRawPersonalData(status.data), []);
  });

  test('the 调解协议书: drafted from the case, signed by every party, the mediator and the seal; the last signature concludes', async () => {
    const desk = await mediator.request(getMediationDesk, caseOf(caseNumber));
    const { facts, terms } = desk.data.agreementDraft;
    const drafted = await mediator.request(draftMediationAgreement, {
      ...caseOf(caseNumber),
      body: { on: demoToday, facts, terms, performanceMethod: '由双方共同委托测量后按测量结果恢复分界', performBy: '2026-12-31' },
    });
    assert.deepEqual(drafted.data.agreement?.requiredSigners, ['applicant', 'respondent-1', 'mediator', 'committeeSeal']);
    assert.deepEqual(
      drafted.data.agreement.parties.map((one) => one.name),
      [homesteadApplicant.name, homesteadRespondent.name],
    );
    assert.ok(!JSON.stringify(drafted.data).includes(homesteadApplicant.mobile), 'a phone number in the desk view');
    for (const signer of ['applicant', 'respondent-1', 'mediator']) {
      const signed = await mediator.request(signMediationAgreement, { ...caseOf(caseNumber), body: { signer, on: demoToday } });
      assert.equal(signed.data.status.state, 'inMediation');
    }
    await rejectsWith(
      mediator.request(signMediationAgreement, { ...caseOf(caseNumber), body: { signer: 'mediator', on: demoToday } }),
      409,
      'mediation.desk.alreadySigned',
    );
    const sealed = await mediator.request(signMediationAgreement, {
      ...caseOf(caseNumber),
      body: { signer: 'committeeSeal', on: demoToday },
    });
    assert.equal(sealed.data.status.state, 'concluded');
    assert.equal(sealed.data.status.outcome, 'agreement');
    assert.equal(sealed.data.agreement?.effectiveOn, demoToday);
    const window = judicialConfirmationWindow(demoToday);
    assert.equal(sealed.data.status.judicialConfirmationBy, window.closesOn);
    assert.ok(sealed.data.due.some((item) => item.kind === 'judicialConfirmation' && item.dueOn === window.closesOn));
  });

  test('the 司法确认 reminder once; the 回访 after closing; the applicant sees the dates, not the note', async () => {
    const reminded = await mediator.request(remindJudicialConfirmation, { ...caseOf(caseNumber), body: { on: demoToday } });
    assert.equal(reminded.data.judicialReminderOn, demoToday);
    assert.ok(!reminded.data.due.some((item) => item.kind === 'judicialConfirmation'));
    await rejectsWith(
      mediator.request(remindJudicialConfirmation, { ...caseOf(caseNumber), body: { on: demoToday } }),
      409,
      'mediation.desk.alreadyReminded',
    );
    const visit = await mediator.request(
      recordMediationFollowUp,
      { ...caseOf(caseNumber), body: { on: demoToday, performance: 'notYetDue', note: '电话回访：双方已约定测量日期。' } },
      { idempotencyKey: randomUUID() },
    );
    assert.equal(visit.status, 201);
    assert.equal(visit.data.followUps.length, 1);
    const status = await publicClient.request(lookUpMediationCase, { ...caseOf(caseNumber), body: { trackingCode: receipt.trackingCode } });
    assert.equal(status.data.judicialReminderOn, demoToday);
    assert.equal(status.data.followUpOn, demoToday);
    assert.ok(!JSON.stringify(status.data).includes('电话回访'));
  });

  test('every step is audited on the case, and the chain holds', async () => {
    const actions = await auditActions(db, `mediation-case:${caseNumber}`);
    for (const action of [
      'mediation.case.accept',
      'mediation.desk.ties',
      'mediation.case.assign',
      'mediation.desk.schedule',
      'mediation.case.start',
      'mediation.desk.draft',
      'mediation.desk.sign',
      'mediation.case.conclude',
      'mediation.desk.remind',
      'mediation.desk.followUp',
    ])
      assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
    assert.equal((await verifyAuditChain(db)).ok, true);
  });
});

describe('refusal, closing without agreement, escalation', () => {
  test('a refusal shows the applicant the reason and the route (the organ the mediator named)', async () => {
    const receipt = await submit();
    await mediator.request(refuseMediationCase, {
      ...caseOf(receipt.caseNumber),
      body: { on: demoToday, reason: 'reservedToAnotherOrgan', organName: '青溪镇人民政府' },
    });
    // The client asks in zh-CN unless told otherwise.
    const status = await publicClient.request(lookUpMediationCase, {
      ...caseOf(receipt.caseNumber),
      body: { trackingCode: receipt.trackingCode },
    });
    assert.equal(status.data.state, 'refused');
    assert.equal(status.data.refusalReason, 'reservedToAnotherOrgan');
    assert.match(status.data.refusalGuidance ?? '', /青溪镇人民政府/);
  });

  test('closing without agreement gives the Art 26 routes and records a transfer; escalation records the Art 25 report', async () => {
    const one = await submit();
    await mediator.request(acceptMediationCase, { ...caseOf(one.caseNumber), body: { on: demoToday } });
    await mediator.request(assignMediators, { ...caseOf(one.caseNumber), body: { on: demoToday, mediatorIds: [mediatorId] } });
    await rejectsWith(
      mediator.request(closeMediationCase, { ...caseOf(one.caseNumber), body: { on: demoToday, outcome: 'noAgreement' } }),
      409,
      'mediation.case.illegalEvent',
    );
    await mediator.request(scheduleMediationSession, { ...caseOf(one.caseNumber), body: { on: demoToday, place: '村委会调解室' } });
    await mediator.request(recordMediationSession, {
      params: { caseNumber: one.caseNumber, sessionId: 's1' },
      body: { heldOn: demoToday, attended: ['applicant'], notes: '被申请人拒绝继续调解。' },
    });
    await rejectsWith(
      mediator.request(closeMediationCase, {
        ...caseOf(one.caseNumber),
        body: { on: demoToday, outcome: 'noAgreement', transferTo: 'administrative' },
      }),
      422,
      'mediation.desk.agencyNameMissing',
    );
    const closed = await mediator.request(closeMediationCase, {
      ...caseOf(one.caseNumber),
      body: { on: demoToday, outcome: 'noAgreement', transferTo: 'administrative', agencyName: '青溪镇自然资源所' },
    });
    assert.equal(closed.data.status.outcome, 'noAgreement');
    assert.deepEqual(
      closed.data.status.routes.map((route) => route.code),
      ['arbitration', 'administrative', 'court'],
    );
    assert.equal(closed.data.transfer?.agencyName, '青溪镇自然资源所');
    await rejectsWith(
      mediator.request(recordMediationFollowUp, { ...caseOf(one.caseNumber), body: fulfilledVisit }),
      409,
      'mediation.desk.followUpBeforeClosing',
    );

    const two = await submit();
    await mediator.request(acceptMediationCase, { ...caseOf(two.caseNumber), body: { on: demoToday } });
    const escalated = await mediator.request(escalateMediationCase, {
      ...caseOf(two.caseNumber),
      body: { on: demoToday, toLevel: 'county', reportedTo: 'police', note: '一方扬言报复' },
    });
    assert.equal(escalated.data.status.state, 'escalated');
    assert.ok(escalated.data.status.continuedAs);
    assert.deepEqual(escalated.data.riskReports, [{ on: demoToday, to: 'police', note: '一方扬言报复' }]);
    const status = await publicClient.request(lookUpMediationCase, { ...caseOf(two.caseNumber), body: { trackingCode: two.trackingCode } });
    assert.ok(!JSON.stringify(status.data).includes('扬言'), 'the Art 25 report reached the applicant');
  });

  test('the raw event route still works beside the desk', async () => {
    const one = await submit();
    const { data } = await mediator.request(recordMediationEvent, { ...caseOf(one.caseNumber), body: { type: 'accept', on: demoToday } });
    assert.equal(data.state, 'accepted');
  });
});

describe("the mediator's queue", () => {
  test("a case of another village is not the mediator's: 403 on its desk and steps, absent from the queue", async () => {
    const own = await db.selectFrom('staff').select('village_id').where('id', '=', mediatorId).executeTakeFirstOrThrow();
    const other = await db
      .selectFrom('mediation_cases')
      .select('case_number')
      .where('village_id', 'is not', null)
      .where('village_id', '!=', own.village_id)
      .executeTakeFirstOrThrow();
    await rejectsWith(mediator.request(getMediationDesk, caseOf(other.case_number)), 403, 'forbidden');
    await rejectsWith(mediator.request(acceptMediationCase, { ...caseOf(other.case_number), body: { on: demoToday } }), 403, 'forbidden');
    const all = (await mediator.request(listMediationQueue, { query: { limit: 200 } })).data;
    assert.ok(!all.items.some((item) => item.caseNumber === other.case_number));
  });

  test('filters by state, level and overdue, soonest due first, and pages with a cursor', async () => {
    const all = (await mediator.request(listMediationQueue, { query: { limit: 200 } })).data;
    assert.ok(all.total > 0);
    const dues = all.items.map((item) => item.due[0]?.dueOn ?? '9999-12-31');
    assert.deepEqual([...dues].sort(), dues);
    const submitted = (await mediator.request(listMediationQueue, { query: { state: 'submitted' } })).data;
    assert.ok(submitted.items.length > 0 && submitted.items.every((item) => item.state === 'submitted'));
    const overdue = (await mediator.request(listMediationQueue, { query: { overdue: true } })).data;
    assert.ok(overdue.items.length > 0, 'the seed has overdue items');
    assert.ok(overdue.items.every((item) => item.overdue && item.due.some((one) => one.overdue)));
    const village = (await mediator.request(listMediationQueue, { query: { level: 'village' } })).data;
    assert.ok(village.items.every((item) => item.level === 'village'));
    for (const due of ['conclude', 'judicialConfirmation'] as const) {
      const only = (await mediator.request(listMediationQueue, { query: { due } })).data;
      const expected = all.items.filter((item) => item.due.some((one) => one.kind === due)).map((item) => item.caseNumber);
      assert.deepEqual(
        only.items.map((item) => item.caseNumber),
        expected,
        due,
      );
    }
    assert.ok(
      all.items.some((item) => item.due.some((one) => one.kind === 'conclude')),
      'the seed has cases within the month',
    );

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await mediator.request(listMediationQueue, { query: { limit: 3, ...(cursor === undefined ? {} : { cursor }) } })).data;
      seen.push(...page.items.map((item) => item.caseNumber));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    assert.deepEqual(
      seen,
      all.items.map((item) => item.caseNumber),
    );
    assert.deepEqual(containsRawPersonalData(all), []);
    assert.ok(!JSON.stringify(all).includes(homesteadApplicant.name), 'the queue names a party');
  });
});
