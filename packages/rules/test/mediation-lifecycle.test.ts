import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyCaseEvent,
  caseEventSchema,
  mediationCaseSchema,
  noAgreementRoutes,
  openCase,
  validate,
  type CaseEvent,
  type MediationCase,
} from '../src/index.js';

/** Applies events in order and fails the test at the first refusal. */
function run(
  events: readonly CaseEvent[],
  start: MediationCase = openCase({ submittedOn: '2026-03-02', level: 'village' }),
): MediationCase {
  let current = start;
  for (const event of events) {
    const result = applyCaseEvent(current, event);
    assert.ok(result.ok, `${event.type}: ${JSON.stringify(result)}`);
    current = result.value;
  }
  return current;
}

const accept: CaseEvent = { type: 'accept', on: '2026-03-02' };
const assign: CaseEvent = { type: 'assign', on: '2026-03-03', mediatorId: 'm-17' };
const start: CaseEvent = { type: 'start', on: '2026-03-05' };

test('a case goes from submitted through mediation to an agreement', () => {
  const done = run([accept, assign, start, { type: 'conclude', on: '2026-03-20', outcome: 'agreement' }]);
  assert.equal(done.state, 'concluded');
  assert.equal(done.outcome, 'agreement');
  assert.equal(done.acceptedOn, '2026-03-02');
  assert.equal(done.mediatorId, 'm-17');
  assert.equal(done.agreementEffectiveOn, '2026-03-20');
  assert.equal(done.routes, undefined);
  assert.deepEqual(
    done.history.map((entry) => entry.type),
    ['submit', 'accept', 'assign', 'start', 'conclude'],
  );
  assert.ok(validate(mediationCaseSchema, done).ok);
});

test('an agreement may take effect after the day mediation ends, never before', () => {
  const inMediation = run([accept, assign, start]);
  const later = applyCaseEvent(inMediation, {
    type: 'conclude',
    on: '2026-03-20',
    outcome: 'agreement',
    agreementEffectiveOn: '2026-03-22',
  });
  assert.ok(later.ok);
  assert.equal(later.value.agreementEffectiveOn, '2026-03-22');
  const earlier = applyCaseEvent(inMediation, {
    type: 'conclude',
    on: '2026-03-20',
    outcome: 'agreement',
    agreementEffectiveOn: '2026-03-19',
  });
  assert.ok(!earlier.ok);
  assert.equal(earlier.issues[0]?.code, 'mediation.case.agreementBeforeConclusion');
});

test('no agreement lists the Art 26 routes: arbitration, administrative, court', () => {
  const done = run([accept, assign, start, { type: 'conclude', on: '2026-03-20', outcome: 'noAgreement' }]);
  assert.equal(done.outcome, 'noAgreement');
  assert.deepEqual(done.routes, ['arbitration', 'administrative', 'court']);
  assert.deepEqual(
    noAgreementRoutes.map((route) => route.code),
    ['arbitration', 'administrative', 'court'],
  );
  for (const route of noAgreementRoutes) assert.ok(route['zh-CN'].length > 0 && route.en.length > 0);
});

test('the applicant may withdraw a submitted or accepted case', () => {
  assert.equal(run([{ type: 'withdraw', on: '2026-03-02' }]).state, 'withdrawn');
  const withdrawn = run([accept, { type: 'withdraw', on: '2026-03-03' }]);
  assert.equal(withdrawn.state, 'withdrawn');
  assert.equal(withdrawn.closedOn, '2026-03-03');
});

test('the applicant may not withdraw online once a mediator is assigned', () => {
  for (const current of [run([accept, assign]), run([accept, assign, start])]) {
    const result = applyCaseEvent(current, { type: 'withdraw', on: '2026-03-10' });
    assert.ok(!result.ok);
    assert.deepEqual(result.issues, [{ code: 'mediation.case.withdrawAfterAssignment', path: [] }]);
  }
});

test('the other party refusing after acceptance ends the case as refused and lists the other routes', () => {
  const refused = run([accept, { type: 'refuse', on: '2026-03-04', reason: 'otherPartyRefused' }]);
  assert.equal(refused.state, 'refused');
  assert.equal(refused.refusalReason, 'otherPartyRefused');
  assert.deepEqual(refused.routes, ['arbitration', 'administrative', 'court']);
});

