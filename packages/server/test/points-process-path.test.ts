import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays } from '@shanzhi/rules';
import {
  declareOwnPointsEntry,
  fileObjection,
  getHouseholdBalance,
  getLeaderboard,
  getPointsRules,
  getSupermarketShelf,
  listOwnObjections,
  listPointsNotices,
  listPointsObjections,
  redeemGoods,
  reviewPointsEntries,
  ruleOnObjection,
  uploadAttachment,
  type Client,
} from '@shanzhi/sdk';
import { settleAllDueNotices } from '../src/points/process.js';
import { demoToday } from './harness.js';
import { annotatedPng } from './support/attachment-samples.js';
import { householdPicker, useProcessServer, village } from './support/points-process.js';

// The whole points process against the real server, as the issue describes it: a villager declares with evidence,
// the grid worker passes the first review, the cadre approves, the entry goes under notice, another villager objects,
// the supervisor rules, the notice ends, the entry is effective, the public board changes, and the household's points
// buy goods at the 爱心超市.

const params = { villageId: village };
const fixture = useProcessServer('shanzhi-path-', {});

/** The household's points on the public board over all periods, found by its number as anyone can find it. */
async function boardPoints(anyone: Client, householdId: string): Promise<number> {
  const { number } = await fixture.db.selectFrom('households').select('number').where('id', '=', householdId).executeTakeFirstOrThrow();
  const { data } = await anyone.request(getLeaderboard, { params, query: { period: 'all', q: number } });
  const row = data.items.find((one) => one.householdId === householdId);
  assert.ok(row, `household ${number} is on the board`);
  return row.points;
}

test('declare → 初审 → 审核 → 公示 → objection → ruling → effective → board → 爱心超市', async () => {
  const pick = await householdPicker(fixture.db);
  const declarer = pick(40);
  const objector = pick(41);
  const household = await fixture.villager(declarer);
  const neighbour = await fixture.villager(objector);
  const grid = fixture.client('demo-gridWorker');
  const cadre = fixture.client('demo-cadre');
  const supervisor = fixture.client('demo-supervisor');
  const keeper = fixture.client('demo-storekeeper');
  const anyone = fixture.client();
  const { settings, catalogue } = (await anyone.request(getPointsRules, { params })).data;
  const ruleCode = 'volunteer.activity';
  const rulePoints = catalogue.rules.find((rule) => rule.code === ruleCode)?.points ?? 0;
  assert.ok(rulePoints > 0);
  const pointsBefore = await boardPoints(anyone, declarer);

  // The villager declares for its own household, with a photo as evidence.
  const photo = await household.request(uploadAttachment, {
    params: { ...params, purpose: 'points-evidence' },
    body: new Blob([annotatedPng()], { type: 'image/png' }),
  });
  const declared = (
    await household.request(declareOwnPointsEntry, {
      params,
      body: { ruleCode, occurredOn: addDays(demoToday, -2), note: '参加村道清扫志愿活动', attachmentIds: [photo.data.id] },
    })
  ).data;
  assert.equal(declared.householdId, declarer);

  // 网格员 初审, then 村两委 审核: the entry goes under notice today.
  const first = (await grid.request(reviewPointsEntries, { params, body: { entryIds: [declared.id], action: 'passFirstReview' } })).data;
  assert.deepEqual([first.succeeded, first.failed], [1, 0]);
  const second = (await cadre.request(reviewPointsEntries, { params, body: { entryIds: [declared.id], action: 'publicize' } })).data;
  assert.equal(second.results[0]?.entry?.status, 'publicized');
  const notices = (await anyone.request(listPointsNotices, { params, query: { limit: 200 } })).data;
  const notice = notices.items.find((one) => one.entryId === declared.id);
  assert.ok(notice, 'on the public 公示 list');
  assert.equal(notice.nameMasked, true);
  assert.equal(notice.noticeFrom, demoToday);

  // A neighbour objects; the 村务监督委员会 dismisses it with a written answer the neighbour reads back.
  const objection = (
    await neighbour.request(fileObjection, { params: { ...params, entryId: declared.id }, body: { reason: '当天没有看到该户参加' } })
  ).data;
  const queue = (await supervisor.request(listPointsObjections, { params, query: {} })).data;
  assert.ok(queue.items.some((one) => one.id === objection.id));
  const answer = '经核实，签到表和照片可证该户参加，异议不成立';
  await supervisor.request(ruleOnObjection, { params, body: { objectionId: objection.id, outcome: 'dismiss', answer } });
  const mine = (await neighbour.request(listOwnObjections, { params })).data;
  assert.equal(mine.items.find((one) => one.id === objection.id)?.answer, answer);
  assert.equal(await boardPoints(anyone, declarer), pointsBefore, 'not counted while under notice');

  // The notice period ends with no open objection: the daily sweep makes the entry effective, and the board shows it.
  fixture.clock.setDay(addDays(demoToday, settings.noticeDays + 1));
  assert.ok((await settleAllDueNotices(fixture.db, fixture.clock.now())) >= 1);
  assert.equal(await boardPoints(anyone, declarer), pointsBefore + rulePoints);

  // The household's points buy goods at the 爱心超市: balance and stock change in one go.
  const balanceBefore = (await household.request(getHouseholdBalance, { params: { ...params, householdId: declarer } })).data.balance;
  const shelf = (await anyone.request(getSupermarketShelf, { params })).data;
  const goods = shelf.items.find((one) => one.stock > 0 && one.pricePoints <= balanceBefore.redeemable);
  assert.ok(goods, 'something on the shelf the household can afford');
  const receipt = (
    await keeper.request(redeemGoods, { params, body: { householdId: declarer, items: [{ goodsId: goods.id, quantity: 1 }] } })
  ).data;
  assert.equal(receipt.totalPoints, goods.pricePoints);
  const balanceAfter = (await household.request(getHouseholdBalance, { params: { ...params, householdId: declarer } })).data.balance;
  assert.equal(balanceAfter.redeemable, balanceBefore.redeemable - goods.pricePoints);
  const stock = (await anyone.request(getSupermarketShelf, { params })).data.items.find((one) => one.id === goods.id)?.stock;
  assert.equal(stock, goods.stock - 1);
});
