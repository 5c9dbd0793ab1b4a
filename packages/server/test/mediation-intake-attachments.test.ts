import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openAttachments } from '../src/attachments/service.js';
import { openDatabase } from '../src/db/open.js';
import type { Started } from '../src/start.js';
import { demoNow, startServerInTest } from './harness.js';
import { pdf } from './support/attachment-samples.js';
import { village } from './support/demo-county.js';
import { neighbourIntake } from './support/intakes.js';
import { scratchFolder } from './support/scratch.js';

/** A mediation application's files: uploaded first, named by id in the intake, checked and linked to the case. */

let server: Started;

before(async () => {
  const attachments = openAttachments({ dir: join(scratchFolder('shanzhi-intake-files-'), 'files'), maxBytes: {} });
  server = await startServerInTest({
    db: openDatabase({ filename: ':memory:' }),
    port: 0,
    hostname: '127.0.0.1',
    households: 60,
    now: demoNow,
    attachments,
  });
});
after(() => server.close());

const auth = (token?: string): Record<string, string> => (token === undefined ? {} : { Authorization: `Bearer ${token}` });

async function upload(purpose: string, token?: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/villages/${village}/uploads/${purpose}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/pdf', 'Idempotency-Key': randomUUID(), ...auth(token) },
    body: pdf,
  });
  assert.equal(response.status, 201);
  return ((await response.json()) as { id: string }).id;
}

function submit(attachmentIds: readonly string[], token?: string): Promise<Response> {
  const attachments = attachmentIds.map((attachmentId) => ({ attachmentId, mediaType: 'application/pdf', sizeBytes: pdf.length }));
  return fetch(`${server.url}/v1/mediation/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...auth(token) },
    body: JSON.stringify({ ...neighbourIntake(), attachments }),
  });
}

const content = (id: string, token?: string) =>
  fetch(`${server.url}/v1/villages/${village}/attachments/${id}/content`, { headers: auth(token) });

describe('files of a mediation application', () => {
  test('the public uploads and names a file; the village mediator reads it with the case, nobody else does', async () => {
    const id = await upload('mediation-intake');
    const response = await submit([id]);
    assert.equal(response.status, 201, await response.clone().text());
    const { caseNumber } = (await response.json()) as { caseNumber: string };

    const status = await fetch(`${server.url}/v1/mediation/cases/${caseNumber}`, { headers: auth('demo-mediator') });
    assert.equal(status.status, 200);
    const view = (await status.json()) as { attachments?: unknown };
    assert.deepEqual(view.attachments, [{ attachmentId: id, villageId: village }]);
    assert.doesNotMatch(JSON.stringify(view), /\.pdf|name/i, 'no file name');

    assert.equal((await content(id, 'demo-mediator')).status, 200);
    for (const token of [undefined, 'demo-cadre', 'demo-villager', 'demo-admin'])
      assert.equal((await content(id, token)).status, 404, String(token));
  });

  test('an id of another purpose, an unknown id, or another uploader’s file is refused at its place', async () => {
    const evidence = await upload('points-evidence', 'demo-villager');
    const anonymous = await upload('mediation-intake');
    const own = await upload('mediation-intake', 'demo-villager');
    const refused = await submit([own, evidence, 'att-unknown'], 'demo-villager');
    assert.equal(refused.status, 400);
    const problem = (await refused.json()) as { issues: { path: (string | number)[] }[] };
    assert.deepEqual(
      problem.issues.map((one) => one.path.join('.')),
      ['attachments.1.attachmentId', 'attachments.2.attachmentId'],
    );
    // A signed-in villager cannot name a file sent without a token (it is not theirs to read).
    assert.equal((await submit([anonymous], 'demo-villager')).status, 400);
    // Nor can the public name a villager's file.
    assert.equal((await submit([own])).status, 400);
    assert.equal((await submit([own], 'demo-villager')).status, 201);
  });
});