test('a case refused because a court has it carries no routes', () => {
  const refused = run([{ type: 'refuse', on: '2026-03-02', reason: 'alreadyBeforeAnotherBody' }]);
  assert.equal(refused.state, 'refused');
  assert.equal(refused.routes, undefined);
});

test('a mediator can be replaced before mediation starts (Art 23)', () => {
  const reassigned = run([accept, assign, { type: 'assign', on: '2026-03-04', mediatorId: 'm-20' }]);
  assert.equal(reassigned.mediatorId, 'm-20');
  assert.equal(reassigned.state, 'assigned');
});

test('a case is escalated only to a higher level', () => {
  const escalated = run([accept, { type: 'escalate', on: '2026-03-03', toLevel: 'township' }]);
  assert.equal(escalated.state, 'escalated');
  assert.equal(escalated.escalatedTo, 'township');
  for (const toLevel of ['grid', 'village'] as const) {
    const result = applyCaseEvent(run([accept]), { type: 'escalate', on: '2026-03-03', toLevel });
    assert.ok(!result.ok);
    assert.deepEqual(result.issues, [
      { code: 'mediation.case.escalateNotHigher', path: ['toLevel'], params: { level: 'village', toLevel } },
    ]);
  }
});

test('illegal events are refused with the state and event named', () => {
  const submitted = openCase({ submittedOn: '2026-03-02', level: 'village' });
  const cases: [MediationCase, CaseEvent][] = [
    [submitted, assign],
    [submitted, start],
    [submitted, { type: 'conclude', on: '2026-03-02', outcome: 'noAgreement' }],
    [run([accept]), accept],
    [run([accept, assign]), { type: 'conclude', on: '2026-03-05', outcome: 'agreement' }],
    [run([accept, assign, start]), { type: 'refuse', on: '2026-03-06', reason: 'otherPartyRefused' }],
  ];
  for (const [current, event] of cases) {
    const result = applyCaseEvent(current, event);
    assert.ok(!result.ok, `${current.state} + ${event.type}`);
    assert.deepEqual(result.issues, [
      { code: 'mediation.case.illegalEvent', path: [], params: { event: event.type, state: current.state } },
    ]);
  }
});

test('a closed case takes no further events', () => {
  const closed = [
    run([{ type: 'withdraw', on: '2026-03-02' }]),
    run([{ type: 'refuse', on: '2026-03-02', reason: 'reservedToAnotherOrgan' }]),
    run([accept, assign, start, { type: 'conclude', on: '2026-03-20', outcome: 'agreement' }]),
    run([{ type: 'escalate', on: '2026-03-02', toLevel: 'county' }]),
  ];
  for (const current of closed) {
    for (const event of [
      accept,
      assign,
      start,
      { type: 'withdraw', on: '2026-03-30' } as const,
      { type: 'escalate', on: '2026-03-30', toLevel: 'county' } as const,
    ]) {
      const result = applyCaseEvent(current, event);
      assert.ok(!result.ok, `${current.state} + ${event.type}`);
      assert.equal(result.issues[0]?.code, 'mediation.case.illegalEvent');
    }
  }
});

test('an event dated before the previous step is refused', () => {
  const result = applyCaseEvent(run([accept, assign]), { type: 'start', on: '2026-03-01' });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues, [{ code: 'mediation.case.dateBeforePrevious', path: ['on'], params: { previous: '2026-03-03' } }]);
});

test('applying an event leaves the original case unchanged', () => {
  const accepted = run([accept]);
  const copy = JSON.parse(JSON.stringify(accepted)) as unknown;
  run([assign], accepted);
  assert.deepEqual(accepted, copy);
});

test('events from a server are parsed by the event schema', () => {
  assert.ok(validate(caseEventSchema, { type: 'conclude', on: '2026-03-20', outcome: 'noAgreement' }).ok);
  const bad = validate(caseEventSchema, { type: 'assign', on: '2026-02-30', mediatorId: '' });
  assert.ok(!bad.ok);
  assert.deepEqual(
    bad.issues.map((found) => found.path),
    [['on'], ['mediatorId']],
  );
});
