import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { addDays } from '@shanzhi/rules';
import {
  acceptMediationCase,
  assignMediators,
  getMediationDesk,
  listMediationQueue,
  recordMediationSession,
  scheduleMediationSession,
  submitMediationIntake,
} from '@shanzhi/sdk';
import { demoToday } from './harness.js';
import { homesteadIntake } from './support/intakes.js';
import { rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';

/*
 * The desk's `nextSteps` offer only what the server accepts (acceptance walk, session 8): 不予受理 answers an application,
 * so it is not offered once the case is accepted (人民调解法 Art 17; 《人民调解工作若干规定》Art 22); the notes of a
 * session (调解笔录, Art 27) are offered once its day has come — the rules refuse them ahead of it.
 */

const env = useFileServer('shanzhi-mediation-desk-steps-');
const caseOf = (caseNumber: string) => ({ params: { caseNumber } });

describe('the desk offers the steps the server accepts', () => {
  test('不予受理 only before acceptance; notes only for a session whose day has come', async () => {
    const mediator = env.demo.mediator;
    const receipt = (await env.publicClient.request(submitMediationIntake, { body: homesteadIntake() }, { idempotencyKey: randomUUID() }))
      .data;
    const { caseNumber } = receipt;
    const fresh = (await mediator.request(getMediationDesk, caseOf(caseNumber))).data;
    assert.ok(fresh.nextSteps.includes('refuseMediationCase'), 'an application can be refused');

    const accepted = (await mediator.request(acceptMediationCase, { ...caseOf(caseNumber), body: { on: demoToday } })).data;
    assert.ok(!accepted.nextSteps.includes('refuseMediationCase'), `不予受理 after acceptance: ${accepted.nextSteps.join(', ')}`);

    const { data: queue } = await mediator.request(listMediationQueue, { query: { mine: 'true' } });
    const me = queue.items.flatMap((one) => one.mediatorIds).find((id) => accepted.candidates.some((c) => c.id === id));
    assert.ok(me, 'the demo mediator is among the candidates');
    const assigned = (await mediator.request(assignMediators, { ...caseOf(caseNumber), body: { on: demoToday, mediatorIds: [me] } })).data;
    assert.ok(!assigned.nextSteps.includes('refuseMediationCase'));

    const later = addDays(demoToday, 3);
    const planned = await mediator.request(scheduleMediationSession, { ...caseOf(caseNumber), body: { on: later, place: '村委会调解室' } });
    assert.ok(!planned.data.nextSteps.includes('recordMediationSession'), 'notes offered before the session');
    // …and the server would refuse them, as the desk no longer offers.
    await rejectsWith(
      mediator.request(recordMediationSession, {
        params: { caseNumber, sessionId: 's1' },
        body: { heldOn: demoToday, attended: [], notes: '提前记录' },
      }),
      422,
      'mediation.desk.sessionNotYetDue',
    );

    const todays = await mediator.request(scheduleMediationSession, {
      ...caseOf(caseNumber),
      body: { on: demoToday, place: '村委会调解室' },
    });
    assert.ok(todays.data.nextSteps.includes('recordMediationSession'), "today's session can be recorded");
  });

  test('every candidate offered for assignment is one the server accepts (Art 19)', async () => {
    const mediator = env.demo.mediator;
    const receipt = (await env.publicClient.request(submitMediationIntake, { body: homesteadIntake() }, { idempotencyKey: randomUUID() }))
      .data;
    const { caseNumber } = receipt;
    const accepted = (await mediator.request(acceptMediationCase, { ...caseOf(caseNumber), body: { on: demoToday } })).data;
    assert.ok(accepted.candidates.length > 0);
    for (const one of accepted.candidates) assert.notEqual(one.name, '', `${one.id} has a name`);
    const untied = accepted.candidates.filter((one) => !accepted.tiedMediatorIds.includes(one.id)).map((one) => one.id);
    const assigned = await mediator.request(assignMediators, {
      ...caseOf(caseNumber),
      body: { on: demoToday, mediatorIds: untied.slice(0, 5) },
    });
    assert.deepEqual(
      assigned.data.mediators.map((one) => one.id),
      untied.slice(0, 5),
    );
  });
});
