import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fileObjection, type AttachmentPurpose, type Client } from '@shanzhi/sdk';
import { demoToday } from './harness.js';
import { rejectsWith } from './support/problems.js';
import { uploadSample } from './support/uploads.js';
import { publicized, storedEntry, useProcessServer, village, type Entry } from './support/points-process.js';

/*
 * An objection's evidence (issue 14: "with a reason and optional evidence") names uploaded files by id. The server
 * takes only files of the village, uploaded as objection evidence, that the objector may read (checkAttachmentIds,
 * docs/attachments.md): anything else is 400 `validation` at the id's place, and no objection is written.
 */

const env = useProcessServer('shanzhi-objection-evidence-', { cadre: 'test-cadre-evidence' });
const { householdAt } = env;
const { cadre } = env.staffOf;

const upload = (client: Client, purpose: AttachmentPurpose) => uploadSample(client, village, purpose);

const object = (client: Client, entryId: string, attachmentIds: string[]) =>
  client.request(fileObjection, { params: { villageId: village, entryId }, body: { reason: '那天该户不在村里', attachmentIds } });

describe('evidence of an objection', () => {
  let entry: Entry;
  let objector: Client;

  before(async () => {
    env.clock.setDay(demoToday);
    entry = await publicized(cadre, householdAt(50));
    objector = await env.villager(householdAt(51));
  });

  test('a file of another purpose, of another villager, or of no upload is refused at its place; nothing is written', async () => {
    const own = await upload(objector, 'objection-evidence');
    const pointsEvidence = await upload(objector, 'points-evidence');
    const neighbours = await upload(await env.villager(householdAt(52)), 'objection-evidence');
    for (const stranger of [pointsEvidence, neighbours, 'att-none']) {
      const refused = await rejectsWith(object(objector, entry.id, [own, stranger]), 400, 'validation');
      assert.deepEqual(
        refused.issues.map((one) => one.path),
        [['attachmentIds', 1]],
      );
    }
    assert.equal((await storedEntry(env.db, entry.id)).objections?.length ?? 0, 0, 'no objection was written');
  });

  test("the objector's own objection evidence is taken and read back with the objection", async () => {
    const first = await upload(objector, 'objection-evidence');
    const second = await upload(objector, 'objection-evidence');
    const { status, data } = await object(objector, entry.id, [first, second]);
    assert.equal(status, 201);
    assert.deepEqual(data.attachmentIds, [first, second]);
    assert.deepEqual((await storedEntry(env.db, entry.id)).objections?.[0]?.attachmentIds, [first, second]);
  });
});
