import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { addDays, addWorkingDays } from '@shanzhi/rules';
import { getMediationDesk, listMediationQueue, lookUpMediationCase, rateServiceRequest } from '@shanzhi/sdk';
import { stateOf } from '../src/requests/store.js';
import { generateDemoCounty, type DemoCounty } from '../src/seed/index.js';
import { demoRequests } from '../src/seed/requests.js';
import { demoToday } from './harness.js';
import { idempotencyKeys } from './support/idempotency-keys.js';
import { useFileServer } from './support/scratch.js';
import { mergeVillageSettings } from './support/village-settings.js';

/*
 * Two casework numbers are the village's own settings, not statute (docs/mediation-desk.md, docs/requests.md): the
 * days after closing by which a mediation case's 回访 is due (`mediationFollowUpDays`, default 30) and the working days
 * the supervisor has to answer a 差评 (`ratingFollowUpWorkingDays`, default 5). And the desk shows where a case taken
 * over from a grid report came from (`origin`), which the applicant's status never does.
 */

const env = useFileServer('shanzhi-casework-settings-');
const fresh = idempotencyKeys('casework-settings');
let county: DemoCounty;
const villageId = 'v-qs-01';

before(() => {
  county = generateDemoCounty({ households: 600, asOf: demoToday });
});

const mediator = () => env.server.client('demo-mediator');

/** Writes settings into the village's stored disclosure settings, keeping every other setting as it is. */
const setSettings = (village: string, values: Record<string, unknown>) =>
  mergeVillageSettings(env.db, 'disclosure_schemes', village, values);

async function closedOnOf(caseNumber: string): Promise<string> {
  const row = await env.db.selectFrom('mediation_cases').select('doc').where('case_number', '=', caseNumber).executeTakeFirstOrThrow();
  const closedOn = (JSON.parse(row.doc) as { case: { closedOn?: string } }).case.closedOn;
  assert.ok(closedOn);
  return closedOn;
}

describe('the 回访 after a mediation case follows the village’s own days', () => {
  test('30 days after closing by default; the village’s setting moves the due day on the desk and in the queue', async () => {
    const queue = await mediator().request(listMediationQueue, { query: { due: 'followUp', limit: 200 } });
    const item = queue.data.items.find((one) => one.due.some((due) => due.kind === 'followUp'));
    assert.ok(item, 'the demo village has agreements waiting for their 回访');
    const closedOn = await closedOnOf(item.caseNumber);
    const followUpOf = (due: readonly { kind: string; dueOn: string }[]) => due.find((one) => one.kind === 'followUp')?.dueOn;
    assert.equal(followUpOf(item.due), addDays(closedOn, 30));

    await setSettings(villageId, { mediationFollowUpDays: 45 });
    try {
      const desk = await mediator().request(getMediationDesk, { params: { caseNumber: item.caseNumber } });
      assert.equal(followUpOf(desk.data.due), addDays(closedOn, 45));
      const again = await mediator().request(listMediationQueue, { query: { due: 'followUp', limit: 200 } });
      const same = again.data.items.find((one) => one.caseNumber === item.caseNumber);
      assert.equal(same && followUpOf(same.due), addDays(closedOn, 45));
    } finally {
      await setSettings(villageId, { mediationFollowUpDays: 30 });
    }
  });
});

describe('a 差评’s follow-up is due after the village’s own working days', () => {
  /** Seeded requests whose work is done and which nobody rated yet: the villager may rate them now. */
  const rateable = (village: string) =>
    demoRequests(county).filter(
      ({ request }) =>
        request.villageId === village &&
        request.progress.rating === undefined &&
        stateOf(request) === 'done' &&
        !request.progress.history.some((one) => one.step === 'archive'),
    );

  async function rateBadly(village: string) {
    const [first] = rateable(village);
    assert.ok(first, `${village} has a request waiting for its rating`);
    const { data } = await env.server
      .client()
      .request(
        rateServiceRequest,
        { params: { villageId: village, requestId: first.request.id }, body: { receiptCode: first.receiptCode, grade: 1 } },
        fresh(),
      );
    return data;
  }

  test('5 working days by default', async () => {
    const rated = await rateBadly('v-qs-02');
    assert.equal(rated.followUp?.dueOn, addWorkingDays(demoToday, 5));
  });

  test('the village’s setting sets the supervisor’s deadline', async () => {
    await setSettings('v-qs-03', { ratingFollowUpWorkingDays: 9 });
    const rated = await rateBadly('v-qs-03');
    assert.ok(rated.followUp, 'a 差评 opens a follow-up');
    assert.equal(rated.followUp.openedOn, demoToday);
    assert.equal(rated.followUp.dueOn, addWorkingDays(demoToday, 9));
  });
});

describe('a case taken over from a grid report shows where it came from, to the mediators only', () => {
  test('the desk view carries the report and its trail; the applicant’s status does not', async () => {
    const rows = await env.db.selectFrom('mediation_cases').select(['case_number', 'doc']).where('village_id', '=', villageId).execute();
    const row = rows.find((one) => (JSON.parse(one.doc) as { origin?: unknown }).origin !== undefined);
    assert.ok(row, 'the demo village has a dispute its grid handed to the mediation committee');
    const stored = (JSON.parse(row.doc) as { origin: { gridReportId: string; text: string; place: { text: string } } }).origin;

    const desk = (await mediator().request(getMediationDesk, { params: { caseNumber: row.case_number } })).data;
    assert.equal(desk.origin?.gridReportId, stored.gridReportId);
    assert.equal(desk.origin.text, stored.text);
    assert.equal(desk.origin.place.text, stored.place.text);
    assert.ok(desk.origin.history.length > 0 && desk.origin.history.every((entry) => entry.label !== '' && entry.by.role !== ''));
    assert.equal(desk.origin.history[0]?.step, 'report');
    assert.equal(JSON.stringify(desk.status).includes(stored.gridReportId), false, 'not in the applicant’s part of the desk view');

    const seeded = county.mediationCases.find((one) => one.caseNumber === row.case_number);
    assert.ok(seeded);
    const { data: status } = await env.server
      .client()
      .request(lookUpMediationCase, { params: { caseNumber: row.case_number }, body: { trackingCode: seeded.trackingCode } });
    assert.equal(status.caseNumber, row.case_number);
    const text = JSON.stringify(status);
    assert.equal('origin' in status, false);
    for (const secret of [stored.gridReportId, stored.text, stored.place.text]) assert.equal(text.includes(secret), false, secret);
  });
});
