import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getMediationDesk, lookUpMediationCase } from '@shanzhi/sdk';
import { generateDemoCounty } from '../src/seed/index.js';
import { demoToday } from './harness.js';
import { useFileServer } from './support/scratch.js';

/*
 * The mediator's desk names the files a case carries so the desk can open them (docs/attachments.md, *Staff read the
 * files on the desks*): the application's (`status.attachments`, each with its village) and the origin grid report's
 * photos with the report's village (`origin.villageId`), since the desk itself has no village to read them under.
 */

const env = useFileServer('shanzhi-mediation-desk-files-');
const villageId = 'v-qs-01';

describe('the desk view names where a case’s files are read', () => {
  test('a case taken over from a grid report carries the report’s village for its photos; the applicant’s status does not', async () => {
    const rows = await env.db.selectFrom('mediation_cases').select(['case_number', 'doc']).where('village_id', '=', villageId).execute();
    const row = rows.find((one) => (JSON.parse(one.doc) as { origin?: unknown }).origin !== undefined);
    assert.ok(row, 'the demo village has a dispute its grid handed to the mediation committee');
    const desk = (await env.server.client('demo-mediator').request(getMediationDesk, { params: { caseNumber: row.case_number } })).data;
    assert.equal(desk.origin?.villageId, villageId);
    assert.ok(Array.isArray(desk.origin.attachmentIds));

    const seeded = generateDemoCounty({ households: 600, asOf: demoToday }).mediationCases.find(
      (one) => one.caseNumber === row.case_number,
    );
    assert.ok(seeded);
    const { data: status } = await env.server
      .client()
      .request(lookUpMediationCase, { params: { caseNumber: row.case_number }, body: { trackingCode: seeded.trackingCode } });
    assert.equal('origin' in status, false);
    assert.equal('attachments' in status, false, 'the applicant’s status names no file');
  });
});
