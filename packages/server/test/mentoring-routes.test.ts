import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, blackListMarks, type LedgerEntry } from '@shanzhi/rules';
import {
  assignMentoringPlan,
  completeMentoringMilestone,
  getLeaderboard,
  listMentoringHouseholds,
  listMentoringPlans,
  setMentoringSettings,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { sweepMentoring } from '../src/mentoring/sweep.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { rejectsWith } from './support/problems.js';
import { village, villageParams as params } from './support/demo-county.js';
import { villageRows } from './support/rows.js';
import { useFileServer } from './support/scratch.js';

const fixture = useFileServer('shanzhi-mentoring-');
const { cadre, gridWorker: grid, supervisor } = fixture.demo;

/** Households of the village on the black list today (a standing deduction) without a plan, and those with none. */
async function householdsByMarks(): Promise<{ listed: string[]; clean: string[] }> {
  const planned = new Set((await fixture.db.selectFrom('mentoring_plans').select('household_id').execute()).map((row) => row.household_id));
  const rows = await fixture.db.selectFrom('points_entries').select(['household_id', 'doc']).where('village_id', '=', village).execute();
  const households = await fixture.db.selectFrom('households').select('id').where('village_id', '=', village).orderBy('id').execute();
  const listed: string[] = [];
  const clean: string[] = [];
  for (const { id } of households) {
    if (planned.has(id)) continue;
    const entries = rows.filter((row) => row.household_id === id).map((row) => JSON.parse(row.doc) as LedgerEntry);
    (blackListMarks(entries, demoToday).length > 0 ? listed : clean).push(id);
  }
  return { listed, clean };
}

async function staffId(role: string): Promise<string> {
  const row = await villageRows(fixture.db, 'staff', village).select('id').where('role', '=', role).executeTakeFirstOrThrow();
  return row.id;
}

const milestones = [{ title: '签订文明户承诺书' }, { title: '参加一次志愿服务', dueOn: '2026-12-31' }];

/** The public black list over all periods, as anyone reads it. */
async function publicBlackList() {
  const query = { list: 'black', period: 'all', limit: 200 } as const;
  return (await fixture.server.client().request(getLeaderboard, { params, query })).data.items;
}

describe('the seeded plan', () => {
  test('the public sees only which households are 在帮教中, never the plan', async () => {
    const { data } = await fixture.server.client().request(listMentoringHouseholds, { params });
    assert.deepEqual(
      data.items.map((one) => Object.keys(one)),
      data.items.map(() => ['householdId']),
    );
    const seeded = await fixture.db
      .selectFrom('mentoring_plans')
      .select(['household_id'])
      .where('id', '=', 'mp-000001')
      .executeTakeFirstOrThrow();
    assert.ok(data.items.some((one) => one.householdId === seeded.household_id));
    const text = JSON.stringify(data);
    for (const word of ['mentor', 'milestone', '承诺', 'quiet']) assert.ok(!text.includes(word), word);
  });

  test('the public black list marks the household 在帮教中, with nothing of its plan', async () => {
    const seeded = await fixture.db
      .selectFrom('mentoring_plans')
      .select(['household_id'])
      .where('id', '=', 'mp-000001')
      .executeTakeFirstOrThrow();
    const rows = await publicBlackList();
    const row = rows.find((one) => one.householdId === seeded.household_id);
    assert.ok(row, 'the household is on the black list');
    assert.equal(row.inMentoring, true);
    assert.ok(row.nameMasked, 'masked, as every black-listed name');
    assert.ok(!rows.some((one) => one.householdId !== seeded.household_id && one.inMentoring === true), 'only households on a plan');
  });

  test('staff with the role see the plan with its milestones and progress', async () => {
    for (const client of [grid, cadre, supervisor]) {
      const { data } = await client.request(listMentoringPlans, { params, query: { status: 'active' } });
      const plan = data.items.find((one) => one.id === 'mp-000001');
      assert.ok(plan);
      assert.equal(data.settings.quietDays, 90);
      assert.deepEqual(
        plan.milestones.map((one) => [one.id, one.doneOn !== undefined]),
        [
          ['m1', true],
          ['m2', true],
          ['m3', false],
        ],
      );
      assert.deepEqual([plan.progress.milestonesDone, plan.progress.milestonesTotal, plan.progress.delistable], [2, 3, false]);
    }
  });

  test('the last milestone done before the quiet period is over keeps the household on the plan; the daily sweep delists it later, audited', async () => {
    const { data } = await grid.request(completeMentoringMilestone, {
      params: { ...params, planId: 'mp-000001', milestoneId: 'm3' },
      body: { note: '已参加移风易俗宣讲' },
    });
    assert.equal(data.status, 'active');
    assert.equal(data.progress.milestonesDone, 3);
    assert.ok(data.progress.quietUntil > demoToday);
    await rejectsWith(
      grid.request(completeMentoringMilestone, { params: { ...params, planId: 'mp-000001', milestoneId: 'm3' }, body: {} }),
      409,
      'mentoring.milestone.alreadyDone',
    );
    // Nothing happens the day before the quiet period ends …
    const dayBefore = new Date(`${addDays(data.progress.quietUntil, -1)}T04:00:00Z`);
    assert.equal(await sweepMentoring(fixture.db, dayBefore), 0);
    // … and on the day it ends the household leaves the black list, by the system, in the audit log.
    assert.equal(await sweepMentoring(fixture.db, new Date(`${data.progress.quietUntil}T04:00:00Z`)), 1);
    const after = (await cadre.request(listMentoringPlans, { params })).data.items.find((one) => one.id === 'mp-000001');
    assert.deepEqual([after?.status, after?.delistedOn], ['delisted', data.progress.quietUntil]);
    assert.deepEqual(await auditActions(fixture.db, 'mentoring-plan:mp-000001'), ['mentoring.milestone.complete', 'mentoring.plan.delist']);
    const delist = await fixture.db
      .selectFrom('audit_log')
      .select(['actor', 'role'])
      .where('action', '=', 'mentoring.plan.delist')
      .executeTakeFirstOrThrow();
    assert.deepEqual(delist, { actor: 'system', role: 'system' });
    const publicList = (await fixture.server.client().request(listMentoringHouseholds, { params })).data;
    assert.ok(!publicList.items.some((one) => one.householdId === data.householdId));
  });
});

describe('assigning and following a plan', () => {
  test('a cadre assigns a mentor and milestones to a black-listed household (201, audited); a second plan is refused', async () => {
    const { listed } = await householdsByMarks();
    const householdId = listed[0];
    assert.ok(householdId, 'the demo village has a black-listed household');
    const mentorId = await staffId('cadre');
    const { status, data } = await cadre.request(assignMentoringPlan, { params, body: { householdId, mentorId, milestones } });
    assert.equal(status, 201);
    assert.match(data.id, /^mp-\d{6}$/);
    assert.deepEqual([data.status, data.mentorId, data.quietDays, data.assignedOn], ['active', mentorId, 90, demoToday]);
    assert.deepEqual(
      data.milestones.map((one) => one.id),
      ['m1', 'm2'],
    );
    assert.deepEqual(await auditActions(fixture.db, `mentoring-plan:${data.id}`), ['mentoring.plan.assign']);
    await rejectsWith(
      cadre.request(assignMentoringPlan, { params, body: { householdId, mentorId, milestones } }),
      409,
      'mentoring.plan.alreadyActive',
    );
    const publicList = (await fixture.server.client().request(listMentoringHouseholds, { params })).data;
    assert.ok(publicList.items.some((one) => one.householdId === householdId));

    // The demo grid worker is not this plan's mentor: only the mentor or a cadre marks its milestones.
    await rejectsWith(
      grid.request(completeMentoringMilestone, { params: { ...params, planId: data.id, milestoneId: 'm1' }, body: {} }),
      403,
      'mentoring.milestone.notMentor',
    );
    const marked = await cadre.request(completeMentoringMilestone, { params: { ...params, planId: data.id, milestoneId: 'm1' }, body: {} });
    assert.equal(marked.data.milestones[0]?.doneOn, demoToday);
    await rejectsWith(
      cadre.request(completeMentoringMilestone, { params: { ...params, planId: data.id, milestoneId: 'm9' }, body: {} }),
      422,
      'mentoring.milestone.unknown',
    );
  });

  test('a household not on the black list gets no plan, and the mentor must be a grid worker or cadre of the village', async () => {
    const { listed, clean } = await householdsByMarks();
    assert.ok(clean[0] && listed[1]);
    await rejectsWith(
      cadre.request(assignMentoringPlan, { params, body: { householdId: clean[0], mentorId: await staffId('cadre'), milestones } }),
      422,
      'mentoring.plan.notBlackListed',
    );
    for (const mentorId of [await staffId('supervisor'), 'v-qs-02-s01', clean[0]]) {
      const problem = await rejectsWith(
        cadre.request(assignMentoringPlan, { params, body: { householdId: listed[1], mentorId, milestones } }),
        400,
        'validation',
      );
      assert.deepEqual(
        problem.issues.map((one) => [one.path, one.code]),
        [[['mentorId'], 'mentoring.mentor.notStaff']],
      );
    }
  });

  test('with a village quiet period of 0 days, the last milestone takes the household off the black list at once', async () => {
    const settings = await cadre.request(setMentoringSettings, { params, body: { quietDays: 0 } });
    assert.equal(settings.data.quietDays, 0);
    assert.deepEqual(await auditActions(fixture.db, `mentoring-settings:${village}`), ['mentoring.settings.change']);
    const { listed } = await householdsByMarks();
    const householdId = listed[0];
    assert.ok(householdId);
    const mentorId = await staffId('gridWorker');
    const plan = (
      await cadre.request(assignMentoringPlan, { params, body: { householdId, mentorId, milestones: [{ title: '签订承诺书' }] } })
    ).data;
    assert.equal(plan.quietDays, 0);
    const done = (await grid.request(completeMentoringMilestone, { params: { ...params, planId: plan.id, milestoneId: 'm1' }, body: {} }))
      .data;
    assert.deepEqual([done.status, done.delistedOn], ['delisted', demoToday]);
    assert.deepEqual(await auditActions(fixture.db, `mentoring-plan:${plan.id}`), [
      'mentoring.plan.assign',
      'mentoring.milestone.complete',
      'mentoring.plan.delist',
    ]);
    // Its deductions are cleared: the public black list leaves it out, and a new plan is refused until a new deduction.
    assert.ok(!(await publicBlackList()).some((one) => one.householdId === householdId), 'off the public black list');
    await rejectsWith(
      cadre.request(assignMentoringPlan, { params, body: { householdId, mentorId, milestones } }),
      422,
      'mentoring.plan.notBlackListed',
    );
    await rejectsWith(
      grid.request(completeMentoringMilestone, { params: { ...params, planId: plan.id, milestoneId: 'm1' }, body: {} }),
      409,
      'mentoring.plan.notActive',
    );
    await cadre.request(setMentoringSettings, { params, body: { quietDays: 90 } });
  });

  test('a village that switched its black list off names no household 在帮教中', async () => {
    const client = fixture.server.client();
    assert.ok((await client.request(listMentoringHouseholds, { params })).data.items.length > 0);
    const row = await fixture.db
      .selectFrom('points_schemes')
      .select('settings')
      .where('village_id', '=', village)
      .executeTakeFirstOrThrow();
    const off = JSON.stringify({ ...(JSON.parse(row.settings) as object), blackListEnabled: false });
    await fixture.db.updateTable('points_schemes').set({ settings: off }).where('village_id', '=', village).execute();
    try {
      assert.deepEqual((await client.request(listMentoringHouseholds, { params })).data.items, []);
    } finally {
      await fixture.db.updateTable('points_schemes').set({ settings: row.settings }).where('village_id', '=', village).execute();
    }
  });

  test('staff act only in their own village, and the audit chain verifies', async () => {
    await rejectsWith(cadre.request(listMentoringPlans, { params: { villageId: 'v-qs-02' } }), 403, 'forbidden');
    await rejectsWith(
      cadre.request(completeMentoringMilestone, { params: { villageId: village, planId: 'mp-999999', milestoneId: 'm1' }, body: {} }),
      404,
      'not-found',
    );
    assert.ok((await verifyAuditChain(fixture.db)).ok);
  });
});
