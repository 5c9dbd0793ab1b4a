import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assessGridReport,
  assignGridReport,
  closeGridReport,
  fileGridReport,
  getGrid,
  getGridReport,
  getGridReportCounts,
  getGridRound,
  getGridSettings,
  listGridReports,
  listGridRounds,
  listGrids,
  openGridRound,
  recordGridDisposal,
  recordGridVisit,
  setGridSettings,
} from '@shanzhi/sdk';
import { insertGrids } from '../src/grid/store.js';
import { auditActions } from './support/audit.js';
import { idempotencyKeys } from './support/idempotency-keys.js';
import { neighbourIntake } from './support/intakes.js';
import { rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';
import { uploadSample } from './support/uploads.js';

const villageId = 'v-qs-01';
const ownGrid = 'grid-qs-01-01';
/** A grid of the village the demo grid worker does not work (added by the test). */
const otherGrid = 'grid-qs-01-test';
const env = useFileServer('shanzhi-grid-', {}, (db) =>
  db
    .transaction()
    .execute((trx) =>
      insertGrids(trx, [{ id: otherGrid, villageId, name: '测试网格', groups: [], householdIds: [], workerIds: ['v-qs-01-s99'] }]),
    ),
);

const anyone = () => env.server.client();
const cadre = () => env.server.client('demo-cadre');
const worker = () => env.server.client('demo-gridWorker');
const supervisor = () => env.server.client('demo-supervisor');
const fresh = idempotencyKeys('grid-test');
const reportBody = (extra: Record<string, unknown> = {}) => ({
  gridId: ownGrid,
  category: 'facilities',
  item: 'facilities.light',
  place: { text: '村口大樟树旁', latitude: 29.1, longitude: 118.2 },
  text: '村口两盏路灯不亮',
  ...extra,
});

async function file(extra: Record<string, unknown> = {}, client = worker()) {
  const { data } = await client.request(fileGridReport, { params: { villageId }, body: reportBody(extra) }, fresh());
  return data;
}

describe('grids are data: households and workers, a grid worker sees their own', () => {
  test('the demo grid worker lists only their grids; a cadre lists every grid of the village', async () => {
    const mine = (await worker().request(listGrids, { params: { villageId } })).data;
    assert.ok(mine.items.length >= 1);
    assert.ok(mine.items.every((grid) => grid.mine));
    assert.ok(!mine.items.some((grid) => grid.id === otherGrid));
    const all = (await cadre().request(listGrids, { params: { villageId } })).data;
    assert.ok(all.items.some((grid) => grid.id === otherGrid));
    const own = all.items.find((grid) => grid.id === ownGrid);
    assert.ok(own && own.households > 0 && own.workers.length >= 1);
  });

  test('one grid with its households (names for staff, never a phone); another grid is 403 grid.outsideGrid', async () => {
    const { data } = await worker().request(getGrid, { params: { villageId, gridId: ownGrid } });
    assert.equal(data.householdList.length, data.households);
    assert.ok(data.householdList.every((one) => one.name.length > 0 && one.groupName.startsWith('第')));
    assert.doesNotMatch(JSON.stringify(data), /1[3-9]\d{9}/);
    await rejectsWith(worker().request(getGrid, { params: { villageId, gridId: otherGrid } }), 403, 'grid.outsideGrid');
  });
});

describe('a report is filed, assessed, assigned, handled and closed, in order', () => {
  test('按时上报 with a photo: 201, state reported, the assessment due; the same key replays the same report; audited', async () => {
    const photo = await uploadSample(worker(), villageId, 'grid-report');
    const options = fresh();
    const body = reportBody({ attachmentIds: [photo] });
    const first = (await worker().request(fileGridReport, { params: { villageId }, body }, options)).data;
    const again = (await worker().request(fileGridReport, { params: { villageId }, body }, options)).data;
    assert.equal(again.id, first.id);
    assert.equal(first.state, 'reported');
    assert.equal(first.category.label, '公共设施');
    assert.equal(first.item?.label, '路灯');
    assert.deepEqual(first.attachmentIds, [photo]);
    assert.deepEqual(first.next, ['assess']);
    assert.equal(first.canAct, true);
    assert.equal(first.dueOn, '2026-12-04', '5 working days after Sunday 29 November');
    assert.deepEqual(await auditActions(env.db, `grid-report:${first.id}`), ['grid.report.file']);
  });

  test('a step out of order is 409 grid.step.outOfOrder; after closing every step is 409 grid.step.closed', async () => {
    const report = await file();
    const params = { villageId, reportId: report.id };
    await rejectsWith(worker().request(assignGridReport, { params, body: { target: 'village' } }), 409, 'grid.step.outOfOrder');
    await rejectsWith(worker().request(closeGridReport, { params, body: { outcome: 'resolved' } }), 409, 'grid.step.outOfOrder');
    await worker().request(assessGridReport, { params, body: { level: 'grid', dispute: false } });
    await rejectsWith(worker().request(assessGridReport, { params, body: { level: 'grid', dispute: false } }), 409, 'grid.step.outOfOrder');
    await worker().request(assignGridReport, { params, body: { target: 'grid', note: '网格员自行处置' } });
    await worker().request(recordGridDisposal, { params, body: { note: '已联系电工更换灯泡' } });
    await worker().request(recordGridDisposal, { params, body: { note: '复查两盏灯均已亮' } });
    const closed = (await worker().request(closeGridReport, { params, body: { outcome: 'resolved' } })).data;
    assert.equal(closed.state, 'closed');
    assert.equal(closed.dueOn, null);
    assert.deepEqual(
      closed.history.map((one) => one.step),
      ['report', 'assess', 'assign', 'dispose', 'dispose', 'close'],
    );
    assert.deepEqual(closed.next, []);
    await rejectsWith(worker().request(recordGridDisposal, { params, body: { note: '再补一条' } }), 409, 'grid.step.closed');
    assert.deepEqual(await auditActions(env.db, `grid-report:${report.id}`), [
      'grid.report.file',
      'grid.report.assess',
      'grid.report.assign',
      'grid.report.dispose',
      'grid.report.dispose',
      'grid.report.close',
    ]);
  });

  test('a dispute becomes a mediation case with the report’s history attached (分流交办 to the mediation committee)', async () => {
    const report = await file({ category: 'dispute', item: 'dispute.neighbour', text: '两户为门前堆放柴火起争执' });
    const params = { villageId, reportId: report.id };
    const intake = neighbourIntake();
    await worker().request(assessGridReport, { params, body: { level: 'village', dispute: false } });
    await rejectsWith(worker().request(assignGridReport, { params, body: { target: 'mediation', intake } }), 422, 'grid.assign.notDispute');
    const other = await file({ category: 'dispute', item: 'dispute.neighbour', text: '两户为门前堆放柴火起争执' });
    const otherParams = { villageId, reportId: other.id };
    await worker().request(assessGridReport, { params: otherParams, body: { level: 'village', dispute: true } });
    const missing = await rejectsWith(
      worker().request(assignGridReport, { params: otherParams, body: { target: 'mediation' } }),
      422,
      'grid.assign.intakeRequired',
    );
    assert.deepEqual(missing.issues[0]?.path, ['intake']);
    const assigned = (await worker().request(assignGridReport, { params: otherParams, body: { target: 'mediation', intake } })).data;
    assert.equal(assigned.state, 'assigned');
    assert.equal(assigned.target, 'mediation');
    const caseNumber = assigned.mediationCase?.caseNumber;
    assert.ok(caseNumber);
    const row = await env.db
      .selectFrom('mediation_cases')
      .select(['doc', 'village_id'])
      .where('case_number', '=', caseNumber)
      .executeTakeFirstOrThrow();
    assert.equal(row.village_id, villageId);
    const doc = JSON.parse(row.doc) as {
      origin?: { gridReportId: string; history: { step: string }[] };
      triage: { level: string; matchedRule: string | null };
      case: { level: string };
    };
    assert.equal(doc.origin?.gridReportId, other.id);
    // The table would send a two-party neighbour quarrel to the grid; the assessment chose the village (大事不出村).
    assert.deepEqual([doc.triage.level, doc.case.level, doc.triage.matchedRule], ['village', 'village', null]);
    assert.deepEqual(
      doc.origin.history.map((one) => one.step),
      ['report', 'assess'],
    );
    assert.deepEqual(await auditActions(env.db, `mediation-case:${caseNumber}`), ['mediation.case.submit']);
  });

  test('a department must be named; a due date is not before today', async () => {
    const report = await file();
    const params = { villageId, reportId: report.id };
    await worker().request(assessGridReport, { params, body: { level: 'township', dispute: false } });
    const problem = await rejectsWith(
      cadre().request(assignGridReport, { params, body: { target: 'department', dueOn: '2026-11-01' } }),
      422,
      'grid.assign.departmentRequired',
    );
    assert.deepEqual(
      problem.issues.map((one) => one.path),
      [['department'], ['dueOn']],
    );
    const done = (
      await cadre().request(assignGridReport, { params, body: { target: 'department', department: '供电所', dueOn: '2026-12-10' } })
    ).data;
    assert.equal(done.department, '供电所');
    assert.equal(done.dueOn, '2026-12-10');
  });
});

describe('bad reports are refused precisely', () => {
  test('a report outside one’s grid is 403 grid.outsideGrid (zh-CN and en)', async () => {
    const zh = await rejectsWith(
      worker().request(fileGridReport, { params: { villageId }, body: reportBody({ gridId: otherGrid }) }, fresh()),
      403,
      'grid.outsideGrid',
    );
    assert.match(zh.title, /网格/);
    const en = await rejectsWith(
      env.server
        .client('demo-gridWorker', { locale: 'en' })
        .request(fileGridReport, { params: { villageId }, body: reportBody({ gridId: otherGrid }) }, fresh()),
      403,
      'grid.outsideGrid',
    );
    assert.match(en.title, /grid/);
    // A cadre may report in any grid of the village; the grid worker then cannot read it.
    const cadres = await file({ gridId: otherGrid }, cadre());
    await rejectsWith(worker().request(getGridReport, { params: { villageId, reportId: cadres.id } }), 403, 'grid.outsideGrid');
    await rejectsWith(worker().request(listGridReports, { params: { villageId }, query: { gridId: otherGrid } }), 403, 'grid.outsideGrid');
  });

  test('a category or item not on the village’s list, a household of another grid, a future day: 422 at the field', async () => {
    const category = await rejectsWith(file({ category: 'weather', item: undefined }), 422, 'grid.category.unknown');
    assert.deepEqual(category.issues[0]?.path, ['category']);
    const item = await rejectsWith(file({ item: 'safety.fire' }), 422, 'grid.item.unknown');
    assert.deepEqual(item.issues[0]?.path, ['item']);
    const other = await env.db.selectFrom('households').select('id').where('village_id', '=', 'v-qs-02').executeTakeFirstOrThrow();
    const household = await rejectsWith(file({ householdIds: [other.id], seenOn: '2026-12-01' }), 422, 'grid.date.future');
    assert.deepEqual(
      household.issues.map((one) => one.path),
      [['seenOn'], ['householdIds', 0]],
    );
  });

  test('a phone number in the text is refused; an unknown grid is 400 at gridId; a retry without the key is 400', async () => {
    await rejectsWith(file({ text: '请联系 13812345678' }), 400, 'validation');
    const unknown = await rejectsWith(file({ gridId: 'grid-none' }), 400, 'validation');
    assert.deepEqual(unknown.issues[0]?.path, ['gridId']);
    const response = await fetch(new URL(`/v1/villages/${villageId}/grid-reports`, env.server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-gridWorker' },
      body: JSON.stringify(reportBody()),
    });
    assert.equal(response.status, 400);
  });
});

describe('the desk’s lists', () => {
  test('the seeded village has reports in every state, soonest due first, with an overdue count', async () => {
    const { data } = await cadre().request(listGridReports, { params: { villageId }, query: { limit: 200 } });
    const states = new Set(data.items.map((one) => one.state));
    for (const state of ['reported', 'assessed', 'assigned', 'handling', 'closed']) assert.ok(states.has(state as never), state);
    assert.equal(data.overdue, data.items.filter((one) => one.overdue).length);
    const due = data.items.map((one) => one.dueOn).filter((one) => one !== null);
    assert.deepEqual(due, [...due].sort());
    const handling = (await supervisor().request(listGridReports, { params: { villageId }, query: { state: 'handling' } })).data;
    assert.ok(handling.items.length > 0 && handling.items.every((one) => one.state === 'handling'));
    assert.ok(
      data.items.some((one) => one.mediationCase !== undefined),
      'a seeded dispute went to the mediation committee',
    );
  });
});

describe('摸排 rounds: the checklist, visits (走访) and what is overdue', () => {
  test('last month’s unfinished round is overdue, with the households not visited', async () => {
    const { data } = await worker().request(listGridRounds, { params: { villageId }, query: { overdue: true } });
    const round = data.items.find((one) => one.gridId === ownGrid);
    assert.ok(round && round.visited < round.total);
    const detail = (await worker().request(getGridRound, { params: { villageId, roundId: round.id } })).data;
    assert.equal(detail.households.filter((one) => one.overdue).length, round.total - round.visited);
  });

  test('a visit to a household of the current round is recorded; out of the round or out of the period 422', async () => {
    const roundId = 'grd-qs-01-01-b';
    const before = (await worker().request(getGridRound, { params: { villageId, roundId } })).data;
    const todo = before.households.find((one) => !one.visited);
    assert.ok(todo);
    const params = { villageId, roundId };
    const early = await rejectsWith(
      worker().request(recordGridVisit, { params, body: { householdId: todo.id, on: '2026-10-01' } }),
      422,
      'grid.visit.outsidePeriod',
    );
    assert.deepEqual(early.issues[0]?.path, ['on']);
    const other = await env.db.selectFrom('households').select('id').where('village_id', '=', 'v-qs-02').executeTakeFirstOrThrow();
    await rejectsWith(worker().request(recordGridVisit, { params, body: { householdId: other.id } }), 422, 'grid.household.outsideGrid');
    const absent = (await worker().request(recordGridVisit, { params, body: { householdId: todo.id, absent: true } })).data;
    assert.equal(absent.households.find((one) => one.id === todo.id)?.visited, false, 'nobody home: still to visit');
    const after = (await worker().request(recordGridVisit, { params, body: { householdId: todo.id, note: '家中老人身体好' } })).data;
    const visited = after.households.find((one) => one.id === todo.id);
    assert.equal(visited?.visited, true);
    assert.equal(visited.visits.length, todo.visits.length + 2);
    assert.equal(after.visited, before.visited + 1);
    assert.deepEqual(await auditActions(env.db, `grid-round:${roundId}`), ['grid.round.visit', 'grid.round.visit']);
  });

  test('a round is opened for every household of the grid, once per period (idempotent; an overlap is 409)', async () => {
    const options = fresh();
    const body = { gridId: ownGrid, from: '2026-12-01', focus: '冬季防火排查' };
    const opened = (await worker().request(openGridRound, { params: { villageId }, body }, options)).data;
    const again = (await worker().request(openGridRound, { params: { villageId }, body }, options)).data;
    assert.equal(again.id, opened.id);
    assert.equal(opened.to, '2026-12-30');
    const grid = (await worker().request(getGrid, { params: { villageId, gridId: ownGrid } })).data;
    assert.equal(opened.total, grid.households);
    await rejectsWith(
      worker().request(openGridRound, { params: { villageId }, body: { gridId: ownGrid, from: '2026-12-15' } }, fresh()),
      409,
      'grid.round.exists',
    );
    await rejectsWith(
      worker().request(openGridRound, { params: { villageId }, body: { gridId: otherGrid, from: '2026-12-01' } }, fresh()),
      403,
      'grid.outsideGrid',
    );
  });
});

describe('settings and what the public sees', () => {
  test('the public reads anonymous monthly counts by category where the village publishes them, nothing else', async () => {
    const { data } = await anyone().request(getGridReportCounts, { params: { villageId } });
    assert.equal(data.published, true);
    assert.equal(data.months.length, 12);
    assert.equal(data.months[0]?.month, '2026-11');
    const cells = data.months.flatMap((month) => month.categories);
    assert.ok(cells.every((cell) => (cell.count === undefined) !== (cell.fewerThan === undefined)));
    assert.ok(cells.every((cell) => cell.count === undefined || cell.count >= data.minimum));
    const text = JSON.stringify(data);
    assert.doesNotMatch(text, /村口|路灯不亮|household|grr-/);
    const other = (await anyone().request(getGridReportCounts, { params: { villageId: 'v-qs-02' } })).data;
    assert.deepEqual(other, { published: false, villageId: 'v-qs-02' });
  });

  test('a cadre sets the category list and publication; the change is audited and used at once', async () => {
    const before = (await worker().request(getGridSettings, { params: { villageId } })).data;
    assert.equal(before.categories.length, 12);
    const categories = [
      {
        code: 'roads',
        label: { 'zh-CN': '道路', en: 'Roads' },
        items: [{ code: 'roads.hole', label: { 'zh-CN': '坑洼', en: 'Pothole' } }],
      },
    ];
    const after = (await cadre().request(setGridSettings, { params: { villageId }, body: { categories, publishMonthlyCounts: false } }))
      .data;
    assert.equal(after.defaults, false);
    assert.equal(after.stepWorkingDays, 5);
    await rejectsWith(file(), 422, 'grid.category.unknown');
    const filed = await file({ category: 'roads', item: 'roads.hole' });
    assert.equal(filed.category.label, '道路');
    assert.deepEqual((await anyone().request(getGridReportCounts, { params: { villageId } })).data, { published: false, villageId });
    assert.deepEqual(await auditActions(env.db, `grid-settings:${villageId}`), ['grid.settings.set']);
    await cadre().request(setGridSettings, { params: { villageId }, body: { publishMonthlyCounts: true } });
  });
});

describe('the demo county', () => {
  test('a seeded dispute’s mediation case carries the report it came from', async () => {
    const { data } = await cadre().request(listGridReports, { params: { villageId }, query: { target: 'mediation', limit: 200 } });
    const seeded = data.items.find((one) => /^grr-qs-01-\d{4}$/.test(one.id) && one.mediationCase !== undefined);
    assert.ok(seeded?.mediationCase);
    const row = await env.db
      .selectFrom('mediation_cases')
      .select('doc')
      .where('case_number', '=', seeded.mediationCase.caseNumber)
      .executeTakeFirstOrThrow();
    const origin = (JSON.parse(row.doc) as { origin?: { gridReportId: string; history: { step: string }[] } }).origin;
    assert.equal(origin?.gridReportId, seeded.id);
    assert.deepEqual(
      origin.history.map((one) => one.step),
      ['report', 'assess'],
    );
  });
});
