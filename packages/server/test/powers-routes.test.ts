import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getVillagePower, listVillagePowers, setVillagePower, type Client, type RouteOutput } from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { send } from './contract-fixtures.js';
import { otherVillage, village } from './support/demo-county.js';
import { rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';

type Listed = RouteOutput<typeof getVillagePower>;

// A file database, so the test can read the audit log beside the server.
const fixture = useFileServer('shanzhi-powers-');
const { cadre, villager, supervisor } = fixture.demo;

const listOf = async (villageId: string) => (await fixture.server.client().request(listVillagePowers, { params: { villageId } })).data;
const stepCodes = (power: Listed) => power.steps.map((step) => step.code);

describe('listVillagePowers / getVillagePower (public)', () => {
  test("a village's list is its county's, in order, with the village's own changes (seed: 王家坞村 = v-qs-01)", async () => {
    const list = await listOf(village);
    assert.equal(list.villageId, village);
    assert.deepEqual(
      list.powers.map((power) => power.code),
      ['majorMatters', 'homestead', 'minimumLiving', 'smallProject', 'assetLease', 'sealUse', 'reimbursement'],
    );
    const homestead = list.powers.find((power) => power.code === 'homestead');
    assert.ok(homestead);
    assert.equal(homestead.source, 'village');
    assert.deepEqual(stepCodes(homestead), ['apply', 'groupDiscussion', 'groupNotice', 'villageReview', 'forward', 'approve', 'announce']);
    assert.deepEqual(homestead.steps[2]?.timeLimit, { value: 7, unit: 'naturalDay' });
    assert.deepEqual(homestead.legalBasis[0]?.article, { 'zh-CN': '第六十二条', en: 'Art 62' });
    // Another village keeps the county's five-day notice.
    const other = (await listOf(otherVillage)).powers.find((power) => power.code === 'homestead');
    assert.ok(other);
    assert.equal(other.source, 'county');
    assert.deepEqual(other.steps[2]?.timeLimit, { value: 5, unit: 'naturalDay' });
  });

  test('a village that leaves a county power out does not list it (seed: 云岭村 has no asset leasing)', async () => {
    const row = await fixture.db.selectFrom('regions').select('id').where('name', '=', '云岭村').executeTakeFirstOrThrow();
    const codes = (await listOf(row.id)).powers.map((power) => power.code);
    assert.ok(!codes.includes('assetLease'));
    assert.ok(codes.includes('homestead'));
    await rejectsWith(
      fixture.server.client().request(getVillagePower, { params: { villageId: row.id, powerCode: 'assetLease' } }),
      404,
      'not-found',
    );
  });

  test('one power by code; an unknown code or village is 404', async () => {
    const { data } = await fixture.server.client().request(getVillagePower, { params: { villageId: village, powerCode: 'minimumLiving' } });
    assert.equal(data.category, 'reliefRecommendation');
    assert.ok(data.supervision.every((point) => stepCodes(data).includes(point.step)));
    await rejectsWith(
      fixture.server.client().request(getVillagePower, { params: { villageId: village, powerCode: 'nothing' } }),
      404,
      'not-found',
    );
    await rejectsWith(fixture.server.client().request(listVillagePowers, { params: { villageId: 'v-none' } }), 404, 'not-found');
  });

  test('the list is a cacheable public read: ETag, and 304 for the tag the caller holds', async () => {
    const path = `/v1/villages/${village}/powers`;
    const first = await send(fixture.server.url, { method: 'GET', path });
    assert.equal(first.status, 200);
    const tag = first.headers.get('etag');
    assert.ok(tag);
    assert.match(first.headers.get('cache-control') ?? '', /^public/);
    const again = await send(fixture.server.url, { method: 'GET', path, headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
  });
});

describe('setVillagePower (cadre)', () => {
  const reason = '本村宅基地公示改为十天';

  async function reworded(days: number) {
    const { data } = await fixture.server.client().request(getVillagePower, { params: { villageId: village, powerCode: 'homestead' } });
    const { source, updatedAt, ...power } = data;
    // The body is the power itself: what the list adds (where it comes from, when it changed) stays out.
    assert.equal(source, 'village');
    assert.match(updatedAt, /^\d{4}-\d{2}-\d{2}T/);
    return {
      ...power,
      steps: power.steps.map((step) =>
        step.code === 'groupNotice' ? { ...step, timeLimit: { value: days, unit: 'naturalDay' as const } } : step,
      ),
    };
  }

  test('only a cadre of the village may change its list', async () => {
    const body = { power: await reworded(10), reason };
    const refusals: [caller: Client, villageId: string, status: number, code: string][] = [
      [villager, village, 403, 'forbidden'],
      [supervisor, village, 403, 'forbidden'],
      [fixture.server.client(), village, 401, 'unauthorized'],
      [cadre, otherVillage, 403, 'forbidden'],
    ];
    for (const [caller, villageId, status, code] of refusals)
      await rejectsWith(caller.request(setVillagePower, { params: { villageId, powerCode: 'homestead' }, body }), status, code);
  });

  test('an invalid power is refused with field issues, and nothing changes', async () => {
    const before = await listOf(village);
    const noSupervision = { ...(await reworded(10)), supervision: [] };
    const problem = await rejectsWith(
      cadre.request(setVillagePower, { params: { villageId: village, powerCode: 'homestead' }, body: { power: noSupervision, reason } }),
      400,
      'validation',
    );
    assert.ok(
      problem.issues.some((one) => one.code === 'powers.supervision.missing'),
      JSON.stringify(problem.issues),
    );
    const mismatch = await rejectsWith(
      cadre.request(setVillagePower, { params: { villageId: village, powerCode: 'sealUse' }, body: { power: await reworded(10), reason } }),
      400,
      'validation',
    );
    assert.deepEqual(
      mismatch.issues.map((one) => one.code),
      ['powers.power.codeMismatch'],
    );
    assert.deepEqual(await listOf(village), before);
  });

  test('a cadre rewords a power: listed as the village’s, audited with the reason, the ETag changes; a retry with its key repeats nothing', async () => {
    const path = `/v1/villages/${village}/powers`;
    const tagBefore = (await send(fixture.server.url, { method: 'GET', path })).headers.get('etag');
    const body = { power: await reworded(10), reason };
    const key = 'powers-test-reword-0001';
    const { data } = await cadre.request(
      setVillagePower,
      { params: { villageId: village, powerCode: 'homestead' }, body },
      { idempotencyKey: key },
    );
    const homestead = data.powers.find((power) => power.code === 'homestead');
    assert.ok(homestead);
    assert.equal(homestead.source, 'village');
    assert.deepEqual(homestead.steps[2]?.timeLimit, { value: 10, unit: 'naturalDay' });
    assert.equal(data.powers[1]?.code, 'homestead', 'keeps its place on the list');
    const tagAfter = (await send(fixture.server.url, { method: 'GET', path })).headers.get('etag');
    assert.notEqual(tagAfter, tagBefore);

    const replay = await cadre.request(
      setVillagePower,
      { params: { villageId: village, powerCode: 'homestead' }, body },
      { idempotencyKey: key },
    );
    assert.deepEqual(replay.data, data);
    const audited = await fixture.db
      .selectFrom('audit_log')
      .select(['action', 'role'])
      .where('subject', '=', `village-power:${village}:homestead`)
      .execute();
    assert.deepEqual(audited, [{ action: 'powers.village.set', role: 'cadre' }]);
    assert.equal((await verifyAuditChain(fixture.db)).ok, true);
  });

  test('leaving a county power out removes it from the list; a power the county lacks cannot be left out', async () => {
    const { data } = await cadre.request(setVillagePower, {
      params: { villageId: village, powerCode: 'sealUse' },
      body: { power: null, reason: '用章并入镇代管' },
    });
    assert.ok(!data.powers.some((power) => power.code === 'sealUse'));
    const problem = await rejectsWith(
      cadre.request(setVillagePower, { params: { villageId: village, powerCode: 'nothing' }, body: { power: null, reason } }),
      400,
      'validation',
    );
    assert.deepEqual(
      problem.issues.map((one) => one.code),
      ['powers.override.unknownCode'],
    );
    // The neighbour's list is untouched.
    assert.ok((await listOf(otherVillage)).powers.some((power) => power.code === 'sealUse'));
  });
});
