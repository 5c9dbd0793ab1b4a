import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  getDisclosure,
  getDisclosurePoster,
  listDisclosurePostings,
  publishDisclosure,
  recordDisclosurePosting,
  type Client,
} from '@shanzhi/sdk';
import { sweepUnreferencedAttachments } from '../src/attachments/cleanup.js';
import { openAttachments } from '../src/attachments/service.js';
import { issueToken } from '../src/auth/principal.js';
import { demoNow, demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { otherVillage, village } from './support/demo-county.js';
import { problemOf, rejectsWith } from './support/problems.js';
import { scratchFolder, useFileServer } from './support/scratch.js';
import { uploadSample } from './support/uploads.js';

/*
 * The physical 公开栏 (issue 15): the poster prints the public's text whoever asks; staff record that an item went up
 * on a board (who, when, where, an optional photo); the supervisor sees which published items never went up.
 */

const env = useFileServer('shanzhi-postings-');
const params = { villageId: village };
const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

/** A notice of this month, published today by the demo cadre: a new item, or (`correctsId`) a correction of one. */
async function published(title: string, correction?: { readonly correctsId: string; readonly correctionReason: string }): Promise<string> {
  const version = {
    title,
    body: [paragraph('请各户按时参加。')],
    period: { from: '2026-11-01', to: '2026-11-30' },
    notice: { published: demoToday, until: '2026-12-09' },
    attachments: [],
  };
  const { data } = await env.demo.cadre.request(publishDisclosure, { params, body: { category: 'village', version, ...correction } });
  return data.id;
}

const record = (client: Client, disclosureId: string, body: { board: string; postedOn: string; note?: string; photoId?: string }) =>
  client.request(recordDisclosurePosting, { params: { ...params, disclosureId }, body });

const unposted = async (client: Client) => (await client.request(listDisclosurePostings, { params, query: { unposted: true } })).data;

describe('the poster: the public text, to print', () => {
  test("one item is exactly the public's answer for it, even when a cadre asks", async () => {
    const rows = await env.db.selectFrom('relief_lists').select('item_id').where('village_id', '=', village).execute();
    const itemIds = [...new Set(rows.map((row) => row.item_id))];
    assert.ok(itemIds.length > 0, 'the seed has a relief list to mask');
    const publicClient = env.server.client();
    for (const item of itemIds) {
      const asPublic = (await publicClient.request(getDisclosure, { params: { ...params, disclosureId: item } })).data;
      const asCadre = (await env.demo.cadre.request(getDisclosure, { params: { ...params, disclosureId: item } })).data;
      const poster = (await env.demo.cadre.request(getDisclosurePoster, { params, query: { item } })).data;
      assert.equal(poster.items.length, 1);
      assert.deepEqual(poster.items[0], asPublic, 'the poster prints what the public reads');
      assert.notDeepEqual(asCadre.reliefLists, asPublic.reliefLists, 'a cadre reading online sees more than the wall may show');
      for (const list of poster.items[0].reliefLists ?? [])
        for (const { name } of list.recipients) if (name !== undefined) assert.match(name, /\*/, `${name} is masked on the poster`);
    }
  });

  test("a month's items, as the board selects a month; the village's name heads it", async () => {
    const { data } = await env.server.client().request(getDisclosurePoster, { params, query: { year: 2026, month: 11 } });
    assert.ok(data.items.length > 0);
    assert.ok(data.villageName.length > 0 && data.villageName !== village);
    for (const item of data.items) {
      const period = item.versions[item.versions.length - 1]?.period;
      assert.ok(period && period.from <= '2026-11-30' && period.to >= '2026-11-01', `${item.id} reports on November`);
      assert.notEqual(item.status, 'upcoming');
    }
  });

  test('needs an item, or a year and a month; an unknown item or village is not found', async () => {
    const client = env.server.client();
    const none = await rejectsWith(client.request(getDisclosurePoster, { params, query: {} }), 400, 'validation');
    assert.deepEqual(
      none.issues.map((one) => one.path),
      [['item']],
    );
    const yearOnly = await rejectsWith(client.request(getDisclosurePoster, { params, query: { year: 2026 } }), 400, 'validation');
    assert.deepEqual(
      yearOnly.issues.map((one) => one.path),
      [['month']],
    );
    await rejectsWith(client.request(getDisclosurePoster, { params, query: { item: 'dsc-99-9999' } }), 404, 'not-found');
    await rejectsWith(
      client.request(getDisclosurePoster, { params: { villageId: 'v-none' }, query: { year: 2026, month: 11 } }),
      404,
      'not-found',
    );
  });
});

describe('postings', () => {
  let otherCadre: Client;
  before(async () => {
    await issueToken(env.db, 'test-cadre-other', { id: 'cadre-other', role: 'cadre', villageId: otherVillage }, 'test');
    otherCadre = env.server.client('test-cadre-other');
  });

  test('a grid worker records a posting with a photo; the item leaves the unposted list; audited', async () => {
    const item = await published('冬季用电安全通知');
    const before = await unposted(env.demo.supervisor);
    const row = before.items.find((one) => one.id === item);
    assert.equal(row?.status, 'unposted');
    assert.equal(row.overdueDays, 0);
    assert.equal(row.postedVersion, null);

    const photoId = await uploadSample(env.demo.gridWorker, village, 'disclosure-posting');
    const { status, data } = await record(env.demo.gridWorker, item, {
      board: '村委会门口公开栏',
      postedOn: demoToday,
      note: '左侧第二栏',
      photoId,
    });
    assert.equal(status, 201);
    assert.equal(data.disclosureId, item);
    assert.equal(data.version, 1);
    assert.equal(data.board, '村委会门口公开栏');
    assert.equal(data.photoId, photoId);
    assert.equal(data.postedBy.role, 'gridWorker');
    const staff = await env.db.selectFrom('staff').select('name').where('id', '=', data.postedBy.id).executeTakeFirstOrThrow();
    assert.equal(data.postedBy.name, staff.name, "the staff register's name signs the posting");

    const after = await unposted(env.demo.supervisor);
    assert.ok(!after.items.some((one) => one.id === item), 'posted items leave the unposted list');
    assert.equal(after.summary.unposted, before.summary.unposted - 1);
    const all = (await env.demo.cadre.request(listDisclosurePostings, { params, query: {} })).data;
    const posted = all.items.find((one) => one.id === item);
    assert.equal(posted?.status, 'posted');
    assert.deepEqual(
      posted.postings.map((one) => one.id),
      [data.id],
    );
    assert.deepEqual(await auditActions(env.db, `disclosure-posting:${data.id}`), ['disclosure.posting.create']);
  });

  test('a retry with the same Idempotency-Key records once', async () => {
    const item = await published('秸秆禁烧通知');
    const body = { board: '二组晒场公开栏', postedOn: demoToday };
    const call = () =>
      env.demo.cadre.request(
        recordDisclosurePosting,
        { params: { ...params, disclosureId: item }, body },
        { idempotencyKey: 'posting-retry-1' },
      );
    const first = await call();
    const again = await call();
    assert.equal(again.replayed, true);
    assert.equal(again.data.id, first.data.id);
    const rows = await env.db.selectFrom('disclosure_postings').select('id').where('disclosure_id', '=', item).execute();
    assert.equal(rows.length, 1);
  });

  test('a correction that never went up puts the item back on the list as outdated', async () => {
    const item = await published('道路养护通知');
    await record(env.demo.cadre, item, { board: '村委会门口公开栏', postedOn: demoToday });
    await published('道路养护通知（更正）', { correctsId: item, correctionReason: '日期有误' });
    const row = (await unposted(env.demo.cadre)).items.find((one) => one.id === item);
    assert.equal(row?.status, 'outdated');
    assert.equal(row.postedVersion, 1);
    assert.equal(row.currentVersion, 2);
    const again = await record(env.demo.cadre, item, { board: '村委会门口公开栏', postedOn: demoToday });
    assert.equal(again.data.version, 2);
    assert.ok(!(await unposted(env.demo.cadre)).items.some((one) => one.id === item));
  });

  test('the unposted list puts the longest overdue first and counts days from publication', async () => {
    const { items } = await unposted(env.demo.supervisor);
    assert.ok(items.length > 1, 'the seed has older items never posted');
    for (let i = 1; i < items.length; i += 1) assert.ok((items[i - 1]?.overdueDays ?? 0) >= (items[i]?.overdueDays ?? 0));
    const oldest = items[0];
    assert.ok(oldest && oldest.overdueDays > 0);
    const days = (Date.parse(demoToday) - Date.parse(oldest.published)) / 86_400_000;
    assert.equal(oldest.overdueDays, days);
  });

  test('dates: not in the future, not before the version was published; the board is required', async () => {
    const item = await published('防汛物资清点公示');
    const future = await rejectsWith(
      record(env.demo.cadre, item, { board: '村委会门口公开栏', postedOn: '2026-12-01' }),
      400,
      'validation',
    );
    assert.deepEqual(
      future.issues.map((one) => [one.code, one.path]),
      [['posting.date.future', ['postedOn']]],
    );
    const early = await rejectsWith(record(env.demo.cadre, item, { board: '村委会门口公开栏', postedOn: '2026-11-01' }), 400, 'validation');
    assert.deepEqual(
      early.issues.map((one) => one.code),
      ['posting.date.beforeVersion'],
    );
    const blank = await rejectsWith(record(env.demo.cadre, item, { board: '  ', postedOn: demoToday }), 400, 'validation');
    assert.deepEqual(
      blank.issues.map((one) => one.path),
      [['board']],
    );
    const en = await problemOf(
      env.server.client('demo-cadre', { locale: 'en' }).request(recordDisclosurePosting, {
        params: { ...params, disclosureId: item },
        body: { board: '村委会门口公开栏', postedOn: '2026-12-01' },
      }),
    );
    assert.match(en.issues[0]?.message ?? '', /in the future/);
    const rows = await env.db.selectFrom('disclosure_postings').select('id').where('disclosure_id', '=', item).execute();
    assert.equal(rows.length, 0, 'nothing was written');
  });

  test("a photo must be this village's posting photo that the caller may read", async () => {
    const item = await published('农村饮水安全告知');
    const evidence = await uploadSample(env.demo.gridWorker, village, 'points-evidence');
    for (const photoId of [evidence, 'att-none']) {
      const refused = await rejectsWith(
        record(env.demo.gridWorker, item, { board: '村委会门口公开栏', postedOn: demoToday, photoId }),
        400,
        'validation',
      );
      assert.deepEqual(
        refused.issues.map((one) => one.path),
        [['photoId', 0]],
      );
    }
    await rejectsWith(uploadSample(env.demo.supervisor, village, 'disclosure-posting'), 403, 'forbidden');
  });

  test('who: cadres and grid workers of the village record; the supervisor and cadres read the list; nobody else', async () => {
    const item = await published('村民小组长选举公告');
    const body = { board: '村委会门口公开栏', postedOn: demoToday };
    await rejectsWith(record(env.server.client(), item, body), 401, 'unauthorized');
    for (const role of ['supervisor', 'villager', 'mediator', 'storekeeper'] as const)
      await rejectsWith(record(env.demo[role], item, body), 403, 'forbidden');
    await rejectsWith(record(otherCadre, item, body), 403, 'forbidden');
    await rejectsWith(record(env.demo.cadre, 'dsc-99-9999', body), 404, 'not-found');

    await rejectsWith(env.server.client().request(listDisclosurePostings, { params, query: {} }), 401, 'unauthorized');
    for (const role of ['villager', 'mediator', 'storekeeper'] as const)
      await rejectsWith(env.demo[role].request(listDisclosurePostings, { params, query: {} }), 403, 'forbidden');
    await rejectsWith(otherCadre.request(listDisclosurePostings, { params, query: {} }), 403, 'forbidden');
    for (const role of ['cadre', 'gridWorker', 'supervisor'] as const)
      assert.equal((await env.demo[role].request(listDisclosurePostings, { params, query: {} })).status, 200);
  });

  test("postings stay off the public's answers: no staff name on the poster or the item", async () => {
    const item = await published('冬季征兵宣传');
    const posting = (await record(env.demo.gridWorker, item, { board: '村委会门口公开栏', postedOn: demoToday })).data;
    const poster = await env.server.client().request(getDisclosurePoster, { params, query: { item } });
    const detail = await env.server.client().request(getDisclosure, { params: { ...params, disclosureId: item } });
    for (const answer of [poster.data, detail.data]) {
      const text = JSON.stringify(answer);
      assert.ok(!text.includes(posting.postedBy.name), 'no staff name');
      assert.ok(!text.includes(posting.id), 'no posting');
    }
  });

  // Last: the sweep deletes every unnamed upload of this server, other tests' included.
  test("the daily sweep keeps a posting's photo and deletes a photo no posting names", async () => {
    const item = await published('村级光伏收益公示');
    const named = await uploadSample(env.demo.gridWorker, village, 'disclosure-posting');
    const loose = await uploadSample(env.demo.cadre, village, 'disclosure-posting');
    await record(env.demo.gridWorker, item, { board: '村委会门口公开栏', postedOn: demoToday, photoId: named });
    const later = new Date(demoNow().getTime() + 25 * 60 * 60 * 1000);
    await sweepUnreferencedAttachments(env.db, openAttachments({ dir: scratchFolder('shanzhi-postings-files-'), maxBytes: {} }), later);
    const left = await env.db.selectFrom('attachments').select('id').where('id', 'in', [named, loose]).execute();
    assert.deepEqual(
      left.map((row) => row.id),
      [named],
    );
  });
});
