import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  createDisclosureDraft,
  discardDisclosureDraft,
  getDisclosure,
  getDisclosureDraft,
  listDisclosureDrafts,
  listDisclosures,
  publishDisclosureDraft,
  updateDisclosureDraft,
} from '@shanzhi/sdk';
import { richTextFromPlain } from '@shanzhi/rules';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { otherVillage, village, villageParams } from './support/demo-county.js';
import { problemOf, rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';

const fixture = useFileServer('shanzhi-drafts-');
const cadre = () => fixture.demo.cadre;

/** A village-affairs draft for November, on the board from today: its body one paragraph per line of `text`. */
const draftBody = (title: string, text = '本村将于下月组织河道清淤。') => ({
  category: 'village',
  version: {
    title,
    body: richTextFromPlain(text),
    notice: { published: demoToday, until: '2026-12-09' },
    period: { from: '2026-11-01', to: '2026-11-30' },
    attachments: [],
  },
});

async function create(title: string, text?: string) {
  const result = await cadre().request(createDisclosureDraft, { params: villageParams, body: draftBody(title, text) });
  assert.equal(result.status, 201);
  return result.data;
}

const draftParams = (draftId: string) => ({ villageId: village, draftId });

describe('who may see and write drafts', () => {
  test('drafts are never public: no token 401, a villager 403, a neighbouring cadre 403 (not 404: no existence oracle)', async () => {
    const draft = await create('十二月河道清淤安排');
    await rejectsWith(fixture.server.client().request(listDisclosureDrafts, { params: villageParams }), 401, 'unauthorized');
    await rejectsWith(fixture.server.client().request(getDisclosureDraft, { params: draftParams(draft.id) }), 401, 'unauthorized');
    await rejectsWith(fixture.demo.villager.request(getDisclosureDraft, { params: draftParams(draft.id) }), 403, 'forbidden');
    await rejectsWith(fixture.demo.gridWorker.request(listDisclosureDrafts, { params: villageParams }), 403, 'forbidden');
    // The same answer whether the draft exists there or not.
    for (const draftId of [draft.id, 'dd-none']) {
      await rejectsWith(cadre().request(getDisclosureDraft, { params: { villageId: otherVillage, draftId } }), 403, 'forbidden');
    }
    await rejectsWith(cadre().request(getDisclosureDraft, { params: draftParams('dd-none') }), 404, 'not-found');
  });

  test('the supervisor reads drafts but cannot write, discard or publish them', async () => {
    const draft = await create('监委会可查看的草稿');
    const listed = await fixture.demo.supervisor.request(listDisclosureDrafts, { params: villageParams });
    assert.ok(listed.data.items.some((row) => row.id === draft.id));
    const read = await fixture.demo.supervisor.request(getDisclosureDraft, { params: draftParams(draft.id) });
    assert.equal(read.data.version.title, '监委会可查看的草稿');
    await rejectsWith(
      fixture.demo.supervisor.request(createDisclosureDraft, { params: villageParams, body: draftBody('监委会草稿') }),
      403,
      'forbidden',
    );
    await rejectsWith(
      fixture.demo.supervisor.request(publishDisclosureDraft, { params: draftParams(draft.id), body: { revision: 1 } }),
      403,
      'forbidden',
    );
  });
});

describe('saving', () => {
  test('a create is idempotent: the same Idempotency-Key replays the first draft instead of making a second', async () => {
    const key = randomUUID();
    const input = { params: villageParams, body: draftBody('幂等草稿：村道路灯维修') };
    const first = await cadre().request(createDisclosureDraft, input, { idempotencyKey: key });
    const second = await cadre().request(createDisclosureDraft, input, { idempotencyKey: key });
    assert.equal(second.replayed, true);
    assert.equal(second.data.id, first.data.id);
    const rows = await fixture.db.selectFrom('disclosure_drafts').select('id').where('title', '=', '幂等草稿：村道路灯维修').execute();
    assert.equal(rows.length, 1);
    assert.deepEqual(await auditActions(fixture.db, `disclosure-draft:${first.data.id}`), ['disclosure.draft.create']);
  });

  test('updates carry the revision they edit: a stale one is refused with 409 and the newer text is kept', async () => {
    const draft = await create('两位干部同时编辑的草稿');
    const mine = await cadre().request(updateDisclosureDraft, {
      params: draftParams(draft.id),
      body: { ...draftBody('两位干部同时编辑的草稿（甲改）'), revision: 1 },
    });
    assert.equal(mine.data.revision, 2);
    const theirs = await problemOf(
      cadre().request(updateDisclosureDraft, {
        params: draftParams(draft.id),
        body: { ...draftBody('两位干部同时编辑的草稿（乙改）'), revision: 1 },
      }),
    );
    assert.equal(theirs.status, 409);
    assert.equal(theirs.code, 'disclosure.draft.staleRevision');
    assert.deepEqual(theirs.issues[0]?.path, ['revision']);
    const stored = await cadre().request(getDisclosureDraft, { params: draftParams(draft.id) });
    assert.equal(stored.data.version.title, '两位干部同时编辑的草稿（甲改）');
    assert.equal(stored.data.revision, 2);
    // A discard from the old revision is refused too: nobody throws away work they have not seen.
    await rejectsWith(
      cadre().request(discardDisclosureDraft, { params: draftParams(draft.id), body: { revision: 1 } }),
      409,
      'disclosure.draft.staleRevision',
    );
    const discarded = await cadre().request(discardDisclosureDraft, { params: draftParams(draft.id), body: { revision: 2 } });
    assert.equal(discarded.data.discarded, true);
    await rejectsWith(cadre().request(getDisclosureDraft, { params: draftParams(draft.id) }), 404, 'not-found');
    assert.deepEqual(await auditActions(fixture.db, `disclosure-draft:${draft.id}`), [
      'disclosure.draft.create',
      'disclosure.draft.update',
      'disclosure.draft.discard',
    ]);
  });

  test('raw phone and ID numbers in public fields are refused at write time, naming the field, echoing no number', async () => {
    const phone = '13812345678';
    const problem = await problemOf(
      cadre().request(createDisclosureDraft, {
        params: villageParams,
        body: draftBody('联系人 13812345678', `如有疑问请联系身份证 11010519491231002X 的本人`),
      }),
    );
    assert.equal(problem.status, 422);
    const paths = problem.issues.map((found) => found.path.join('.'));
    assert.deepEqual(paths.sort(), ['version.body.0.children.0.text', 'version.title']);
    assert.ok(problem.issues.every((found) => found.code === 'identity.publicField.rawPersonalData'));
    assert.ok(!JSON.stringify(problem).includes(phone));
    const draft = await create('正常标题');
    const update = await problemOf(
      cadre().request(updateDisclosureDraft, { params: draftParams(draft.id), body: { ...draftBody(`电话${phone}`), revision: 1 } }),
    );
    assert.equal(update.status, 422);
  });

  test('the rules run on save and their findings come back without refusing the draft', async () => {
    const body = draftBody('过去日期的草稿');
    const draft = await cadre().request(createDisclosureDraft, {
      params: villageParams,
      body: { ...body, category: 'nosuchcategory', version: { ...body.version, notice: { published: '2026-01-05' } } },
    });
    assert.equal(draft.status, 201);
    const paths = draft.data.findings.map((found) => found.path.join('.'));
    assert.ok(paths.includes('version.notice.published'), paths.join(', '));
    assert.ok(paths.includes('category'), paths.join(', '));
    assert.ok(draft.data.findings.every((found) => found.message.length > 0));
    const listed = await cadre().request(listDisclosureDrafts, { params: villageParams });
    assert.ok((listed.data.items.find((row) => row.id === draft.data.id)?.findings ?? 0) > 0);
    // Publishing refuses it with the same precise paths, and nothing is published.
    const refused = await problemOf(cadre().request(publishDisclosureDraft, { params: draftParams(draft.data.id), body: { revision: 1 } }));
    assert.equal(refused.status, 422);
    assert.ok(refused.issues.some((found) => found.path.join('.') === 'version.notice.published'));
    const still = await cadre().request(getDisclosureDraft, { params: draftParams(draft.data.id) });
    assert.equal(still.data.id, draft.data.id);
  });

  test('a trial check leaves nothing behind: no item, no counter step, no audit entry of a publication', async () => {
    const before = await fixture.db.selectFrom('disclosure_items').select('id').execute();
    await create('只保存不发布的草稿');
    const after = await fixture.db.selectFrom('disclosure_items').select('id').execute();
    assert.equal(after.length, before.length);
    const publishes = await fixture.db.selectFrom('audit_log').select('subject').where('action', '=', 'disclosure.item.publish').execute();
    assert.equal(publishes.length, 0);
  });
});

describe('publishing', () => {
  test('a draft is published through the board: listed publicly, the draft used up, both audited', async () => {
    const draft = await create('发布测试：村级公益事业一事一议');
    const published = await cadre().request(publishDisclosureDraft, { params: draftParams(draft.id), body: { revision: 1 } });
    assert.equal(published.status, 201);
    assert.equal(published.data.versions.length, 1);
    assert.equal(published.data.status, 'inNotice');
    const listed = await fixture.server.client().request(listDisclosures, { params: villageParams, query: { q: '一事一议' } });
    assert.deepEqual(
      listed.data.items.map((row) => row.id),
      [published.data.id],
    );
    await rejectsWith(cadre().request(getDisclosureDraft, { params: draftParams(draft.id) }), 404, 'not-found');
    assert.deepEqual(await auditActions(fixture.db, `disclosure-draft:${draft.id}`), [
      'disclosure.draft.create',
      'disclosure.draft.publish',
    ]);
    assert.deepEqual(await auditActions(fixture.db, `disclosure-item:${published.data.id}`), ['disclosure.item.publish']);
    assert.deepEqual(await verifyAuditChain(fixture.db).then((result) => result.ok), true);
  });

  test('a correction draft needs its reason and publishes a second version with it', async () => {
    const first = await cadre().request(publishDisclosureDraft, {
      params: draftParams((await create('更正测试：十一月保洁安排')).id),
      body: { revision: 1 },
    });
    const corrected = { ...draftBody('更正测试：十一月保洁安排（更正）'), correctsId: first.data.id };
    const missing = await problemOf(cadre().request(createDisclosureDraft, { params: villageParams, body: corrected }));
    assert.equal(missing.status, 422);
    assert.deepEqual(
      missing.issues.map((found) => [found.path, found.code]),
      [[['correctionReason'], 'disclosure.correction.reasonRequired']],
    );
    const unknown = await problemOf(
      cadre().request(createDisclosureDraft, {
        params: villageParams,
        body: { ...corrected, correctsId: 'dsc-01-9999', correctionReason: '更正错别字' },
      }),
    );
    assert.deepEqual(unknown.issues[0]?.path, ['correctsId']);

    const draft = await cadre().request(createDisclosureDraft, {
      params: villageParams,
      body: { ...corrected, correctionReason: '保洁时间写错了' },
    });
    assert.deepEqual(draft.data.findings, []);
    const published = await cadre().request(publishDisclosureDraft, { params: draftParams(draft.data.id), body: { revision: 1 } });
    assert.equal(published.data.id, first.data.id);
    assert.equal(published.data.versions.length, 2);
    assert.equal(published.data.versions[1]?.correction?.reason, '保洁时间写错了');
    const read = await fixture.server.client().request(getDisclosure, { params: { villageId: village, disclosureId: first.data.id } });
    assert.equal(read.data.versions[1]?.title, '更正测试：十一月保洁安排（更正）');
    assert.equal(read.data.versions[0]?.title, '更正测试：十一月保洁安排');
  });
});
