import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  containsRawPersonalData,
  isTrackingCode,
  judicialConfirmationWindow,
  mediationDeadline,
  triageDueDate,
  type MediationIntakeInput,
} from '@shanzhi/rules';
import type { ProblemError } from '@shanzhi/sdk';
import {
  getMediationCase,
  lookUpMediationCase,
  recordMediationEvent,
  submitMediationIntake,
  withdrawMediationCase,
  type Client,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { homesteadApplicant, homesteadIntake as intake } from './support/intakes.js';
import { useFileServer } from './support/scratch.js';
import { problemOf } from './support/problems.js';
import { auditActions } from './support/audit.js';
import { countRows } from './support/rows.js';

/** The server over a file: the test counts rows and verifies the audit chain through a second connection (`db`). */
const fixture = useFileServer('shanzhi-mediation-');
const { publicClient } = fixture;
const { mediator } = fixture.demo;

const { mobile, residentId, name: applicantName } = homesteadApplicant;

async function submit(client: Client = publicClient, body: MediationIntakeInput = intake()) {
  return (await client.request(submitMediationIntake, { body }, { idempotencyKey: `test-${String(Math.random())}` })).data;
}

/** The applicant's own request about a case (its receipt's case number unless another is given), with the tracking code. */
function asApplicant(receipt: { readonly caseNumber: string; readonly trackingCode: string }, caseNumber = receipt.caseNumber) {
  return { params: { caseNumber }, body: { trackingCode: receipt.trackingCode } };
}

function rowCount(caseNumber: string): Promise<number> {
  return countRows(fixture.db, 'mediation_cases', ['case_number', caseNumber]);
}

async function mediatorId(): Promise<string> {
  const hash = createHash('sha256').update('demo-mediator').digest('hex');
  const row = await fixture.db.selectFrom('api_tokens').select('subject_id').where('token_hash', '=', hash).executeTakeFirstOrThrow();
  return row.subject_id;
}

function assertNoPersonalData(value: unknown): void {
  assert.deepEqual(containsRawPersonalData(value), []);
  const text = JSON.stringify(value);
  for (const secret of [mobile, residentId, applicantName, '张建国', '13700001111', '王家坞村三组'])
    assert.ok(!text.includes(secret), `response holds ${secret}`);
}

describe('submitting a request for mediation', () => {
  test('a public intake gets a receipt: case number, tracking code, triage, contact and conclusion dates', async () => {
    const result = await publicClient.request(submitMediationIntake, { body: intake() });
    assert.equal(result.status, 201);
    const receipt = result.data;
    assert.match(receipt.caseNumber, /^MED-339901-2026-\d{6}$/);
    assert.match(receipt.displayCaseNumber, /^（2026）青山调字第\d{4}号$/);
    assert.ok(isTrackingCode(receipt.trackingCode));
    assert.equal(receipt.submittedOn, demoToday);
    assert.equal(receipt.state, 'submitted');
    assert.equal(receipt.withdrawable, true);
    // A homestead dispute matches no rule of the default table: the village committee (小事不出村).
    assert.equal(receipt.triage.level, 'village');
    assert.equal(receipt.triage.urgency, 'normal');
    assert.equal(receipt.triage.notifyPolice, false);
    assert.deepEqual(
      receipt.triage.reasons.map((reason) => reason.code),
      ['mediation.triage.noRuleMatched'],
    );
    // 2026-11-29 is a Sunday: three working days are Mon 30 November to Wed 2 December.
    assert.equal(receipt.triage.contactBy, '2026-12-02');
    assert.equal(receipt.triage.contactBy, triageDueDate(demoToday, 'village'));
    assert.equal(receipt.concludeBy, mediationDeadline(receipt.triage.contactBy));
    assertNoPersonalData(receipt);
  });

  test('the case number comes from the (region, year) counter, one after the seeded cases', async () => {
    const counter = await fixture.db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'case:339901:2026')
      .executeTakeFirstOrThrow();
    const receipt = await submit();
    assert.equal(Number(receipt.caseNumber.slice(-6)), counter.value + 1);
  });

  test('only a hash of the tracking code is stored, and the audit entry names the case, not the applicant', async () => {
    const receipt = await submit();
    const row = await fixture.db
      .selectFrom('mediation_cases')
      .selectAll()
      .where('case_number', '=', receipt.caseNumber)
      .executeTakeFirstOrThrow();
    assert.equal(row.tracking_hash, createHash('sha256').update(receipt.trackingCode).digest('hex'));
    assert.ok(!row.doc.includes(receipt.trackingCode));
    assert.equal(row.state, 'submitted');
    const audit = await fixture.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject', '=', `mediation-case:${receipt.caseNumber}`)
      .execute();
    assert.deepEqual(
      audit.map((entry) => entry.action),
      ['mediation.case.submit'],
    );
    assertNoPersonalData(audit);
  });

  test('the same Idempotency-Key twice gives the same case, replayed, and one row', async () => {
    const key = 'mediation-retry-1';
    const first = await publicClient.request(submitMediationIntake, { body: intake() }, { idempotencyKey: key });
    const second = await publicClient.request(submitMediationIntake, { body: intake() }, { idempotencyKey: key });
    assert.equal(first.replayed, false);
    assert.equal(second.replayed, true);
    assert.equal(second.data.caseNumber, first.data.caseNumber);
    assert.equal(second.data.trackingCode, first.data.trackingCode);
    assert.equal(await rowCount(first.data.caseNumber), 1);
  });

  test('without an Idempotency-Key the intake is refused with 400 idempotency-key-missing', async () => {
    const response = await fetch(`${fixture.server.url}/v1/mediation/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(intake()),
    });
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { code: string };
    assert.equal(problem.code, 'idempotency-key-missing');
  });

  test('an invalid intake answers 400 with the paths of the fields to fix, in Chinese and in English', async () => {
    const bad = { ...intake(), applicant: { name: applicantName, mobile: '12345' } } as MediationIntakeInput;
    const zh = await problemOf(publicClient.request(submitMediationIntake, { body: bad }));
    const en = await problemOf(fixture.server.client(undefined, { locale: 'en' }).request(submitMediationIntake, { body: bad }));
    for (const problem of [zh, en]) {
      assert.equal(problem.status, 400);
      assert.equal(problem.code, 'validation');
      assert.ok(problem.issues.some((found) => found.path.join('.') === 'applicant.mobile'));
    }
    const message = (problem: ProblemError) => problem.issues.find((found) => found.path.join('.') === 'applicant.mobile')?.message ?? '';
    assert.match(message(zh), /[\u4e00-\u9fff]/);
    assert.match(message(en), /^[\x20-\x7e]+$/);
  });

  test('a dispute a court already has is refused 422 with the guidance to go to the court; nothing is stored', async () => {
    const countBefore = await fixture.db
      .selectFrom('mediation_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const problem = await problemOf(
      fixture.server
        .client(undefined, { locale: 'en' })
        .request(submitMediationIntake, { body: intake({ safety: { alreadyBefore: 'court' } }) }),
    );
    assert.equal(problem.status, 422);
    assert.equal(problem.code, 'mediation.acceptance.beforeCourt');
    const redirect = problem.issues.find((found) => found.code === 'mediation.redirect.court');
    assert.ok(redirect, 'the redirect guidance is one of the issues');
    assert.deepEqual(redirect.path, ['safety', 'alreadyBefore']);
    assert.match(redirect.message, /court/i);
    const afterCount = await fixture.db
      .selectFrom('mediation_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterCount.n, countBefore.n);
  });

  test('an express refusal by the other party (Art 17) is refused 422 with the other routes', async () => {
    const problem = await problemOf(
      publicClient.request(submitMediationIntake, { body: intake({ safety: { otherPartyRefusedMediation: true } }) }),
    );
    assert.equal(problem.status, 422);
    assert.equal(problem.code, 'mediation.acceptance.otherPartyRefused');
    assert.ok(problem.issues.some((found) => found.code === 'mediation.redirect.otherRoutes'));
  });

  test('threatened violence (Art 25) makes the case urgent, reported to the police and at least township level', async () => {
    const receipt = await submit(
      publicClient,
      intake({ dispute: { type: 'neighbour', amountFen: 50_000 }, safety: { violenceThreatened: true } }),
    );
    assert.equal(receipt.triage.urgency, 'urgent');
    assert.equal(receipt.triage.notifyPolice, true);
    assert.equal(receipt.triage.level, 'township');
    assert.equal(receipt.triage.contactBy, demoToday);
    assert.ok(receipt.triage.reasons.some((reason) => reason.code === 'mediation.triage.violenceThreatened'));
    assert.ok(receipt.triage.reasons.some((reason) => reason.code === 'mediation.triage.levelRaised'));
  });
});

describe('following a case', () => {
  test('the applicant reads the status with the tracking code; it holds no personal data', async () => {
    const receipt = await submit();
    const { data } = await publicClient.request(lookUpMediationCase, asApplicant(receipt));
    assert.equal(data.caseNumber, receipt.caseNumber);
    assert.equal(data.displayCaseNumber, receipt.displayCaseNumber);
    assert.equal(data.disputeType, 'homestead');
    assert.equal(data.state, 'submitted');
    assert.equal(data.level, 'village');
    assert.equal(data.urgency, 'normal');
    assert.equal(data.withdrawable, true);
    assert.deepEqual(data.routes, []);
    assert.deepEqual(data.history, [{ type: 'submit', on: demoToday }]);
    assertNoPersonalData(data);
  });

  test('the tracking code is accepted as printed (ABCD-EFGH, lower case)', async () => {
    const receipt = await submit();
    const printed = `${receipt.trackingCode.slice(0, 4)}-${receipt.trackingCode.slice(4)}`.toLowerCase();
    const { data } = await publicClient.request(lookUpMediationCase, {
      params: { caseNumber: receipt.caseNumber },
      body: { trackingCode: printed },
    });
    assert.equal(data.caseNumber, receipt.caseNumber);
  });

  test('a wrong tracking code answers 404, as for a case that does not exist; without a code only staff read a case', async () => {
    const receipt = await submit();
    const wrong = receipt.trackingCode === '22222222' ? '33333333' : '22222222';
    for (const client of [publicClient, fixture.server.client('demo-villager')]) {
      const problem = await problemOf(
        client.request(lookUpMediationCase, { params: { caseNumber: receipt.caseNumber }, body: { trackingCode: wrong } }),
      );
      assert.equal(problem.status, 404);
    }
    // The staff route answers the same whether the case exists or not: 401 to the public, 403 to a villager.
    for (const caseNumber of [receipt.caseNumber, 'MED-339901-2026-999999']) {
      assert.equal((await problemOf(publicClient.request(getMediationCase, { params: { caseNumber } }))).status, 401);
      assert.equal(
        (await problemOf(fixture.server.client('demo-villager').request(getMediationCase, { params: { caseNumber } }))).status,
        403,
      );
    }
    const missing = await problemOf(publicClient.request(lookUpMediationCase, asApplicant(receipt, 'MED-339901-2026-999999')));
    assert.equal(missing.status, 404);
  });

  test('a tracking code in the URL is refused with 400 and never echoed', async () => {
    const receipt = await submit();
    const response = await fetch(`${fixture.server.url}/v1/mediation/cases/${receipt.caseNumber}?trackingCode=${receipt.trackingCode}`);
    assert.equal(response.status, 400);
    assert.ok(!(await response.text()).includes(receipt.trackingCode));
  });

  test("a mediator of the village reads a villager's case without the code; a mediator of another village is refused", async () => {
    const receipt = await submit(fixture.server.client('demo-villager'));
    const { data } = await mediator.request(getMediationCase, { params: { caseNumber: receipt.caseNumber } });
    assert.equal(data.caseNumber, receipt.caseNumber);
    assert.match(data.displayCaseNumber, /^（2026）\S+调字第\d{4}号$/);
    const elsewhere = await fixture.db
      .selectFrom('mediation_cases')
      .select('case_number')
      .where('village_id', '!=', 'v-qs-01')
      .limit(1)
      .executeTakeFirstOrThrow();
    const problem = await problemOf(mediator.request(getMediationCase, { params: { caseNumber: elsewhere.case_number } }));
    assert.equal(problem.status, 403);
  });
});

describe('a mediator moves a case on', () => {
  test('accept → assign → start → conclude with agreement gives the judicial confirmation deadline', async () => {
    const receipt = await submit();
    const params = { caseNumber: receipt.caseNumber };
    const accepted = await mediator.request(recordMediationEvent, { params, body: { type: 'accept', on: '2026-11-30' } });
    assert.equal(accepted.data.state, 'accepted');
    assert.equal(accepted.data.acceptedOn, '2026-11-30');
    assert.equal(accepted.data.concludeBy, '2026-12-30');
    assert.equal(accepted.data.withdrawable, true);
    const assigned = await mediator.request(recordMediationEvent, {
      params,
      body: { type: 'assign', on: '2026-12-01', mediatorId: await mediatorId() },
    });
    assert.equal(assigned.data.state, 'assigned');
    assert.equal(assigned.data.withdrawable, false);
    await mediator.request(recordMediationEvent, { params, body: { type: 'start', on: '2026-12-02' } });
    const concluded = await mediator.request(recordMediationEvent, {
      params,
      body: { type: 'conclude', on: '2026-12-10', outcome: 'agreement' },
    });
    assert.equal(concluded.data.state, 'concluded');
    assert.equal(concluded.data.outcome, 'agreement');
    assert.equal(concluded.data.agreementEffectiveOn, '2026-12-10');
    assert.equal(concluded.data.judicialConfirmationBy, judicialConfirmationWindow('2026-12-10').closesOn);
    assert.deepEqual(
      concluded.data.history.map((event) => event.type),
      ['submit', 'accept', 'assign', 'start', 'conclude'],
    );
    // The applicant sees the same outcome with the tracking code.
    const seen = await publicClient.request(lookUpMediationCase, asApplicant(receipt));
    assert.equal(seen.data.judicialConfirmationBy, concluded.data.judicialConfirmationBy);
    assert.deepEqual(await auditActions(fixture.db, `mediation-case:${receipt.caseNumber}`), [
      'mediation.case.submit',
      'mediation.case.accept',
      'mediation.case.assign',
      'mediation.case.start',
      'mediation.case.conclude',
    ]);
  });

  test("no agreement lists the Art 26 routes in the caller's language", async () => {
    const receipt = await submit();
    const params = { caseNumber: receipt.caseNumber };
    const english = fixture.server.client('demo-mediator', { locale: 'en' });
    await english.request(recordMediationEvent, { params, body: { type: 'accept', on: '2026-11-30' } });
    await english.request(recordMediationEvent, { params, body: { type: 'assign', on: '2026-11-30', mediatorId: await mediatorId() } });
    await english.request(recordMediationEvent, { params, body: { type: 'start', on: '2026-12-01' } });
    const { data } = await english.request(recordMediationEvent, {
      params,
      body: { type: 'conclude', on: '2026-12-20', outcome: 'noAgreement' },
    });
    assert.deepEqual(
      data.routes.map((route) => route.code),
      ['arbitration', 'administrative', 'court'],
    );
    assert.equal(data.routes[2]?.label, "Bring a lawsuit in the people's court");
    assert.equal(data.judicialConfirmationBy, undefined);
  });

  const refusedEvents = [
    {
      name: 'an event the state does not allow',
      body: { type: 'start', on: '2026-11-30' },
      status: 409,
      code: 'mediation.case.illegalEvent',
    },
    {
      name: 'an event dated before the previous step',
      body: { type: 'accept', on: '2026-11-01' },
      status: 422,
      code: 'mediation.case.dateBeforePrevious',
    },
  ] as const;
  for (const { name, body, status, code } of refusedEvents) {
    test(`${name} answers ${String(status)} with the rule code`, async () => {
      const receipt = await submit();
      const problem = await problemOf(mediator.request(recordMediationEvent, { params: { caseNumber: receipt.caseNumber }, body }));
      assert.equal(problem.status, status);
      assert.equal(problem.code, code);
    });
  }

  test('assigning someone who is not a mediator is refused 400 at mediatorId', async () => {
    const receipt = await submit();
    const params = { caseNumber: receipt.caseNumber };
    await mediator.request(recordMediationEvent, { params, body: { type: 'accept', on: '2026-11-30' } });
    const problem = await problemOf(
      mediator.request(recordMediationEvent, { params, body: { type: 'assign', on: '2026-11-30', mediatorId: 'nobody' } }),
    );
    assert.equal(problem.status, 400);
    assert.deepEqual(problem.issues[0]?.path, ['mediatorId']);
  });

  test("escalation closes the case and opens the higher level's own case, followed with the same code", async () => {
    const receipt = await submit();
    const { data } = await mediator.request(recordMediationEvent, {
      params: { caseNumber: receipt.caseNumber },
      body: { type: 'escalate', on: '2026-11-30', toLevel: 'township' },
    });
    assert.equal(data.state, 'escalated');
    assert.equal(data.escalatedTo, 'township');
    const continuedAs = data.continuedAs;
    assert.ok(typeof continuedAs === 'string' && continuedAs !== receipt.caseNumber);
    const next = await publicClient.request(lookUpMediationCase, asApplicant(receipt, continuedAs));
    assert.equal(next.data.state, 'submitted');
    assert.equal(next.data.level, 'township');
  });

  test('other staff may not record events (403)', async () => {
    const receipt = await submit();
    const problem = await problemOf(
      fixture.server
        .client('demo-cadre')
        .request(recordMediationEvent, { params: { caseNumber: receipt.caseNumber }, body: { type: 'accept', on: '2026-11-30' } }),
    );
    assert.equal(problem.status, 403);
  });
});

describe('withdrawing', () => {
  test('the applicant withdraws before assignment with the tracking code', async () => {
    const receipt = await submit();
    const { data } = await publicClient.request(withdrawMediationCase, asApplicant(receipt));
    assert.equal(data.state, 'withdrawn');
    assert.equal(data.withdrawable, false);
    assert.deepEqual(data.history.at(-1), { type: 'withdraw', on: demoToday });
    assertNoPersonalData(data);
  });

  test('after assignment withdrawal online is refused 409 (tell the mediator instead)', async () => {
    const receipt = await submit();
    const params = { caseNumber: receipt.caseNumber };
    await mediator.request(recordMediationEvent, { params, body: { type: 'accept', on: demoToday } });
    await mediator.request(recordMediationEvent, { params, body: { type: 'assign', on: demoToday, mediatorId: await mediatorId() } });
    const problem = await problemOf(publicClient.request(withdrawMediationCase, asApplicant(receipt)));
    assert.equal(problem.status, 409);
    assert.equal(problem.code, 'mediation.case.withdrawAfterAssignment');
  });

  test('a wrong tracking code cannot withdraw (404)', async () => {
    const receipt = await submit();
    const wrong = receipt.trackingCode === '22222222' ? '33333333' : '22222222';
    const problem = await problemOf(
      publicClient.request(withdrawMediationCase, { params: { caseNumber: receipt.caseNumber }, body: { trackingCode: wrong } }),
    );
    assert.equal(problem.status, 404);
    const row = await fixture.db
      .selectFrom('mediation_cases')
      .select('state')
      .where('case_number', '=', receipt.caseNumber)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'submitted');
  });
});

test('the audit chain verifies after all these writes', async () => {
  const result = await verifyAuditChain(fixture.db);
  assert.equal(result.ok, true);
  assert.ok(result.count > 20);
});
